#include "palette/palettepath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scs::palette {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PalettePath)
};

} // namespace

std::optional<PalettePath> PalettePath::parse(const QString &query)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    for (const QString &part : parts) {
        if (!segment.match(part).hasMatch())
            return std::nullopt;
    }
    return PalettePath{parts};
}

std::expected<PaletteTarget, QString> resolvePath(
    const PalettePath &path,
    const std::function<std::optional<kube::ApiResource>(const QString &)> &findKind,
    const QStringList &tenants, const QString &currentTenant)
{
    const QStringList &s = path.segments;
    const auto inTenant = [](const kube::ApiResource &resource, const QString &tenant) {
        return resource.namespaced ? tenant : QString();
    };
    if (s.size() == 3) {
        const auto kind = findKind(s.at(1));
        if (!kind)
            return std::unexpected(Tr::tr("There is no kind called \"%1\".").arg(s.at(1)));
        if (kind->namespaced && !tenants.contains(s.at(0)))
            return std::unexpected(Tr::tr("There is no tenant called \"%1\".").arg(s.at(0)));
        return PaletteTarget{inTenant(*kind, s.at(0)), *kind, s.at(2)};
    }
    if (tenants.contains(s.at(0))) {
        if (const auto kind = findKind(s.at(1)); kind && kind->namespaced)
            return PaletteTarget{s.at(0), *kind, {}};
    }
    const auto kind = findKind(s.at(0));
    if (!kind) {
        if (tenants.contains(s.at(0)))
            return std::unexpected(Tr::tr("There is no kind called \"%1\".").arg(s.at(1)));
        return std::unexpected(Tr::tr("There is no kind or tenant called \"%1\".").arg(s.at(0)));
    }
    if (kind->namespaced && currentTenant.isEmpty()) {
        return std::unexpected(
            Tr::tr("Open a tenant first, or type tenant/kind/name."));
    }
    return PaletteTarget{inTenant(*kind, currentTenant), *kind, s.at(1)};
}

} // namespace scs::palette
