#include "shegong/core/exchange/residentimport.h"

#include "core/storage/sql.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <set>

namespace shegong::core {
namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ResidentImport)
};

struct FieldInfo {
    ImportField field;
    const char* code;    //!< in a remembered mapping
    const char* aliases; //!< headers offices use, separated by '|', compared without spaces
};

// Longer, more specific headers first: "户籍地址" must not be taken for "地址".
constexpr FieldInfo kFields[] = {
    {ImportField::IdNumber, "id_number",
     "公民身份号码|身份证号码|身份证号|身份证|证件号码|证件号|身份证件号码"},
    {ImportField::HukouAddress, "hukou_address", "户籍地址|户籍地|户口所在地|户籍所在地"},
    {ImportField::Address, "address", "现住址|现居住地址|居住地址|现住地址|住址|地址"},
    {ImportField::Name, "name", "姓名|名字|居民姓名"},
    {ImportField::Gender, "gender", "性别"},
    {ImportField::Phone, "phone", "联系电话|手机号码|手机号|手机|联系方式|电话"},
    {ImportField::Relation, "relation", "与户主关系|与户主的关系|家庭关系|关系"},
    {ImportField::HouseholdNumber, "household_number", "户号|户编号"},
    {ImportField::Building, "building", "楼栋|幢|楼号|幢号|楼幢|楼栋号"},
    {ImportField::Unit, "unit", "单元|单元号"},
    {ImportField::Room, "room", "室|门牌|门牌号|房号|室号|房间号"},
    {ImportField::Category, "category", "人员类别|人员类型|户籍类型|人口类型|流动人口"},
    {ImportField::BirthDate, "birth_date", "出生日期|出生年月|生日"},
    {ImportField::MovedIn, "moved_in", "入住日期|迁入日期|居住起始日期|来本地日期"},
    {ImportField::Employer, "employer", "工作单位|就业单位|单位"},
    {ImportField::Occupation, "occupation", "职业|工种"},
};

const FieldInfo& infoOf(ImportField f)
{
    for (const FieldInfo& i : kFields)
        if (i.field == f)
            return i;
    return kFields[0];
}

//! Full-width letters, digits and spaces (the Chinese input method's) made plain; spaces collapsed.
QString plain(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            out += QLatin1Char(' ');
        else if (u != 0x200B && u != 0xFEFF)
            out += c;
    }
    return out.simplified();
}

QString headerKey(const QString& header)
{
    return plain(header).remove(u' ').remove(u'*').remove(u'：').remove(u':');
}

std::optional<ImportField> fieldOfHeader(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo& i : kFields)
        for (const QString& alias : QString::fromUtf8(i.aliases).split(u'|'))
            if (key == alias)
                return i.field;
    // "身份证号码（18位）", "联系电话(手机)": a known header followed by a note.
    for (const FieldInfo& i : kFields)
        for (const QString& alias : QString::fromUtf8(i.aliases).split(u'|'))
            if (alias.size() >= 2 && key.startsWith(alias))
                return i.field;
    return std::nullopt;
}

ColumnMapping mappingOfRow(const QStringList& header, int row)
{
    ColumnMapping m;
    m.headerRow = row;
    for (int c = 0; c < header.size(); ++c)
        if (const auto f = fieldOfHeader(header[c]); f && !m.has(*f))
            m.columns[*f] = c;
    return m;
}

bool emptyRow(const QStringList& row)
{
    return std::all_of(row.begin(), row.end(), [](const QString& c) { return plain(c).isEmpty(); });
}

