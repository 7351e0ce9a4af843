#include "models/tenanttreefiltermodel.h"

#include "models/tenanttreemodel.h"

namespace scs::models {

TenantTreeFilterModel::TenantTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

TenantTreeFilterModel::~TenantTreeFilterModel() = default;

void TenantTreeFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool TenantTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using NodeType = TenantTreeModel::NodeType;
    const auto type = index.data(TenantTreeModel::NodeTypeRole).value<NodeType>();
    if (type == NodeType::Profile)
        return true;
    if (type == NodeType::Message)
        return false;
    if (index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    return type == NodeType::Kind
        && index.data(TenantTreeModel::QualifiedNameRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace scs::models
