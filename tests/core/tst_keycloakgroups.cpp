// The matching of a group subject to its Keycloak Group object (access::KeycloakGroups): the
// profile's groups prefix taken off, spec.forProvider.name compared (status.atProvider.name for
// an observe-only Group); the objects are shaped as the Crossplane Keycloak provider's CRD
// (tests/stack/manifests/02-keycloak-crds.yaml) and the stack's seed (06-identity.yaml) have them.

#include "access/keycloakgroups.h"

#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::access;
using namespace Qt::StringLiterals;

namespace {

QJsonObject group(const QString &objectName, const QString &forProviderName,
                  const QString &atProviderName = {})
{
    QJsonObject spec{{u"forProvider"_s, QJsonObject{{u"realmId"_s, u"scs"_s}}}};
    if (!forProviderName.isEmpty()) {
        QJsonObject fp = spec[u"forProvider"_s].toObject();
        fp.insert(u"name"_s, forProviderName);
        spec.insert(u"forProvider"_s, fp);
    }
    QJsonObject object{
        {u"apiVersion"_s, u"group.keycloak.m.crossplane.io/v1alpha1"_s},
        {u"kind"_s, u"Group"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, objectName}, {u"namespace"_s, u"tenant-a"_s}}},
        {u"spec"_s, spec}};
    if (!atProviderName.isEmpty())
        object.insert(u"status"_s,
                      QJsonObject{{u"atProvider"_s, QJsonObject{{u"name"_s, atProviderName}}}});
    return object;
}

} // namespace

class TestKeycloakGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchGroupSubjectToItsObject_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("object");

        QTest::newRow("prefixed group") << u"Group"_s << u"oidc:tenant-a-admins"_s << u"oidc:"_s
                                        << u"kc-admins"_s;
        QTest::newRow("other group") << u"Group"_s << u"oidc:tenant-a-viewers"_s << u"oidc:"_s
                                     << u"tenant-a-viewers"_s;
        QTest::newRow("no prefix configured") << u"Group"_s << u"tenant-a-admins"_s << QString()
                                              << u"kc-admins"_s;
        QTest::newRow("prefix missing") << u"Group"_s << u"tenant-a-admins"_s << u"oidc:"_s
                                        << QString();
        QTest::newRow("other prefix") << u"Group"_s << u"ldap:tenant-a-admins"_s << u"oidc:"_s
                                      << QString();
        QTest::newRow("only the prefix") << u"Group"_s << u"oidc:"_s << u"oidc:"_s << QString();
        QTest::newRow("system group") << u"Group"_s << u"system:masters"_s << u"oidc:"_s
                                      << QString();
        QTest::newRow("user of that name") << u"User"_s << u"oidc:tenant-a-admins"_s
                                           << u"oidc:"_s << QString();
        QTest::newRow("no object for it") << u"Group"_s << u"oidc:platform-operators"_s
                                          << u"oidc:"_s << QString();
        QTest::newRow("observe-only: atProvider") << u"Group"_s << u"oidc:imported"_s
                                                  << u"oidc:"_s << u"observed"_s;
        QTest::newRow("case matters") << u"Group"_s << u"oidc:Tenant-A-Admins"_s << u"oidc:"_s
                                      << QString();
        QTest::newRow("two objects: first by name") << u"Group"_s << u"oidc:twice"_s
                                                    << u"oidc:"_s << u"a-twice"_s;
    }

    void shouldMatchGroupSubjectToItsObject()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(QString, prefix);
        QFETCH(QString, object);
        // The object's own name differs from the group's where that is the point.
        const QList<QJsonObject> objects{
            group(u"kc-admins"_s, u"tenant-a-admins"_s),
            group(u"tenant-a-viewers"_s, u"tenant-a-viewers"_s),
            group(u"observed"_s, {}, u"imported"_s),
            // forProvider wins over atProvider: this one is not "imported".
            group(u"renamed"_s, u"renamed-group"_s, u"imported"_s),
            group(u"b-twice"_s, u"twice"_s),
            group(u"a-twice"_s, u"twice"_s),
        };
        const Subject s{kind, subject, {}};
        QCOMPARE(KeycloakGroups::objectFor(s, prefix, objects), object);
    }

    void shouldReadTheRealmGroupOfASubject()
    {
        QCOMPARE(KeycloakGroups::realmGroupOf({u"Group"_s, u"oidc:tenant-a-admins"_s, {}},
                                              u"oidc:"_s),
                 u"tenant-a-admins"_s);
        QCOMPARE(KeycloakGroups::realmGroupOf({u"ServiceAccount"_s, u"default"_s, u"tenant-a"_s},
                                              QString()),
                 QString());
        QCOMPARE(KeycloakGroups::objectFor({u"Group"_s, u"oidc:tenant-a-admins"_s, {}},
                                           u"oidc:"_s, {}),
                 QString());
    }

    void shouldKnowTheProviderGroupKind()
    {
        kube::ApiResource r;
        r.group = u"group.keycloak.m.crossplane.io"_s;
        r.version = u"v1alpha1"_s;
        r.kind = u"Group"_s;
        r.plural = u"groups"_s;
        r.namespaced = true;
        QVERIFY(KeycloakGroups::isGroupResource(r));
        QCOMPARE(r.collectionPath(u"tenant-a"_s),
                 u"/apis/group.keycloak.m.crossplane.io/v1alpha1/namespaces/tenant-a/groups"_s);
        kube::ApiResource clusterScoped = r;
        clusterScoped.group = u"group.keycloak.crossplane.io"_s; // Crossplane v1 flavour
        clusterScoped.namespaced = false;
        QVERIFY(!KeycloakGroups::isGroupResource(clusterScoped));
        kube::ApiResource memberships = r;
        memberships.plural = u"memberships"_s;
        QVERIFY(!KeycloakGroups::isGroupResource(memberships));
    }
};

QTEST_GUILESS_MAIN(TestKeycloakGroups)
#include "tst_keycloakgroups.moc"
