#include "ui/objectformview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

QColor conditionColor(const QString &type, const QString &status)
{
    // Most conditions are good when True; a few (Stalled, Degraded, ...) the other way round.
    static const QStringList negative{QStringLiteral("Stalled"), QStringLiteral("Degraded"),
                                      QStringLiteral("Failed"), QStringLiteral("Paused")};
    const bool good = negative.contains(type) ? status == QLatin1String("False")
                                              : status == QLatin1String("True");
    if (status == QLatin1String("Unknown"))
        return QColor(0xb2, 0x6a, 0x00);
    return good ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

ObjectFormView::ObjectFormView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_conditionsLabel(new QLabel(tr("Conditions"), this))
    , m_conditions(new QTableWidget(this))
{
    setObjectName(QStringLiteral("objectForm"));
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fields->setObjectName(QStringLiteral("formFields"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->header()->resizeSection(0, 260);
    m_fields->header()->setStretchLastSection(true);

    QFont bold = m_conditionsLabel->font();
    bold.setBold(true);
    m_conditionsLabel->setFont(bold);
    m_conditions->setObjectName(QStringLiteral("formConditions"));
    m_conditions->setColumnCount(5);
    m_conditions->setHorizontalHeaderLabels(
        {tr("Type"), tr("Status"), tr("Reason"), tr("Message"), tr("Last Transition")});
    m_conditions->verticalHeader()->hide();
    m_conditions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *conditionsBox = new QWidget(this);
    auto *conditionsLayout = new QVBoxLayout(conditionsBox);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    conditionsLayout->addWidget(m_conditionsLabel);
    conditionsLayout->addWidget(m_conditions, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_fields);
    split->addWidget(conditionsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
}

void ObjectFormView::setObject(const QJsonObject &object)
{
    m_object = object;
    render();
}

void ObjectFormView::setSchema(const std::optional<kube::OpenApiSchema> &schema)
{
    m_schema = schema;
    render();
}

void ObjectFormView::clear()
{
    m_object = {};
    m_schema.reset();
    render();
}

QString ObjectFormView::descriptionOf(const QStringList &path) const
{
    if (!m_schema)
        return {};
    const QJsonObject s = path.isEmpty() ? m_schema->schema : m_schema->property(path);
    QString text = s.value(QLatin1String("description")).toString();
    const QJsonArray values = s.value(QLatin1String("enum")).toArray();
    if (!values.isEmpty()) {
        QStringList names;
        for (const QJsonValue &v : values)
            names.append(v.toVariant().toString());
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("Allowed: %1").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

void ObjectFormView::addValue(QTreeWidgetItem *parent, const QString &key,
                              const QJsonValue &value, const QStringList &path, bool schemaPath)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (schemaPath) {
        const QString description = descriptionOf(path);
        if (!description.isEmpty()) {
            item->setToolTip(0, description);
            item->setToolTip(1, description);
        }
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        item->setCheckState(1, value.toBool() ? Qt::Checked : Qt::Unchecked);
        item->setText(1, value.toBool() ? tr("true") : tr("false"));
        break;
    case QJsonValue::Double:
        item->setText(1, QLocale::c().toString(value.toDouble(), 'g', 15));
        break;
    case QJsonValue::String:
        item->setText(1, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("%n item(s)", nullptr, int(array.size())));
        item->setForeground(1, palette().placeholderText());
        for (int i = 0; i < array.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), array.at(i), path, false);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("%n field(s)", nullptr, int(object.size())));
        item->setForeground(1, palette().placeholderText());
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, it.key(), it.value(), path + QStringList{it.key()}, schemaPath);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        item->setText(1, tr("(none)"));
        break;
    }
}

void ObjectFormView::render()
{
    m_fields->clear();
    m_conditions->setRowCount(0);
    if (m_object.isEmpty()) {
        m_title->clear();
        m_conditionsLabel->hide();
        m_conditions->hide();
        return;
    }
    const QJsonObject metadata = m_object.value(QLatin1String("metadata")).toObject();
    m_title->setText(tr("%1 %2").arg(m_object.value(QLatin1String("kind")).toString(),
                                     metadata.value(QLatin1String("name")).toString()));
    m_title->setToolTip(descriptionOf({}));

    QFont sectionFont = m_fields->font();
    sectionFont.setBold(true);
    const auto section = [&](const QString &title, const QString &field) {
        auto *item = new QTreeWidgetItem(m_fields, {title});
        item->setFont(0, sectionFont);
        item->setFirstColumnSpanned(true);
        const QString description = descriptionOf({field});
        if (!description.isEmpty())
            item->setToolTip(0, description);
        return item;
    };

    QTreeWidgetItem *meta = section(tr("Metadata"), QStringLiteral("metadata"));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key() == QLatin1String("managedFields"))
            continue;
        addValue(meta, it.key(), it.value(), {QStringLiteral("metadata"), it.key()}, true);
    }
    m_fields->expandItem(meta);

    const QStringList skip{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                           QStringLiteral("metadata"), QStringLiteral("status")};
    QStringList keys;
    if (m_object.contains(QLatin1String("spec")))
        keys.append(QStringLiteral("spec"));
    for (const QString &k : m_object.keys()) {
        if (!skip.contains(k) && !keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        const QString title = k == QLatin1String("spec") ? tr("Spec") : k;
        QTreeWidgetItem *s = section(title, k);
        const QJsonValue v = m_object.value(k);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                addValue(s, it.key(), it.value(), {k, it.key()}, true);
        } else {
            addValue(s, k, v, {k}, true);
        }
        m_fields->expandItem(s);
    }

    const QJsonObject status = m_object.value(QLatin1String("status")).toObject();
    if (m_object.contains(QLatin1String("status"))) {
        QTreeWidgetItem *s = section(tr("Status"), QStringLiteral("status"));
        for (auto it = status.begin(); it != status.end(); ++it) {
            if (it.key() == QLatin1String("conditions"))
                continue; // the table below
            addValue(s, it.key(), it.value(), {QStringLiteral("status"), it.key()}, true);
        }
        m_fields->expandItem(s);
    }
    // One level deeper open as well: spec.topology, status.atProvider and the like.
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_fields->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->childCount() <= 8)
                m_fields->expandItem(top->child(j));
        }
    }

    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    m_conditionsLabel->setVisible(!conditions.isEmpty());
    m_conditions->setVisible(!conditions.isEmpty());
    m_conditions->setRowCount(int(conditions.size()));
    const QLocale locale;
    for (int row = 0; row < conditions.size(); ++row) {
        const QJsonObject c = conditions.at(row).toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        const QString st = c.value(QLatin1String("status")).toString();
        const QDateTime when = QDateTime::fromString(
            c.value(QLatin1String("lastTransitionTime")).toString(), Qt::ISODate);
        const QStringList cells{type, st, c.value(QLatin1String("reason")).toString(),
                                c.value(QLatin1String("message")).toString(),
                                when.isValid()
                                    ? locale.toString(when.toLocalTime(), QLocale::ShortFormat)
                                    : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == 1) {
                cell->setForeground(conditionColor(type, st));
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
            }
            m_conditions->setItem(row, column, cell);
        }
    }
    m_conditions->resizeColumnsToContents();
    m_conditions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

} // namespace scs::ui
