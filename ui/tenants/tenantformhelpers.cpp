#include "ui/tenants/tenantformhelpers.h"

#include "ui/common/statusstyle.h"

#include <QLabel>
#include <QLineEdit>

namespace scs::ui::tenantform {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *statusLine(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showStatus(QLabel *label, const QString &text, const QColor &color)
{
    setStatusText(label, text, color);
    label->setVisible(!text.isEmpty());
}

} // namespace scs::ui::tenantform
