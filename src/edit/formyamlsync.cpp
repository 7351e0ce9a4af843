#include "edit/formyamlsync.h"

#include "edit/jsonpath.h"
#include "edit/objecteditor.h"
#include "yaml/yaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scs::edit {

namespace {

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return qFuzzyCompare(a.toDouble() + 1.0, b.toDouble() + 1.0);
    return a == b;
}

// Where the value of the entry on `line` starts (after "key:" or "- "), or -1.
qsizetype valueStart(const QString &line, int column, bool sequenceItem)
{
    qsizetype i = qMax(0, column - 1);
    if (i >= line.size())
        return -1;
    if (sequenceItem) {
        // The item's own position, or its "- " before it.
        if (line.at(i) == u'-' && (i + 1 >= line.size() || line.at(i + 1) == u' '))
            i += 1;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
        return i;
    }
    // Past the key (quoted keys may hold ':'), then the ':'.
    const QChar first = line.at(i);
    if (first == u'"' || first == u'\'') {
        const qsizetype close = line.indexOf(first, i + 1);
        if (close < 0)
            return -1;
        i = close + 1;
    }
    while (i < line.size()) {
        if (line.at(i) == u':' && (i + 1 == line.size() || line.at(i + 1) == u' '))
            break;
        ++i;
    }
    if (i >= line.size())
        return -1;
    ++i;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

// End of a plain or quoted single-line scalar starting at `start`: before " #" or the end.
qsizetype valueEnd(const QString &line, qsizetype start)
{
    if (start < line.size() && (line.at(start) == u'"' || line.at(start) == u'\'')) {
        const QChar quote = line.at(start);
        for (qsizetype i = start + 1; i < line.size(); ++i) {
            if (quote == u'"' && line.at(i) == u'\\') {
                ++i;
                continue;
            }
            if (line.at(i) == quote) {
                if (quote == u'\'' && i + 1 < line.size() && line.at(i + 1) == u'\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }
    const qsizetype comment = line.indexOf(QLatin1String(" #"), start);
    qsizetype end = comment < 0 ? line.size() : comment;
    while (end > start && line.at(end - 1) == u' ')
        --end;
    return end;
}

Result<YamlValueEdit> rewriteWhole(const QString &yamlText, const QStringList &path,
                                   const QJsonValue &value)
{
    const auto doc = yaml::toJsonDocument(yamlText.toUtf8());
    if (!doc)
        return std::unexpected(doc.error());
    const QJsonObject object = withValueAt(doc->object(), path, value).toObject();
    return YamlValueEdit{ObjectEditor::editableText(object), 0, {}};
}

} // namespace

Result<YamlValueEdit> setYamlValue(const QString &yamlText, const QStringList &path,
                                   const QJsonValue &value)
{
    if (path.isEmpty() || value.isArray() || value.isObject())
        return rewriteWhole(yamlText, path, value);
    const QByteArray utf8 = yamlText.toUtf8();
    const auto location = yaml::locate(utf8, path);
    const QString scalar = QString::fromUtf8(yaml::toYaml(value)).trimmed();
    if (!location || location->line <= 0 || scalar.contains(u'\n'))
        return rewriteWhole(yamlText, path, value);

    QStringList lines = yamlText.split(u'\n');
    if (location->line > lines.size())
        return rewriteWhole(yamlText, path, value);
    const QString &line = lines.at(location->line - 1);
    bool index = false;
    path.last().toInt(&index);
    const QJsonValue parent = [&] {
        const auto doc = yaml::toJsonDocument(utf8);
        return doc ? valueAt(doc->object(), path.mid(0, path.size() - 1)) : QJsonValue();
    }();
    const bool sequenceItem = index && parent.isArray();
    const qsizetype start = valueStart(line, location->column, sequenceItem);
    if (start < 0 || start >= line.size())
        return rewriteWhole(yamlText, path, value); // the value is on the lines below
    static const QString notInPlace = QStringLiteral("|>&*!{[");
    if (notInPlace.contains(line.at(start)))
        return rewriteWhole(yamlText, path, value);
    const qsizetype end = valueEnd(line, start);
    if (end < start)
        return rewriteWhole(yamlText, path, value);

    const QString newLine = line.left(start) + scalar + line.mid(end);
    lines[location->line - 1] = newLine;
    YamlValueEdit result{lines.join(u'\n'), location->line, newLine};
    // Trust but verify: the text must now say exactly this at `path`.
    const auto check = yaml::toJsonDocument(result.text.toUtf8());
    if (!check || !sameValue(valueAt(check->object(), path), value))
        return rewriteWhole(yamlText, path, value);
    return result;
}

} // namespace scs::edit
