# Tests of the tenants module (src/tenants) and the create-tenant verb; included from
# tests/core/CMakeLists.txt.
scs_add_test(tst_tenantplan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tenantplan.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_quotausage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quotausage.cpp LIBS scs_core
    LABELS core)

# Against the local stack: the real scs-console binary with carol's keychain session (under
# scripts/with-test-session).
scs_add_test(tst_createtenant_cli_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_createtenant_cli_integration.cpp
    ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
    ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
    LIBS scs_core Qt6::Network LABELS integration)
target_include_directories(tst_createtenant_cli_integration PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_createtenant_cli_integration)
target_compile_definitions(tst_createtenant_cli_integration PRIVATE
    SCS_CONSOLE_BIN="$<TARGET_FILE:scs-console>")
add_dependencies(tst_createtenant_cli_integration scs-console)
