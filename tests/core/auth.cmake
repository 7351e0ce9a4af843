# Sign-in: unit tests, and integration tests against the real Keycloak and
# kube-apiserver of the local stack (tests/stack).
foreach(test IN ITEMS tst_pkce tst_idtoken tst_loopbacklistener)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS scs_core LABELS core)
endforeach()

# The OIDC client against a scripted issuer (plain http behind a rewriting network manager).
scs_add_test(tst_oidcclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_oidcclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h LIBS scs_core LABELS core)

scs_add_test(tst_session SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_session.cpp
    ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
    LIBS scs_core LABELS integration)
target_include_directories(tst_session PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_session)

# No keychain at all: a D-Bus address that leads nowhere.
scs_add_test(tst_tokenstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tokenstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fakekeychain.h LIBS scs_core LABELS core)
set_property(TEST tst_tokenstore APPEND PROPERTY ENVIRONMENT
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/scs-no-bus")

# The refresh lock (a lock file in a temporary runtime directory), and the sign-out of removed
# or renamed profiles against a scripted keychain.
scs_add_test(tst_refreshlock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_refreshlock.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_profilesessionjanitor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilesessionjanitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fakekeychain.h LIBS scs_core LABELS core)
