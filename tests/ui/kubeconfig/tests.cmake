# The export dialog and the cluster kubeconfig dialog, offscreen.
scs_ui_test(tst_kubeconfigexportdialog kubeconfig)
# File > Open Kubeconfig Context…: listing, refusing, exec plugins; never writes the file.
scs_ui_test(tst_openkubeconfigcontextdialog kubeconfig
    SOURCES ${PROJECT_SOURCE_DIR}/tests/common/testcertificates.h)
# The same command in the real window against the stack: the workload admin kubeconfig's
# context opens beside the Central API.
scs_ui_test(tst_openkubeconfigcontext kubeconfig STACK)
