# The command palette: the popup and the controller without a server (commands, ranking shown,
# keyboard), and against the local stack (jumps to objects, favourites).
scs_ui_test(tst_palettepopup palette)
scs_ui_test(tst_palette palette STACK)
