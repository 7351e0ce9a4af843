# The connection banner and stale tables, with the local stack's API server going away (a
# proxy cuts it off) and coming back.
scs_ui_test(tst_connectionbanner connection STACK SOURCES ${PROJECT_SOURCE_DIR}/tests/core/tcpproxy.h)
