# Tenants as platform operators manage them: the "New Tenant" wizard (one file a page) and its
# controller (the quota overview is ui/common/quotaoverview, shown in a tenant's clusters view).
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tenantscontroller.h ${CMAKE_CURRENT_LIST_DIR}/tenantscontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantwizard.h ${CMAKE_CURRENT_LIST_DIR}/newtenantwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantnamepage.h ${CMAKE_CURRENT_LIST_DIR}/newtenantnamepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantlimitspage.h
    ${CMAKE_CURRENT_LIST_DIR}/newtenantlimitspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantreviewpage.h
    ${CMAKE_CURRENT_LIST_DIR}/newtenantreviewpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newtenantcreatepage.h
    ${CMAKE_CURRENT_LIST_DIR}/newtenantcreatepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tenantformhelpers.h ${CMAKE_CURRENT_LIST_DIR}/tenantformhelpers.cpp
)
