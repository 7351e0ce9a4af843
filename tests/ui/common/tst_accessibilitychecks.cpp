// The checks of accessibilitytesthelpers.h can fail: a nameless control, a control Tab never
// reaches, a Tab step backwards and unreadable text are each found, and a well-made dialog
// passes.

#include "accessibilitytesthelpers.h"

#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

class TestAccessibilityChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPassAWellMadeDialog()
    {
        QDialog dialog;
        auto *form = new QFormLayout(&dialog);
        form->addRow(QStringLiteral("&Name:"), new QLineEdit(&dialog));
        form->addRow(QStringLiteral("&Tenant:"), new QLineEdit(&dialog));
        form->addRow(new QPushButton(QStringLiteral("OK"), &dialog));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(scs::test::namelessControls(&dialog), QStringList());
        QCOMPARE(scs::test::tabOrderProblems(&dialog), QStringList());
        QCOMPARE(scs::test::lowContrastLabels(&dialog), QStringList());
    }

    void shouldFindANamelessControl()
    {
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(QStringLiteral("unlabelled"));
        edit->setPlaceholderText(QStringLiteral("a placeholder is no name"));
        layout->addWidget(edit);
        auto *icon = new QPushButton(&dialog);
        icon->setObjectName(QStringLiteral("iconOnly"));
        layout->addWidget(icon);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString found = scs::test::namelessControls(&dialog).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("QLineEdit#unlabelled")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("QPushButton#iconOnly")), qPrintable(found));
    }

    void shouldFindATabStepBackwards()
    {
        QDialog dialog;
        auto *form = new QFormLayout(&dialog);
        QList<QLineEdit *> edits;
        for (const QString &name : {QStringLiteral("first"), QStringLiteral("second"),
                                    QStringLiteral("third")}) {
            auto *edit = new QLineEdit(&dialog);
            edit->setObjectName(name);
            form->addRow(name + QLatin1Char(':'), edit);
            edits.append(edit);
        }
        QWidget::setTabOrder(edits.at(0), edits.at(2));
        QWidget::setTabOrder(edits.at(2), edits.at(1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString found = scs::test::tabOrderProblems(&dialog).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("goes back from QDialog > QLineEdit#third to "
                                              "QDialog > QLineEdit#second")),
                 qPrintable(found));
    }

    void shouldFindUnreadableText()
    {
        QDialog dialog;
        QPalette dark = dialog.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dialog.setPalette(dark);
        auto *layout = new QVBoxLayout(&dialog);
        auto *label = new QLabel(QStringLiteral("fixed dark red"), &dialog);
        label->setObjectName(QStringLiteral("hardCoded"));
        QPalette red = label->palette();
        red.setColor(QPalette::WindowText, QColor(0xa8, 0x1d, 0x1d));
        label->setPalette(red);
        layout->addWidget(label);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString found = scs::test::lowContrastLabels(&dialog).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("QLabel#hardCoded")), qPrintable(found));
        QVERIFY(scs::test::contrastRatio(Qt::black, Qt::white) > 20.9);
    }
};

QTEST_MAIN(TestAccessibilityChecks)
#include "tst_accessibilitychecks.moc"
