#include "orders/autoscaling.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Autoscaling)
};

const QString kMin = QString::fromLatin1(kAutoscalerMinSizeAnnotation);
const QString kMax = QString::fromLatin1(kAutoscalerMaxSizeAnnotation);

QJsonObject annotationsOf(const QJsonObject &md)
{
    return md.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
}

// A whole number in a string ("3"); -1 for anything else.
int sizeValue(const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    return ok ? n : -1;
}

QString escaped(QString part)
{
    return part.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}
} // namespace

std::optional<Autoscaling> autoscalingOf(const QJsonObject &machineDeployment)
{
    const QJsonObject annotations = annotationsOf(machineDeployment);
    if (!annotations.contains(kMin) && !annotations.contains(kMax))
        return std::nullopt;
    return Autoscaling{sizeValue(annotations.value(kMin)), sizeValue(annotations.value(kMax))};
}

void setPoolSize(QJsonObject &machineDeployment, int replicas,
                 const std::optional<Autoscaling> &autoscaling)
{
    QJsonObject metadata = machineDeployment.value("metadata"_L1).toObject();
    QJsonObject annotations = metadata.value("annotations"_L1).toObject();
    if (autoscaling) {
        annotations.insert(kMin, QString::number(autoscaling->minSize));
        annotations.insert(kMax, QString::number(autoscaling->maxSize));
        machineDeployment.remove(u"replicas"_s);
    } else {
        annotations.remove(kMin);
        annotations.remove(kMax);
        machineDeployment.insert(u"replicas"_s, replicas);
    }
    if (annotations.isEmpty())
        metadata.remove(u"annotations"_s);
    else
        metadata.insert(u"annotations"_s, annotations);
    if (metadata.isEmpty())
        machineDeployment.remove(u"metadata"_s);
    else
        machineDeployment.insert(u"metadata"_s, metadata);
}

QList<FieldIssue> autoscalingIssues(const QJsonObject &machineDeployment, const QString &path)
{
    QList<FieldIssue> issues;
    const QJsonObject annotations = annotationsOf(machineDeployment);
    const bool hasMin = annotations.contains(kMin);
    const bool hasMax = annotations.contains(kMax);
    if (!hasMin && !hasMax)
        return issues;
    const QString at = path + u".metadata.annotations"_s;
    const auto check = [&](const QString &key, bool present, const QString &what) {
        if (!present) {
            issues.append({at, Tr::tr("Autoscaling: the %1 is missing (%2)").arg(what, key)});
            return -1;
        }
        const int n = sizeValue(annotations.value(key));
        if (n < 0 && !annotations.value(key).isString()) {
            issues.append({at, Tr::tr("Autoscaling: the %1 must be a whole number in quotes "
                                      "(annotations are strings)")
                                   .arg(what)});
        } else if (n < 0) {
            issues.append(
                {at, Tr::tr("Autoscaling: the %1 must be a whole number of at least 0").arg(what)});
        }
        return n;
    };
    const int min = check(kMin, hasMin, Tr::tr("minimum"));
    const int max = check(kMax, hasMax, Tr::tr("maximum"));
    if (min >= 0 && max >= 0 && max < min) {
        issues.append({at, Tr::tr("Autoscaling: the maximum (%1) must not be below the minimum "
                                  "(%2)")
                               .arg(max)
                               .arg(min)});
    }
    if (machineDeployment.contains("replicas"_L1)) {
        issues.append({path + u".replicas"_s,
                       Tr::tr("must be left out while the pool is autoscaled (the autoscaler "
                              "sets it)")});
    }
    return issues;
}

QJsonArray poolSizePatch(const QJsonObject &machineDeployment, const QString &pointer,
                         int replicas, const std::optional<Autoscaling> &autoscaling)
{
    QJsonArray patch;
    const auto add = [&patch](const QString &path, const QJsonValue &value) {
        patch.append(QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, path}, {u"value"_s, value}});
    };
    const auto remove = [&patch](const QString &path) {
        patch.append(QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, path}});
    };
    const QJsonObject metadata = machineDeployment.value("metadata"_L1).toObject();
    const QJsonObject annotations = metadata.value("annotations"_L1).toObject();
    const QString annotationsPointer = pointer + u"/metadata/annotations"_s;
    if (autoscaling) {
        if (!machineDeployment.contains("metadata"_L1))
            add(pointer + u"/metadata"_s, QJsonObject{});
        if (!metadata.contains("annotations"_L1))
            add(annotationsPointer, QJsonObject{});
        add(annotationsPointer + u'/' + escaped(kMin), QString::number(autoscaling->minSize));
        add(annotationsPointer + u'/' + escaped(kMax), QString::number(autoscaling->maxSize));
        if (machineDeployment.contains("replicas"_L1))
            remove(pointer + u"/replicas"_s);
        return patch;
    }
    for (const QString &key : {kMin, kMax}) {
        if (annotations.contains(key))
            remove(annotationsPointer + u'/' + escaped(key));
    }
    add(pointer + u"/replicas"_s, replicas);
    return patch;
}

QString autoscalingText(const Autoscaling &autoscaling)
{
    return Tr::tr("autoscaled %1–%2").arg(autoscaling.minSize).arg(autoscaling.maxSize);
}

} // namespace scs::orders
