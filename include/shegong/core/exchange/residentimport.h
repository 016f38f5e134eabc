#pragma once

// Residents from the spreadsheets offices already keep (Excel, WPS, CSV): a column mapping that knows
// the usual Chinese headers, a dry run that reports every row's problem, and a commit that is one
// transaction, idempotent by ID number and audited.

#include "shegong/core/base/result.h"
#include "shegong/core/people/people.h"

#include <QStringList>
#include <functional>
#include <map>
#include <vector>

namespace shegong::core {

class Access;

//! A sheet's cells as text, row by row as the file has them (`rows[0]` is the file's row 1).
struct TextTable {
    QString name; //!< the sheet's name, or the file's
    std::vector<QStringList> rows;
};

enum class ImportField {
    Name,
    Gender,
    IdNumber,
    Phone,
    Relation,
    HouseholdNumber,
    Building,
    Unit,
    Room,
    Address,
    HukouAddress,
    Category,
    BirthDate,
    MovedIn,
    Employer,
    Occupation
};
inline constexpr int kImportFieldCount = 16;
//! The field in words, for the mapping step and the error report.
QString importFieldName(ImportField field);

//! Which column holds which field, and the row of headers (0-based) above the data.
struct ColumnMapping {
    int headerRow = 0;
    std::map<ImportField, int> columns;
    bool has(ImportField f) const { return columns.count(f) > 0; }
};

/*! Finds the header row among the first rows (a title in merged cells may stand above it) and maps
    the headers it knows: 姓名, 性别, 身份证号/公民身份号码, 联系电话/手机, 与户主关系, 户号, 楼栋/幢,
    单元, 室/门牌, 现住址, 户籍地址, 人员类别/流动人口, 出生日期, 入住日期, 工作单位, 职业… */
ColumnMapping guessMapping(const TextTable& table);

//! One problem of one row, in the words the office corrects it with.
struct ImportProblem {
    int row = 0; //!< the file's row number, as the spreadsheet program shows it
    QString column;
    QString value; //!< as found (an ID number is masked)
    QString reason;
};

//! A row that will be written: a new resident (in a household of the dwelling) or an update.
struct ImportRow {
    int row = 0;
    Resident resident; //!< `id` set for an update
    Id dwellingId = 0;
    QString householdKey; //!< rows with the same key (dwelling and 户号) share a new household
};

struct ImportPlan {
    QString fileName;
    QByteArray fileHash; //!< SHA-256 of the file, hex
    int dataRows = 0;
    std::vector<ImportRow> creates;
    std::vector<ImportRow> updates;
    int unchanged = 0; //!< already on file exactly so: re-importing a file changes nothing
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> warnings; //!< imported all the same (a 15-digit ID upgraded…)
};

/*! The dry run: every data row parsed, validated and matched to a dwelling of the session's editable
    scope (by building, unit and room, or by address), and to a resident on file by ID number. Traps
    are named: ID numbers Excel stored as numbers (digits lost), full-width digits and spaces, 15-digit
    IDs (upgraded, warned), Excel serial dates, empty trailing rows, duplicate IDs in the file. */
ImportPlan planResidentImport(const Access& access, const TextTable& table, const ColumnMapping& mapping,
                              const QString& fileName = {}, const QByteArray& fileHash = {});

struct ImportSummary {
    int created = 0, updated = 0, unchanged = 0, households = 0, skipped = 0;
};
/*! Writes a plan as one transaction: all or nothing. Refused while it has problems unless
    `skipProblemRows` (then those rows are left out and counted). One audit record of the import (file
    name, hash, counts) and one per resident created or updated. `progress(done, total)` may cancel by
    returning false: nothing is written then. */
Result<ImportSummary> commitResidentImport(const Access& access, const ImportPlan& plan, bool skipProblemRows,
                                           const std::function<bool(int, int)>& progress = {});

//! The mapping chosen for a header last time (keyed by the header's text), and remembering it.
std::optional<ColumnMapping> rememberedMapping(const Access& access, const TextTable& table, int headerRow);
Result<void> rememberMapping(const Access& access, const TextTable& table, const ColumnMapping& mapping);

//! The problems as a table to save and hand back to the office: row, column, value, reason.
TextTable problemTable(const ImportPlan& plan);

} // namespace shegong::core
