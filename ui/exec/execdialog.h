#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace scs::ui {

// Asks which container of a pod to open a shell in, and with which command: "bash if there,
// else sh" (the default: /bin/sh -c 'command -v bash … && exec bash || exec sh'), sh, bash,
// or a command line of one's own (split like a shell would, no shell runs it). GUI thread only.
class ExecDialog : public QDialog
{
    Q_OBJECT

public:
    ExecDialog(const QString &pod, const QStringList &containers, QWidget *parent = nullptr);

    [[nodiscard]] QString container() const;
    void setContainer(const QString &container);
    // argv of the chosen command; empty when a custom one is chosen but blank.
    [[nodiscard]] QStringList command() const;
    // Chooses a command line of one's own (for tests and for the last one used).
    void setCustomCommand(const QString &commandLine);

    // The default: bash where the image has it, else sh.
    [[nodiscard]] static QStringList automaticShell();

private:
    void updateState();

    QComboBox *m_container;
    QComboBox *m_command;
    QLineEdit *m_custom;
    QLabel *m_error;
};

} // namespace scs::ui
