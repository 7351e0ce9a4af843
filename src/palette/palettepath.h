#pragma once

#include "kube/discovery.h"

#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <optional>

namespace scs::palette {

// A path typed into the palette: "kind/name" (in the tenant open now), "tenant/kind" or
// "tenant/kind/name". Kinds are what kubectl accepts (plural, singular, kind, short name,
// "plural.group"). Pure; any thread.
struct PalettePath
{
    QStringList segments; // 2 or 3, none empty

    // "a/b" or "a/b/c" of name-like segments (letters, digits, "-", ".", "_", ":"; no spaces);
    // nullopt for anything else, which the palette then only fuzzy-matches.
    [[nodiscard]] static std::optional<PalettePath> parse(const QString &query);
};

// Where a path leads: a kind (name empty) or an object of a kind, in a tenant ("" for a
// cluster-scoped kind).
struct PaletteTarget
{
    QString tenant;
    kube::ApiResource resource;
    QString name;
};

// Resolves `path` with `findKind` (Discovery::find) and the known `tenants`: "a/b/c" is
// tenant/kind/name; "a/b" is tenant/kind when `a` is a tenant and `b` a kind, else kind/name in
// `currentTenant`. The error is a sentence for the person (no kind called so; no tenant open).
[[nodiscard]] std::expected<PaletteTarget, QString> resolvePath(
    const PalettePath &path,
    const std::function<std::optional<kube::ApiResource>(const QString &)> &findKind,
    const QStringList &tenants, const QString &currentTenant);

} // namespace scs::palette
