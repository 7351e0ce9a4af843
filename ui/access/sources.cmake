# Tenant access: the members view, adding and removing members (with a review), who-can.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accesscontroller.h ${CMAKE_CURRENT_LIST_DIR}/accesscontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/membersview.h ${CMAKE_CURRENT_LIST_DIR}/membersview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/addmemberdialog.h ${CMAKE_CURRENT_LIST_DIR}/addmemberdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memberreviewdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/memberreviewdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/whocandialog.h ${CMAKE_CURRENT_LIST_DIR}/whocandialog.cpp)
