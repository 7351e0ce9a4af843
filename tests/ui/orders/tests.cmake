# The order wizard, the clusters view and opening a cluster from it, against the local stack.
foreach(test IN ITEMS tst_orderwizard tst_clustersview tst_opencluster)
    scs_ui_test(${test} orders STACK SOURCES ${CMAKE_CURRENT_LIST_DIR}/orderstesthelpers.h)
endforeach()
# The scale, upgrade and delete dialogs with a cluster made in the test: accessible names and
# tab order, no server.
scs_ui_test(tst_clusterdialogs orders)