//! Dates as offices type them, and as Excel stores them (a serial day count since 1899-12-30).
std::optional<QDate> flexibleDate(const QString& raw)
{
    const QString text = plain(raw);
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression serial(QStringLiteral("^\\d{4,5}(\\.\\d+)?$"));
    if (serial.match(text).hasMatch()) {
        const double days = text.toDouble();
        if (days > 1 && days < 80000)
            return QDate(1899, 12, 30).addDays(qint64(days));
    }
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?$"));
    if (const auto m = parts.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return QDate(); // present but unreadable
}

QString relationCode(const QString& text)
{
    const QString t = plain(text).remove(u' ');
    if (t.isEmpty())
        return {};
    static const std::pair<const char*, const char*> kRelations[] = {
        {"head", "户主|本人|head"},
        {"spouse", "配偶|妻|夫|妻子|丈夫|spouse"},
        {"child",
         "子|女|儿子|女儿|长子|次子|长女|次女|独生子|独生女|三子|三女|养子|养女|继子|继女|儿媳|女婿|child"},
        {"parent", "父亲|母亲|父|母|父母|公公|婆婆|岳父|岳母|parent"},
        {"grandchild", "孙子|孙女|外孙|外孙女|孙|grandchild"},
        {"sibling", "兄|弟|姐|妹|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|sibling"}};
    for (const auto& [code, names] : kRelations)
        if (QString::fromUtf8(names).split(u'|').contains(t))
            return QString::fromLatin1(code);
    return QStringLiteral("other");
}

std::optional<Registration> registrationOf(const QString& text)
{
    const QString t = plain(text).remove(u' ');
    if (t.isEmpty())
        return std::nullopt;
    for (const char* f :
         {"流动", "流动人口", "外来", "外来人口", "暂住", "暂住人口", "是", "Y", "y", "floating"})
        if (t == QString::fromUtf8(f))
            return Registration::Floating;
    for (const char* l : {"户籍", "户籍人口", "本地", "常住", "常住人口", "否", "N", "n", "local"})
        if (t == QString::fromUtf8(l))
            return Registration::Local;
    return std::nullopt;
}

//! The same text dwelling_address() makes, from building, unit and room cells ("4幢", "1", "101室").
QString composedAddress(const QString& building, const QString& unit, const QString& room)
{
    QString b = plain(building).remove(u' ');
    QString u = plain(unit).remove(u' ');
    QString r = plain(room).remove(u' ');
    if (u.endsWith(QStringLiteral("单元")))
        u.chop(2);
    if (r.endsWith(u'室'))
        r.chop(1);
    return b + (u.isEmpty() || u == QLatin1String("0") ? QString() : u + QStringLiteral("单元")) + r +
           QStringLiteral("室");
}

QString addressKey(const QString& address)
{
    return plain(address).remove(u' ').remove(u'-');
}

struct DwellingIndex {
    QHash<QString, Id> byAddress;     //!< the full address, normalised
    QHash<QString, QList<Id>> byTail; //!< the address without its estate: "4幢1单元101室"
    QHash<Id, Id> currentHousehold;   //!< a dwelling's first current household
};

DwellingIndex dwellingsInScope(const Access& access)
{
    DwellingIndex index;
    const Scope scope = access.scope(Permission::EditResidents);
    if (scope.empty())
        return index;
    auto q = prepare(access.database(),
                     "SELECT d.id, dwelling_address(b.address, d.stairwell, d.number, d.use), b.area_id,"
                     " a.community_id, b.address FROM dwellings d JOIN buildings b ON b.id = d.building_id"
                     " JOIN areas a ON a.id = b.area_id");
    while (q.next()) {
        const Id area = q.integer(2);
        if (scope.reach == Reach::Own && !scope.areas.count(area))
            continue;
        if (scope.reach == Reach::Community && q.integer(3) != scope.communityId)
            continue;
        const QString key = addressKey(q.text(1));
        index.byAddress.insert(key, q.integer(0));
        // "景和苑4幢…" is also found as "4幢…" when the estate is in another column or left out.
        static const QRegularExpression building(QStringLiteral("\\d+[幢栋号].*$"));
        if (const auto m = building.match(key); m.hasMatch() && m.capturedStart() > 0)
            index.byTail[m.captured(0)].push_back(q.integer(0));
    }
    auto h = prepare(access.database(), "SELECT dwelling_id, min(id) FROM households WHERE moved_out IS NULL"
                                        " GROUP BY dwelling_id");
    while (h.next())
        index.currentHousehold.insert(h.integer(0), h.integer(1));
    return index;
}

} // namespace

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return ImportText::tr("Name");
    case ImportField::Gender:
        return ImportText::tr("Gender");
    case ImportField::IdNumber:
        return ImportText::tr("ID number");
    case ImportField::Phone:
        return ImportText::tr("Phone");
    case ImportField::Relation:
        return ImportText::tr("Relation to the head");
    case ImportField::HouseholdNumber:
        return ImportText::tr("Household number");
    case ImportField::Building:
        return ImportText::tr("Building");
    case ImportField::Unit:
        return ImportText::tr("Unit");
    case ImportField::Room:
        return ImportText::tr("Room");
    case ImportField::Address:
        return ImportText::tr("Current address");
    case ImportField::HukouAddress:
        return ImportText::tr("Registered address");
    case ImportField::Category:
        return ImportText::tr("Category (registered / floating)");
    case ImportField::BirthDate:
        return ImportText::tr("Birth date");
    case ImportField::MovedIn:
        return ImportText::tr("Moved in on");
    case ImportField::Employer:
        return ImportText::tr("Employer");
    case ImportField::Occupation:
        return ImportText::tr("Occupation");
    }
    return {};
}

