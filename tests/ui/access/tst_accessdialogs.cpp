// The access dialogs (add member, its review, who can) without a server, for what does not need
// one: every control has an accessible name, no mnemonic is used twice, and Tab reaches the
// controls in reading order. Their behaviour against the Central API is tst_members's.

#include "access/accessservice.h"
#include "accessibilitytesthelpers.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/tokensource.h"
#include "profiles/connectionprofile.h"
#include "ui/access/addmemberdialog.h"
#include "ui/access/memberreviewdialog.h"
#include "ui/access/whocandialog.h"
#include "uitesthelpers.h"

#include <QTest>

using namespace scs;
using namespace scs::ui;

namespace {
void check(QDialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList nameless = test::namelessControls(dialog);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    const QStringList clashes = test::mnemonicClashes(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    const QStringList order = test::tabOrderProblems(dialog);
    QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
}

kube::ApiResource clusters()
{
    kube::ApiResource r;
    r.group = QStringLiteral("api.scs.community");
    r.version = QStringLiteral("v1alpha1");
    r.kind = QStringLiteral("Cluster");
    r.plural = QStringLiteral("clusters");
    r.namespaced = true;
    r.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("create"),
               QStringLiteral("delete")};
    return r;
}
} // namespace

class TestAccessDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addMemberShouldNameEveryControlAndTabInOrder()
    {
        access::RoleRef edit;
        edit.kind = QStringLiteral("ClusterRole");
        edit.name = QStringLiteral("edit");
        AddMemberDialog dialog(QStringLiteral("tenant-a"), QStringLiteral("oidc:"),
                               QStringLiteral("oidc:"), {{edit, QStringLiteral("edit")}});
        check(&dialog);
    }

    void memberReviewShouldNameEveryControlAndTabInOrder()
    {
        MemberReviewDialog dialog(QStringLiteral("Add bob to tenant-a"), QStringLiteral("&Add"));
        dialog.setTexts(QString(), QStringLiteral("kind: RoleBinding\n"));
        dialog.setError(QStringLiteral("forbidden"));
        check(&dialog);
    }

    void whoCanShouldNameEveryControlAndTabInOrder()
    {
        // Nothing listens on the port: the dialog says so, and the controls are all there.
        ConnectionProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.apiUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
        kube::StaticTokenSource tokens;
        kube::KubeClient client(profile, &tokens);
        access::AccessService service(&client);
        WhoCanDialog dialog(&client, &service, {clusters()}, {QStringLiteral("tenant-a")},
                            QStringLiteral("tenant-a"), QStringLiteral("oidc:"),
                            QStringLiteral("oidc:"));
        check(&dialog);
    }
};

QTEST_MAIN(TestAccessDialogs)
#include "tst_accessdialogs.moc"
