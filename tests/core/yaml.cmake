# Tests of the yaml module (src/yaml); included from tests/core/CMakeLists.txt.
scs_add_test(tst_yaml
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_yaml.cpp ${CMAKE_CURRENT_LIST_DIR}/yaml_cases.h
    LIBS scs_core LABELS core)

# The same table against real kubectl from the local stack (the oracle); needs only the
# kubectl binary, not the API server, but the stack is what provides it.
scs_add_test(tst_yaml_kubectl
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_yaml_kubectl.cpp ${CMAKE_CURRENT_LIST_DIR}/yaml_cases.h
            ${PROJECT_SOURCE_DIR}/tests/common/stackenv.h
    LIBS scs_core LABELS integration)
target_include_directories(tst_yaml_kubectl PRIVATE ${PROJECT_SOURCE_DIR}/tests)
scs_integration_test(tst_yaml_kubectl)

# The libFuzzer target (fuzz/, built with clang apart from the product) for a fixed budget:
# a crash, a failed round-trip check or a hang fails the test. See fuzz/README.md.
add_test(NAME fuzz_yaml COMMAND ${PROJECT_SOURCE_DIR}/fuzz/run 60)
set_tests_properties(fuzz_yaml PROPERTIES LABELS fuzz TIMEOUT 300
    ENVIRONMENT "SCS_FUZZ_BUILD=${PROJECT_BINARY_DIR}/fuzz-build;SCS_FUZZ_SEED=1;SCS_FUZZ_RUNS=40000")
