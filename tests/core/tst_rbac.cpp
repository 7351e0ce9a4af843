// RBAC as the access views read it (src/access/rbac.h): rule matching with wildcards,
// subresources and resourceNames; coverage both ways; aggregated ClusterRoles by their
// selectors; folding into read/edit/admin by rules (a copy under another name folds too) and by
// name where rules cannot be read; the members of a tenant; who can do what (the inverse),
// including wildcards, aggregated roles and resourceNames; the RoleBinding the console writes.
// Fixtures in data/access are the stack's real ClusterRoles and bindings (kubectl get -o json
// against tests/stack, built-in roles of kube-apiserver 1.34 included).

#include "access/accessservice.h"
#include "access/rbac.h"
#include "yaml/yaml.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scs;
using namespace scs::access;
using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> readItems(const QString &name)
{
    QFile f(QStringLiteral(SCS_TEST_DATA "/access/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    QList<QJsonObject> items;
    const QJsonObject list = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &v : list.value("items"_L1).toArray())
        items.append(v.toObject());
    return items;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The stack's policy as carol (who may read everything RBAC) sees it for `ns`.
Policy stackPolicy()
{
    Policy policy;
    for (const QJsonObject &o : readItems(u"clusterroles.json"_s)) {
        Role role = Role::fromJson(o);
        role.kind = u"ClusterRole"_s;
        policy.roles.append(role);
    }
    for (const QJsonObject &o : readItems(u"rolebindings.json"_s)) {
        Binding b = Binding::fromJson(o);
        b.kind = u"RoleBinding"_s;
        policy.bindings.append(b);
    }
    for (const QJsonObject &o : readItems(u"clusterrolebindings.json"_s)) {
        Binding b = Binding::fromJson(o);
        b.kind = u"ClusterRoleBinding"_s;
        policy.bindings.append(b);
    }
    policy.clusterRolesReadable = policy.clusterBindingsReadable = true;
    return policy;
}

QStringList names(const QList<WhoCanEntry> &entries, bool withSystem = false)
{
    QStringList out;
    for (const WhoCanEntry &e : entries) {
        if (withSystem || !e.subject.isSystem())
            out.append(e.subject.kind + u' ' + e.subject.name);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

PolicyRule rule(QStringList groups, QStringList resources, QStringList verbs,
                QStringList resourceNames = {})
{
    return {std::move(groups), std::move(resources), std::move(verbs), std::move(resourceNames),
            {}};
}

} // namespace

class TestRbac : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The fixtures are a snapshot; the stack's own roles must not drift from the manifest the
    // stack applies (a rule added there and not here made these tests judge an older policy).
    void theSnapshotShouldHoldTheStacksOwnRoles()
    {
        QFile f(QStringLiteral(SCS_SOURCE_DIR "/tests/stack/manifests/01-rbac.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto docs = yaml::toJson(f.readAll());
        QVERIFY(docs.has_value());
        QHash<QString, QJsonArray> snapshot;
        for (const QJsonObject &o : readItems(u"clusterroles.json"_s))
            snapshot.insert(o.value("metadata"_L1)["name"_L1].toString(), o.value("rules"_L1).toArray());
        int compared = 0;
        for (const auto &doc : *docs) {
            const QJsonObject o = QJsonDocument::fromJson(doc.json).object();
            if (o.value("kind"_L1).toString() != "ClusterRole"_L1)
                continue;
            const QString name = o.value("metadata"_L1)["name"_L1].toString();
            QVERIFY2(snapshot.contains(name), qPrintable(name));
            QVERIFY2(snapshot.value(name) == o.value("rules"_L1).toArray(),
                     qPrintable(name + u": rules differ from the manifest"_s));
            ++compared;
        }
        QVERIFY(compared >= 4);
    }

    void shouldMatchRulesWithWildcardsAndNames_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        const QJsonObject all = json(R"({"apiGroups":["*"],"resources":["*"],"verbs":["*"]})");
        const QJsonObject claims = json(R"({"apiGroups":["api.scs.community"],
            "resources":["clusters"],"verbs":["get","delete"]})");
        const QJsonObject named = json(R"({"apiGroups":[""],"resources":["configmaps"],
            "verbs":["get"],"resourceNames":["tenant-info"]})");
        const QJsonObject scale = json(R"({"apiGroups":["apps"],"resources":["*/scale"],
            "verbs":["update"]})");
        QTest::newRow("all") << all << u"delete"_s << u"x.io"_s << u"things"_s << QString() << true;
        QTest::newRow("all subresource") << all << u"get"_s << u""_s << u"pods/log"_s << QString()
                                         << true;
        QTest::newRow("verb listed") << claims << u"delete"_s << u"api.scs.community"_s
                                     << u"clusters"_s << QString() << true;
        QTest::newRow("verb not listed") << claims << u"create"_s << u"api.scs.community"_s
                                         << u"clusters"_s << QString() << false;
        QTest::newRow("other group") << claims << u"get"_s << u"cluster.x-k8s.io"_s
                                     << u"clusters"_s << QString() << false;
        QTest::newRow("subresource not listed") << claims << u"get"_s << u"api.scs.community"_s
                                                << u"clusters/status"_s << QString() << false;
        QTest::newRow("named: that object") << named << u"get"_s << u""_s << u"configmaps"_s
                                            << u"tenant-info"_s << true;
        QTest::newRow("named: other object") << named << u"get"_s << u""_s << u"configmaps"_s
                                             << u"other"_s << false;
        QTest::newRow("named: collection") << named << u"get"_s << u""_s << u"configmaps"_s
                                           << QString() << false;
        QTest::newRow("*/scale") << scale << u"update"_s << u"apps"_s
                                 << u"deployments/scale"_s << QString() << true;
        QTest::newRow("*/scale not the object") << scale << u"update"_s << u"apps"_s
                                                << u"deployments"_s << QString() << false;
    }
    void shouldMatchRulesWithWildcardsAndNames()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, verb);
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        QCOMPARE(ruleAllows(PolicyRule::fromJson(rule), verb, group, resource, name), allowed);
    }

    void shouldCoverOnlyWhatIsHeld()
    {
        const QList<PolicyRule> all{rule({u"*"_s}, {u"*"_s}, {u"*"_s})};
        const QList<PolicyRule> read{rule({u""_s}, {u"configmaps"_s, u"secrets"_s},
                                          {u"get"_s, u"list"_s})};
        const QList<PolicyRule> wildcardRead{rule({u""_s}, {u"*"_s}, {u"get"_s})};
        const QList<PolicyRule> named{rule({u""_s}, {u"configmaps"_s}, {u"get"_s},
                                           {u"tenant-info"_s})};
        QVERIFY(covers(all, read));
        QVERIFY(covers(all, wildcardRead));
        QVERIFY(!covers(read, all));
        // A "*" asked for is covered only by a "*", not by every resource listed.
        QVERIFY(!covers(read, wildcardRead));
        QVERIFY(covers(wildcardRead, {rule({u""_s}, {u"secrets"_s}, {u"get"_s})}));
        QVERIFY(covers(read, named));
        QVERIFY(!covers(named, read));
        QVERIFY(covers(named, named));
    }

    void shouldAggregateClusterRolesBySelector()
    {
        const Policy policy = stackPolicy();
        const Role *view = policy.findRole({u"ClusterRole"_s, u"view"_s}, {});
        QVERIFY(view);
        QVERIFY(view->isAggregated());
        const QList<PolicyRule> rules = policy.effectiveRules(*view);
        QVERIFY(!rules.isEmpty());
        QVERIFY(rulesAllow(rules, u"list"_s, u""_s, u"configmaps"_s));
        QVERIFY(rulesAllow(rules, u"get"_s, u"apps"_s, u"deployments"_s));
        QVERIFY(!rulesAllow(rules, u"get"_s, u""_s, u"secrets"_s)); // view does not read secrets
        QVERIFY(!rulesAllow(rules, u"delete"_s, u""_s, u"configmaps"_s));
        const Role *edit = policy.findRole({u"ClusterRole"_s, u"edit"_s}, {});
        QVERIFY(edit);
        QVERIFY(rulesAllow(policy.effectiveRules(*edit), u"delete"_s, u""_s, u"configmaps"_s));
        // admin aggregates edit's and view's pieces as well as its own.
        const Role *admin = policy.findRole({u"ClusterRole"_s, u"admin"_s}, {});
        QVERIFY(admin);
        QVERIFY(covers(policy.effectiveRules(*admin), policy.effectiveRules(*edit)));
        QVERIFY(rulesAllow(policy.effectiveRules(*admin), u"create"_s,
                           u"rbac.authorization.k8s.io"_s, u"rolebindings"_s));
    }

    void shouldFoldBuiltInRolesByRules()
    {
        Policy policy = stackPolicy();
        QCOMPARE(summarize(policy, {u"ClusterRole"_s, u"view"_s}, u"tenant-a"_s).builtin,
                 u"view"_s);
        QCOMPARE(summarize(policy, {u"ClusterRole"_s, u"edit"_s}, u"tenant-a"_s).builtin,
                 u"edit"_s);
        QCOMPARE(summarize(policy, {u"ClusterRole"_s, u"admin"_s}, u"tenant-a"_s).builtin,
                 u"admin"_s);
        QCOMPARE(summarize(policy, {u"ClusterRole"_s, u"view"_s}, u"tenant-a"_s).shortText(),
                 u"read"_s);
        // A Role with view's rules under another name is "read" too (compared by rules)...
        Role copy;
        copy.kind = u"Role"_s;
        copy.name = u"readers"_s;
        copy.namespaceName = u"tenant-a"_s;
        copy.rules = policy.effectiveRules(*policy.findRole({u"ClusterRole"_s, u"view"_s}, {}));
        policy.roles.append(copy);
        const RoleSummary folded = summarize(policy, {u"Role"_s, u"readers"_s}, u"tenant-a"_s);
        QCOMPARE(folded.builtin, u"view"_s);
        QVERIFY(folded.readOnly);
        // ...but not with one rule more.
        policy.roles.last().rules.append(rule({u""_s}, {u"secrets"_s}, {u"get"_s}));
        QCOMPARE(summarize(policy, {u"Role"_s, u"readers"_s}, u"tenant-a"_s).builtin, QString());
        // The stack's own roles are listed rule by rule.
        const RoleSummary viewer = summarize(policy, {u"ClusterRole"_s, u"scs:tenant-viewer"_s},
                                             u"tenant-a"_s);
        QVERIFY(viewer.rulesKnown);
        QCOMPARE(viewer.builtin, QString());
        QVERIFY(viewer.readOnly);
        QVERIFY2(viewer.lines.contains(u"get, list, watch × events (events.k8s.io)"_s),
                 qPrintable(viewer.lines.join(u'\n')));
        const RoleSummary tenant = summarize(policy, {u"ClusterRole"_s, u"scs:tenant"_s},
                                             u"tenant-a"_s);
        QVERIFY(!tenant.readOnly);
        QCOMPARE(tenant.lines.first(),
                 u"all verbs × everything (api.scs.community, cluster.x-k8s.io)"_s);
    }

    void shouldFoldByNameWhereRulesAreNotReadable()
    {
        Policy policy; // a tenant user who may not list ClusterRoles
        const RoleSummary edit = summarize(policy, {u"ClusterRole"_s, u"edit"_s}, u"tenant-a"_s);
        QCOMPARE(edit.builtin, u"edit"_s);
        QVERIFY(!edit.rulesKnown);
        const RoleSummary own = summarize(policy, {u"ClusterRole"_s, u"scs:tenant"_s},
                                          u"tenant-a"_s);
        QCOMPARE(own.builtin, QString());
        QVERIFY(!own.rulesKnown);
        QCOMPARE(own.shortText(), u"rules not readable"_s);
    }

    void shouldListTheMembersOfATenant()
    {
        const QList<Grant> grants = members(stackPolicy(), u"tenant-a"_s);
        QStringList seen;
        for (const Grant &g : grants) {
            if (!g.subject.isSystem())
                seen.append(g.subject.name + u' ' + g.bindingKind + u' ' + g.bindingName);
        }
        QVERIFY2(seen.contains(u"oidc:tenant-a-admins RoleBinding tenant-a-admins"_s),
                 qPrintable(seen.join(u'\n')));
        QVERIFY(seen.contains(u"oidc:tenant-a-viewers RoleBinding tenant-a-viewers"_s));
        QVERIFY(seen.contains(u"oidc:platform-operators ClusterRoleBinding scs:platform-operators"_s));
        QVERIFY(!seen.contains(u"oidc:tenant-b-admins RoleBinding tenant-b-admins"_s));
        const auto admins = std::ranges::find_if(grants, [](const Grant &g) {
            return g.bindingName == "tenant-a-admins"_L1;
        });
        QVERIFY(admins != grants.end());
        QCOMPARE(admins->role.name, u"scs:tenant"_s);
        QVERIFY(!admins->since.isEmpty());
        // Users before groups; the system's own identities are marked as such.
        QVERIFY(std::ranges::any_of(grants, [](const Grant &g) {
            return g.subject.name == "system:masters"_L1 && g.subject.isSystem();
        }));
    }

    void shouldMarkTheViewersOwnEntries()
    {
        const Identity alice{u"oidc:alice"_s, {u"oidc:tenant-a-admins"_s,
                                               u"system:authenticated"_s}};
        QVERIFY(alice.matches({u"User"_s, u"oidc:alice"_s, {}}));
        QVERIFY(!alice.matches({u"User"_s, u"alice"_s, {}})); // the prefix counts
        QVERIFY(alice.matches({u"Group"_s, u"oidc:tenant-a-admins"_s, {}}));
        QVERIFY(!alice.matches({u"Group"_s, u"oidc:tenant-a-viewers"_s, {}}));
        const Identity robot{u"system:serviceaccount:tenant-a:ci"_s, {}};
        QVERIFY(robot.matches({u"ServiceAccount"_s, u"ci"_s, u"tenant-a"_s}));
    }

    void shouldSayWhoCanDeleteClusters()
    {
        const Policy policy = stackPolicy();
        const auto entries = whoCan(policy, u"tenant-a"_s, u"delete"_s, u"api.scs.community"_s,
                                    u"clusters"_s);
        QCOMPARE(names(entries),
                 QStringList({u"Group oidc:platform-operators"_s, u"Group oidc:tenant-a-admins"_s}));
        QVERIFY(names(entries, true).contains(u"Group system:masters"_s)); // cluster-admin: "*"
        // Readers may list but not delete.
        const auto listers = whoCan(policy, u"tenant-a"_s, u"list"_s, u"api.scs.community"_s,
                                    u"clusters"_s);
        QVERIFY(names(listers).contains(u"Group oidc:tenant-a-viewers"_s));
        // tenant-b's admins can in tenant-b only.
        QVERIFY(names(whoCan(policy, u"tenant-b"_s, u"delete"_s, u"api.scs.community"_s,
                             u"clusters"_s))
                    .contains(u"Group oidc:tenant-b-admins"_s));
    }

    void shouldInvertWildcardsAggregatesAndNames()
    {
        Policy policy = stackPolicy();
        Role robot;
        robot.kind = u"Role"_s;
        robot.name = u"cleaner"_s;
        robot.namespaceName = u"tenant-a"_s;
        robot.rules = {rule({u"*"_s}, {u"*"_s}, {u"delete"_s}),
                       rule({u""_s}, {u"configmaps"_s}, {u"get"_s}, {u"tenant-info"_s})};
        policy.roles.append(robot);
        Binding cleaner;
        cleaner.kind = u"RoleBinding"_s;
        cleaner.name = u"cleaner"_s;
        cleaner.namespaceName = u"tenant-a"_s;
        cleaner.roleRef = {u"Role"_s, u"cleaner"_s};
        cleaner.subjects = {{u"ServiceAccount"_s, u"cleaner"_s, u"tenant-a"_s}};
        Binding viewers = cleaner;
        viewers.name = u"dave-views"_s;
        viewers.roleRef = {u"ClusterRole"_s, u"view"_s}; // aggregated: rules via selectors
        viewers.subjects = {{u"User"_s, u"oidc:dave"_s, {}}};
        policy.bindings << cleaner << viewers;

        QVERIFY(names(whoCan(policy, u"tenant-a"_s, u"delete"_s, u"api.scs.community"_s,
                             u"clusters"_s))
                    .contains(u"ServiceAccount cleaner"_s));
        const auto getters = whoCan(policy, u"tenant-a"_s, u"get"_s, u""_s, u"configmaps"_s);
        const auto sa = std::ranges::find_if(getters, [](const WhoCanEntry &e) {
            return e.subject.name == "cleaner"_L1;
        });
        QVERIFY(sa != getters.end());
        QCOMPARE(sa->onlyNames, QStringList{u"tenant-info"_s});
        QVERIFY(names(getters).contains(u"User oidc:dave"_s));
        QVERIFY(!names(whoCan(policy, u"tenant-a"_s, u"get"_s, u""_s, u"secrets"_s))
                     .contains(u"User oidc:dave"_s));
        // Computed fallback of "what may dave do with configmaps".
        QCOMPARE(allowedVerbs(policy, u"tenant-a"_s, Identity{u"oidc:dave"_s, {}}, u""_s,
                              u"configmaps"_s,
                              {u"get"_s, u"list"_s, u"create"_s, u"delete"_s}),
                 QStringList({u"get"_s, u"list"_s}));
    }

    void shouldGuessBuiltInRolesByNameWhenUnreadable()
    {
        Policy policy;
        Binding b;
        b.kind = u"RoleBinding"_s;
        b.name = u"x"_s;
        b.namespaceName = u"tenant-a"_s;
        b.roleRef = {u"ClusterRole"_s, u"view"_s};
        b.subjects = {{u"User"_s, u"oidc:erin"_s, {}}};
        Binding own = b;
        own.roleRef = {u"ClusterRole"_s, u"scs:tenant"_s};
        policy.bindings << b << own;
        int unreadable = 0;
        const auto getters = whoCan(policy, u"tenant-a"_s, u"get"_s, u""_s, u"configmaps"_s,
                                    &unreadable);
        QCOMPARE(getters.size(), 1);
        QVERIFY(!getters.first().rulesKnown);
        QCOMPARE(unreadable, 1);
        QVERIFY(whoCan(policy, u"tenant-a"_s, u"delete"_s, u""_s, u"configmaps"_s).isEmpty());
    }

    void shouldWriteAMemberBinding()
    {
        const Subject bob{u"User"_s, u"oidc:bob"_s, {}};
        const RoleRef viewer{u"ClusterRole"_s, u"scs:tenant-viewer"_s};
        QCOMPARE(memberBindingName(bob, viewer), u"member-user-oidc-bob-scs-tenant-viewer"_s);
        QCOMPARE(memberBindingName({u"Group"_s, u"oidc:Ops_Team"_s, {}}, {u"Role"_s, u"r"_s}),
                 u"member-group-oidc-ops-team-r"_s);
        const QJsonObject binding = memberBinding(u"tenant-a"_s, bob, viewer);
        QCOMPARE(binding.value("kind"_L1).toString(), u"RoleBinding"_s);
        QCOMPARE(binding["metadata"_L1]["namespace"_L1].toString(), u"tenant-a"_s);
        QCOMPARE(binding["roleRef"_L1]["name"_L1].toString(), u"scs:tenant-viewer"_s);
        const QJsonObject subject = binding["subjects"_L1][0].toObject();
        QCOMPARE(subject.value("kind"_L1).toString(), u"User"_s);
        QCOMPARE(subject.value("name"_L1).toString(), u"oidc:bob"_s);
        QCOMPARE(subject.value("apiGroup"_L1).toString(), u"rbac.authorization.k8s.io"_s);
        // Round trip through the parser.
        const Binding parsed = Binding::fromJson(binding);
        QCOMPARE(parsed.subjects, QList<Subject>{bob});
        QCOMPARE(parsed.roleRef, viewer);
    }

    void shouldTakeOneSubjectOutOfABinding()
    {
        const QJsonObject two = json(R"({"kind":"RoleBinding","metadata":{"name":"b"},
            "subjects":[{"kind":"User","name":"oidc:bob"},{"kind":"Group","name":"oidc:ops"}]})");
        const QJsonObject one = AccessService::withoutSubject(two, {u"User"_s, u"oidc:bob"_s, {}});
        QCOMPARE(one["subjects"_L1].toArray().size(), 1);
        QCOMPARE(one["subjects"_L1][0]["name"_L1].toString(), u"oidc:ops"_s);
        QVERIFY(AccessService::withoutSubject(one, {u"Group"_s, u"oidc:ops"_s, {}})["subjects"_L1]
                    .toArray()
                    .isEmpty());
    }

    void shouldExplainRbacEscalation()
    {
        Error refused{Error::Kind::Forbidden, u"You are not allowed to create rolebindings."_s,
                      u"HTTP 403 POST /apis/... (Forbidden): rolebindings.rbac.authorization.k8s.io "
                      "\"x\" is forbidden: user \"oidc:bob\" (groups=[...]) is attempting to "
                      "grant RBAC permissions not currently held:\n{APIGroups:[\"\"], ...}"_s,
                      {}, {}, 0, 0};
        const Error explained = AccessService::explain(refused, u"tenant-b"_s);
        QVERIFY2(explained.message.contains(u"RBAC refuses"_s), qPrintable(explained.message));
        QVERIFY(explained.message.contains(u"tenant-b"_s));
        Error other = refused;
        other.detail = u"HTTP 403: cannot create resource"_s;
        QCOMPARE(AccessService::explain(other, u"tenant-b"_s).message, refused.message);
    }
};

QTEST_GUILESS_MAIN(TestRbac)
#include "tst_rbac.moc"
