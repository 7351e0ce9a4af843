#pragma once

#include <QString>

namespace scs::palette {

// One entry of the command palette: what it is, the text matched and shown ("tenant-a/
// configmaps/tenant-info", "View › Refresh"), a detail shown beside it (a shortcut, a kind's
// qualified name), and where it leads. Plain data.
struct PaletteItem
{
    enum class Type { Action, Tenant, Kind, Object };
    // Where the item came from; favourites and recents rank above the rest at equal match.
    enum class Origin { Normal, Recent, Favourite };

    Type type = Type::Object;
    Origin origin = Origin::Normal;
    QString text;
    QString detail;
    // Targets: Tenant (tenant), Kind (tenant, plural, group), Object (those and name). The
    // tenant is "" for cluster-scoped kinds and their objects.
    QString tenant;
    QString plural;
    QString group;
    QString name;
    int action = -1; // Action: the caller's index of the command
};

} // namespace scs::palette
