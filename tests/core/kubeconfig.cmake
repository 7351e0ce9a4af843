# Kubeconfig export: reading, merging, writing, ExecCredential; and kubectl with the
# exported kubeconfigs against the local stack. Included from tests/core/CMakeLists.txt.
foreach(test IN ITEMS tst_kubeconfig tst_kubeconfigwriter tst_execcredential
                      tst_kubeconfigconnection tst_kubeconfigtokensource)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/testcertificates.h LIBS scs_core LABELS core)
endforeach()

# Real kubectl with kubeconfigs that the real scs-console binary exported; the console's
# get-token runs as kubectl's exec plugin and finds the session in the (test) keychain.
function(scs_kubeconfig_integration_test name)
    scs_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
        ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
        ${PROJECT_SOURCE_DIR}/tests/common/formloginagent.h
        LIBS scs_core Qt6::Network LABELS integration)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE SCS_CONSOLE_BIN="$<TARGET_FILE:scs-console>")
    add_dependencies(${name} scs-console)
    scs_integration_test(${name})
endfunction()
scs_kubeconfig_integration_test(tst_gettoken_integration)
scs_kubeconfig_integration_test(tst_gettoken_interactive_integration)
scs_kubeconfig_integration_test(tst_kubelogin_integration)
set_property(TEST tst_kubelogin_integration APPEND PROPERTY RESOURCE_LOCK scs_kubelogin_port)
# Ordered clusters: the OIDC and admin kubeconfigs of CAPI Clusters reach the workload API server.
scs_kubeconfig_integration_test(tst_clusterkubeconfig_integration)

# Opening an ordered cluster: its profile, and the SelfSubjectReview that decides OIDC or admin.
scs_add_test(tst_clusterconnector
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clusterconnector.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)

# Kubeconfig contexts as connections (client certificate, exec plugin, ServiceAccount token)
# against the workload API server of the local stack, through KubeClient.
scs_add_test(tst_kubeconfigconnection_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_kubeconfigconnection_integration.cpp
            ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
            ${PROJECT_SOURCE_DIR}/tests/common/processrun.h
    LIBS scs_core Qt6::Network Qt6::WebSockets LABELS integration)
scs_integration_test(tst_kubeconfigconnection_integration)
