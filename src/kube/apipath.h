#pragma once

#include "common/error.h"

#include <QString>

namespace scs::kube {

// Names that go into an API URL path, checked as the API server checks them and encoded one
// segment at a time, so that a name from YAML, a watch event or --tenant can never change which
// object a request is about (Qt normalises ".." in a URL path before it sends).
//
// Rules (k8s.io/apimachinery validation):
// - a namespace (and so a tenant) is a DNS-1123 label: 1-63 of [a-z0-9-], alphanumeric at both
//   ends;
// - an object name is checked with ValidatePathSegmentName, the rule the API server applies to
//   every kind's name in a path: not "." or "..", no "/" and no "%"; kinds add their own stricter
//   rules (most use DNS-1123 subdomains, RBAC allows ":"), which the server then reports.
[[nodiscard]] bool isDns1123Label(const QString &text);
[[nodiscard]] bool isDns1123Subdomain(const QString &text);

// Error::Kind::Invalid naming the value, before any request is made.
[[nodiscard]] Result<void> checkNamespaceName(const QString &name);
[[nodiscard]] Result<void> checkObjectName(const QString &name);

// One path segment, percent-encoded (everything but RFC 3986's unreserved characters).
[[nodiscard]] QString pathSegment(const QString &text);

// The check KubeClient runs on every request path: absolute, no empty, "." or ".." segment
// (encoded or not), no encoded "/" or "%", and the segment after "namespaces" a valid
// namespace name.
[[nodiscard]] Result<void> checkApiPath(const QString &path);

} // namespace scs::kube