ColumnMapping guessMapping(const TextTable& table)
{
    // The header is the first row among the first ten that names a person and where they live.
    ColumnMapping best;
    for (int r = 0; r < std::min<int>(10, int(table.rows.size())); ++r) {
        const ColumnMapping m = mappingOfRow(table.rows[size_t(r)], r);
        if (m.columns.size() > best.columns.size())
            best = m;
        if (m.has(ImportField::Name) && m.columns.size() >= 3)
            return m;
    }
    return best;
}

ImportPlan planResidentImport(const Access& access, const TextTable& table, const ColumnMapping& mapping,
                              const QString& fileName, const QByteArray& fileHash)
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.fileHash = fileHash;
    const QDate today = access.today();
    const auto cell = [&](const QStringList& row, ImportField f) {
        const auto it = mapping.columns.find(f);
        return it == mapping.columns.end() ? QString() : plain(row.value(it->second));
    };
    const auto problem = [&](int row, ImportField f, const QString& value, const QString& reason) {
        plan.problems.push_back({row, importFieldName(f), value, reason});
    };
    if (!mapping.has(ImportField::Name)) {
        plan.problems.push_back({mapping.headerRow + 1, importFieldName(ImportField::Name), QString(),
                                 ImportText::tr("No column of names: map one in the column step")});
        return plan;
    }
    const bool placed = mapping.has(ImportField::Address) ||
                        (mapping.has(ImportField::Building) && mapping.has(ImportField::Room));
    if (!placed) {
        plan.problems.push_back({mapping.headerRow + 1, importFieldName(ImportField::Address), QString(),
                                 ImportText::tr("Where people live: map an address column, or building, "
                                                "unit and room columns")});
        return plan;
    }
    if (!access.may(Permission::EditResidents)) {
        plan.problems.push_back({0, QString(), QString(), ImportText::tr("You may not add residents")});
        return plan;
    }

    const DwellingIndex dwellings = dwellingsInScope(access);
    const ResidentRepository residents(access.database());
    const ResidentService service(access);
    std::map<QString, int> seenIds; // ID number → first row
    // Trailing empty rows (Excel keeps formatted ones) are not data; empty rows inside are skipped.
    size_t last = table.rows.size();
    while (last > size_t(mapping.headerRow + 1) && emptyRow(table.rows[last - 1]))
        --last;
    for (size_t i = size_t(mapping.headerRow) + 1; i < last; ++i) {
        const QStringList& row = table.rows[i];
        const int rowNumber = int(i) + 1;
        if (emptyRow(row))
            continue;
        ++plan.dataRows;
        const size_t problemsBefore = plan.problems.size();
        Resident r;
        r.name = cell(row, ImportField::Name).remove(u' ');

        // The ID number, with the spreadsheet's traps named.
        QString id = cell(row, ImportField::IdNumber).remove(u' ').toUpper();
        if (id.endsWith(QLatin1String(".0")))
            id.chop(2);
        static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?E\\+?\\d+$"));
        static const QRegularExpression digits(QStringLiteral("^\\d{17}[\\dX]$|^\\d{15}$"));
        if (scientific.match(id).hasMatch() ||
            (id.size() == 18 && id.endsWith(QLatin1String("000")) && !parseIdNumber(id, today))) {
            problem(rowNumber, ImportField::IdNumber, id,
                    ImportText::tr("Excel stored the ID number as a number and lost its last digits: format "
                                   "the column as text and type the number again"));
        } else if (!id.isEmpty()) {
            if (!digits.match(id).hasMatch()) {
                problem(rowNumber, ImportField::IdNumber, maskIdNumber(id),
                        ImportText::tr("An ID number has 18 characters (or 15 digits for an old one)"));
            } else if (const auto parsed = parseIdNumber(id, today); !parsed) {
                problem(rowNumber, ImportField::IdNumber, maskIdNumber(id), parsed.error().message);
            } else {
                if (parsed->upgradedFromLegacy)
                    plan.warnings.push_back({rowNumber, importFieldName(ImportField::IdNumber),
                                             maskIdNumber(parsed->number),
                                             ImportText::tr("A 15-digit ID number, upgraded to 18 digits")});
                id = parsed->number;
                if (const auto [it, fresh] = seenIds.emplace(id, rowNumber); !fresh)
                    problem(rowNumber, ImportField::IdNumber, maskIdNumber(id),
                            ImportText::tr("The same ID number as row %1 of this file").arg(it->second));
                r.idNumber = id;
            }
        }
        if (const QString phone = cell(row, ImportField::Phone).remove(u' ').remove(u'-'); !phone.isEmpty())
            r.phone = phone;
        if (const QString g = cell(row, ImportField::Gender); !g.isEmpty()) {
            if (g == QStringLiteral("男") || g.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0)
                r.gender = Gender::Male;
            else if (g == QStringLiteral("女") || g.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0)
                r.gender = Gender::Female;
            else
                problem(rowNumber, ImportField::Gender, g, ImportText::tr("Gender: 男 or 女"));
        }
        for (ImportField f : {ImportField::BirthDate, ImportField::MovedIn}) {
            const QString text = cell(row, f);
            const auto day = flexibleDate(text);
            if (day && !day->isValid())
                problem(rowNumber, f, text,
                        ImportText::tr("Not a date: write 2020-01-31 (or keep Excel's date format)"));
            else if (day && f == ImportField::BirthDate)
                r.birthDate = *day;
            else if (day)
                r.movedIn = *day;
        }
        if (!r.movedIn.isValid())
            r.movedIn = today; // not in the file: on file from the import's day
        r.relation = relationCode(cell(row, ImportField::Relation));
        if (r.relation.isEmpty())
            r.relation = QStringLiteral("other");
        const QString category = cell(row, ImportField::Category);
        if (const auto reg = registrationOf(category))
            r.registration = *reg;
        else if (!category.isEmpty())
            problem(rowNumber, ImportField::Category, category,
                    ImportText::tr("Category: 户籍 (registered) or 流动 (floating)"));
        if (const QString e = cell(row, ImportField::Employer); !e.isEmpty())
            r.employer = e;
        if (const QString o = cell(row, ImportField::Occupation); !o.isEmpty())
            r.occupation = o;

        // Where they live: a dwelling of the session's areas.
        const QString address =
            mapping.has(ImportField::Address)
                ? cell(row, ImportField::Address)
                : composedAddress(cell(row, ImportField::Building), cell(row, ImportField::Unit),
                                  cell(row, ImportField::Room));
        const QString key = addressKey(address);
        Id dwelling = dwellings.byAddress.value(key);
        if (!dwelling) {
            const QList<Id> tails = dwellings.byTail.value(key);
            if (tails.size() == 1)
                dwelling = tails.front();
            else if (tails.size() > 1)
                problem(rowNumber,
                        mapping.has(ImportField::Address) ? ImportField::Address : ImportField::Building,
                        address,
                        ImportText::tr("More than one estate has this building: add the estate's name"));
        }
        if (!dwelling && plan.problems.size() == problemsBefore)
            problem(rowNumber,
                    mapping.has(ImportField::Address) ? ImportField::Address : ImportField::Building, address,
                    ImportText::tr("No such dwelling in your areas"));

        // On file already (by ID number): an update, or nothing when the file says what we have.
        std::optional<Resident> stored;
        if (r.idNumber)
            stored = residents.findByIdNumber(*r.idNumber);
        if (stored && !access.may(Permission::EditResidents, Record{RecordKind::Resident, stored->id})) {
            problem(rowNumber, ImportField::IdNumber, maskIdNumber(*r.idNumber),
                    ImportText::tr("On file in an area that is not yours"));
            continue;
        }
        if (stored) {
            // What the row says replaces what is on file; an empty cell keeps it.
            const auto given = [&](ImportField f) { return !cell(row, f).isEmpty(); };
            Resident next = *stored;
            if (!r.name.isEmpty())
                next.name = r.name;
            if (given(ImportField::Phone))
                next.phone = r.phone;
            if (given(ImportField::Relation))
                next.relation = r.relation;
            if (given(ImportField::Category))
                next.registration = r.registration;
            if (given(ImportField::Employer))
                next.employer = r.employer;
            if (given(ImportField::Occupation))
                next.occupation = r.occupation;
            for (const Error& e : service.problems(next))
                problem(rowNumber, ImportField::Name, QString(), e.message);
            if (plan.problems.size() != problemsBefore)
                continue;
            const bool same = next.name == stored->name && next.phone == stored->phone &&
                              next.relation == stored->relation &&
                              next.registration == stored->registration &&
                              next.employer == stored->employer && next.occupation == stored->occupation;
            if (same)
                ++plan.unchanged;
            else
                plan.updates.push_back({rowNumber, next, dwelling, {}});
            continue;
        }
        r.householdId = dwellings.currentHousehold.value(dwelling);
        for (const Error& e : service.problems(r)) {
            const ImportField f = e.field == QLatin1String("id_number")    ? ImportField::IdNumber
                                  : e.field == QLatin1String("phone")      ? ImportField::Phone
                                  : e.field == QLatin1String("birth_date") ? ImportField::BirthDate
                                  : e.field == QLatin1String("gender")     ? ImportField::Gender
                                  : e.field == QLatin1String("moved_in")   ? ImportField::MovedIn
                                                                           : ImportField::Name;
            problem(rowNumber, f, f == ImportField::Name ? r.name : QString(), e.message);
        }
        if (plan.problems.size() != problemsBefore)
            continue;
        plan.creates.push_back(
            {rowNumber, r, dwelling,
             QStringLiteral("%1|%2").arg(dwelling).arg(cell(row, ImportField::HouseholdNumber))});
    }
    return plan;
}

