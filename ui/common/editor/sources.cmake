# The YAML editor widget: the text area (indentation, folding), its gutter (line numbers,
# markers, fold triangles), the find bar; and the built-in highlighter.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/yamleditor.h ${CMAKE_CURRENT_LIST_DIR}/yamleditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamltextedit.h ${CMAKE_CURRENT_LIST_DIR}/yamltextedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlgutter.h ${CMAKE_CURRENT_LIST_DIR}/yamlgutter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlfindbar.h ${CMAKE_CURRENT_LIST_DIR}/yamlfindbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlhighlighter.h ${CMAKE_CURRENT_LIST_DIR}/yamlhighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamltext.h)
# KSyntaxHighlighting (KF6) replaces the built-in highlighter where it is packaged.
if(SCS_HAVE_KSYNTAXHIGHLIGHTING)
    target_link_libraries(scs_ui PRIVATE KF6::SyntaxHighlighting)
    target_compile_definitions(scs_ui PRIVATE SCS_HAVE_KSYNTAXHIGHLIGHTING=1)
else()
    target_compile_definitions(scs_ui PRIVATE SCS_HAVE_KSYNTAXHIGHLIGHTING=0)
endif()
