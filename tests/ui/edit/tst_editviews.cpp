// The edit flow's views without a server: the review diff (hunks, line numbers, colours), the
// editable form (what may be edited, typed values, field errors) and the conflict view's three
// versions. The form's edits reaching the YAML text are core: tests/core/tst_formyamlsync.cpp.

#include "common/editfixtures.h"
#include "common/resultcheck.h"
#include "edit/objecteditor.h"
#include "ui/edit/conflictview.h"
#include "ui/common/diffview.h"
#include "ui/edit/draftsdialog.h"
#include "ui/edit/reviewdialog.h"
#include "ui/common/objectformview.h"
#include "ui/common/editor/yamleditor.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"
#include "yaml/yaml.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace scs;
using namespace scs::ui;

using testing::claimYaml;
using testing::parse;

class TestEditViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffShouldShowOnlyChangedHunksWithLineNumbers()
    {
        QStringList oldLines;
        for (int i = 1; i <= 40; ++i)
            oldLines.append(QStringLiteral("key%1: value%1").arg(i));
        QStringList newLines = oldLines;
        newLines[4] = QStringLiteral("key5: changed");
        newLines[34] = QStringLiteral("key35: changed");
        newLines.insert(36, QStringLiteral("added: line"));
        DiffView view;
        view.resize(700, 500);
        view.setTexts(oldLines.join(u'\n'), newLines.join(u'\n'));
        QCOMPARE(view.hunkCount(), 2);
        QCOMPARE(view.addedCount(), 3);
        QCOMPARE(view.removedCount(), 2);
        const QString text = view.text();
        QVERIFY2(text.contains(QStringLiteral("    5       - key5: value5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("          5 + key5: changed")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("    2     2   key2: value2"))); // context
        QVERIFY(!text.contains(QStringLiteral("key20:"))); // far from any change
        QVERIFY(text.contains(QStringLiteral("not shown")));
        // Coloured rows: one extra selection per changed line at least.
        int coloured = 0;
        for (const auto &s : view.textEdit()->extraSelections()) {
            if (s.format.hasProperty(QTextFormat::BackgroundBrush))
                ++coloured;
        }
        QVERIFY(coloured >= 5 + 2); // 5 changed lines + 2 hunk headers
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!test::saveScreenshot(&view, QStringLiteral("edit-diffview")).isEmpty());

        view.setTexts(QStringLiteral("a\n"), QStringLiteral("a\n"));
        QCOMPARE(view.hunkCount(), 0);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("No changes")));
    }

    void editableFormShouldEditSpecButNotStatusOrIdentity()
    {
        ObjectFormView form;
        QSignalSpy edits(&form, &ObjectFormView::fieldEdited);
        QJsonObject object = parse(claimYaml());
        object.insert("status", QJsonObject{{"phase", "Provisioned"}});
        form.setObject(object);
        QVERIFY(!form.editField({"spec", "version"}, "1.34")); // read-only by default
        form.setEditable(true);
        QVERIFY(!form.editField({"metadata", "name"}, "other"));
        QVERIFY(!form.editField({"status", "phase"}, "Failed"));
        QVERIFY(!form.editField({"spec", "script"}, "x")); // multi-line: the editor's job
        QVERIFY(form.editField({"spec", "version"}, "1.34"));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0).at(0).toStringList(), (QStringList{"spec", "version"}));
        QCOMPARE(edits.at(0).at(1).value<QJsonValue>(), QJsonValue("1.34"));
        QVERIFY(form.editField({"spec", "controlPlane", "replicas"}, "3"));
        QCOMPARE(edits.at(1).at(1).value<QJsonValue>(), QJsonValue(3)); // stays a number
        QVERIFY(form.editField({"spec", "controlPlane", "replicas"}, "three"));
        QCOMPARE(edits.at(2).at(1).value<QJsonValue>(), QJsonValue("three")); // server judges
        QVERIFY(form.editField({"spec", "paused"}, "true"));
        QCOMPARE(edits.at(3).at(1).value<QJsonValue>(), QJsonValue(true));
        QVERIFY(form.editField({"spec", "tags", "0"}, "red"));
        QCOMPARE(form.object().value("spec").toObject().value("tags").toArray().at(0),
                 QJsonValue("red"));
    }

    void fieldErrorsShouldMarkTheirRowsOrTheNearestParent()
    {
        ObjectFormView form;
        form.setObject(parse(claimYaml()));
        form.setFieldErrors({{{"spec", "controlPlane", "replicas"}, "must be 1 or 3"},
                             {{"spec", "workers", "flavor"}, "Required value"}});
        QTreeWidgetItem *replicas = form.itemForPath({"spec", "controlPlane", "replicas"});
        QVERIFY(replicas);
        QCOMPARE(replicas->data(0, ObjectFormView::FieldErrorRole).toString(),
                 QStringLiteral("must be 1 or 3"));
        QVERIFY(replicas->toolTip(1).contains(QStringLiteral("must be 1 or 3")));
        QCOMPARE(replicas->background(1).color(), QColor(0xfd, 0xde, 0xdb));
        // spec.workers is not in the object: the error sits on spec.
        QTreeWidgetItem *spec = form.itemForPath({"spec"});
        QVERIFY(spec);
        QVERIFY(spec->data(0, ObjectFormView::FieldErrorRole).toString().contains("Required"));
        // They survive a new rendering (the user keeps typing) until cleared.
        form.setObject(parse(claimYaml()));
        QVERIFY(!form.itemForPath({"spec", "controlPlane", "replicas"})
                     ->data(0, ObjectFormView::FieldErrorRole)
                     .toString()
                     .isEmpty());
        form.clearFieldErrors();
        QVERIFY(form.itemForPath({"spec", "controlPlane", "replicas"})
                    ->data(0, ObjectFormView::FieldErrorRole)
                    .toString()
                    .isEmpty());
    }

    void conflictViewShouldShowAllThreeVersionsAndTheMerge()
    {
        const QString base = claimYaml();
        QString yours = base;
        yours.replace(QStringLiteral("replicas: 1"), QStringLiteral("replicas: 3"));
        yours.replace(QStringLiteral("Sample order"), QStringLiteral("Mine"));
        QString live = base;
        live.replace(QStringLiteral("Sample order"), QStringLiteral("Theirs"));
        edit::Conflict conflict;
        conflict.kind = edit::Conflict::Kind::FieldManagers;
        conflict.yours = yours;
        conflict.live = live;
        conflict.base = base;
        conflict.managers = {{QStringLiteral("kubectl-patch"), QStringLiteral(".spec.description"),
                              QStringLiteral("conflict")}};
        conflict.merge = edit::merge3(base, yours, live);
        QCOMPARE(conflict.merge.conflicts.size(), 1);
        ConflictView view(conflict, QStringLiteral("clusters.api.scs.community tenant-a/demo"));
        QCOMPARE(view.yoursEditor()->text(), yours);
        QCOMPARE(view.liveEditor()->text(), live);
        QCOMPARE(view.baseEditor()->text(), base);
        QCOMPARE(view.mergedEditor()->text(), conflict.merge.text);
        QVERIFY(view.yoursEditor()->isReadOnly());
        QCOMPARE(view.mergedEditor()->diagnostics().size(), 1);
        QCOMPARE(view.mergedEditor()->diagnostics().front().line,
                 conflict.merge.conflicts.front().line);
        QVERIFY(view.forceButton()); // field managers: force is offered, with a warning
        QVERIFY(view.explanationLabel()->text().contains(QStringLiteral("kubectl-patch")));
        QSignalSpy rebase(&view, &ConflictView::rebaseRequested);
        view.rebaseButton()->click();
        QCOMPARE(rebase.size(), 1);

        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList nameless = test::namelessControls(&view);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = test::tabOrderProblems(&view);
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));

        conflict.kind = edit::Conflict::Kind::StaleVersion;
        ConflictView stale(conflict, QStringLiteral("x"));
        QVERIFY(!stale.forceButton()); // an update's stale version is never forced
    }

    void reviewAndDraftsDialogsShouldNameEveryControlAndTabInOrder()
    {
        ReviewDialog review(QStringLiteral("clusters.api.scs.community tenant-a/demo"));
        edit::Draft draft;
        draft.profile = QStringLiteral("local stack");
        draft.objectKey = QStringLiteral("tenant-a/demo");
        draft.apiVersion = QStringLiteral("api.scs.community/v1alpha1");
        draft.kind = QStringLiteral("Cluster");
        draft.namespaceName = QStringLiteral("tenant-a");
        draft.name = QStringLiteral("demo");
        draft.text = claimYaml();
        draft.savedAt = QDateTime::currentDateTimeUtc();
        DraftsDialog drafts({draft});
        for (QDialog *dialog : {static_cast<QDialog *>(&review), static_cast<QDialog *>(&drafts)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList nameless = test::namelessControls(dialog);
            QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
            const QStringList order = test::tabOrderProblems(dialog);
            QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
        }
    }

    // A server-side apply conflict about ownership alone (nobody changed the object): said as
    // what it is, with the owners; take over or update instead; no rebase that would loop.
    void conflictViewShouldExplainAnOwnershipConflict()
    {
        const QString base = claimYaml();
        QString yours = base;
        yours.replace(QStringLiteral("replicas: 1"), QStringLiteral("replicas: 3"));
        edit::Conflict conflict;
        conflict.kind = edit::Conflict::Kind::FieldManagers;
        conflict.changedSinceBase = false;
        conflict.yours = yours;
        conflict.live = base;
        conflict.base = base;
        conflict.managers = {{QStringLiteral("kubectl-edit"), QStringLiteral(".spec.replicas"),
                              QStringLiteral("conflict with \"kubectl-edit\"")}};
        conflict.merge = edit::merge3(base, yours, base);
        QVERIFY(conflict.isOwnershipOnly());
        ConflictView view(conflict, QStringLiteral("clusters.api.scs.community tenant-a/demo"));
        QVERIFY2(!view.windowTitle().contains(QLatin1String("Changed on the Server")),
                 qPrintable(view.windowTitle()));
        const QString text = view.explanationLabel()->text();
        QVERIFY2(text.contains(QLatin1String("kubectl-edit (.spec.replicas)")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("changed on the server"), Qt::CaseInsensitive),
                 qPrintable(text));
        QVERIFY(!view.rebaseButton());
        QVERIFY(view.forceButton());
        QVERIFY(view.updateButton());
        QVERIFY(view.updateButton()->isDefault());
        QSignalSpy update(&view, &ConflictView::updateInsteadRequested);
        QSignalSpy force(&view, &ConflictView::forceApplyRequested);
        view.updateButton()->click();
        view.forceButton()->click();
        QCOMPARE(update.size(), 1);
        QCOMPARE(force.size(), 1);
        view.resize(1200, 760);
        QVERIFY(!test::saveScreenshot(&view, QStringLiteral("conflict-ownership")).isEmpty());
    }
};

QTEST_MAIN(TestEditViews)
#include "tst_editviews.moc"
