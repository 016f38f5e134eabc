#include "gdalsupport.h"
#include "shegong/exchange/spreadsheet.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <mutex>
#include <ogr_api.h>
#include <unicode/ucnv.h>

namespace shegong::exchange {
namespace {

struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

} // namespace

void registerGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Every row as data and every cell as text: the importer finds the header row itself. GDAL 3.6's
        // spreadsheet drivers take these from the configuration (open options are not honoured by all).
        for (const char* driver : {"XLS", "XLSX", "ODS"}) {
            CPLSetConfigOption(QByteArray("OGR_%1_HEADERS").replace("%1", driver).constData(), "DISABLE");
            CPLSetConfigOption(QByteArray("OGR_%1_FIELD_TYPES").replace("%1", driver).constData(), "STRING");
        }
    });
}

namespace {

bool isCsv(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
}

/*! A CSV file's text as UTF-8: a BOM or valid UTF-8 is taken as it is; anything else is read as
    GB18030 (the superset of GBK that Chinese Excel and WPS write). */
core::Result<QByteArray> csvAsUtf8(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8(bytes));
    if (!utf8.hasError())
        return bytes;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t capacity = int32_t(bytes.size()) * 2 + 16;
    QByteArray out(capacity, Qt::Uninitialized);
    const int32_t length = ucnv_convert("UTF-8", "GB18030", out.data(), capacity, bytes.constData(),
                                        int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return core::Error{QStringLiteral("encoding"),
                           ReaderText::tr("The file is neither UTF-8 nor GBK/GB18030 text")};
    out.truncate(length);
    return out;
}

OGRLayerH layerNamed(GDALDatasetH ds, const QString& sheet)
{
    if (sheet.isEmpty())
        return GDALDatasetGetLayerCount(ds) > 0 ? GDALDatasetGetLayer(ds, 0) : nullptr;
    return GDALDatasetGetLayerByName(ds, sheet.toUtf8().constData());
}

struct Dataset {
    GdalDataset handle;
    QTemporaryDir scratch; //!< a CSV transcoded to UTF-8 lives here while it is read
};

core::Result<void> open(const QString& path, Dataset& ds)
{
    registerGdal();
    if (!QFileInfo::exists(path))
        return core::Error{QStringLiteral("file"), ReaderText::tr("%1 does not exist").arg(path)};
    QString readable = path;
    if (isCsv(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return core::Error{QStringLiteral("file"), ReaderText::tr("Cannot read %1").arg(path)};
        const auto text = csvAsUtf8(file.readAll());
        if (!text)
            return text.error();
        readable = ds.scratch.filePath(QStringLiteral("utf8.csv"));
        QFile copy(readable);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(text.value()) != text->size())
            return core::Error{QStringLiteral("file"), ReaderText::tr("Cannot convert %1").arg(path)};
    }
    const char* const drivers[] = {"XLSX", "XLS", "ODS", "CSV", nullptr};
    const char* const csvOptions[] = {"HEADERS=NO", "AUTODETECT_TYPE=NO", nullptr};
    QuietGdal quiet;
    ds.handle.reset(GDALOpenEx(readable.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                               isCsv(path) ? csvOptions : nullptr, nullptr));
    if (!ds.handle)
        return core::Error{
            QStringLiteral("file"),
            ReaderText::tr("%1 is not a spreadsheet shegong can read (.xlsx, .xls, .ods, .csv): %2")
                .arg(QFileInfo(path).fileName(), quiet.last())};
    return {};
}

} // namespace

core::Result<QStringList> sheetNames(const QString& path)
{
    Dataset ds;
    if (auto opened = open(path, ds); !opened)
        return opened.error();
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds.handle.get()); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds.handle.get(), i)));
    if (isCsv(path))
        names = {QFileInfo(path).completeBaseName()};
    return names;
}

core::Result<core::TextTable> readSpreadsheet(const QString& path, const QString& sheet)
{
    QuietGdal quiet; // a damaged row is GDAL's message to us, not to the terminal
    Dataset ds;
    if (auto opened = open(path, ds); !opened)
        return opened.error();
    OGRLayerH layer = layerNamed(ds.handle.get(), isCsv(path) ? QString() : sheet);
    if (!layer)
        return core::Error{QStringLiteral("sheet"), ReaderText::tr("No sheet named %1").arg(sheet)};
    core::TextTable table;
    table.name = isCsv(path) ? QFileInfo(path).completeBaseName() : QString::fromUtf8(OGR_L_GetName(layer));
    const int columns = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    OGR_L_ResetReading(layer);
    // Spreadsheet drivers number features by row (from 1); rows they skip are empty ones, kept
    // so that every row number is the one the office sees.
    const bool numbered = !isCsv(path);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (OGR_F_IsFieldSetAndNotNull(feature, c)
                          ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, c))
                          : QString());
        const GIntBig fid = OGR_F_GetFID(feature);
        OGR_F_Destroy(feature);
        if (numbered && fid > 0)
            while (table.rows.size() + 1 < size_t(fid))
                table.rows.emplace_back();
        table.rows.push_back(cells);
    }
    return table;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result().toHex();
}

} // namespace shegong::exchange
