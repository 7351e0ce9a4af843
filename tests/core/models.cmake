# Tests of the models module (src/models); included from tests/core/CMakeLists.txt.
scs_add_test(tst_resourcetablemodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resourcetablemodel.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h ${CMAKE_CURRENT_LIST_DIR}/fakecollection.h
            ${CMAKE_CURRENT_LIST_DIR}/kubefixtures.h
    LIBS scs_core Qt6::Network LABELS core)
