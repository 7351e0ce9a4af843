# The main window (menus, empty states, banner, layout) and the profiles dialog.
scs_ui_test(tst_mainwindow shell)
scs_ui_test(tst_profiledialog shell)
