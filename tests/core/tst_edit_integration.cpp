// The editing flow against the local Central API stack (real kube-apiserver, real CRDs): alice
// edits her own claims in tenant-a through ObjectEditor (review = server-side dry-run + diff,
// apply, conflicts with the real kubectl as admin, 422/400 mapped to lines), applies a
// multi-document file through BatchApplier and deletes with a propagation policy.

#include "common/resultcheck.h"
#include "edit/batchapplier.h"
#include "edit/objecteditor.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kubestack.h"
#include "models/deletion.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs;
using namespace scs::edit;
using namespace scs::kube;

namespace {

QString claimYaml(const QString &name, const QString &version = QStringLiteral("1.33"))
{
    return QStringLiteral("apiVersion: api.scs.community/v1alpha1\n"
                          "kind: Cluster\n"
                          "metadata:\n"
                          "  name: %1\n"
                          "  namespace: tenant-a\n"
                          "spec:\n"
                          "  version: '%2'\n"
                          "  workers:\n"
                          "    replicas: 2\n"
                          "  description: made by tst_edit_integration\n")
        .arg(name, version);
}

int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

} // namespace

// What the Delete dialog hands to models::deleteObject for an object.
static models::DeletionTarget target(const ObjectRef &ref)
{
    return {ref.resource, ref.namespaceName, ref.name, {}};
}

class TestEditIntegration : public QObject
{
    Q_OBJECT

private:
    KubeStack m_stack;
    QString m_alice;
    QTemporaryDir m_cache;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<Discovery> m_discovery;
    QString m_stamp;
    QStringList m_cleanup; // "kind/name" in tenant-a

    QString name(const QString &what)
    {
        const QString n = QStringLiteral("edit-%1-%2").arg(what, m_stamp);
        return n;
    }

    ObjectRef claimRef(const QString &claim) const
    {
        ObjectRef ref;
        ref.resource = *m_discovery->forKind(QStringLiteral("api.scs.community"),
                                             QStringLiteral("Cluster"));
        ref.namespaceName = QStringLiteral("tenant-a");
        ref.name = claim;
        return ref;
    }

    QString kubectlGet(const QString &resource, const QString &jsonPath)
    {
        QByteArray out;
        m_stack.kubectl({"-n", "tenant-a", "get", resource, "-o", "jsonpath=" + jsonPath}, &out);
        return QString::fromUtf8(out).trimmed();
    }

    void createClaim(const QString &claim)
    {
        QByteArray out;
        QCOMPARE(m_stack.kubectl({"apply", "-f", "-"}, &out, claimYaml(claim).toUtf8()), 0);
        m_cleanup.append("clusters.api.scs.community/" + claim);
        // The provisioner moves a new claim through its phases (finalizer, status) for a few
        // seconds; edits start once it is done, like a person's would.
        QVERIFY(QTest::qWaitFor([&] {
            return kubectlGet("clusters.api.scs.community/" + claim, "{.status.phase}")
                == "Provisioned";
        }, 30000));
    }

    // An editor on `claim` with the object loaded as its base.
    std::unique_ptr<ObjectEditor> loadedEditor(const QString &claim)
    {
        auto editor = std::make_unique<ObjectEditor>(m_client.get(), claimRef(claim));
        QSignalSpy loaded(editor.get(), &ObjectEditor::loaded);
        editor->load();
        if (!loaded.wait(10000))
            return nullptr;
        return editor;
    }

