#include "models/tenanttreefiltermodel.h"

#include "models/tenanttreemodel.h"

namespace scs::models {

TenantTreeFilterModel::TenantTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
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

namespace {

bool matches(const QModelIndex &index, const QString &text)
{
    using NodeType = TenantTreeModel::NodeType;
    const auto type = index.data(TenantTreeModel::NodeTypeRole).value<NodeType>();
    if (type == NodeType::Profile || type == NodeType::Message)
        return false;
    if (index.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive))
        return true;
    return type == NodeType::Kind
        && index.data(TenantTreeModel::QualifiedNameRole)
               .toString()
               .contains(text, Qt::CaseInsensitive);
}

} // namespace

bool TenantTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // The profile always; a match; everything under a matching tenant or group. (Not Qt's
    // autoAcceptChildRows: that would take every tenant under the always-kept profile.)
    if (index.data(TenantTreeModel::NodeTypeRole).value<TenantTreeModel::NodeType>()
        == TenantTreeModel::NodeType::Profile) {
        return true;
    }
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        if (matches(i, m_text))
            return true;
    }
    return false;
}

} // namespace scs::models
