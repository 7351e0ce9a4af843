#pragma once

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

} // namespace scs::test
