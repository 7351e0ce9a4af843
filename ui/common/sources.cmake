# Widgets several features share: empty state, events pane, object form and YAML views,
# status colours, dot and field error line, WebEngine set-up, the review diff view, the
# wizards' Tab order.
# Included from ui/CMakeLists.txt.
target_sources(scs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/emptystate.h ${CMAKE_CURRENT_LIST_DIR}/emptystate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paintmilestone.h ${CMAKE_CURRENT_LIST_DIR}/paintmilestone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventspane.h ${CMAKE_CURRENT_LIST_DIR}/eventspane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statusstyle.h ${CMAKE_CURRENT_LIST_DIR}/statusstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objectformview.h ${CMAKE_CURRENT_LIST_DIR}/objectformview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcestatusproxy.h ${CMAKE_CURRENT_LIST_DIR}/resourcestatusproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objectviews.h ${CMAKE_CURRENT_LIST_DIR}/objectviews.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webenginesupport.h ${CMAKE_CURRENT_LIST_DIR}/webenginesupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webenginemodule.h ${CMAKE_CURRENT_LIST_DIR}/webenginemodule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlview.h ${CMAKE_CURRENT_LIST_DIR}/yamlview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diffview.h ${CMAKE_CURRENT_LIST_DIR}/diffview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quotaoverview.h ${CMAKE_CURRENT_LIST_DIR}/quotaoverview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workbench.h ${CMAKE_CURRENT_LIST_DIR}/workbench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardtaborder.h ${CMAKE_CURRENT_LIST_DIR}/wizardtaborder.cpp)
