# Signing in: the sign-in agents (embedded, system browser), the session controller and
# get-token's interactive sign-in. The embedded Keycloak browser (SignInWindow, SignInPage) is
# the library scs_signin_web, linked into the module scs-console-signin (app/CMakeLists.txt)
# and loaded on first use (ui/common/webenginemodule.h): scs_ui does not link Qt WebEngine.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.h ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.h ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/embeddedbrowseragent.h
    ${CMAKE_CURRENT_LIST_DIR}/embeddedbrowseragent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/systembrowseragent.h ${CMAKE_CURRENT_LIST_DIR}/systembrowseragent.cpp)
add_library(scs_signin_web STATIC
    ${CMAKE_CURRENT_LIST_DIR}/signinpage.h ${CMAKE_CURRENT_LIST_DIR}/signinpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinwindow.h ${CMAKE_CURRENT_LIST_DIR}/signinwindow.cpp)
target_link_libraries(scs_signin_web PUBLIC scs_ui Qt6::WebEngineWidgets
                                     PRIVATE scs_compile_options)
