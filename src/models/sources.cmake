# The models module (QAbstractItemModel subclasses); included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/modelslogging.h ${CMAKE_CURRENT_LIST_DIR}/modelslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcetablemodel.h ${CMAKE_CURRENT_LIST_DIR}/resourcetablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accessrules.h ${CMAKE_CURRENT_LIST_DIR}/accessrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relatedobjects.h ${CMAKE_CURRENT_LIST_DIR}/relatedobjects.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requestqueue.h ${CMAKE_CURRENT_LIST_DIR}/requestqueue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tenanttreefiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/tenanttreefiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tenanttreemodel.h ${CMAKE_CURRENT_LIST_DIR}/tenanttreemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deletion.h ${CMAKE_CURRENT_LIST_DIR}/deletion.cpp
)
