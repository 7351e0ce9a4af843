# The tenants module (a new tenant as a plan of objects, created in order) and its CLI verb;
# included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tenantplan.h ${CMAKE_CURRENT_LIST_DIR}/tenantplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tenantcreator.h ${CMAKE_CURRENT_LIST_DIR}/tenantcreator.cpp
)
# The command-line verb lives with the other verbs but belongs to this module.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/createtenantverb.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/createtenantverb.cpp
)
