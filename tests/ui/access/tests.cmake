# Tenant access (members, add/remove, who can), against the local stack.
scs_ui_test(tst_members access STACK)
scs_ui_test(tst_identityobjects access STACK)
