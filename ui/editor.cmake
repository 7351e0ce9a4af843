# The YAML editor (issue 6): code editor widget, built-in YAML highlighter, line helpers.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/yamleditor.h ${CMAKE_CURRENT_LIST_DIR}/yamleditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlhighlighter.h ${CMAKE_CURRENT_LIST_DIR}/yamlhighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamltext.h)
# KSyntaxHighlighting (KF6) replaces the built-in highlighter where it is packaged.
if(SCS_HAVE_KSYNTAXHIGHLIGHTING)
    target_link_libraries(scs_ui PRIVATE KF6::SyntaxHighlighting)
    target_compile_definitions(scs_ui PRIVATE SCS_HAVE_KSYNTAXHIGHLIGHTING=1)
else()
    target_compile_definitions(scs_ui PRIVATE SCS_HAVE_KSYNTAXHIGHLIGHTING=0)
endif()
