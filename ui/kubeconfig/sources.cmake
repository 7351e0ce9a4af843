# Kubeconfigs: the open-context dialog, the export dialog, the cluster kubeconfig dialog, the target file picker,
# preview and replace question they share.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clusterkubeconfigdialog.h ${CMAKE_CURRENT_LIST_DIR}/clusterkubeconfigdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigcontroller.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigexportdialog.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigexportdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigreplace.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigreplace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigpreview.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigpreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/openkubeconfigcontextdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/openkubeconfigcontextdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigtargetpicker.h
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigtargetpicker.cpp)
