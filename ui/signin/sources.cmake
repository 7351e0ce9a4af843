# Signing in: the embedded Keycloak browser, the sign-in agents, the session controller
# and get-token's interactive sign-in.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.h ${CMAKE_CURRENT_LIST_DIR}/gettokensignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.h ${CMAKE_CURRENT_LIST_DIR}/sessioncontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinagents.h ${CMAKE_CURRENT_LIST_DIR}/signinagents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signinwindow.h ${CMAKE_CURRENT_LIST_DIR}/signinwindow.cpp)
