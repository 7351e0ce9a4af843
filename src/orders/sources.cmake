# The orders module (cluster orders: order types, field model, validation, object builder,
# submit and day-2 operations, cluster status and the clusters model) and its CLI verb;
# included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/orderslogging.h ${CMAKE_CURRENT_LIST_DIR}/orderslogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/field.h ${CMAKE_CURRENT_LIST_DIR}/field.cpp
    ${CMAKE_CURRENT_LIST_DIR}/classcatalog.h ${CMAKE_CURRENT_LIST_DIR}/classcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/autoscaling.h ${CMAKE_CURRENT_LIST_DIR}/autoscaling.cpp
    ${CMAKE_CURRENT_LIST_DIR}/order.h ${CMAKE_CURRENT_LIST_DIR}/order.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordertemplate.h ${CMAKE_CURRENT_LIST_DIR}/ordertemplate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upgradeplan.h ${CMAKE_CURRENT_LIST_DIR}/upgradeplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterstatus.h ${CMAKE_CURRENT_LIST_DIR}/clusterstatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderservice.h ${CMAKE_CURRENT_LIST_DIR}/orderservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clustersmodel.h ${CMAKE_CURRENT_LIST_DIR}/clustersmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthtree.h ${CMAKE_CURRENT_LIST_DIR}/healthtree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthtreemodel.h ${CMAKE_CURRENT_LIST_DIR}/healthtreemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quotacheck.h ${CMAKE_CURRENT_LIST_DIR}/quotacheck.cpp
)
# The command-line verb lives with the other verbs but belongs to this module.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/orderclusterverb.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/orderclusterverb.cpp
)
