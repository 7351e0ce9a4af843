# Tests of the access module (src/access); included from tests/core/CMakeLists.txt. Fixtures in
# data/access are the stack's real ClusterRoles and bindings (tests/stack/manifests/01-rbac.yaml
# and kube-apiserver's built-in roles).
scs_add_test(tst_rbac SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rbac.cpp LIBS scs_core LABELS core)
scs_add_test(tst_membersmodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_membersmodel.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h ${CMAKE_CURRENT_LIST_DIR}/fakecollection.h
            ${CMAKE_CURRENT_LIST_DIR}/kubefixtures.h
    LIBS scs_core Qt6::Network LABELS core)
scs_add_test(tst_keycloakgroups SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keycloakgroups.cpp
    LIBS scs_core LABELS core)
