# The edit module (text diff/merge, object editing, create, delete, drafts); included from
# src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/editlogging.h ${CMAKE_CURRENT_LIST_DIR}/editlogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textdiff.h ${CMAKE_CURRENT_LIST_DIR}/textdiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonpath.h ${CMAKE_CURRENT_LIST_DIR}/jsonpath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/formyamlsync.h ${CMAKE_CURRENT_LIST_DIR}/formyamlsync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objectref.h ${CMAKE_CURRENT_LIST_DIR}/objectref.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objecteditor.h ${CMAKE_CURRENT_LIST_DIR}/objecteditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/batchapplier.h ${CMAKE_CURRENT_LIST_DIR}/batchapplier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/skeleton.h ${CMAKE_CURRENT_LIST_DIR}/skeleton.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftstore.h ${CMAKE_CURRENT_LIST_DIR}/draftstore.cpp
)
