# Tests of the logs module (src/logs); included from tests/core/CMakeLists.txt.
foreach(test IN ITEMS tst_loglinesplitter tst_logring)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS scs_core LABELS core)
endforeach()
scs_add_test(tst_logstream
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_logstream.cpp ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)
scs_add_test(tst_workloadlogs
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workloadlogs.cpp ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
            ${CMAKE_CURRENT_LIST_DIR}/fakecollection.h ${CMAKE_CURRENT_LIST_DIR}/kubefixtures.h
    LIBS scs_core Qt6::Network LABELS core)

# Against the local Central API stack (tests/stack): refusals, a pending pod, a deleted pod.
scs_add_test(tst_logstream_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_logstream_integration.cpp
            ${CMAKE_CURRENT_LIST_DIR}/kubestack.h
    LIBS scs_core Qt6::Network LABELS integration)
scs_integration_test(tst_logstream_integration)
