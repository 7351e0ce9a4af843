# Tenants as platform operators manage them: the "New Tenant" wizard and its controller (the
# quota overview is ui/common/quotaoverview, shown in a tenant's clusters view).
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tenantscontroller.h ${CMAKE_CURRENT_LIST_DIR}/tenantscontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantwizard.h ${CMAKE_CURRENT_LIST_DIR}/newtenantwizard.cpp
)
