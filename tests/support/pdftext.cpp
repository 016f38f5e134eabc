#include "pdftext.h"

#include <QProcess>
#include <QStandardPaths>

namespace shegong::test {

QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QRegularExpression pdfPattern(const QString& text)
{
    QString pattern;
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        pattern +=
            c.isSpace()
                ? QStringLiteral("\\s+")
                : QStringLiteral("(?:%1|[\\x{2E80}-\\x{2EFF}])").arg(QRegularExpression::escape(QString(c)));
    return QRegularExpression(pattern);
}

} // namespace shegong::test
