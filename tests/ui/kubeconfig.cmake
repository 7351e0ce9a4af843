# Kubeconfig export (issue 7): the export dialog and the cluster kubeconfig dialog, offscreen.
scs_add_test(tst_kubeconfigexportdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_kubeconfigexportdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitesthelpers.h
    LIBS scs_ui scs_core scs_translations scs_resources LABELS ui)
