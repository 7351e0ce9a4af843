# The order wizard and the clusters view, against the local stack.
foreach(test IN ITEMS tst_orderwizard tst_clustersview)
    scs_ui_test(${test} orders STACK SOURCES ${CMAKE_CURRENT_LIST_DIR}/orderstesthelpers.h)
endforeach()
