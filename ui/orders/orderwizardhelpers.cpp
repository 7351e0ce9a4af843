#include "ui/orders/orderwizardhelpers.h"
#include "ui/common/statusstyle.h"

#include "ui/orders/schemaform.h"

#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::ui::orderwizard {

void setError(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(u'\n'));
    label->setVisible(!messages.isEmpty());
}

bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + u'.') || path.startsWith(prefix + u'[');
}

bool isFlavorOption(const Field &field)
{
    if (field.name.contains("flavor"_L1, Qt::CaseInsensitive))
        return true;
    if (field.type != Field::Type::Object || field.properties.empty())
        return false;
    return std::all_of(field.properties.begin(), field.properties.end(), [](const Field &p) {
        return p.name.contains("flavor"_L1, Qt::CaseInsensitive);
    });
}

std::vector<Field> optionsWhere(const orders::OrderType &type, bool flavors)
{
    std::vector<Field> fields;
    for (const Field &f : type.options) {
        if (isFlavorOption(f) == flavors)
            fields.push_back(f);
    }
    return fields;
}

void storeForm(const SchemaForm *form, QJsonObject &values)
{
    for (const Field &f : form->fields())
        values.remove(f.name);
    const QJsonObject formValues = form->values();
    for (auto it = formValues.begin(); it != formValues.end(); ++it)
        values.insert(it.key(), it.value());
}

} // namespace scs::ui::orderwizard
