#include "ui/logs/logsview.h"

#include "logs/logsource.h"
#include "ui/logs/loghighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPoint>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

constexpr int flushIntervalMs = 50;

QToolButton *toolButton(const QString &text, const char *icon, const char *name,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(QLatin1String(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(QLatin1String(name));
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogsView::LogsView(QWidget *parent)
    : QWidget(parent)
    , m_flush(new QTimer(this))
    , m_container(new QComboBox(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_previous(new QCheckBox(tr("&Previous instance"), this))
    , m_range(new QComboBox(this))
    , m_timestamps(new QCheckBox(tr("&Timestamps"), this))
    , m_wrap(new QCheckBox(tr("&Wrap"), this))
    , m_pause(toolButton(tr("P&ause"), "media-playback-pause", "pauseButton", this))
    , m_save(toolButton(tr("&Save…"), "document-save-as", "saveButton", this))
    , m_find(new QLineEdit(this))
    , m_findPrevious(toolButton(tr("Pre&vious"), "go-up", "findPreviousButton", this))
    , m_findNext(toolButton(tr("&Next"), "go-down", "findNextButton", this))
    , m_matches(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new LogHighlighter(m_text->document()))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_container->setObjectName(QStringLiteral("containerBox"));
    m_container->setAccessibleName(tr("Container"));
    m_follow->setObjectName(QStringLiteral("followBox"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the log open and show new lines as they are written"));
    m_previous->setObjectName(QStringLiteral("previousBox"));
    m_previous->setToolTip(tr("The log of the container's previous instance (before its "
                              "last restart)"));
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_range->setAccessibleName(tr("How far back"));
    m_range->addItem(tr("Last 100 lines"), QPoint(100, 0));
    m_range->addItem(tr("Last 1,000 lines"), QPoint(1000, 0));
    m_range->addItem(tr("Last 10,000 lines"), QPoint(10000, 0));
    m_range->addItem(tr("Last 5 minutes"), QPoint(-1, 300));
    m_range->addItem(tr("Last hour"), QPoint(-1, 3600));
    m_range->addItem(tr("Everything kept"), QPoint(-1, 0));
    m_range->setCurrentIndex(1);
    m_timestamps->setObjectName(QStringLiteral("timestampsBox"));
    m_wrap->setObjectName(QStringLiteral("wrapBox"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop scrolling; new lines are kept and counted"));
    m_save->setToolTip(tr("Save the lines kept to a file"));
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Find in log"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in log"));
    m_findPrevious->setToolTip(tr("Previous match"));
    m_findNext->setToolTip(tr("Next match"));
    m_matches->setObjectName(QStringLiteral("matchesLabel"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setAccessibleName(tr("Log lines"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(int(m_ring.capacity()));
    m_text->setCenterOnScroll(false);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *containerLabel = new QLabel(tr("&Container:"), this);
    containerLabel->setBuddy(m_container);
    auto *bar = new QHBoxLayout;
    bar->addWidget(containerLabel);
    bar->addWidget(m_container);
    bar->addWidget(m_range);
    bar->addWidget(m_follow);
    bar->addWidget(m_previous);
    bar->addSpacing(12);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_wrap);
    bar->addStretch();
    bar->addWidget(m_pause);
    bar->addWidget(m_save);
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_findPrevious);
    findBar->addWidget(m_findNext);
    findBar->addWidget(m_matches);
    findBar->addStretch();
    findBar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(findBar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    // Tab follows the reading order (the members are made in another order).
    const QList<QWidget *> order{m_container, m_range,    m_follow,       m_previous,
                                 m_timestamps, m_wrap,    m_pause,        m_save,
                                 m_find,       m_findPrevious, m_findNext, m_text};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_flush->setInterval(flushIntervalMs);
    connect(m_flush, &QTimer::timeout, this, &LogsView::flushNow);
    m_flush->start();

    const auto changed = [this] { Q_EMIT optionsChanged(); };
    connect(m_container, &QComboBox::activated, this, changed);
    connect(m_range, &QComboBox::activated, this, changed);
    connect(m_follow, &QCheckBox::toggled, this, changed);
    connect(m_previous, &QCheckBox::toggled, this, changed);
    connect(m_timestamps, &QCheckBox::toggled, this, &LogsView::setTimestampsShown);
    connect(m_wrap, &QCheckBox::toggled, this, &LogsView::setWrapped);
    connect(m_pause, &QToolButton::toggled, this, &LogsView::setPaused);
    connect(m_save, &QToolButton::clicked, this, &LogsView::askSave);
    auto *findTimer = new QTimer(this);
    findTimer->setSingleShot(true);
    findTimer->setInterval(200);
    connect(m_find, &QLineEdit::textChanged, findTimer, qOverload<>(&QTimer::start));
    connect(findTimer, &QTimer::timeout, this, [this] { find(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    updateCount();
}

LogsView::~LogsView()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
}

void LogsView::setContainers(const QStringList &containers, const QString &allLabel)
{
    const QString current = m_container->currentData().toString();
    m_container->clear();
    m_hasAll = !allLabel.isEmpty();
    if (m_hasAll)
        m_container->addItem(allLabel, QString());
    for (const QString &name : containers)
        m_container->addItem(name, name);
    const int index = m_container->findData(current);
    m_container->setCurrentIndex(std::max(index, 0));
    m_container->setEnabled(m_container->count() > 1);
}

logs::LogOptions LogsView::options() const
{
    logs::LogOptions options;
    options.container = m_container->currentData().toString();
    options.follow = m_follow->isChecked();
    options.previous = m_previous->isChecked();
    const QPoint range = m_range->currentData().toPoint();
    options.tailLines = range.x();
    options.sinceSeconds = range.y();
    return options;
}

void LogsView::setOptions(const logs::LogOptions &options)
{
    const QSignalBlocker a(m_follow), b(m_previous), c(m_container), d(m_range);
    m_follow->setChecked(options.follow);
    m_previous->setChecked(options.previous);
    const int index = m_container->findData(options.container);
    if (index >= 0)
        m_container->setCurrentIndex(index);
    const int range = m_range->findData(QPoint(options.tailLines, options.sinceSeconds));
    if (range >= 0)
        m_range->setCurrentIndex(range);
}

void LogsView::setSource(logs::LogSource *source)
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = source;
    m_pending.clear();
    m_ring.clear();
    m_unseen = 0;
    m_ended.clear();
    m_text->clear();
    m_status->clear();
    updateCount();
    if (!source)
        return;
    source->setParent(this);
    connect(source, &logs::LogSource::linesReceived, this, &LogsView::onLines);
    connect(source, &logs::LogSource::statusChanged, this, [this](const QString &status) {
        m_status->setText(m_ended.isEmpty() ? status : m_ended);
    });
    connect(source, &logs::LogSource::ended, this, [this](const QString &message) {
        m_ended = message.isEmpty() ? tr("The log has ended.") : message;
        m_status->setText(m_ended);
    });
    source->start();
}

void LogsView::setRingCapacity(qsizetype lines)
{
    m_ring.setCapacity(lines);
    m_text->setMaximumBlockCount(int(m_ring.capacity()));
    rerender();
}

void LogsView::onLines(const QList<logs::LogLine> &lines)
{
    // Only collected here: the text is updated on the next tick, with everything that came.
    m_pending += lines;
}

void LogsView::flushNow()
{
    if (m_pending.isEmpty())
        return;
    const QList<logs::LogLine> lines = std::exchange(m_pending, {});
    m_ring.append(lines);
    if (isPaused()) {
        m_unseen += lines.size();
    } else {
        appendToText(lines.size() > m_ring.capacity() ? m_ring.last(m_ring.capacity()) : lines);
    }
    updateCount();
}

QString LogsView::render(const logs::LogLine &line) const
{
    QString text;
    if (m_timestamps->isChecked() && !line.timestamp.isEmpty())
        text += line.timestamp + QLatin1Char(' ');
    if (!line.source.isEmpty())
        text += QLatin1Char('[') + line.source + QStringLiteral("] ");
    text += line.text;
    return text;
}

void LogsView::appendToText(const QList<logs::LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    QString joined;
    joined.reserve(lines.size() * 100);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            joined += QLatin1Char('\n');
        joined += render(lines.at(i));
    }
    // One insertion for the batch: the layout and the highlighter run once per tick.
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(joined);
    cursor.endEditBlock();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LogsView::rerender()
{
    m_text->clear();
    m_unseen = 0;
    QList<logs::LogLine> all;
    all.reserve(m_ring.size());
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        all.append(m_ring.at(i));
    appendToText(all);
    updateCount();
}

bool LogsView::isPaused() const
{
    return m_pause->isChecked();
}

void LogsView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled()
        return;
    }
    m_pause->setText(paused ? tr("Res&ume") : tr("P&ause"));
    m_pause->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start")
                                             : QStringLiteral("media-playback-pause")));
    if (!paused && m_unseen > 0) {
        if (m_unseen >= m_ring.size())
            rerender();
        else
            appendToText(m_ring.last(m_unseen));
        m_unseen = 0;
    }
    updateCount();
}

void LogsView::setTimestampsShown(bool shown)
{
    if (m_timestamps->isChecked() != shown) {
        m_timestamps->setChecked(shown);
        return;
    }
    m_highlighter->setTimestampsShown(shown);
    rerender();
}

void LogsView::setWrapped(bool wrapped)
{
    if (m_wrap->isChecked() != wrapped) {
        m_wrap->setChecked(wrapped);
        return;
    }
    m_text->setLineWrapMode(wrapped ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

int LogsView::find(const QString &text)
{
    if (m_find->text() != text) {
        const QSignalBlocker block(m_find);
        m_find->setText(text);
    }
    m_highlighter->setFindText(text, Qt::CaseInsensitive);
    if (text.isEmpty()) {
        m_matches->clear();
        return 0;
    }
    int lines = 0;
    for (qsizetype i = 0; i < m_ring.size(); ++i)
        lines += render(m_ring.at(i)).contains(text, Qt::CaseInsensitive) ? 1 : 0;
    m_matches->setText(lines == 0 ? tr("Not found")
                           : lines == 1 ? tr("1 matching line")
                                        : tr("%1 matching lines").arg(QLocale().toString(lines)));
    if (lines > 0)
        findNext();
    return lines;
}

bool LogsView::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text, flags))
        return true;
    // Wrap around.
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    return m_text->find(text, flags);
}

Result<void> LogsView::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()),
                    file.errorString());
    }
    for (qsizetype i = 0; i < m_ring.size(); ++i) {
        file.write(render(m_ring.at(i)).toUtf8());
        file.write("\n");
    }
    if (!file.commit()) {
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()),
                    file.errorString());
    }
    return {};
}

void LogsView::askSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"),
                                                      windowTitle() + QStringLiteral(".log"),
                                                      tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    if (const Result<void> saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Save Log"), saved.error().message);
}

QString LogsView::countText() const
{
    return m_count->text();
}

QString LogsView::statusText() const
{
    return m_status->text();
}

void LogsView::updateCount()
{
    const QLocale locale;
    QString text = m_ring.dropped() > 0
        ? tr("%1 lines (%2 dropped)")
              .arg(locale.toString(m_ring.total()), locale.toString(m_ring.dropped()))
        : m_ring.total() == 1 ? tr("1 line")
                              : tr("%1 lines").arg(locale.toString(m_ring.total()));
    if (isPaused())
        text += QLatin1Char(' ') + tr("— paused, %1 new").arg(locale.toString(m_unseen));
    m_count->setText(text);
}

} // namespace scs::ui
