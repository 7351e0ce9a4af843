# Editing an object: edit page, review (diff), apply, conflicts, new
# objects, drafts.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/conflictview.h ${CMAKE_CURRENT_LIST_DIR}/conflictview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftkeeper.h ${CMAKE_CURRENT_LIST_DIR}/draftkeeper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftopener.h ${CMAKE_CURRENT_LIST_DIR}/draftopener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/draftsdialog.h ${CMAKE_CURRENT_LIST_DIR}/draftsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editactions.h ${CMAKE_CURRENT_LIST_DIR}/editactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editcontroller.h ${CMAKE_CURRENT_LIST_DIR}/editcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editmarks.h ${CMAKE_CURRENT_LIST_DIR}/editmarks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/editpage.h ${CMAKE_CURRENT_LIST_DIR}/editpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newobjectdialog.h ${CMAKE_CURRENT_LIST_DIR}/newobjectdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/newobjectflow.h ${CMAKE_CURRENT_LIST_DIR}/newobjectflow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewdialog.h ${CMAKE_CURRENT_LIST_DIR}/reviewdialog.cpp)
