# Tests of the orders module (src/orders) and the order-cluster verb; included from
# tests/core/CMakeLists.txt. Fixtures in data/orders are the stack's real ClusterClass, claim
# schema and objects (tests/stack/manifests).
scs_add_test(tst_order SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_order.cpp LIBS scs_core LABELS core)
scs_add_test(tst_ordertemplate SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ordertemplate.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_healthtree SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_healthtree.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_field SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_field.cpp LIBS scs_core LABELS core)
scs_add_test(tst_classcatalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_classcatalog.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_orderclustersmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_orderclustersmodel.cpp
    LIBS scs_core LABELS core)

# Against the local stack: alice and bob sign in (scripted form login); the CLI test runs the
# real scs-console binary with a keychain session (under scripts/with-test-session).
function(scs_orders_integration_test name)
    scs_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
        ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
        LIBS scs_core Qt6::Network LABELS integration)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    scs_integration_test(${name})
endfunction()
scs_orders_integration_test(tst_orderservice_integration)
scs_orders_integration_test(tst_ordercluster_cli_integration)
target_compile_definitions(tst_ordercluster_cli_integration PRIVATE
    SCS_CONSOLE_BIN="$<TARGET_FILE:scs-console>")
add_dependencies(tst_ordercluster_cli_integration scs-console)

# The same orders test against the stack instance that serves Cluster API as v1beta2
# (tests/stack/CMakeLists.txt); the main stack serves v1beta1.
if(SCS_HAVE_STACK)
    add_test(NAME tst_orderservice_integration_v1beta2 COMMAND tst_orderservice_integration)
    scs_test_environment(tst_orderservice_integration_v1beta2)
    math(EXPR _timeout "600 * ${SCS_TIMEOUT_FACTOR}")
    set_tests_properties(tst_orderservice_integration_v1beta2 PROPERTIES
        LABELS integration FIXTURES_REQUIRED scs_stack_v1beta2 RESOURCE_LOCK scs_realm
        TIMEOUT ${_timeout})
    set_property(TEST tst_orderservice_integration_v1beta2 APPEND PROPERTY ENVIRONMENT
        ${SCS_STACK_V1BETA2_ENV_VARS})
    scs_apply_no_sanitize()
endif()
