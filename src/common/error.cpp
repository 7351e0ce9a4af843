#include "common/error.h"

namespace scs {

QString Error::toDisplayString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
        if (column > 0)
            where += QStringLiteral(":") + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace scs
