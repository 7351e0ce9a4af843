#include "ui/shell/aboutdialog.h"

#include "buildinfo.h"
#include "ui/common/webenginemodule.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace scs::ui {


QStringList AboutDialog::libraryVersions()
{
    QStringList lines;
    lines << QStringLiteral("Qt %1").arg(QLatin1String(qVersion()));
    // Loads the sign-in module (Qt WebEngine) if no sign-in has yet.
    const QString chromium = WebEngineModule::chromiumVersion();
    lines << (chromium.isEmpty() ? QStringLiteral("Qt WebEngine")
                                 : QStringLiteral("Qt WebEngine (Chromium %1)").arg(chromium));
    lines << QStringLiteral("QtKeychain %1").arg(QLatin1String(buildinfo::kKeychainVersion));
    lines << QStringLiteral("yaml-cpp %1").arg(QLatin1String(buildinfo::kYamlCppVersion));
    lines << (buildinfo::kHaveSyntaxHighlighting
                  ? QStringLiteral("KSyntaxHighlighting (KDE Frameworks 6)")
                  : tr("YAML highlighting: built-in (KSyntaxHighlighting not available)"));
    return lines;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About SCS Console"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/scs-console.svg")).pixmap(64, 64));
    auto *title = new QLabel(
        tr("<h2>SCS Console %1</h2>").arg(QLatin1String(buildinfo::kVersion)), this);
    auto *text = new QLabel(
        tr("<p>A desktop console for the Sovereign Cloud Stack Central API: tenants, resources "
           "and Kubernetes clusters in one place.</p>"
           "<p>Licensed under the Apache License 2.0.</p>"),
        this);
    text->setWordWrap(true);
    auto *versions = new QLabel(libraryVersions().join(QLatin1Char('\n')), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);
    layout->addLayout(head);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace scs::ui
