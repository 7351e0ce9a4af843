#pragma once

// A claim as a person might have written it (comments, quoted and block scalars, a list), for
// the tests of the form/YAML synchronisation and of the edit views.

#include "yaml/yaml.h"

#include <QJsonObject>
#include <QString>

namespace scs::testing {

inline QString claimYaml()
{
    return QStringLiteral("apiVersion: api.scs.community/v1alpha1\n"
                          "kind: Cluster\n"
                          "metadata:\n"
                          "  name: demo   # the order's name\n"
                          "  namespace: tenant-a\n"
                          "spec:\n"
                          "  version: \"1.33\"  # minor version\n"
                          "  description: Sample order\n"
                          "  controlPlane:\n"
                          "    replicas: 1\n"
                          "  paused: false\n"
                          "  tags:\n"
                          "  - blue\n"
                          "  - green\n"
                          "  script: |\n"
                          "    line one\n"
                          "    line two\n");
}

inline QJsonObject parse(const QString &text)
{
    const auto doc = yaml::toJsonDocument(text.toUtf8());
    return doc ? doc->object() : QJsonObject();
}

} // namespace scs::testing
