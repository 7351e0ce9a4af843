# The command palette's core (Ctrl+K): fuzzy matching and ranking, the typed paths
# ("tenant/kind/name"), and the per-profile favourites and recent items.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fuzzymatch.h ${CMAKE_CURRENT_LIST_DIR}/fuzzymatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paletteitem.h
    ${CMAKE_CURRENT_LIST_DIR}/paletteindex.h ${CMAKE_CURRENT_LIST_DIR}/paletteindex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/palettepath.h ${CMAKE_CURRENT_LIST_DIR}/palettepath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/favouritesstore.h ${CMAKE_CURRENT_LIST_DIR}/favouritesstore.cpp)
