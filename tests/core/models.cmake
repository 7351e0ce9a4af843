# Tests of the models module (src/models); included from tests/core/CMakeLists.txt.
scs_add_test(tst_resourcetablemodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resourcetablemodel.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h ${CMAKE_CURRENT_LIST_DIR}/fakecollection.h
            ${CMAKE_CURRENT_LIST_DIR}/kubefixtures.h ${CMAKE_CURRENT_LIST_DIR}/tcpproxy.h
    LIBS scs_core Qt6::Network LABELS core)

scs_add_test(tst_accessrules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessrules.cpp
    LIBS scs_core LABELS core)
scs_add_test(tst_tenanttreemodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tenanttreemodel.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)
scs_add_test(tst_requestqueue SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestqueue.cpp
    LIBS scs_core LABELS core)
scs_add_test(tst_tenanttreefiltermodel
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tenanttreefiltermodel.cpp
    LIBS scs_core Qt6::Gui LABELS core)
scs_add_test(tst_relatedobjects
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_relatedobjects.cpp
            ${CMAKE_CURRENT_LIST_DIR}/fakeapiserver.h
    LIBS scs_core Qt6::Network LABELS core)
