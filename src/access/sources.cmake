# The access module: members of a tenant from its RBAC bindings, their roles in plain words,
# who may do what (the inverse of the rules), and writing member RoleBindings.
# Included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accesslogging.h ${CMAKE_CURRENT_LIST_DIR}/accesslogging.cpp
    # Pure functions over RBAC objects: rule matching, coverage, folding, members, who-can.
    ${CMAKE_CURRENT_LIST_DIR}/rbac.h ${CMAKE_CURRENT_LIST_DIR}/rbac.cpp
    # Keycloak groups as Crossplane Keycloak provider objects: which one a group subject names.
    ${CMAKE_CURRENT_LIST_DIR}/keycloakgroups.h ${CMAKE_CURRENT_LIST_DIR}/keycloakgroups.cpp
    # The live members table of one tenant (watches bindings and roles).
    ${CMAKE_CURRENT_LIST_DIR}/membersmodel.h ${CMAKE_CURRENT_LIST_DIR}/membersmodel.cpp
    # Adding and removing members, access reviews for who-can.
    ${CMAKE_CURRENT_LIST_DIR}/accessservice.h ${CMAKE_CURRENT_LIST_DIR}/accessservice.cpp
)
