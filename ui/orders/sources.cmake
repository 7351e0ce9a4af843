# Cluster orders: the order wizard (one file a page), the schema-generated form, the clusters
# view and its dialogs.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.h ${CMAKE_CURRENT_LIST_DIR}/ordercontroller.cpp
    # The clusters view: table, details, scale/upgrade/delete dialogs.
    ${CMAKE_CURRENT_LIST_DIR}/clustersview.h ${CMAKE_CURRENT_LIST_DIR}/clustersview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterphaseproxy.h ${CMAKE_CURRENT_LIST_DIR}/clusterphaseproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthstateproxy.h ${CMAKE_CURRENT_LIST_DIR}/healthstateproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaleclusterdialog.h ${CMAKE_CURRENT_LIST_DIR}/scaleclusterdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upgradeclusterdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/upgradeclusterdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deleteclusterdialog.h ${CMAKE_CURRENT_LIST_DIR}/deleteclusterdialog.cpp
    # The order wizard and its pages, in the order they are shown.
    ${CMAKE_CURRENT_LIST_DIR}/orderwizard.h ${CMAKE_CURRENT_LIST_DIR}/orderwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderwizardhelpers.h ${CMAKE_CURRENT_LIST_DIR}/orderwizardhelpers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordertenantpage.h ${CMAKE_CURRENT_LIST_DIR}/ordertenantpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderversionpage.h ${CMAKE_CURRENT_LIST_DIR}/orderversionpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordersizepage.h ${CMAKE_CURRENT_LIST_DIR}/ordersizepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderoptionspage.h ${CMAKE_CURRENT_LIST_DIR}/orderoptionspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderreviewpage.h ${CMAKE_CURRENT_LIST_DIR}/orderreviewpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordersubmitpage.h ${CMAKE_CURRENT_LIST_DIR}/ordersubmitpage.cpp
    # The form generated from a schema (orders::Field) and its field editors.
    ${CMAKE_CURRENT_LIST_DIR}/schemaform.h ${CMAKE_CURRENT_LIST_DIR}/schemaform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fieldeditor.h ${CMAKE_CURRENT_LIST_DIR}/fieldeditor.cpp)
