#include "ui/access/membersview.h"

#include "access/membersmodel.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {

// Hides Kubernetes' own identities unless asked; the viewer's rows in bold.
class MembersProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowSystem(bool show)
    {
        m_showSystem = show;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::FontRole && role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        // The base class's data: index.data() would come back here.
        const auto base = [this, &index](int r) { return QSortFilterProxyModel::data(index, r); };
        const bool link = index.column() == access::MembersModel::IdentityColumn
            && !base(access::MembersModel::IdentityObjectRole).toString().isEmpty();
        const bool self = base(access::MembersModel::IsSelfRole).toBool();
        if (role == Qt::FontRole && (self || link)) {
            QFont font;
            font.setBold(self);
            font.setUnderline(link);
            return font;
        }
        if (role == Qt::ForegroundRole && link)
            return QPalette().brush(QPalette::Link);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_showSystem
            || !sourceModel()
                    ->index(row, 0, parent)
                    .data(access::MembersModel::IsSystemRole)
                    .toBool();
    }

private:
    bool m_showSystem = false;
};

} // namespace

MembersView::MembersView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new MembersProxy(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_system(new QCheckBox(tr("Show &Kubernetes' own identities"), this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Member…"), this))
    , m_remove(new QPushButton(tr("&Remove Member…"), this))
{
    setObjectName(u"membersView"_s);
    m_heading->setObjectName(u"membersHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_note->setObjectName(u"membersNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_system->setObjectName(u"membersSystemBox"_s);
    m_system->setAccessibleName(tr("Show Kubernetes' own identities"));
    m_table->setObjectName(u"membersTable"_s);
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their contents whenever rows come or go (updateState); the last one fills.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_add->setObjectName(u"addMemberButton"_s);
    m_add->setAccessibleName(tr("Add Member"));
    m_remove->setObjectName(u"removeMemberButton"_s);
    m_remove->setAccessibleName(tr("Remove Member"));
    connect(m_system, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<MembersProxy *>(m_proxy)->setShowSystem(on);
    });
    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const access::Grant *grant = currentGrant())
            Q_EMIT removeRequested(*grant);
    });
    connect(m_table, &QTableView::clicked, this, &MembersView::openIdentityObject);
    // Enter (and a double click) activates; where a style activates on a single click, clicked
    // has already asked.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_table->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                                         m_table))
            openIdentityObject(index);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateState(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_system);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateState();
}

void MembersView::setModel(access::MembersModel *model)
{
    for (const auto &c : m_modelConnections)
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        auto changed = [this] { updateState(); };
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, changed)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, changed)
                           << connect(model, &access::MembersModel::synced, this, changed);
    }
    updateState();
}

void MembersView::setManageAllowed(bool allowed, const QString &toolTip)
{
    m_manage = allowed;
    m_add->setToolTip(toolTip);
    updateState();
}

const access::Grant *MembersView::currentGrant() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid())
        return nullptr;
    return m_model->grant(m_proxy->mapToSource(current).row());
}

int MembersView::rowOf(const QString &subjectName, const QString &bindingName) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(access::MembersModel::SubjectNameRole).toString() == subjectName
            && index.data(access::MembersModel::BindingNameRole).toString() == bindingName)
            return row;
    }
    return -1;
}

bool MembersView::selectGrant(const QString &subjectName, const QString &bindingName)
{
    const int row = rowOf(subjectName, bindingName);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    return true;
}

void MembersView::openIdentityObject(const QModelIndex &index)
{
    if (index.column() != access::MembersModel::IdentityColumn)
        return;
    const QString object = index.data(access::MembersModel::IdentityObjectRole).toString();
    if (!object.isEmpty())
        Q_EMIT identityObjectRequested(object);
}

void MembersView::updateState()
{
    const QString tenant = m_model ? m_model->namespaceName() : QString();
    m_heading->setText(tenant.isEmpty() ? tr("Members") : tr("Members of %1").arg(tenant));
    m_add->setEnabled(m_manage && !tenant.isEmpty());
    const access::Grant *grant = currentGrant();
    const bool removable = m_manage && grant && grant->bindingKind == "RoleBinding"_L1;
    m_remove->setEnabled(removable);
    m_remove->setToolTip(grant && grant->bindingKind != "RoleBinding"_L1
                             ? tr("A cluster-wide binding is not changed from a tenant")
                             : QString());
    QStringList notes;
    if (m_model && m_model->isSynced()) {
        if (!m_model->policy().clusterBindingsReadable)
            notes << tr("You may not read the cluster-wide bindings (ClusterRoleBindings): "
                        "members through them are not listed.");
        if (!m_model->policy().clusterRolesReadable)
            notes << tr("You may not read ClusterRoles: roles are named, not explained.");
    }
    m_note->setText(notes.join(u' '));
    if (m_model && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    m_note->setVisible(!notes.isEmpty());
}

} // namespace scs::ui
