# Pod logs: the real LogsView fed by a scripted source (batches, ring bound, pause, find,
# timestamps, save; a screenshot), and the controller's action on pods and workloads.
scs_ui_test(tst_logsview logs)
scs_ui_test(tst_logscontroller logs STACK)
