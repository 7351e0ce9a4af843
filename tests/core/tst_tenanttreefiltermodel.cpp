// TenantTreeFilterModel: filter-as-you-type keeps the profile, the parents of a match and the
// children of a matching tenant or group; kinds match by their qualified name too.

#include "models/tenanttreefiltermodel.h"
#include "models/tenanttreemodel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace scs::models;
using NodeType = TenantTreeModel::NodeType;

namespace {

QStandardItem *node(NodeType type, const QString &text, const QString &qualified = {})
{
    auto *item = new QStandardItem(text);
    item->setData(QVariant::fromValue(type), TenantTreeModel::NodeTypeRole);
    if (!qualified.isEmpty())
        item->setData(qualified, TenantTreeModel::QualifiedNameRole);
    return item;
}

QStringList flatten(const QAbstractItemModel &model, const QModelIndex &parent = {},
                    const QString &indent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.append(indent + index.data().toString());
        out += flatten(model, index, indent + QLatin1Char(' '));
    }
    return out;
}

} // namespace

class TestTenantTreeFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepParentsOfMatchesAndChildrenOfMatchingTenants()
    {
        QStandardItemModel source;
        QStandardItem *profile = node(NodeType::Profile, "local");
        source.appendRow(profile);
        QStandardItem *alpha = node(NodeType::Tenant, "alpha (Team Alpha)");
        QStandardItem *workloads = node(NodeType::Category, "Workloads");
        workloads->appendRow(node(NodeType::Kind, "Pod · 3", "pods"));
        workloads->appendRow(node(NodeType::Kind, "Deployment", "deployments.apps"));
        alpha->appendRow(workloads);
        profile->appendRow(alpha);
        QStandardItem *beta = node(NodeType::Tenant, "beta");
        beta->appendRow(node(NodeType::Message, "Checking access…"));
        profile->appendRow(beta);
        profile->appendRow(node(NodeType::Tenant, "gamma"));

        TenantTreeFilterModel filter;
        filter.setSourceModel(&source);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(flatten(filter).size(), 8);

        filter.setFilterText("  POD ");
        QCOMPARE(flatten(filter),
                 (QStringList{"local", " alpha (Team Alpha)", "  Workloads", "   Pod · 3"}));
        filter.setFilterText("apps"); // the qualified name
        QCOMPARE(flatten(filter),
                 (QStringList{"local", " alpha (Team Alpha)", "  Workloads", "   Deployment"}));
        filter.setFilterText("team alpha"); // a tenant's display name: all of it stays
        QCOMPARE(flatten(filter).size(), 5);
        filter.setFilterText("checking"); // messages are no match
        QCOMPARE(flatten(filter), QStringList{"local"});
        filter.setFilterText("a");
        QCOMPARE(flatten(filter).size(), 8); // beta stays with its message: a matching tenant
        filter.setFilterText("");
        QCOMPARE(flatten(filter).size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestTenantTreeFilterModel)
#include "tst_tenanttreefiltermodel.moc"
