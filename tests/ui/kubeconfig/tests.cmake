# The export dialog and the cluster kubeconfig dialog, offscreen.
scs_ui_test(tst_kubeconfigexportdialog kubeconfig)
