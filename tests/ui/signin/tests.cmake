# Sign-in with the real embedded browser against the local stack's Keycloak.
scs_ui_test(tst_signinwindow signin STACK)
target_compile_definitions(tst_signinwindow PRIVATE SCS_CONSOLE_BIN="$<TARGET_FILE:scs-console>")
add_dependencies(tst_signinwindow scs-console)
# The explicit --no-sandbox opt-in (root's first run): offscreen, no stack.
scs_ui_test(tst_sandboxoptin signin)
