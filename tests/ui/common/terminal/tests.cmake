# The terminal widget on libvterm, offscreen, fed by hand: text, colours, split UTF-8, keys to
# bytes, selection and copy, bracketed paste, bounded scrollback, size in cells; a screenshot.
scs_ui_test(tst_terminalwidget common/terminal)
