# Cluster orders: the order wizard, the schema-generated form and the clusters view.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/schemaform.h ${CMAKE_CURRENT_LIST_DIR}/schemaform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderwizard.h ${CMAKE_CURRENT_LIST_DIR}/orderwizard.cpp
)
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clustersview.h ${CMAKE_CURRENT_LIST_DIR}/clustersview.cpp
)
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.h ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.cpp
)
