# Kubeconfigs: reading, merging and writing kubeconfigs, the ExecCredential,
# and the command-line verbs get-token and export-kubeconfig.
target_sources(scs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfiglogging.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfiglogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfig.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigyaml.h
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigwriter.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/execcredential.h ${CMAKE_CURRENT_LIST_DIR}/execcredential.cpp
    # Opening a kubeconfig context as a connection: resolve, credentials, exec plugins.
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigconnection.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigconnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clientcertificatepem.h ${CMAKE_CURRENT_LIST_DIR}/clientcertificatepem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/execplugin.h ${CMAKE_CURRENT_LIST_DIR}/execplugin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubeconfigtokensource.h ${CMAKE_CURRENT_LIST_DIR}/kubeconfigtokensource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clusterkubeconfig.h ${CMAKE_CURRENT_LIST_DIR}/clusterkubeconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cli/gettokenverb.h ${CMAKE_CURRENT_LIST_DIR}/../cli/gettokenverb.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cli/exportkubeconfigverb.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/exportkubeconfigverb.cpp
)
