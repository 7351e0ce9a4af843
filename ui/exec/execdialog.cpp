#include "ui/exec/execdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

enum CommandChoice { Automatic, Sh, Bash, Custom };

} // namespace

QStringList ExecDialog::automaticShell()
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("command -v bash >/dev/null 2>&1 && exec bash || exec sh")};
}

ExecDialog::ExecDialog(const QString &pod, const QStringList &containers, QWidget *parent)
    : QDialog(parent)
    , m_container(new QComboBox(this))
    , m_command(new QComboBox(this))
    , m_custom(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("execDialog"));
    setWindowTitle(tr("Shell in %1").arg(pod));
    m_container->setObjectName(QStringLiteral("execContainer"));
    m_container->addItems(containers);
    m_command->setObjectName(QStringLiteral("execCommand"));
    m_command->addItem(tr("bash if the image has it, else sh"), Automatic);
    m_command->addItem(QStringLiteral("sh"), Sh);
    m_command->addItem(QStringLiteral("bash"), Bash);
    m_command->addItem(tr("Other command…"), Custom);
    m_custom->setObjectName(QStringLiteral("execCustomCommand"));
    m_custom->setPlaceholderText(tr("e.g. /busybox/sh or python3 -i"));
    m_custom->setAccessibleName(tr("Command"));
    m_error->setObjectName(QStringLiteral("execCommandError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    auto *form = new QFormLayout;
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(QString(), m_custom);
    form->addRow(QString(), m_error);
    auto *hint = new QLabel(tr("The command runs in the container with a terminal. A container "
                               "whose image has no shell cannot open one."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open Shell"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_command, &QComboBox::currentIndexChanged, this, &ExecDialog::updateState);
    connect(m_custom, &QLineEdit::textChanged, this, [this, buttons] {
        updateState();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!command().isEmpty());
    });
    connect(m_command, &QComboBox::currentIndexChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!command().isEmpty());
    });
    updateState();
}

QString ExecDialog::container() const
{
    return m_container->currentText();
}

void ExecDialog::setContainer(const QString &container)
{
    const int index = m_container->findText(container);
    if (index >= 0)
        m_container->setCurrentIndex(index);
}

QStringList ExecDialog::command() const
{
    switch (m_command->currentData().toInt()) {
    case Automatic:
        return automaticShell();
    case Sh:
        return {QStringLiteral("sh")};
    case Bash:
        return {QStringLiteral("bash")};
    default:
        return QProcess::splitCommand(m_custom->text());
    }
}

void ExecDialog::setCustomCommand(const QString &commandLine)
{
    m_command->setCurrentIndex(m_command->findData(Custom));
    m_custom->setText(commandLine);
}

void ExecDialog::updateState()
{
    const bool custom = m_command->currentData().toInt() == Custom;
    m_custom->setVisible(custom);
    m_custom->setEnabled(custom);
    const bool blank = custom && QProcess::splitCommand(m_custom->text()).isEmpty();
    m_error->setText(blank && !m_custom->text().isEmpty() ? tr("The command is empty.")
                                                          : QString());
    m_error->setVisible(!m_error->text().isEmpty());
    if (custom)
        m_custom->setFocus();
}

} // namespace scs::ui
