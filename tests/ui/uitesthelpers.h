#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QDir>
#include <QWidget>

namespace scs::test {

// Saves what `widget` shows as <SCS_TEST_ARTIFACTS>/<name>.png for a person to look at, and
// returns the path (empty when it could not be written).
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SCS_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

// The Alt+letter shortcuts that more than one visible label (with a buddy), button or group
// box of `root` claims, as "n: Cluster &name | &Next >"; empty when every mnemonic is unique.
inline QStringList mnemonicClashes(QWidget *root)
{
    QHash<QChar, QStringList> owners;
    const auto add = [&owners](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&'))
                owners[text.at(i + 1).toLower()].append(text);
            break;
        }
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QString(it.key()) + QStringLiteral(": ")
                           + it.value().join(QStringLiteral(" | ")));
    }
    return clashes;
}

} // namespace scs::test
