# Sign-in with the real embedded browser against the local stack's Keycloak.
scs_ui_test(tst_signinwindow signin STACK)
target_compile_definitions(tst_signinwindow PRIVATE SCS_CONSOLE_BIN="$<TARGET_FILE:scs-console>")
add_dependencies(tst_signinwindow scs-console)
# SignInWindow linked in for the tests that make one directly; EmbeddedBrowserAgent loads the
# real module (the one the console installs).
target_link_libraries(tst_signinwindow PRIVATE scs_signin_web)
target_compile_definitions(tst_signinwindow PRIVATE
    SCS_SIGNIN_MODULE_FILE="$<TARGET_FILE:scs-console-signin>")
# The explicit --no-sandbox opt-in (root's first run): offscreen, no stack.
scs_ui_test(tst_sandboxoptin signin)
target_link_libraries(tst_sandboxoptin PRIVATE scs_signin_web)
# The GUI module without WebEngine, the sign-in module with it, and a missing module explained.
scs_ui_test(tst_webenginemodule signin)
target_compile_definitions(tst_webenginemodule PRIVATE
    SCS_GUI_MODULE_FILE="$<TARGET_FILE:scs-console-gui>"
    SCS_SIGNIN_MODULE_FILE="$<TARGET_FILE:scs-console-signin>")
add_dependencies(tst_webenginemodule scs-console-gui scs-console-signin)
