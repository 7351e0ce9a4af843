# Port forwarding: the controller's action on a pod of the workload cluster, its dialog and
# the list window, against the local stack (curl through the forward; a screenshot).
scs_ui_test(tst_portforwardcontroller portforward STACK)
