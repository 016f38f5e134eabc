#include "shegong/core/people/residentsearch.h"

#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/people/exactlookup.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/storage/database.h"

#include <QRegularExpression>

namespace shegong::core {
namespace {

constexpr const char* kFrom =
    " FROM residents r JOIN households h ON h.id = r.household_id"
    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
    " JOIN areas a ON a.id = b.area_id JOIN communities c ON c.id = a.community_id";

std::string orderBy(const ResidentQuery& query, bool byInitials)
{
    // Pinyin by initials: a few index ranges make the candidates (pinyinCondition), sorted after. Both
    // engines would rather walk the whole initials index in this order for the first page, matching
    // every name on the way: an expression as the key is one no index provides.
    if (byInitials && query.order == ResidentQuery::Order::Name)
        return query.descending ? " ORDER BY r.name_initials || '' DESC, r.name DESC, r.id DESC"
                                : " ORDER BY r.name_initials || '', r.name, r.id";
    const char* direction = query.descending ? " DESC" : "";
    std::string first;
    switch (query.order) {
    case ResidentQuery::Order::Name:
        break;
    case ResidentQuery::Order::Gender:
        first = std::string("r.gender") + direction + ", ";
        break;
    case ResidentQuery::Order::Age: // ascending age is descending birth date
        first = std::string("r.birth_date") + (query.descending ? "" : " DESC") + ", ";
        break;
    case ResidentQuery::Order::Registration:
        first = std::string("r.registration") + direction + ", ";
        break;
    case ResidentQuery::Order::Address:
        first = std::string("b.address") + direction + ", d.stairwell" + direction + ", d.floor" + direction +
                ", d.number" + direction + ", ";
        break;
    case ResidentQuery::Order::Area:
        first = std::string("c.name") + direction + ", a.name" + direction + ", ";
        break;
    }
    // Names in pinyin order (安 before 周 before 曾… as a reader of Chinese expects), not code points.
    const char* nameDirection = query.order == ResidentQuery::Order::Name ? direction : "";
    return " ORDER BY " + first + "r.name_pinyin" + nameDirection + ", r.name" + nameDirection + ", r.id" +
           nameDirection;
}

struct PinyinCondition {
    std::string sql;
    std::vector<QString> values;
};

/*! Pinyin typed whole, by initials or mixed ("zxj", "zhuxuejun", "zhuxj"; lower case): each typed
    piece starts a syllable, from the first on (syllablesMatch). Two kinds of name match whatever
    their syllables: initials that start with the text (every piece one letter) and pinyin that starts
    with it (every piece whole but the last). Any other match's second piece starts at some letter n up
    to 6 (the longest syllable), so its initials start with the text's first letter and letter n: only
    those names, an index range each, are matched syllable by syllable — a few hundred, not the ten
    thousand sharing a first initial. */
PinyinCondition pinyinCondition(const Database& db, const QString& typed)
{
    PinyinCondition condition;
    const auto range = [&](const char* column, const QString& prefix) {
        condition.values.push_back(prefix);
        condition.values.push_back(prefix + QLatin1Char('{')); // '{' follows 'z'
        return "r." + std::string(column) + " >= ? AND r." + column + " < ?";
    };
    condition.sql = '(' + range("name_initials", typed);
    condition.sql += ") OR (" + range("name_pinyin", typed) + ')';
    QStringList pairs;
    for (qsizetype n = 1; n < std::min<qsizetype>(typed.size(), 7); ++n)
        if (const QString pair = typed.left(1) + typed[n]; pair != typed && !pairs.contains(pair))
            pairs << pair;
    // A server matches a regular expression made once here (SQLite has none: a function per row).
    const bool server = db.onServer();
    for (const QString& pair : pairs) {
        condition.sql += " OR (" + range("name_initials", pair);
        condition.sql += spelled(db, " AND pinyin_match(r.name_syllables, ?))", " AND r.name_syllables ~ ?)");
        condition.values.push_back(server ? syllablesPattern(typed) : typed);
    }
    return condition;
}

void bindAll(Statement& statement, const std::vector<std::variant<QString, std::int64_t>>& values,
             int first = 1)
{
    int index = first;
    for (const auto& value : values)
        std::visit([&](const auto& v) { statement.bindAt(index++, v); }, value);
}

} // namespace

ResidentSearch::Sql ResidentSearch::conditions(const ResidentQuery& query) const
{
    Sql sql;
    sql.where = " WHERE r.moved_out IS NULL";
    const Scope scope = m_access.scope(Permission::ViewResidents);
    if (scope.empty()) {
        sql.where += " AND 1 = 0";
        return sql;
    }
    if (scope.reach == Reach::Community) {
        sql.where += " AND c.id = ?";
        sql.needsPlace = true;
        sql.values.emplace_back(std::int64_t(scope.communityId));
    } else if (scope.reach == Reach::Own) {
        QStringList ids;
        for (Id area : scope.areas)
            ids << QString::number(area);
        sql.where += " AND b.area_id IN (" + ids.join(u',').toStdString() + ")";
        sql.needsPlace = true;
    }
    if (query.communityId) {
        sql.where += " AND c.id = ?";
        sql.needsPlace = true;
        sql.values.emplace_back(std::int64_t(*query.communityId));
    }
    if (query.areaId) {
        sql.where += " AND b.area_id = ?";
        sql.needsPlace = true;
        sql.values.emplace_back(std::int64_t(*query.areaId));
    }
    if (query.registration) {
        sql.where += " AND r.registration = ?";
        sql.values.emplace_back(toString(*query.registration));
    }
    if (!query.tag.isEmpty() && !m_access.may(Permission::ViewSensitiveTags)) {
        // Filtering by a sensitive tag tells who has it: refused in core, not only hidden in the UI.
        auto sensitive =
            cached(m_access.database(), "SELECT 1 FROM tag_kinds WHERE code = ? AND sensitive = 1");
        sensitive->bind(query.tag);
        if (sensitive->next()) {
            sql.where += " AND 1 = 0";
            return sql;
        }
    }
    if (!query.tag.isEmpty()) {
        sql.where += " AND EXISTS(SELECT 1 FROM resident_tags t WHERE t.resident_id = r.id AND t.tag = ?)";
        sql.values.emplace_back(query.tag);
    }
    if (query.minAge) {
        sql.where += " AND r.birth_date <= ?";
        sql.values.emplace_back(m_today.addYears(-*query.minAge).toString(Qt::ISODate));
    }
    if (query.maxAge) {
        sql.where += " AND r.birth_date > ?";
        sql.values.emplace_back(m_today.addYears(-*query.maxAge - 1).toString(Qt::ISODate));
    }

    if (query.residents) {
        QStringList ids{QStringLiteral("0")};
        for (Id id : *query.residents)
            ids << QString::number(id);
        sql.where += " AND r.id IN (" + ids.join(u',').toStdString() + ")";
    }

    const QString text = query.text.trimmed();
    static const QRegularExpression tail(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression initials(QStringLiteral("^[A-Za-z]+$"));
    if (text.isEmpty())
        return sql;
    if (isWholeNumber(text)) {
        // An exact match would confirm a guessed number without an audit row: whole numbers go through
        // lookUpWholeNumber (edit scope, audited, throttled), never through the search as you type.
        sql.where += " AND 1 = 0";
    } else if (tail.match(text).hasMatch()) {
        // The condition repeats the partial index's WHERE so that SQLite may use it.
        sql.where +=
            spelled(m_access.database(), " AND r.id_number IS NOT NULL AND substr(r.id_number, -4) = ?",
                    " AND r.id_number IS NOT NULL AND right(r.id_number, 4) = ?");
        sql.values.emplace_back(text);
    } else if (initials.match(text).hasMatch()) {
        PinyinCondition pinyin = pinyinCondition(m_access.database(), text.toLower());
        sql.where += " AND (" + pinyin.sql + ")";
        sql.values.insert(sql.values.end(), pinyin.values.begin(), pinyin.values.end());
        sql.byInitials = true;
    } else {
        // A name prefix (name index) or an address (609 buildings, then down the keys): both indexed.
        sql.where += " AND r.id IN (SELECT id FROM residents WHERE name >= ? AND name < ?"
                     " UNION ALL SELECT id FROM residents WHERE household_id IN (SELECT id FROM households"
                     " WHERE dwelling_id IN (SELECT id FROM dwellings WHERE building_id IN"
                     " (SELECT id FROM buildings WHERE address LIKE ?))))";
        sql.values.emplace_back(text);
        sql.values.emplace_back(text + QString::fromUcs4(U"\U0010FFFF"));
        sql.values.emplace_back(QLatin1Char('%') + text + QLatin1Char('%'));
    }
    return sql;
}

std::vector<ResidentRow> ResidentSearch::find(const ResidentQuery& query, int offset, int limit) const
{
    const Sql sql = conditions(query);
    Statement statement = prepareForValues(
        m_access.database(),
        std::string("SELECT r.id, b.id, d.id, r.name, r.gender, r.birth_date, r.registration, "
                    "r.id_number, r.phone,"
                    " dwelling_address(b.address, d.stairwell, d.number, d.use), c.name, a.name") +
            kFrom + sql.where + orderBy(query, sql.byInitials) + " LIMIT ? OFFSET ?");
    bindAll(statement, sql.values);
    statement.bindAt(int(sql.values.size()) + 1, limit);
    statement.bindAt(int(sql.values.size()) + 2, offset);
    std::vector<ResidentRow> rows;
    while (statement.next()) {
        ResidentRow row;
        row.id = statement.integer(0);
        row.buildingId = statement.integer(1);
        row.dwellingId = statement.integer(2);
        row.name = statement.text(3);
        row.gender = statement.text(4);
        const QDate birth = QDate::fromString(statement.text(5), Qt::ISODate);
        row.age = ageOn(birth, m_today);
        row.registration = registrationFrom(statement.text(6));
        row.idNumber = statement.isNull(7) ? QString() : maskIdNumber(statement.text(7));
        row.phone = statement.isNull(8) ? QString() : maskPhone(statement.text(8));
        row.address = statement.text(9);
        row.community = statement.text(10);
        row.area = statement.text(11);
        rows.push_back(std::move(row));
    }
    return rows;
}

int ResidentSearch::count(const ResidentQuery& query) const
{
    const Sql sql = conditions(query);
    // The joins are needed only to filter by place; counting residents alone stays on their indexes.
    Statement statement =
        prepareForValues(m_access.database(), std::string("SELECT count(*)") +
                                                  (sql.needsPlace ? kFrom : " FROM residents r") + sql.where);
    bindAll(statement, sql.values);
    statement.next();
    return int(statement.integer(0));
}

} // namespace shegong::core
