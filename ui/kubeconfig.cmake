# Kubeconfig export (issue 7): the export dialogs and get-token's interactive sign-in.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigexportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigexportdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigclusterdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigclusterdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigsignin.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigsignin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigreplace.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigreplace.cpp
)
