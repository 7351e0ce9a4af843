# A shell in a pod against the local stack's workload API server (real exec on its node): the
# action, the dialog, the panel tab and typing into the terminal; a screenshot of the window.
scs_ui_test(tst_execcontroller exec STACK)