Result<ImportSummary> commitResidentImport(const Access& access, const ImportPlan& plan, bool skipProblemRows,
                                           const std::function<bool(int, int)>& progress)
{
    if (!plan.problems.empty() && !skipProblemRows)
        return Error{QStringLiteral("problems"),
                     ImportText::tr("%n row(s) have problems: correct them, or leave them out", nullptr,
                                    int(plan.problems.size()))};
    if (!access.may(Permission::EditResidents))
        return Error{QStringLiteral("scope"), ImportText::tr("You may not add residents")};
    const Database& db = access.database();
    const ResidentService service(access);
    ImportSummary summary;
    std::set<int> badRows;
    for (const ImportProblem& p : plan.problems)
        badRows.insert(p.row);
    summary.skipped = int(badRows.size());
    summary.unchanged = plan.unchanged;
    const int total = int(plan.creates.size() + plan.updates.size());
    int done = 0;
    WriteTransaction transaction(db);
    // New households first: one per dwelling and household number, unless the dwelling has one.
    std::map<QString, Id> households;
    for (const ImportRow& row : plan.creates) {
        if (progress && !progress(done, total))
            return Error{QStringLiteral("cancelled"), ImportText::tr("Cancelled: nothing was written")};
        Resident r = row.resident;
        if (!r.householdId) {
            auto& household = households[row.householdKey];
            if (!household) {
                const auto made = service.addHousehold(
                    row.dwellingId, r.registration == Registration::Floating ? Tenure::Tenant : Tenure::Owner,
                    r.movedIn);
                if (!made)
                    return Error{made.error().field,
                                 ImportText::tr("Row %1: %2").arg(row.row).arg(made.error().message)};
                household = made.value();
                ++summary.households;
            }
            r.householdId = household;
        }
        if (const auto added = service.add(r); !added)
            return Error{added.error().field,
                         ImportText::tr("Row %1: %2").arg(row.row).arg(added.error().message)};
        ++summary.created;
        ++done;
    }
    for (const ImportRow& row : plan.updates) {
        if (progress && !progress(done, total))
            return Error{QStringLiteral("cancelled"), ImportText::tr("Cancelled: nothing was written")};
        if (const auto updated = service.update(row.resident); !updated)
            return Error{updated.error().field,
                         ImportText::tr("Row %1: %2").arg(row.row).arg(updated.error().message)};
        ++summary.updated;
        ++done;
    }
    const Session& s = access.session();
    AuditLog(db).append(
        {s.worker.account, s.workstation, QStringLiteral("import"), QStringLiteral("residents"),
         QStringLiteral("ok"),
         QString::fromUtf8(
             QJsonDocument(QJsonObject{{QStringLiteral("file"), plan.fileName},
                                       {QStringLiteral("sha256"), QString::fromLatin1(plan.fileHash)},
                                       {QStringLiteral("created"), summary.created},
                                       {QStringLiteral("updated"), summary.updated},
                                       {QStringLiteral("unchanged"), summary.unchanged},
                                       {QStringLiteral("households"), summary.households},
                                       {QStringLiteral("skipped"), summary.skipped}})
                 .toJson(QJsonDocument::Compact))});
    transaction.commit();
    return summary;
}

