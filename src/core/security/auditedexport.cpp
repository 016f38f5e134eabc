#include "shegong/core/security/auditedexport.h"

#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace shegong::core {
namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(AuditedExport)
};

} // namespace

Result<void> exportAudited(const Database& db, const AuditEntry& entry, const QString& path,
                           const std::function<Result<void>(const QString& temporaryPath)>& write)
{
    const QFileInfo target(path);
    // Beside the target, so the final rename stays on one file system and is atomic.
    const QString temporary = target.dir().filePath(QStringLiteral(".%1.part").arg(target.fileName()));
    const auto discard = [&] { QFile::remove(temporary); };
    if (auto written = write(temporary); !written) {
        discard();
        return written;
    }
    try {
        AuditLog(db).append(entry);
    } catch (const DatabaseError& e) {
        discard();
        return Error{QStringLiteral("audit"),
                     ExportText::tr("%1 was not written: its export could not be recorded in the audit "
                                    "trail (%2)")
                         .arg(path, describe(e))};
    }
    // std::rename replaces an existing file atomically (QFile::rename refuses to).
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        discard();
        return Error{
            QStringLiteral("file"),
            ExportText::tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))};
    }
    return {};
}

} // namespace shegong::core
