# Tests of the command palette's core (src/palette); included from tests/core/CMakeLists.txt.
foreach(test IN ITEMS tst_fuzzymatch tst_paletteindex tst_palettepath tst_favouritesstore)
    scs_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LIBS scs_core
        LABELS core)
endforeach()
