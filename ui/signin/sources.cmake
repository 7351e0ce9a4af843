# Signing in: the embedded Keycloak browser, the sign-in agents (embedded, system browser), the
# session controller and get-token's interactive sign-in.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.h ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.h ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/embeddedbrowseragent.h
    ${CMAKE_CURRENT_LIST_DIR}/embeddedbrowseragent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/systembrowseragent.h ${CMAKE_CURRENT_LIST_DIR}/systembrowseragent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinpage.h ${CMAKE_CURRENT_LIST_DIR}/signinpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinwindow.h ${CMAKE_CURRENT_LIST_DIR}/signinwindow.cpp)
