#include "edit/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace scs::edit {

namespace {

QJsonValue withValueFrom(const QJsonValue &root, const QStringList &path, qsizetype at,
                         const QJsonValue &value)
{
    if (at >= path.size())
        return value;
    const QString &step = path.at(at);
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        bool ok = false;
        const int i = step.toInt(&ok);
        if (!ok || i < 0 || i >= array.size())
            return root;
        array[i] = withValueFrom(array.at(i), path, at + 1, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step] = withValueFrom(object.value(step), path, at + 1, value);
    return object;
}

} // namespace

QJsonValue valueAt(const QJsonValue &root, const QStringList &path)
{
    QJsonValue v = root;
    for (const QString &step : path) {
        if (v.isArray()) {
            bool ok = false;
            const int i = step.toInt(&ok);
            if (!ok)
                return QJsonValue::Undefined;
            v = v.toArray().at(i);
        } else if (v.isObject()) {
            v = v.toObject().value(step);
        } else {
            return QJsonValue::Undefined;
        }
    }
    return v;
}

QJsonValue withValueAt(const QJsonValue &root, const QStringList &path, const QJsonValue &value)
{
    return withValueFrom(root, path, 0, value);
}

} // namespace scs::edit
