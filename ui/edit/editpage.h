#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace scs::ui {

class YamlEditor;

// What the YAML tab shows while an object is edited: a title, the edit actions as buttons, a
// banner when the object changed on the server (Reload / Keep), a message line (errors of the
// last review or apply, progress) and the YamlEditor with the user's text. Owned by the main
// window once shown there; the EditController drives it.
class EditPage : public QWidget
{
    Q_OBJECT

public:
    explicit EditPage(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // The buttons stand for these actions (the window's Review, Apply, Discard).
    void setActions(QAction *review, QAction *apply, QAction *discard);

    enum class MessageKind { None, Progress, Info, Error };
    void setMessage(const QString &text, MessageKind kind);
    [[nodiscard]] QString message() const;

    // The "changed on the server" banner; `text` says what happened.
    void showServerChange(const QString &text, bool offerReload = true);
    void hideServerChange();
    [[nodiscard]] bool isServerChangeShown() const;

    [[nodiscard]] YamlEditor *editor() const { return m_editor; }
    // How Review and Apply write: 0 server-side apply (the default), 1 update.
    [[nodiscard]] QComboBox *modeBox() const { return m_mode; }
    [[nodiscard]] QToolButton *reloadButton() const { return m_reload; }
    [[nodiscard]] QToolButton *keepButton() const { return m_keep; }
    [[nodiscard]] QLabel *serverChangeLabel() const { return m_changeText; }

Q_SIGNALS:
    void reloadRequested();
    void keepRequested();
    void modeChanged(int index);

private:
    QLabel *m_title;
    QComboBox *m_mode;
    QToolButton *m_review;
    QToolButton *m_apply;
    QToolButton *m_discard;
    QWidget *m_change;
    QLabel *m_changeText;
    QToolButton *m_reload;
    QToolButton *m_keep;
    QLabel *m_message;
    YamlEditor *m_editor;
};

} // namespace scs::ui
