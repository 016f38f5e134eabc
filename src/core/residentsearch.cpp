#include "shegong/core/residentsearch.h"

#include "shegong/core/database.h"
#include "shegong/core/masking.h"
#include "shegong/core/validation.h"

#include <QRegularExpression>

namespace shegong::core {
namespace {

constexpr const char* kFrom =
    " FROM residents r JOIN households h ON h.id = r.household_id"
    " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
    " JOIN areas a ON a.id = b.area_id JOIN communities c ON c.id = a.community_id";

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
    const Session& session = m_access.session();
    if (!m_access.may(Permission::ViewResidents)) {
        sql.where += " AND 0";
        return sql;
    }
    if (session.worker.role == Role::SocialWorker || session.worker.role == Role::CommunityDirector) {
        sql.where += " AND c.id = ?";
        sql.values.emplace_back(std::int64_t(session.worker.communityId.value_or(-1)));
    }
    if (query.communityId) {
        sql.where += " AND c.id = ?";
        sql.values.emplace_back(std::int64_t(*query.communityId));
    }
    if (query.areaId) {
        sql.where += " AND b.area_id = ?";
        sql.values.emplace_back(std::int64_t(*query.areaId));
    }
    if (query.registration) {
        sql.where += " AND r.registration = ?";
        sql.values.emplace_back(toString(*query.registration));
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

    const QString text = query.text.trimmed();
    static const QRegularExpression wholeId(QStringLiteral("^[0-9]{17}[0-9Xx]$"));
    static const QRegularExpression tail(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression initials(QStringLiteral("^[A-Za-z]+$"));
    if (text.isEmpty())
        return sql;
    if (wholeId.match(text).hasMatch()) {
        sql.where += " AND r.id_number = ?";
        sql.values.emplace_back(text.toUpper());
    } else if (tail.match(text).hasMatch()) {
        // The condition repeats the partial index's WHERE so that SQLite may use it.
        sql.where += " AND r.id_number IS NOT NULL AND substr(r.id_number, -4) = ?";
        sql.values.emplace_back(text);
    } else if (mobile.match(text).hasMatch()) {
        sql.where += " AND r.phone = ?";
        sql.values.emplace_back(text);
    } else if (initials.match(text).hasMatch()) {
        sql.where += " AND r.name_initials >= ? AND r.name_initials < ?";
        sql.values.emplace_back(text.toLower());
        sql.values.emplace_back(text.toLower() + QLatin1Char('{')); // '{' follows 'z'
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
    Statement statement = m_access.database().prepare(
        std::string(
            "SELECT r.id, b.id, d.id, r.name, r.gender, r.birth_date, r.registration, r.id_number, r.phone,"
            " b.address || ' ' || d.number, c.name, a.name") +
        kFrom + sql.where + " ORDER BY r.name, r.id LIMIT ? OFFSET ?");
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
    Statement statement = m_access.database().prepare(std::string("SELECT count(*)") + kFrom + sql.where);
    bindAll(statement, sql.values);
    statement.next();
    return int(statement.integer(0));
}

} // namespace shegong::core
