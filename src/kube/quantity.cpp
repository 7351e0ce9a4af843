#include "kube/quantity.h"

#include <QRegularExpression>

#include <cmath>

namespace scs::kube {

std::optional<double> parseQuantity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$)"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (const QString exponent = match.captured(2); !exponent.isEmpty())
        return value * std::pow(10.0, exponent.mid(1).toInt());
    const QString suffix = match.captured(3);
    if (suffix.isEmpty())
        return value;
    if (suffix == QLatin1String("m"))
        return value / 1000.0;
    static const QString decimal = QStringLiteral("kMGTPE");
    static const QString binary = QStringLiteral("KMGTPE");
    if (suffix.size() == 2)
        return value * std::pow(1024.0, binary.indexOf(suffix.at(0)) + 1);
    return value * std::pow(1000.0, decimal.indexOf(suffix.at(0)) + 1);
}

} // namespace scs::kube
