#include "importcommands.h"

#include "clisupport.h"
#include "shegong/core/exchange/residentimport.h"
#include "shegong/exchange/spreadsheet.h"
#include "shegong/exchange/workbooks.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace shegong::core;

namespace shegong::cli {

const char* const kImportUsage =
    R"(  import residents FILE --db PATH --as ACCOUNT [--sheet NAME] [--commit [--skip-bad]]
        [--problems OUT.xlsx|OUT.csv]
        Residents from a spreadsheet (.xlsx, .xls, .ods, or .csv in UTF-8 or GBK): the usual Chinese
        headers are recognised (or the mapping remembered for this header); without --commit a dry run.
        Prints what would be created, updated and left unchanged and every row's problem; --problems
        saves them for the office to correct. --commit writes it all in one transaction (refused while
        rows have problems unless --skip-bad); importing the same file again changes nothing.
)";

namespace {

int saveProblems(const QString& path, const ImportPlan& plan)
{
    const TextTable problems = problemTable(plan);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QString csv = QStringLiteral("\uFEFF");
        for (const QStringList& row : problems.rows) {
            QStringList quoted;
            for (QString cell : row)
                quoted << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                              QLatin1Char('"');
            csv += quoted.join(u',') + QStringLiteral("\r\n");
        }
        QString error;
        return writeFile(path, csv.toUtf8(), error) ? 0 : fail(error);
    }
    exchange::XlsxSheet sheet{problems.name, problems.rows.front(), {}};
    for (size_t r = 1; r < problems.rows.size(); ++r)
        sheet.rows.push_back(
            {problems.rows[r][0].toInt(), problems.rows[r][1], problems.rows[r][2], problems.rows[r][3]});
    const auto written = exchange::writeXlsx(path, {sheet});
    return written ? 0 : fail(written.error().message);
}

} // namespace

int runImport(const QCommandLineParser& args, const QStringList& positional)
{
    if (positional.value(1) != QLatin1String("residents") || positional.size() < 3)
        return fail(QStringLiteral("usage:\n%1").arg(QString::fromUtf8(kImportUsage)));
    const QString path = positional.value(2);
    const auto table = exchange::readSpreadsheet(path, args.value(QStringLiteral("sheet")));
    if (!table)
        return fail(table.error().message);
    const auto as = openAs(args, Permission::EditResidents);
    if (!as)
        return 1;
    const Access access(*as->db, as->session);
    ColumnMapping mapping = guessMapping(table.value());
    if (const auto remembered = rememberedMapping(access, table.value(), mapping.headerRow))
        mapping = *remembered;
    const ImportPlan plan = planResidentImport(access, table.value(), mapping, QFileInfo(path).fileName(),
                                               exchange::fileSha256(path));
    QJsonObject columns;
    for (const auto& [field, column] : mapping.columns)
        columns.insert(importFieldName(field), table->rows[size_t(mapping.headerRow)].value(column));
    QJsonArray problems;
    for (const ImportProblem& p : plan.problems)
        problems.append(QJsonObject{{QStringLiteral("row"), p.row},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("value"), p.value},
                                    {QStringLiteral("reason"), p.reason}});
    QJsonObject report{{QStringLiteral("file"), QFileInfo(path).fileName()},
                       {QStringLiteral("sheet"), table->name},
                       {QStringLiteral("header_row"), mapping.headerRow + 1},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("data_rows"), plan.dataRows},
                       {QStringLiteral("to_create"), int(plan.creates.size())},
                       {QStringLiteral("to_update"), int(plan.updates.size())},
                       {QStringLiteral("unchanged"), plan.unchanged},
                       {QStringLiteral("warnings"), int(plan.warnings.size())},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("committed"), false}};
    if (args.isSet(QStringLiteral("problems")))
        if (const int saved = saveProblems(args.value(QStringLiteral("problems")), plan); saved != 0)
            return saved;
    if (args.isSet(QStringLiteral("commit"))) {
        const auto done = commitResidentImport(access, plan, args.isSet(QStringLiteral("skip-bad")));
        if (!done) {
            out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
            return fail(done.error().message);
        }
        (void)rememberMapping(access, table.value(), mapping);
        report.insert(QStringLiteral("committed"), true);
        report.insert(QStringLiteral("created"), done->created);
        report.insert(QStringLiteral("updated"), done->updated);
        report.insert(QStringLiteral("households"), done->households);
        report.insert(QStringLiteral("skipped"), done->skipped);
    }
    out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return plan.problems.empty() || args.isSet(QStringLiteral("skip-bad")) ? 0 : 3;
}

} // namespace shegong::cli
