#pragma once

#include <QSortFilterProxyModel>

namespace scs::models {

// Filter-as-you-type over the TenantTreeModel: a row stays when its text (tenant name and
// display name, group, kind) or a kind's qualified name ("clusters.api.scs.community")
// contains the filter, case-insensitively; the parents of a match stay (recursive filtering)
// and so do the children of a matching tenant or group. The profile node always stays.
// Kinds are matched only where the tree has them: under tenants that were expanded (the tree
// is lazy; a filter does not expand 2,000 tenants to search them). GUI thread only.
class TenantTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TenantTreeFilterModel(QObject *parent = nullptr);
    ~TenantTreeFilterModel() override;

    // Plain text, not a pattern; empty shows everything.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace scs::models
