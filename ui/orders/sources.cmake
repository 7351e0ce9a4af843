# Cluster orders: the order wizard, the schema-generated form, the clusters view.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clustersview.h ${CMAKE_CURRENT_LIST_DIR}/clustersview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.h ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderwizard.h ${CMAKE_CURRENT_LIST_DIR}/orderwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemaform.h ${CMAKE_CURRENT_LIST_DIR}/schemaform.cpp)
