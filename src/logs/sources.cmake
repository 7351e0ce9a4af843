# Pod logs (widget-free): lines and their timestamps, the line splitter, the bounded ring, one
# container's stream with reconnect, and a workload's pods interleaved. Included from
# src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logslogging.h ${CMAKE_CURRENT_LIST_DIR}/logslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logline.h ${CMAKE_CURRENT_LIST_DIR}/logline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinesplitter.h ${CMAKE_CURRENT_LIST_DIR}/loglinesplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logring.h ${CMAKE_CURRENT_LIST_DIR}/logring.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logsource.h
    ${CMAKE_CURRENT_LIST_DIR}/logstream.h ${CMAKE_CURRENT_LIST_DIR}/logstream.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workloadlogs.h ${CMAKE_CURRENT_LIST_DIR}/workloadlogs.cpp)
