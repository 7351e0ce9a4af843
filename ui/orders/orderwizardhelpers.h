#pragma once

#include "orders/field.h"
#include "orders/order.h"

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

class QLabel;
class QWidget;

namespace scs::ui {

class SchemaForm;

// What the order wizard's pages share: their error and status lines, and which options go on
// which page.
namespace orderwizard {

// The orders types every page speaks of.
using orders::Field;
using orders::FieldIssue;
using orders::OrderType;

// Shows `messages` one per line in a fieldErrorLabel(); hides it when there are none.
void setError(QLabel *label, const QStringList &messages);

// `path` is `prefix` or lies below it ("a.b" is under "a" and "a.b", "a[1]" under "a").
[[nodiscard]] bool isUnder(const QString &path, const QString &prefix);

// Flavors go on the size page: a "...flavor" option, or an object of flavors only (the
// claim's controlPlane/workers once their replicas are sized separately).
[[nodiscard]] bool isFlavorOption(const orders::Field &field);
// The type's options that are flavors (`flavors`) or the others.
[[nodiscard]] std::vector<orders::Field> optionsWhere(const orders::OrderType &type,
                                                      bool flavors);
// The form's fields replace their keys in `values`.
void storeForm(const SchemaForm *form, QJsonObject &values);

} // namespace orderwizard

} // namespace scs::ui
