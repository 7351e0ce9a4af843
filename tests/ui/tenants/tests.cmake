# The New Tenant wizard, against the local stack: carol creates tenant-c, dave sees it.
scs_ui_test(tst_newtenantwizard tenants STACK)
