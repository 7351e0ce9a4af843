// AccessRules: a SelfSubjectRulesReview's resource rules evaluated the way RBAC does.

#include "models/accessrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scs::models;

namespace {

QJsonObject review(const QJsonArray &rules, bool incomplete = false)
{
    return QJsonObject{{"kind", "SelfSubjectRulesReview"},
                       {"status", QJsonObject{{"resourceRules", rules},
                                              {"incomplete", incomplete}}}};
}

QJsonObject rule(const QStringList &verbs, const QStringList &groups,
                 const QStringList &resources, const QStringList &names = {})
{
    QJsonObject r{{"verbs", QJsonArray::fromStringList(verbs)},
                  {"apiGroups", QJsonArray::fromStringList(groups)},
                  {"resources", QJsonArray::fromStringList(resources)}};
    if (!names.isEmpty())
        r.insert("resourceNames", QJsonArray::fromStringList(names));
    return r;
}

} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAnswerLikeRbac_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("wildcard group resources") << "delete" << "api.scs.community"
                                                  << "clusters" << "" << true;
        QTest::newRow("wildcard covers subresources") << "patch" << "cluster.x-k8s.io"
                                                      << "clusters/status" << "" << true;
        QTest::newRow("core listed verb") << "list" << "" << "configmaps" << "" << true;
        QTest::newRow("core verb not granted") << "delete" << "" << "pods" << "" << false;
        QTest::newRow("other group") << "list" << "apps" << "deployments" << "" << false;
        QTest::newRow("named rule, collection") << "get" << "" << "namespaces" << "" << false;
        QTest::newRow("named rule, that name") << "get" << "" << "namespaces" << "tenant-a"
                                               << true;
        QTest::newRow("named rule, other name") << "get" << "" << "namespaces" << "tenant-b"
                                                << false;
        QTest::newRow("subresource needs its own rule") << "get" << "" << "pods/log" << ""
                                                        << false;
    }

    void shouldAnswerLikeRbac()
    {
        QFETCH(QString, verb);
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        const AccessRules rules = AccessRules::fromReview(review({
            rule({"*"}, {"api.scs.community", "cluster.x-k8s.io"}, {"*"}),
            rule({"get", "list", "watch", "create", "update", "patch", "delete"}, {""},
                 {"configmaps", "secrets"}),
            rule({"get", "list", "watch"}, {""}, {"pods", "events"}),
            rule({"get"}, {""}, {"namespaces"}, {"tenant-a"}),
        }));
        QCOMPARE(rules.rules().size(), 4);
        QCOMPARE(rules.allows(verb, group, resource, name), allowed);
    }

    void shouldKnowWhetherAnythingIsListable()
    {
        // What every authenticated user gets: self reviews, discovery, nothing to list.
        const AccessRules none = AccessRules::fromReview(review({
            rule({"create"}, {"authorization.k8s.io"}, {"selfsubjectrulesreviews"}),
            rule({"get"}, {""}, {"namespaces"}, {"tenant-a"}),
        }, true));
        QVERIFY(!none.allowsAnyList());
        QVERIFY(none.isIncomplete());
        QVERIFY(AccessRules::fromReview(review({rule({"list"}, {""}, {"configmaps"})}))
                    .allowsAnyList());
        QVERIFY(!AccessRules().allowsAnyList());
    }
};

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_accessrules.moc"