    EditResult waitFor(ObjectEditor *editor, bool review)
    {
        QSignalSpy spy(editor, review ? &ObjectEditor::reviewed : &ObjectEditor::applied);
        if (!spy.wait(15000))
            return {};
        return spy.constFirst().constFirst().value<EditResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!m_stack.load(&why))
            QFAIL(qPrintable(why)); // run by ctest, the stack is a fixture: never a skip
        m_alice = m_stack.token("alice", &why);
        QVERIFY2(!m_alice.isEmpty(), qPrintable(why));
        m_tokens = std::make_unique<StaticTokenSource>(m_alice);
        m_client = std::make_unique<KubeClient>(m_stack.profile(), m_tokens.get());
        m_discovery = std::make_unique<Discovery>(m_client.get(), nullptr, m_cache.path());
        QSignalSpy refreshed(m_discovery.get(), &Discovery::refreshed);
        m_discovery->refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(m_discovery->forKind(QStringLiteral("api.scs.community"), QStringLiteral("Cluster")));
        m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    }

    void cleanupTestCase()
    {
        for (const QString &object : std::as_const(m_cleanup))
            m_stack.kubectl({"-n", "tenant-a", "delete", object, "--ignore-not-found",
                             "--wait=false"});
    }

    void reviewShouldShowTheDiffAndApplyShouldChangeTheServer_data()
    {
        QTest::addColumn<bool>("update");
        QTest::newRow("server-side apply") << false;
        QTest::newRow("update with resourceVersion") << true;
    }
    void reviewShouldShowTheDiffAndApplyShouldChangeTheServer()
    {
        QFETCH(bool, update);
        const QString claim = name(update ? "version-put" : "version");
        createClaim(claim);
        auto editor = loadedEditor(claim);
        QVERIFY(editor);
        QVERIFY(editor->hasBase());
        QVERIFY(!editor->baseResourceVersion().isEmpty());
        const QString base = editor->baseText();
        QVERIFY2(base.contains("  version: \"1.33\""), qPrintable(base));
        QVERIFY(base.contains("managedFields:")); // kept for the editor to fold
        QVERIFY(base.indexOf("managedFields:") > base.indexOf("  namespace: tenant-a"));

        QString text = base;
        text.replace("  version: \"1.33\"", "  version: \"1.34\"");
        editor->setMode(update ? ApplyMode::Update : ApplyMode::ServerSideApply);
        editor->review(text);
        EditResult review = waitFor(editor.get(), true);
        if (!update) {
            // `kubectl apply` made the claim: its manager owns spec.version, so SSA reports
            // that first (nobody changed the object meanwhile); the user then chooses force.
            QCOMPARE(review.outcome, EditResult::Outcome::Conflict);
            QCOMPARE(review.conflict->kind, Conflict::Kind::FieldManagers);
            QVERIFY(!review.conflict->changedSinceBase);
            QVERIFY(review.conflict->isOwnershipOnly());
            QCOMPARE(review.conflict->ownersText(), "kubectl-client-side-apply (.spec.version)");
            QCOMPARE(review.conflict->managers.size(), 1);
            QCOMPARE(review.conflict->managers.first().manager, "kubectl-client-side-apply");
            QCOMPARE(review.conflict->managers.first().field, ".spec.version");
            QVERIFY(review.conflict->merge.isClean());
            QCOMPARE(review.conflict->merge.text, text);
            editor->review(text, true);
            review = waitFor(editor.get(), true);
        }
        QVERIFY2(review.isOk(), qPrintable(review.error.message + " / " + review.error.detail));
        QVERIFY(review.dryRun);
        QVERIFY(review.diff.contains(DiffLine{DiffLine::Kind::Removed, "  version: \"1.33\"",
                                              lineOf(review.liveText, "version: \"1.33\""), 0}));
        QVERIFY(review.diff.contains(DiffLine{DiffLine::Kind::Added, "  version: \"1.34\"", 0,
                                              lineOf(review.resultText, "version: \"1.34\"")}));
        // Noise stays out of the review, server defaults stay in.
        QVERIFY(!review.resultText.contains("managedFields"));
        QVERIFY(!review.resultText.contains("resourceVersion"));
        QVERIFY2(review.resultText.contains("flavor: SCS-2V-4"), qPrintable(review.resultText));
        const auto changed = std::count_if(review.diff.cbegin(), review.diff.cend(),
                                           [](const DiffLine &l) {
                                               return l.kind != DiffLine::Kind::Same;
                                           });
        QCOMPARE(changed, 2);
        // A dry run changes nothing.
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.spec.version}"), "1.33");

        editor->apply(text, !update);
        EditResult applied = waitFor(editor.get(), false);
        QVERIFY2(applied.isOk(), qPrintable(applied.error.message));
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.spec.version}"), "1.34");
        // The stored object is the new base (the provisioner may have moved on since).
        QCOMPARE(editor->baseObject().value("spec").toObject().value("version").toString(), "1.34");
        QCOMPARE(editor->baseResourceVersion(),
                 applied.object.value("metadata").toObject().value("resourceVersion").toString());
        const QString managers = kubectlGet("clusters.api.scs.community/" + claim,
                                            "{.metadata.managedFields[*].manager}");
        QVERIFY2(managers.contains("scs-console"), qPrintable(managers));
    }

    void aConcurrentChangeShouldGiveAConflictWithThreeVersions_data()
    {
        QTest::addColumn<bool>("update");
        QTest::newRow("server-side apply") << false;
        QTest::newRow("update with resourceVersion") << true;
    }
    void aConcurrentChangeShouldGiveAConflictWithThreeVersions()
    {
        QFETCH(bool, update);
        const QString claim = name(update ? "conflict-put" : "conflict-ssa");
        createClaim(claim);
        auto editor = loadedEditor(claim);
        QVERIFY(editor);
        editor->setMode(update ? ApplyMode::Update : ApplyMode::ServerSideApply);
        QString text = editor->baseText();
        text.replace("  version: \"1.33\"", "  version: \"1.31\"");

        // Meanwhile, admin changes the same field and a label.
        QCOMPARE(m_stack.kubectl({"-n", "tenant-a", "patch", "clusters.api.scs.community", claim,
                                  "--type=merge", "-p",
                                  "{\"metadata\":{\"labels\":{\"touched\":\"by-admin\"}},"
                                  "\"spec\":{\"version\":\"1.32\"}}"}),
                 0);

        editor->apply(text);
        const EditResult result = waitFor(editor.get(), false);
        QCOMPARE(result.outcome, EditResult::Outcome::Conflict);
        QVERIFY(result.conflict);
        const Conflict &c = *result.conflict;
        QCOMPARE(c.yours, text); // the user's text, untouched
        QVERIFY(c.live.contains("  version: \"1.32\""));
        QVERIFY(c.live.contains("touched: by-admin"));
        QVERIFY(c.base.contains("  version: \"1.33\""));
        QVERIFY(!c.base.contains("touched"));
        QCOMPARE(c.liveResourceVersion,
                 kubectlGet("clusters.api.scs.community/" + claim, "{.metadata.resourceVersion}"));
        if (update) {
            QCOMPARE(c.kind, Conflict::Kind::StaleVersion);
        } else {
            QCOMPARE(c.kind, Conflict::Kind::FieldManagers);
            QVERIFY(!c.managers.isEmpty());
            const bool named = std::any_of(c.managers.cbegin(), c.managers.cend(),
                                           [](const ManagerConflict &m) {
                                               return m.field == ".spec.version"
                                                   && m.manager == "kubectl-patch";
                                           });
            QVERIFY2(named, qPrintable(c.managers.first().field + " " + c.managers.first().manager));
        }
        // Both changed spec.version: one conflict; the label came through cleanly.
        QCOMPARE(c.merge.conflicts.size(), 1);
        QCOMPARE(c.merge.conflicts.first().mine, QStringList{"  version: \"1.31\""});
        QCOMPARE(c.merge.conflicts.first().theirs, QStringList{"  version: \"1.32\""});
        QVERIFY(c.merge.text.contains("touched: by-admin"));
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.spec.version}"), "1.32");

        // Rebase: live becomes the base; the user settles the conflict for their value.
        const MergeResult merged = editor->rebase(c);
        QCOMPARE(editor->baseResourceVersion(), c.liveResourceVersion);
        QString resolved = merged.text;
        const int at = merged.conflicts.first().line - 1;
        QStringList lines = splitLines(resolved);
        lines.erase(lines.begin() + at, lines.begin() + at + merged.conflicts.first().lineCount);
        lines.insert(at, "  version: \"1.31\"");
        resolved = lines.join('\n') + '\n';
        QVERIFY(!hasConflictMarkers(resolved));

        editor->apply(resolved);
        EditResult again = waitFor(editor.get(), false);
        if (!update) {
            // SSA: kubectl-patch still owns spec.version; only an explicit force takes it.
            QCOMPARE(again.outcome, EditResult::Outcome::Conflict);
            editor->apply(resolved, true);
            again = waitFor(editor.get(), false);
            QVERIFY(again.forced);
        }
        QVERIFY2(again.isOk(), qPrintable(again.error.message));
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.spec.version}"), "1.31");
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.metadata.labels.touched}"),
                 "by-admin");
    }

    void aWrongTypeShouldBeShownOnItsField_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("ssa, replicas as a string")
            << false << "    replicas: 2" << "    replicas: two" << "spec.workers.replicas";
        QTest::newRow("update, replicas as a string")
            << true << "    replicas: 2" << "    replicas: two" << "spec.workers.replicas";
        QTest::newRow("ssa, version not in the enum")
            << false << "  version: \"1.33\"" << "  version: \"1.99\"" << "spec.version";
        QTest::newRow("update, version as a number")
            << true << "  version: \"1.33\"" << "  version: 5" << "spec.version";
    }
    void aWrongTypeShouldBeShownOnItsField()
    {
        QFETCH(bool, update);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        static QString claim;
        if (claim.isEmpty()) {
            claim = name("invalid");
            createClaim(claim);
        }
        auto editor = loadedEditor(claim);
        QVERIFY(editor);
        editor->setMode(update ? ApplyMode::Update : ApplyMode::ServerSideApply);
        QString text = editor->baseText();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        // SSA: force, as the user would after the ownership conflict with kubectl (see above);
        // validation comes after the ownership check.
        editor->review(text, !update);
        const EditResult result = waitFor(editor.get(), true);
        QCOMPARE(result.outcome, EditResult::Outcome::Invalid);
        QVERIFY2(!result.fieldErrors.isEmpty(), qPrintable(result.error.detail));
        const edit::FieldError &e = result.fieldErrors.first();
        qInfo() << "server said" << e.field << ":" << e.message;
        QCOMPARE(e.path, field.split('.'));
        QCOMPARE(e.line, lineOf(text, to));
        QCOMPARE(e.column, to.indexOf(QRegularExpression("\\S")) + 1);
        QVERIFY(!e.atParent);
    }

    void malformedYamlShouldBeRefusedLocally()
    {
        const QString claim = name("version"); // exists from the first test
        auto editor = std::make_unique<ObjectEditor>(m_client.get(), claimRef(claim));
        editor->begin(QJsonObject{});
        const QString text = QStringLiteral("apiVersion: api.scs.community/v1alpha1\n"
                                            "kind: Cluster\n"
                                            "metadata:\n"
                                            "  name: %1\n"
                                            "spec:\n"
                                            "  version: [1.33\n"
                                            "  workers: {}\n")
                                 .arg(claim);
        QSignalSpy reviewed(editor.get(), &ObjectEditor::reviewed);
        const auto repliesBefore = m_client->findChildren<KubeReply *>().size();
        editor->review(text);
        QCOMPARE(m_client->findChildren<KubeReply *>().size(), repliesBefore); // nothing sent
        QVERIFY(reviewed.wait(2000));
        const auto result = reviewed.constFirst().constFirst().value<EditResult>();
        QCOMPARE(result.outcome, EditResult::Outcome::LocalError);
        QCOMPARE(result.error.kind, Error::Kind::Parse);
        QVERIFY(result.error.line >= 6);
        QVERIFY(result.error.column > 0);
        QCOMPARE(result.fieldErrors.size(), 1);
        QCOMPARE(result.fieldErrors.first().line, result.error.line);

        // Renaming is refused locally too, on the name's line.
        QString renamed = claimYaml("someone-else");
        editor->apply(renamed);
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        QVERIFY(applied.wait(2000));
        const auto r2 = applied.constFirst().constFirst().value<EditResult>();
        QCOMPARE(r2.outcome, EditResult::Outcome::LocalError);
        QCOMPARE(r2.error.line, 4);
    }

    void aMultiDocumentFileShouldApplyEachDocumentInOrder()
    {
        const QString cm = name("cm");
        const QString claim = name("batch");
        m_cleanup.append("configmap/" + cm);
        m_cleanup.append("clusters.api.scs.community/" + claim);
        const QString text = QStringLiteral("# three documents\n"
                                            "apiVersion: v1\n"
                                            "kind: ConfigMap\n"
                                            "metadata:\n"
                                            "  name: %1\n"
                                            "data:\n"
                                            "  a: '1'\n"
                                            "---\n")
                                 .arg(cm)
            + claimYaml(claim)
            + QStringLiteral("---\n"
                             "apiVersion: example.com/v1\n"
                             "kind: Gizmo\n"
                             "metadata:\n"
                             "  name: nope\n");
        BatchApplier batch(m_client.get(), m_discovery.get());
        QSignalSpy finished(&batch, &BatchApplier::finished);
        QSignalSpy perDocument(&batch, &BatchApplier::documentFinished);
        BatchApplier::Options options;
        options.defaultNamespace = QStringLiteral("tenant-a");

        // A dry run first: validated by the server, nothing stored.
        options.mode = BatchApplier::Mode::Apply;
        options.dryRun = true;
        batch.start(text, options);
        QVERIFY(finished.wait(20000));
        const auto dry = finished.constFirst().constFirst().value<QList<DocumentResult>>();
        QCOMPARE(dry.size(), 3);
        QVERIFY2(dry[0].isOk() && dry[1].isOk(), qPrintable(dry[1].error.message));
        QCOMPARE(dry[1].object.value("spec").toObject().value("workers").toObject()
                     .value("flavor").toString(),
                 "SCS-4V-8"); // the server's default, in the dry-run result
        QVERIFY(m_stack.kubectl({"-n", "tenant-a", "get", "configmap", cm}) != 0); // NotFound
        finished.clear();
        perDocument.clear();

        options.mode = BatchApplier::Mode::Create;
        options.dryRun = false;
        batch.start(text, options);
        QVERIFY(finished.wait(20000));
        QCOMPARE(perDocument.size(), 3);
        const auto results = finished.constFirst().constFirst().value<QList<DocumentResult>>();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].status, DocumentResult::Status::Created);
        QCOMPARE(results[0].namespaceName, "tenant-a"); // from the default namespace
        QCOMPARE(results[0].line, 2);
        QCOMPARE(results[1].status, DocumentResult::Status::Created);
        QCOMPARE(results[1].name, claim);
        QCOMPARE(results[2].status, DocumentResult::Status::Failed);
        QCOMPARE(results[2].index, 2);
        QCOMPARE(results[2].line, lineOf(text, "example.com/v1"));
        QVERIFY2(results[2].error.message.startsWith("Document 3 (line "),
                 qPrintable(results[2].error.message));
        QVERIFY(results[2].error.message.contains("Gizmo"));
        QCOMPARE(kubectlGet("configmap/" + cm, "{.data.a}"), "1");
        QCOMPARE(kubectlGet("clusters.api.scs.community/" + claim, "{.spec.version}"), "1.33");

        // Again, as create and stopping at the first error: it exists already.
        batch.start(text, [&] {
            BatchApplier::Options o = options;
            o.stopOnError = true;
            return o;
        }());
        finished.clear();
        QVERIFY(finished.wait(20000));
        const auto second = finished.constFirst().constFirst().value<QList<DocumentResult>>();
        QCOMPARE(second[0].status, DocumentResult::Status::Failed);
        QCOMPARE(second[0].error.kind, Error::Kind::Conflict); // AlreadyExists
        QCOMPARE(second[1].status, DocumentResult::Status::Pending);
        QCOMPARE(second[2].status, DocumentResult::Status::Pending);

        // As server-side apply, it changes what exists; a bad field is mapped to its line.
        QString changed = text;
        changed.replace("  a: '1'", "  a: '2'");
        changed.replace("    replicas: 2", "    replicas: 99");
        options.mode = BatchApplier::Mode::Apply;
        finished.clear();
        batch.start(changed, options);
        QVERIFY(finished.wait(20000));
        const auto third = finished.constFirst().constFirst().value<QList<DocumentResult>>();
        QVERIFY2(third[0].isOk(), qPrintable(third[0].error.message));
        QCOMPARE(third[0].status, DocumentResult::Status::Applied);
        QCOMPARE(third[1].status, DocumentResult::Status::Failed);
        QVERIFY(!third[1].fieldErrors.isEmpty());
        QCOMPARE(third[1].fieldErrors.first().line, lineOf(changed, "replicas: 99"));
        QCOMPARE(kubectlGet("configmap/" + cm, "{.data.a}"), "2");
    }

    void deleteShouldHonourThePropagationPolicy()
    {
        const QString claim = name("delete");
        createClaim(claim);
        // The provisioner puts a finalizer on claims: a foreground delete leaves it Terminating.
        QVERIFY(QTest::qWaitFor([&] {
            return !kubectlGet("clusters.api.scs.community/" + claim, "{.metadata.finalizers}")
                        .isEmpty();
        }, 10000));
        // The console's one delete (models::deleteObject, used by the Delete dialog).
        std::optional<Result<models::DeletionOutcome>> outcome;
        QObject context;
        const auto done = [&outcome](const Result<models::DeletionOutcome> &r) { outcome = r; };
        models::deleteObject(m_client.get(), target(claimRef(claim)),
                             models::PropagationPolicy::Foreground, &context, done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        SCS_VERIFY_OK(*outcome);
        QCOMPARE(**outcome, models::DeletionOutcome::Terminating);
        QVERIFY(kubectlGet("clusters.api.scs.community/" + claim, "{.metadata.finalizers}")
                    .contains("foregroundDeletion"));
        // It stays Terminating: the stack runs no garbage collector to finish a foreground
        // deletion (a real cluster's kube-controller-manager does), so the test lets it go.
        QVERIFY(QTest::qWaitFor([&] {
            return !kubectlGet("clusters.api.scs.community/" + claim,
                               "{.metadata.deletionTimestamp}")
                        .isEmpty();
        }, 10000));
        QCOMPARE(m_stack.kubectl({"-n", "tenant-a", "patch", "clusters.api.scs.community", claim,
                                  "--type=merge", "-p", "{\"metadata\":{\"finalizers\":null}}"}),
                 0);

        // A ConfigMap with no finalizers, background: gone at once. A second delete: NotFound.
        const QString cm = name("delete-cm");
        QCOMPARE(m_stack.kubectl({"-n", "tenant-a", "create", "configmap", cm}), 0);
        ObjectRef ref;
        ref.resource = *m_discovery->forKind(QString(), QStringLiteral("ConfigMap"));
        ref.namespaceName = QStringLiteral("tenant-a");
        ref.name = cm;
        outcome.reset();
        models::deleteObject(m_client.get(), target(ref), models::PropagationPolicy::Background,
                             &context, done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        SCS_VERIFY_OK(*outcome);
        QCOMPARE(**outcome, models::DeletionOutcome::Deleted);
        outcome.reset();
        models::deleteObject(m_client.get(), target(ref), models::PropagationPolicy::Orphan,
                             &context, done);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(!outcome->has_value());
        QCOMPARE(outcome->error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEditIntegration)
#include "tst_edit_integration.moc"
