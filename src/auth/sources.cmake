target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/authlogging.h ${CMAKE_CURRENT_LIST_DIR}/authlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/authorizationagent.h
    ${CMAKE_CURRENT_LIST_DIR}/idtoken.h ${CMAKE_CURRENT_LIST_DIR}/idtoken.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loopbacklistener.h ${CMAKE_CURRENT_LIST_DIR}/loopbacklistener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oidcclient.h ${CMAKE_CURRENT_LIST_DIR}/oidcclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pkce.h ${CMAKE_CURRENT_LIST_DIR}/pkce.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilesessionjanitor.h ${CMAKE_CURRENT_LIST_DIR}/profilesessionjanitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/refreshlock.h ${CMAKE_CURRENT_LIST_DIR}/refreshlock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session.h ${CMAKE_CURRENT_LIST_DIR}/session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tokenstore.h ${CMAKE_CURRENT_LIST_DIR}/tokenstore.cpp
)
