// The German catalogue is kept complete: every string lupdate finds in the sources today must
// have a finished German translation in translations/scs_console_de.ts.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString translation;
        QString type; // "", "unfinished", "vanished", "obsolete"
    };
    using Catalogue = QHash<QString, Message>; // "context\x1fsource\x1fcomment"

    static Catalogue read(const QString &path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                    catalogue.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment,
                                     message);
                }
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                comment.clear();
                message = {};
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            }
        }
        return catalogue;
    }

private Q_SLOTS:
    void germanShouldBeComplete()
    {
        QTemporaryDir dir;
        const QString extracted = dir.filePath(QStringLiteral("extracted_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SCS_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral(SCS_SOURCE_DIR), QStringLiteral("-I"),
                       QStringLiteral(SCS_SOURCE_DIR "/src"), QStringLiteral(SCS_SOURCE_DIR "/src"),
                       QStringLiteral(SCS_SOURCE_DIR "/ui"), QStringLiteral(SCS_SOURCE_DIR "/app"),
                       QStringLiteral("-ts"), extracted});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Catalogue sources = read(extracted);
        QVERIFY2(sources.size() > 50, "lupdate found suspiciously few strings");
        const Catalogue german = read(QStringLiteral(SCS_TS_DE));
        QStringList missing;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            const auto found = german.constFind(it.key());
            if (found == german.cend() || found->translation.isEmpty()
                || !found->type.isEmpty()) {
                QString key = it.key();
                missing.append(key.replace(QChar(0x1f), QLatin1String(" | ")));
            }
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings lack a finished German translation "
                                           "(run the update_translations target, then translate):\n")
                                .arg(missing.size())
                            + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
