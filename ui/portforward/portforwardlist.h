#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace scs::portforward {
class PortForward;
class PortForwards;
} // namespace scs::portforward

namespace scs::ui {

// The Port Forwards list: a table of the forwards (target, local address, remote port, state,
// connections, bytes, error) with Stop, Copy Address, Open in Browser (http-ish ports) and
// Clear Finished for the current row. Self-contained: it knows only the model (not owned, must
// outlive it), so it can live in a window of its own or in a panel. GUI thread.
class PortForwardList : public QWidget
{
    Q_OBJECT

public:
    explicit PortForwardList(portforward::PortForwards *forwards, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    [[nodiscard]] QPushButton *copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *clearButton() const { return m_clear; }
    // The forward of the current row, or nullptr.
    [[nodiscard]] portforward::PortForward *currentForward() const;
    // Whether "Open in Browser" is offered for `forward`: active, and its port is one that
    // (or the pod port behind a Service port) usually speaks HTTP: 80, 443, 3000, 5000,
    // 8000-8999, 8443, 9090.
    [[nodiscard]] static bool looksLikeHttp(const portforward::PortForward &forward);

private:
    void updateButtons();

    portforward::PortForwards *m_forwards;
    QTableView *m_table;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_clear;
};

} // namespace scs::ui
