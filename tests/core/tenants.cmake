# Tests of the tenants module (src/tenants) and the create-tenant verb; included from
# tests/core/CMakeLists.txt.
scs_add_test(tst_tenantplan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tenantplan.cpp LIBS scs_core
    LABELS core)
scs_add_test(tst_quotausage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_quotausage.cpp LIBS scs_core
    LABELS core)
