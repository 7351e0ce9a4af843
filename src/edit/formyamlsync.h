#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace scs::edit {

// Keeps the YAML text in step with a field changed in the form, touching as little of the
// user's text as possible (their comments, key order and formatting stay).
struct YamlValueEdit
{
    QString text; // the whole new text
    int line = 0; // 1-based: the one line that changed; 0 when the whole text was rewritten
    QString lineText; // that line's new content
};

// `yamlText` (one document) with the value at `path` (keys, sequence indices as decimal text)
// set to the scalar `value`. A single-line scalar is replaced in place on its line (comments
// after it kept); where that is not possible (block scalars, flow collections, anchors, a path
// the text does not have) the document is written anew from its parsed content. Errors: the
// text does not parse (the form then cannot be applied to it).
[[nodiscard]] Result<YamlValueEdit> setYamlValue(const QString &yamlText, const QStringList &path,
                                                 const QJsonValue &value);

} // namespace scs::edit