namespace {

QString mappingKey(const TextTable& table, int headerRow)
{
    const QStringList header =
        table.rows.size() > size_t(headerRow) ? table.rows[size_t(headerRow)] : QStringList();
    QStringList keys;
    for (const QString& h : header)
        keys << headerKey(h);
    return QStringLiteral("import.mapping.") +
           QString::fromLatin1(QCryptographicHash::hash(keys.join(u'\t').toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

} // namespace

std::optional<ColumnMapping> rememberedMapping(const Access& access, const TextTable& table, int headerRow)
{
    const QString stored = access.database().meta(mappingKey(table, headerRow));
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    ColumnMapping m;
    m.headerRow = headerRow;
    for (const FieldInfo& i : kFields)
        if (json.contains(QLatin1String(i.code)))
            m.columns[i.field] = json.value(QLatin1String(i.code)).toInt();
    return m;
}

Result<void> rememberMapping(const Access& access, const TextTable& table, const ColumnMapping& mapping)
{
    if (!access.may(Permission::EditResidents))
        return Error{QStringLiteral("scope"), ImportText::tr("You may not add residents")};
    QJsonObject json;
    for (const auto& [field, column] : mapping.columns)
        json.insert(QLatin1String(infoOf(field).code), column);
    access.database().setMeta(mappingKey(table, mapping.headerRow),
                              QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return {};
}

TextTable problemTable(const ImportPlan& plan)
{
    TextTable t;
    t.name = ImportText::tr("Problems");
    t.rows.push_back({ImportText::tr("Row"), ImportText::tr("Column"), ImportText::tr("Value"),
                      ImportText::tr("Problem")});
    for (const ImportProblem& p : plan.problems)
        t.rows.push_back({QString::number(p.row), p.column, p.value, p.reason});
    for (const ImportProblem& p : plan.warnings)
        t.rows.push_back(
            {QString::number(p.row), p.column, p.value, ImportText::tr("(imported) %1").arg(p.reason)});
    return t;
}

} // namespace shegong::core
