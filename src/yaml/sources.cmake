# YAML <-> JSON as kubectl reads it, keeping key order (so that an edited object reads as the
# person wrote it); included from src/CMakeLists.txt. The fuzzer (fuzz/CMakeLists.txt) compiles
# the same files.
set(SCS_YAML_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/yaml.h ${CMAKE_CURRENT_LIST_DIR}/yaml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlnode.h
    ${CMAKE_CURRENT_LIST_DIR}/yamlscalar.h ${CMAKE_CURRENT_LIST_DIR}/yamlscalar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonio.cpp
)
target_sources(scs_core PRIVATE ${SCS_YAML_SOURCES}
    # A Kubernetes object as text in kubectl's key order (editor, reviews, skeletons).
    ${CMAKE_CURRENT_LIST_DIR}/objectyaml.h ${CMAKE_CURRENT_LIST_DIR}/objectyaml.cpp)
