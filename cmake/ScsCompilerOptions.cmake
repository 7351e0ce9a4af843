# Compiler settings shared by the project's targets:
#   scs_warnings         warnings (errors with SCS_WERROR), sanitizers; for every target
#   scs_compile_options  scs_warnings + Qt's strict string and keyword rules; for product code
# Tests use scs_warnings only: string literals as QString keep data tables readable there.

add_library(scs_warnings INTERFACE)
target_compile_options(scs_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
if(SCS_WERROR)
    target_compile_options(scs_warnings INTERFACE -Werror)
endif()
if(SCS_SANITIZE)
    target_compile_options(scs_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(scs_warnings INTERFACE -fsanitize=address,undefined)
    # libstdc++'s own checks: error() of a std::expected that holds a value, operator[] out of
    # range, front() of an empty container... are undefined behaviour that neither sanitizer
    # sees (issue 19: tst_draftstore's QVERIFY2 message). Does not change the ABI.
    target_compile_definitions(scs_warnings INTERFACE _GLIBCXX_ASSERTIONS)
endif()

add_library(scs_compile_options INTERFACE)
target_link_libraries(scs_compile_options INTERFACE scs_warnings)
target_compile_definitions(scs_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_STRICT_ITERATORS)
