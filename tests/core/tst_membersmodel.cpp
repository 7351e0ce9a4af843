// MembersModel (src/access/membersmodel.h) on a scripted server: the four lists make the rows,
// a refused list (ClusterRoleBindings, 403) counts as done and is reported as not readable;
// names are shown without the prefix, the viewer's rows are marked; watch events become
// precise row inserts, removals and dataChanged (never a reset), with a QAbstractItemModelTester
// watching every mutation.

#include "access/membersmodel.h"
#include "fakeapiserver.h"
#include "fakecollection.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "kubefixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace scs;
using namespace scs::access;
using namespace Qt::StringLiterals;

namespace {

const QString kRbac = u"/apis/rbac.authorization.k8s.io/v1"_s;

QJsonObject binding(const QString &name, const QString &rv, const QString &role,
                    const QJsonArray &subjects)
{
    return QJsonObject{
        {u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
        {u"kind"_s, u"RoleBinding"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, u"tenant-a"_s},
                     {u"uid"_s, u"uid-"_s + name},
                     {u"resourceVersion"_s, rv},
                     {u"creationTimestamp"_s, u"2026-01-01T00:00:00Z"_s}}},
        {u"roleRef"_s,
         QJsonObject{{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s},
                     {u"kind"_s, u"ClusterRole"_s},
                     {u"name"_s, role}}},
        {u"subjects"_s, subjects}};
}

QJsonObject subject(const QString &kind, const QString &name)
{
    return {{u"kind"_s, kind}, {u"name"_s, name}, {u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}};
}

QJsonObject clusterRole(const QString &name, const QString &rv, const QJsonArray &verbs)
{
    return QJsonObject{
        {u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s},
        {u"kind"_s, u"ClusterRole"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name}, {u"uid"_s, u"uid-"_s + name}, {u"resourceVersion"_s, rv}}},
        {u"rules"_s,
         QJsonArray{QJsonObject{{u"apiGroups"_s, QJsonArray{u"api.scs.community"_s}},
                                {u"resources"_s, QJsonArray{u"clusters"_s}},
                                {u"verbs"_s, verbs}}}}};
}

} // namespace

class TestMembersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowBindingsAndRolesPrecisely()
    {
        FakeApiServer server;
        const QString ns = kRbac + u"/namespaces/tenant-a"_s;
        FakeCollection bindings(server, ns + u"/rolebindings"_s);
        FakeCollection roles(server, ns + u"/roles"_s);
        FakeCollection clusterBindings(server, kRbac + u"/clusterrolebindings"_s);
        FakeCollection clusterRoles(server, kRbac + u"/clusterroles"_s);
        bindings.objects = {binding(u"tenant-a-admins"_s, u"1"_s, u"scs:tenant"_s,
                                    {subject(u"Group"_s, u"oidc:tenant-a-admins"_s)})};
        clusterBindings.forbidLists = 100; // a tenant user may not list them
        clusterRoles.objects = {clusterRole(u"scs:tenant"_s, u"1"_s,
                                            {u"get"_s, u"list"_s, u"delete"_s})};
        kube::StaticTokenSource tokens("t");
        kube::KubeClient client(profileFor(server.url()), &tokens);

        MembersModel model(&client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrefixes(u"oidc:"_s, u"oidc:"_s);
        QSignalSpy synced(&model, &MembersModel::synced);
        model.setNamespace(u"tenant-a"_s);
        QVERIFY(!model.isSynced());
        // Synced means built: the lists alone (before the debounced rebuild) are not enough,
        // or a reader (Who Can) computes from an empty policy (seen in the sanitizer pass).
        QTRY_VERIFY(model.isSynced());
        QCOMPARE(synced.size(), 1);
        QVERIFY(!model.policy().clusterBindingsReadable);
        QVERIFY(model.policy().clusterRolesReadable);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex admins = model.index(0, MembersModel::NameColumn);
        QCOMPARE(admins.data().toString(), u"tenant-a-admins"_s);
        QCOMPARE(admins.data(MembersModel::SubjectNameRole).toString(),
                 u"oidc:tenant-a-admins"_s);
        QVERIFY(admins.data(Qt::ToolTipRole).toString().contains(u"oidc:tenant-a-admins"_s));
        QCOMPARE(model.index(0, MembersModel::RoleColumn).data().toString(),
                 u"scs:tenant — get, list, delete × clusters (api.scs.community)"_s);
        QVERIFY(!admins.data(MembersModel::IsSelfRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setIdentity({u"oidc:alice"_s, {u"oidc:tenant-a-admins"_s}});
        QVERIFY(admins.data(MembersModel::IsSelfRole).toBool());
        QCOMPARE(admins.data().toString(), u"tenant-a-admins (you)"_s);
        QVERIFY(!changed.isEmpty());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // A new binding with two subjects: two rows, one insert.
        QTRY_VERIFY(!bindings.watches.isEmpty() && bindings.watches.last().socket);
        const QJsonObject two = binding(u"readers"_s, u"2"_s, u"scs:tenant"_s,
                                        {subject(u"User"_s, u"oidc:bob"_s),
                                         subject(u"User"_s, u"oidc:carol"_s)});
        server.sendChunk(bindings.watches.last().socket, fixtures::event(u"ADDED"_s, two, false));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.grant(1)->subjectCount, 2);
        // One subject taken out: one row goes, the other stays (and learns the new count).
        const QJsonObject one = binding(u"readers"_s, u"3"_s, u"scs:tenant"_s,
                                        {subject(u"User"_s, u"oidc:carol"_s)});
        changed.clear();
        server.sendChunk(bindings.watches.last().socket,
                         fixtures::event(u"MODIFIED"_s, one, false));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.grant(1)->subject.name, u"oidc:carol"_s);
        QCOMPARE(model.grant(1)->subjectCount, 1);
        QVERIFY(!changed.isEmpty());
        // The role's rules change: the rows say so in place.
        changed.clear();
        QTRY_VERIFY(!clusterRoles.watches.isEmpty() && clusterRoles.watches.last().socket);
        server.sendChunk(clusterRoles.watches.last().socket,
                         fixtures::event(u"MODIFIED"_s,
                                         clusterRole(u"scs:tenant"_s, u"2"_s,
                                                     {u"get"_s, u"list"_s, u"watch"_s}),
                                         false));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, MembersModel::RoleColumn).data().toString(),
                 u"scs:tenant — read only"_s);
        // The binding goes: its row goes.
        server.sendChunk(bindings.watches.last().socket,
                         fixtures::event(u"DELETED"_s, one, false));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMembersModel)
#include "tst_membersmodel.moc"
