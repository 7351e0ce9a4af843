// The edit flow against the local stack as alice (real Keycloak, real kube-apiserver): edit a
// claim's spec.version in the editor, review shows the diff, apply changes it on the server (as
// admin kubectl sees it); a concurrent change by kubectl gives the conflict view and keeps the
// user's text; a wrong type (422) is marked at its line and on its form field; malformed YAML is
// refused locally with line and column; New creates every document of a file, each with its
// result; a draft survives switching objects and a new controller. Screenshots of the editor
// with an error marker, the review diff, the conflict view and the New dialog's results.

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "edit/draftstore.h"
#include "kube/watcher.h"
#include "models/resourcetablemodel.h"
#include "profiles/profilestore.h"
#include "workspace/selection.h"
#include "workspace/workspace.h"
#include "workspace/workspaceregistry.h"
#include "ui/browse/browsercontroller.h"
#include "ui/edit/conflictview.h"
#include "ui/common/diffview.h"
#include "ui/edit/draftsdialog.h"
#include "ui/edit/editcontroller.h"
#include "ui/edit/editpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/edit/newobjectdialog.h"
#include "ui/common/objectformview.h"
#include "ui/browse/resourcetableview.h"
#include "ui/edit/reviewdialog.h"
#include "ui/common/editor/yamleditor.h"
#include "stacksession.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace scs;
using scs::ui::BrowserController;
using scs::ui::EditController;
using scs::ui::MainWindow;

namespace {

// One window as the app builds it: browser and edit controller on a signed-in session.
struct Console
{
    Console(ProfileStore &profiles, auth::Session *session, edit::DraftStore &drafts)
        : window(profiles)
        , browser(window.workbench(), workspaces)
        , edits(window.workbench(), workspaces, browser.objectViews(), drafts)
    {
        workspaces.setSession(session);
        window.resize(1280, 800);
        window.show();
    }
    MainWindow window;
    workspace::WorkspaceRegistry workspaces;
    BrowserController browser;
    EditController edits;
};

// Replaces the first `from` in the editor with `to`, as typing would (undoable, modifies).
bool typeReplace(ui::YamlEditor *editor, const QString &from, const QString &to)
{
    QTextCursor cursor = editor->textEdit()->document()->find(from);
    if (cursor.isNull())
        return false;
    cursor.insertText(to);
    return true;
}

int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

} // namespace

class TestEditController : public QObject
{
    Q_OBJECT

private:
    test::StackEnv m_env;
    ConnectionProfile m_profile;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<auth::Session> m_session;
    QString m_stamp;
    QString m_claimA;
    QString m_claimB;
    QStringList m_created; // "kind/name" for the clean-up

    int kubectl(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        return test::adminKubectl(m_env, args, output, input);
    }

