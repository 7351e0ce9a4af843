# Tenant access (members, add/remove, who can, identity objects), against the local stack; its
# dialogs without one.
scs_ui_test(tst_members access STACK)
scs_ui_test(tst_identityobjects access STACK)
scs_ui_test(tst_accessdialogs access)
