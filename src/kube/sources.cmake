# The kube module (KubeClient, Discovery, Watcher, OpenApi); included from src/CMakeLists.txt.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/kubelogging.h ${CMAKE_CURRENT_LIST_DIR}/kubelogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeclient.h ${CMAKE_CURRENT_LIST_DIR}/kubeclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apipath.h ${CMAKE_CURRENT_LIST_DIR}/apipath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/discovery.h ${CMAKE_CURRENT_LIST_DIR}/discovery.cpp
)
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/watcher.h ${CMAKE_CURRENT_LIST_DIR}/watcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonlistsplitter.h ${CMAKE_CURRENT_LIST_DIR}/jsonlistsplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/watchitem.h ${CMAKE_CURRENT_LIST_DIR}/watchitem.cpp
)
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/openapi.h ${CMAKE_CURRENT_LIST_DIR}/openapi.cpp
)
# Resource quantities ("500m", "8Gi") and ResourceQuotas as their status tells them.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/quantity.h ${CMAKE_CURRENT_LIST_DIR}/quantity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcequota.h ${CMAKE_CURRENT_LIST_DIR}/resourcequota.cpp
)