    QString claimField(const QString &name, const QString &jsonPath)
    {
        QByteArray out;
        kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("get"),
                 QStringLiteral("clusters.api.scs.community"), name,
                 QStringLiteral("-o"), QStringLiteral("jsonpath={%1}").arg(jsonPath)},
                {}, &out);
        return QString::fromUtf8(out);
    }

    static int rowOfName(const models::ResourceTableModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.item(row).name() == name)
                return row;
        }
        return -1;
    }

    // Opens tenant-a's claims and selects `name`.
    bool openClaim(Console &c, const QString &name)
    {
        if (!test::openKindSynced(c.browser, QStringLiteral("tenant-a"),
                                  QStringLiteral("clusters"), QStringLiteral("api.scs.community"),
                                  20000))
            return false;
        if (!QTest::qWaitFor([&] { return rowOfName(*c.browser.tableModel(), name) >= 0; },
                             15000)) {
            qWarning() << "claim" << name << "never showed up in the table";
            return false;
        }
        const int row = rowOfName(*c.browser.tableModel(), name);
        if (!c.browser.tableView()->selectUid(c.browser.tableModel()->item(row).uid()))
            return false;
        return QTest::qWaitFor([&] { return c.edits.editAction()->isEnabled(); }, 15000);
    }

    void createClaim(const QString &name)
    {
        const QByteArray manifest = QStringLiteral(
                                        "apiVersion: api.scs.community/v1alpha1\n"
                                        "kind: Cluster\n"
                                        "metadata:\n  name: %1\n  namespace: tenant-a\n"
                                        "spec:\n  version: \"1.33\"\n"
                                        "  description: made by tst_editcontroller\n")
                                        .arg(name)
                                        .toUtf8();
        QCOMPARE(kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")},
                         manifest),
                 0);
        m_created.append(QStringLiteral("clusters.api.scs.community/") + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
        QVERIFY(test::setUpStackProfile(m_env, m_dir, m_profile, m_profiles));
        m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        m_claimA = QStringLiteral("editui-a-") + m_stamp;
        m_claimB = QStringLiteral("editui-b-") + m_stamp;
        createClaim(m_claimA);
        createClaim(m_claimB);
        // The provisioner writes the fresh claims for a few seconds (resourceRef, status):
        // edits start from a settled object, or an update would rightly meet a conflict.
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("wait"),
                          QStringLiteral("--for=condition=Ready"), QStringLiteral("--timeout=90s"),
                          QStringLiteral("clusters.api.scs.community/") + m_claimA,
                          QStringLiteral("clusters.api.scs.community/") + m_claimB}),
                 0);
        QTest::qWait(1000);
        m_session = test::signInAs(m_env, m_profile, QStringLiteral("alice"));
        QVERIFY(m_session);
    }

    void cleanupTestCase()
    {
        for (const QString &object : std::as_const(m_created)) {
            kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("delete"),
                     object, QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=false")});
        }
    }

    // New… on an open kind the person may create in, with no object selected (an empty kind
    // can be filled from its schema, not only through Open YAML File…).
    void newShouldBeEnabledForAnOpenKindWithoutASelection()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(test::openKindSynced(c.browser, QStringLiteral("tenant-a"),
                                     QStringLiteral("configmaps"), {}, 20000));
        QVERIFY(c.browser.workspace()->selection()->uid().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(c.edits.newObjectAction()->isEnabled(), 10000);
        QVERIFY(!c.edits.editAction()->isEnabled());
    }

    void editReviewApplyShouldChangeTheVersionOnTheServer()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(openClaim(c, m_claimA));
        QVERIFY(c.edits.newObjectAction()->isEnabled()); // alice may create claims here
        QVERIFY(!c.edits.reviewAction()->isEnabled());

        c.edits.editAction()->trigger();
        QVERIFY(c.edits.isEditing());
        QCOMPARE(c.window.detailsPage(MainWindow::DetailsTab::Yaml), c.edits.editPage());
        ui::YamlEditor *editor = c.edits.yamlEditor();
        QVERIFY(editor->text().contains(QStringLiteral("version: \"1.33\"")));
        const int managedFields = lineOf(editor->text(), QStringLiteral("managedFields:"));
        QVERIFY(managedFields > 0);
        QVERIFY(editor->isFolded(managedFields));
        QVERIFY(c.browser.formView()->isEditable());
        QVERIFY(!c.edits.editAction()->isEnabled());

        // The editor, then the form: both end up in the text and in the form.
        QVERIFY(typeReplace(editor, QStringLiteral("version: \"1.33\""),
                            QStringLiteral("version: \"1.34\"")));
        QTRY_COMPARE(c.browser.formView()->object().value("spec").toObject().value("version"),
                     QJsonValue("1.34"));
        QVERIFY(c.browser.formView()->editField({"spec", "description"},
                                                QStringLiteral("edited in the form")));
        QVERIFY2(editor->text().contains(QStringLiteral("description: edited in the form")),
                 qPrintable(editor->text()));

        // The claim was made by `kubectl create`, whose manager owns every field: server-side
        // apply would (rightly) report a conflict; an edit like kubectl edit's is an update.
        c.edits.editPage()->modeBox()->setCurrentIndex(1);
        QCOMPARE(c.edits.objectEditor()->mode(), edit::ApplyMode::Update);
        QSignalSpy reviewed(&c.edits, &EditController::reviewFinished);
        QTest::keyClick(editor->textEdit(), Qt::Key_Return, Qt::ControlModifier); // Review
        QTRY_COMPARE_WITH_TIMEOUT(reviewed.size(), 1, 15000);
        QVERIFY2(c.edits.reviewDialog(),
                 qPrintable(reviewed.first().first().value<edit::EditResult>().error.message));
        ui::DiffView *diff = c.edits.reviewDialog()->diffView();
        const QString shown = diff->text();
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("- +version: \"1\\.33\""))),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("\\+ +version: \"1\\.34\""))),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("description: edited in the form")));
        QCOMPARE(diff->addedCount(), 2);
        QCOMPARE(claimField(m_claimA, QStringLiteral(".spec.version")), QStringLiteral("1.33"));
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(c.edits.reviewDialog(), QStringLiteral("edit-review-diff"))
                     .isEmpty());

        QCOMPARE(c.edits.reviewDialog()->mode(), edit::ApplyMode::Update);
        QSignalSpy applied(&c.edits, &EditController::applyFinished);
        c.edits.reviewDialog()->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 15000);
        const auto result = applied.first().first().value<edit::EditResult>();
        QVERIFY2(result.isOk(), qPrintable(result.error.message));
        QVERIFY(!c.edits.isEditing());
        QVERIFY(!c.browser.formView()->isEditable());
        QCOMPARE(claimField(m_claimA, QStringLiteral(".spec.version")), QStringLiteral("1.34"));
        QCOMPARE(claimField(m_claimA, QStringLiteral(".spec.description")),
                 QStringLiteral("edited in the form"));
        QVERIFY(drafts.list(m_profile.name).isEmpty()); // applied: no draft left
    }

    void aConcurrentKubectlChangeShouldShowTheConflictAndKeepTheText()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(openClaim(c, m_claimA));
        c.edits.editAction()->trigger();
        ui::YamlEditor *editor = c.edits.yamlEditor();
        const QString current = claimField(m_claimA, QStringLiteral(".spec.version"));
        QVERIFY(typeReplace(editor, QStringLiteral("version: \"%1\"").arg(current),
                            QStringLiteral("version: \"1.32\"")));
        const QString mine = editor->text();

        // Someone else changes the same field meanwhile: the banner says so, the text stays.
        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"),
                          QStringLiteral("patch"), QStringLiteral("clusters.api.scs.community"),
                          m_claimA, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                          QStringLiteral("{\"spec\":{\"version\":\"1.31\"}}")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(c.edits.editPage()->isServerChangeShown(), 10000);
        QCOMPARE(editor->text(), mine);
        c.edits.editPage()->keepButton()->click();

        // Review (or, if the dry run passes, Apply) meets the conflict.
        c.edits.reviewAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c.edits.conflictView() || c.edits.reviewDialog(), 15000);
        if (!c.edits.conflictView()) {
            c.edits.reviewDialog()->setMode(edit::ApplyMode::Update);
            c.edits.reviewDialog()->applyButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(c.edits.conflictView(), 15000);
        }
        ui::ConflictView *view = c.edits.conflictView();
        QCOMPARE(view->yoursEditor()->text(), mine);
        QVERIFY(view->liveEditor()->text().contains(QStringLiteral("version: \"1.31\"")));
        QVERIFY(view->baseEditor()->text().contains(
            QStringLiteral("version: \"%1\"").arg(current)));
        QVERIFY(!view->mergedEditor()->text().isEmpty());
        QTest::qWait(300);
        QVERIFY(!test::saveScreenshot(view, QStringLiteral("edit-conflict-view")).isEmpty());

        // Cancel: nothing written, the user's text untouched.
        view->cancelButton()->click();
        QTRY_VERIFY(!c.edits.conflictView());
        QCOMPARE(editor->text(), mine);
        QCOMPARE(claimField(m_claimA, QStringLiteral(".spec.version")), QStringLiteral("1.31"));

        // Again, and rebase: both changed the version line, so it is a marked conflict.
        c.edits.reviewAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c.edits.conflictView() || c.edits.reviewDialog(), 15000);
        if (!c.edits.conflictView()) {
            c.edits.reviewDialog()->setMode(edit::ApplyMode::Update);
            c.edits.reviewDialog()->applyButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(c.edits.conflictView(), 15000);
        }
        c.edits.conflictView()->rebaseButton()->click();
        QTRY_VERIFY(!c.edits.conflictView());
        QVERIFY(editor->text().contains(QStringLiteral("version: \"1.32\""))); // mine is there
        QVERIFY(editor->text().contains(QStringLiteral("version: \"1.31\""))); // and theirs
        QVERIFY(!editor->diagnostics().isEmpty());
        // Review refuses the markers locally.
        QSignalSpy reviewed(&c.edits, &EditController::reviewFinished);
        c.edits.review();
        QCOMPARE(reviewed.size(), 1);
        QCOMPARE(reviewed.first().first().value<edit::EditResult>().outcome,
                 edit::EditResult::Outcome::LocalError);
        c.edits.discardAction()->trigger();
        QVERIFY(!c.edits.isEditing());
        QCOMPARE(claimField(m_claimA, QStringLiteral(".spec.version")), QStringLiteral("1.31"));
    }

    void aWrongTypeShouldBeMarkedAtItsLineAndFormField()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(openClaim(c, m_claimB));
        c.edits.editAction()->trigger();
        ui::YamlEditor *editor = c.edits.yamlEditor();
        QVERIFY2(editor->text().contains(QStringLiteral("replicas:")), qPrintable(editor->text()));
        // The form turns text that is no number into a string; the server says no.
        QVERIFY(c.browser.formView()->editField({"spec", "controlPlane", "replicas"},
                                                QStringLiteral("three")));
        const int line = lineOf(editor->text(), QStringLiteral("replicas: three"));
        QVERIFY2(line > 0, qPrintable(editor->text()));

        QSignalSpy reviewed(&c.edits, &EditController::reviewFinished);
        c.edits.reviewAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(reviewed.size(), 1, 15000);
        const auto result = reviewed.first().first().value<edit::EditResult>();
        QCOMPARE(result.outcome, edit::EditResult::Outcome::Invalid);
        QVERIFY(!c.edits.reviewDialog());
        const auto marks = editor->diagnostics();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.front().line, line);
        QVERIFY2(marks.front().message.contains(QStringLiteral("replicas")),
                 qPrintable(marks.front().message));
        QTreeWidgetItem *field
            = c.browser.formView()->itemForPath({"spec", "controlPlane", "replicas"});
        QVERIFY(field);
        QVERIFY(!field->data(0, ui::ObjectFormView::FieldErrorRole).toString().isEmpty());
        QVERIFY(!c.edits.editPage()->message().isEmpty());
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(&c.window, QStringLiteral("edit-error-marker")).isEmpty());
        c.window.showDetailsTab(MainWindow::DetailsTab::Form);
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(&c.window, QStringLiteral("edit-error-form")).isEmpty());
        c.edits.discardAction()->trigger();
    }

    void malformedYamlShouldBeRefusedLocallyWithLineAndColumn()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(openClaim(c, m_claimB));
        c.edits.editAction()->trigger();
        ui::YamlEditor *editor = c.edits.yamlEditor();
        QVERIFY(typeReplace(editor, QStringLiteral("kind: Cluster"),
                            QStringLiteral("kind: [Cluster")));
        const int line = lineOf(editor->text(), QStringLiteral("kind: [Cluster"));
        QSignalSpy reviewed(&c.edits, &EditController::reviewFinished);
        c.edits.review();
        // Answered at once: no request was sent.
        QCOMPARE(reviewed.size(), 1);
        QVERIFY(!c.edits.objectEditor()->isBusy());
        const auto result = reviewed.first().first().value<edit::EditResult>();
        QCOMPARE(result.outcome, edit::EditResult::Outcome::LocalError);
        QVERIFY(result.error.line > 0);
        QVERIFY(result.error.column > 0);
        const auto marks = editor->diagnostics();
        QCOMPARE(marks.size(), 1);
        QVERIFY2(qAbs(marks.front().line - line) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(marks.front().line).arg(line)));
        QVERIFY(c.edits.editPage()->message().contains(QStringLiteral("Line %1, column %2")
                                                           .arg(result.error.line)
                                                           .arg(result.error.column)));
        QVERIFY(!c.edits.reviewDialog());
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(&c.window, QStringLiteral("edit-local-error")).isEmpty());
        c.edits.discardAction()->trigger();
    }

    void newShouldCreateEveryDocumentOfAFileWithItsOwnResult()
    {
        QTemporaryDir draftsDir;
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QVERIFY(openClaim(c, m_claimA));

        // New… offers the schema's skeleton.
        c.edits.newObjectAction()->trigger();
        QVERIFY(c.edits.newObjectDialog());
        QTRY_VERIFY(c.edits.newObjectDialog()->text().contains(QStringLiteral("version:")));
        QVERIFY(c.edits.newObjectDialog()->text().contains(QStringLiteral("kind: Cluster")));
        QVERIFY(c.edits.newObjectDialog()->text().contains(QStringLiteral("namespace: tenant-a")));
        c.edits.newObjectDialog()->close();

        const QString claim = QStringLiteral("editui-new-") + m_stamp;
        const QString cm1 = QStringLiteral("editui-cm1-") + m_stamp;
        const QString cm2 = QStringLiteral("editui-cm2-") + m_stamp;
        m_created << QStringLiteral("clusters.api.scs.community/") + claim
                  << QStringLiteral("configmap/") + cm1 << QStringLiteral("configmap/") + cm2;
        QTemporaryDir fileDir;
        const QString path = fileDir.filePath(QStringLiteral("objects.yaml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("# three objects and a broken one\n"
                                      "apiVersion: api.scs.community/v1alpha1\n"
                                      "kind: Cluster\n"
                                      "metadata:\n  name: %1\n"
                                      "spec:\n  version: \"1.33\"\n"
                                      "---\n"
                                      "apiVersion: v1\nkind: ConfigMap\n"
                                      "metadata:\n  name: %2\ndata:\n  a: \"1\"\n"
                                      "---\n"
                                      "apiVersion: v1\nkind: ConfigMap\n"
                                      "metadata:\n  name: %3\ndata:\n  b: two\n"
                                      "---\n"
                                      "apiVersion: v1\nkind: ConfigMap\n"
                                      "metadata:\n  name: Not_A_Valid_Name\n")
                           .arg(claim, cm1, cm2)
                           .toUtf8());
        }
        c.edits.openYamlFileAt(path);
        ui::NewObjectDialog *dialog = c.edits.newObjectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->text().contains(cm2));
        QSignalSpy finished(dialog, &ui::NewObjectDialog::batchFinished);
        dialog->createButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto results = finished.first().first().value<QList<edit::DocumentResult>>();
        QCOMPARE(results.size(), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(results.at(i).isOk(), qPrintable(results.at(i).error.message));
        QVERIFY(!results.at(3).isOk());
        QCOMPARE(results.at(3).line, 23);
        QCOMPARE(dialog->results()->topLevelItemCount(), 4);
        QVERIFY(dialog->results()->topLevelItem(3)->text(3).startsWith(QStringLiteral("Failed")));
        QCOMPARE(dialog->results()->topLevelItem(3)->text(1), QStringLiteral("23"));
        QVERIFY(!dialog->editor()->diagnostics().isEmpty());
        QTest::qWait(200);
        QVERIFY(!test::saveScreenshot(dialog, QStringLiteral("edit-new-results")).isEmpty());
        const QStringList nameless = test::namelessControls(dialog);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(dialog);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));

        QCOMPARE(kubectl({QStringLiteral("-n"), QStringLiteral("tenant-a"), QStringLiteral("get"),
                          QStringLiteral("clusters.api.scs.community/") + claim,
                          QStringLiteral("configmap/") + cm1, QStringLiteral("configmap/") + cm2}),
                 0);
    }

    void aDraftShouldSurviveSwitchingObjectsAndANewController()
    {
        QTemporaryDir draftsDir;
        const QString marker = QStringLiteral("draft-") + m_stamp;
        {
            edit::DraftStore drafts(draftsDir.path());
            Console c(*m_profiles, m_session.get(), drafts);
            QVERIFY(openClaim(c, m_claimB));
            c.edits.editAction()->trigger();
            QSignalSpy saved(&c.edits, &EditController::draftSaved);
            QVERIFY(typeReplace(c.edits.yamlEditor(),
                                QStringLiteral("description: made by tst_editcontroller"),
                                QStringLiteral("description: ") + marker));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000); // the debounced autosave
            QCOMPARE(drafts.list(m_profile.name).size(), 1);

            // Another object: editing ends, the draft stays; back again, it is offered.
            QVERIFY(openClaim(c, m_claimA));
            QVERIFY(!c.edits.isEditing());
            QCOMPARE(drafts.list(m_profile.name).size(), 1);
            QVERIFY(openClaim(c, m_claimB));
            QTRY_VERIFY(c.window.bannerText().contains(QStringLiteral("Unsaved draft")));
            c.edits.restoreDraftAction()->trigger();
            QVERIFY(c.edits.isEditing());
            QVERIFY(c.edits.yamlEditor()->text().contains(marker));
            QVERIFY(c.edits.hasUnsavedChanges());

            // Closing asks; Cancel keeps the window, "save draft" lets it go.
            int asked = 0;
            c.edits.setLeaveAsker([&] {
                ++asked;
                return asked == 1 ? EditController::LeaveChoice::Cancel
                                  : EditController::LeaveChoice::SaveDraft;
            });
            QVERIFY(!c.window.close());
            QVERIFY(c.window.isVisible());
            QVERIFY(c.window.close());
            QCOMPARE(asked, 2);
        }
        // A new window and controller (a restart) find the draft and offer it.
        edit::DraftStore drafts(draftsDir.path());
        Console c(*m_profiles, m_session.get(), drafts);
        QTRY_VERIFY_WITH_TIMEOUT(c.window.bannerText().contains(QStringLiteral("1 unsaved draft")),
                                 10000);
        c.edits.showDraftsAction()->trigger();
        QVERIFY(c.edits.draftsDialog());
        QCOMPARE(c.edits.draftsDialog()->count(), 1);
        c.edits.draftsDialog()->openButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(c.edits.isEditing(), 20000);
        QVERIFY(c.edits.yamlEditor()->text().contains(marker));
        c.edits.discardAction()->trigger();
        QVERIFY(drafts.list(m_profile.name).isEmpty());
        QCOMPARE(claimField(m_claimB, QStringLiteral(".spec.description")),
                 QStringLiteral("made by tst_editcontroller"));
    }
};

QTEST_MAIN(TestEditController)
#include "tst_editcontroller.moc"
