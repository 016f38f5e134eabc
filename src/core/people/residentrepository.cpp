#include "shegong/core/people/residentrepository.h"

#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct ResidentText {
    Q_DECLARE_TR_FUNCTIONS(ResidentRepository)
};

// The resident columns every read selects, in residentFrom()'s order.
#define RESIDENT_COLUMNS                                                                                     \
    "r.id, r.household_id, r.name, r.id_number, r.gender, r.birth_date, r.phone, r.relation, "               \
    "r.registration,"                                                                                        \
    " r.permit_number, r.permit_expiry, r.employer, r.occupation, r.moved_in, r.moved_out,"                  \
    " (SELECT string_agg(tag, ',') FROM resident_tags t WHERE t.resident_id = r.id), r.row_version"

std::optional<QDate> optionalDate(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return QDate::fromString(row.text(column), Qt::ISODate);
}

std::optional<QString> isoDate(const std::optional<QDate>& date)
{
    if (!date)
        return std::nullopt;
    return date->toString(Qt::ISODate);
}

} // namespace

Resident ResidentRepository::residentFrom(const Statement& row, int c)
{
    Resident r;
    r.id = row.integer(c + 0);
    r.householdId = row.integer(c + 1);
    r.name = row.text(c + 2);
    r.idNumber = row.optionalText(c + 3);
    if (!row.isNull(c + 4))
        r.gender = row.text(c + 4) == QLatin1String("M") ? Gender::Male : Gender::Female;
    r.birthDate = optionalDate(row, c + 5);
    r.phone = row.optionalText(c + 6);
    r.relation = row.text(c + 7);
    r.registration = registrationFrom(row.text(c + 8));
    r.permitNumber = row.optionalText(c + 9);
    r.permitExpiry = optionalDate(row, c + 10);
    r.employer = row.optionalText(c + 11);
    r.occupation = row.optionalText(c + 12);
    r.movedIn = QDate::fromString(row.text(c + 13), Qt::ISODate);
    r.movedOut = optionalDate(row, c + 14);
    if (!row.isNull(c + 15))
        r.tags = row.text(c + 15).split(u',');
    r.version = row.integer(c + 16);
    return r;
}

std::vector<Resident> ResidentRepository::readResidents(Statement& query) const
{
    std::vector<Resident> result;
    while (query.next())
        result.push_back(residentFrom(query, 0));
    return result;
}

std::vector<HouseholdView> ResidentRepository::householdsOfBuilding(Id buildingId) const
{
    auto query = cached(
        m_db,
        "SELECT d.id, d.building_id, d.stairwell, d.floor, d.number, d.use,"
        " h.id, h.tenure, h.moved_in, h.moved_out, " RESIDENT_COLUMNS
        " FROM dwellings d JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL"
        " LEFT JOIN residents r ON r.household_id = h.id AND r.moved_out IS NULL"
        " WHERE d.building_id = ? ORDER BY d.stairwell, d.floor, d.number, h.id, r.relation <> 'head', r.id");
    query->bind(buildingId);
    std::vector<HouseholdView> result;
    while (query->next()) {
        const Id householdId = query->integer(6);
        if (result.empty() || result.back().household.id != householdId) {
            HouseholdView view;
            view.dwelling = {query->integer(0),      query->integer(1), int(query->integer(2)),
                             int(query->integer(3)), query->text(4),    dwellingUseFrom(query->text(5))};
            view.household = {householdId, view.dwelling.id, tenureFrom(query->text(7)),
                              QDate::fromString(query->text(8), Qt::ISODate), optionalDate(*query, 9)};
            result.push_back(std::move(view));
        }
        if (!query->isNull(10))
            result.back().residents.push_back(residentFrom(*query, 10));
    }
    return result;
}

std::vector<Household> ResidentRepository::householdsOf(Id dwellingId) const
{
    auto query = cached(m_db, "SELECT id, dwelling_id, tenure, moved_in, moved_out FROM households"
                              " WHERE dwelling_id = ? ORDER BY moved_out IS NOT NULL, id");
    query->bind(dwellingId);
    std::vector<Household> result;
    while (query->next())
        result.push_back({query->integer(0), query->integer(1), tenureFrom(query->text(2)),
                          QDate::fromString(query->text(3), Qt::ISODate), optionalDate(*query, 4)});
    return result;
}

namespace {
constexpr const char* kOccupancy =
    "SELECT d.building_id, count(DISTINCT d.id), count(DISTINCT h.id), count(r.id),"
    " count(r.id) FILTER (WHERE r.registration = 'floating')"
    " FROM dwellings d LEFT JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL"
    " LEFT JOIN residents r ON r.household_id = h.id AND r.moved_out IS NULL ";

Occupancy occupancyFrom(const Statement& row)
{
    return {int(row.integer(1)), int(row.integer(2)), int(row.integer(3)), int(row.integer(4))};
}
} // namespace

std::unordered_map<Id, Occupancy> ResidentRepository::occupancyByBuilding() const
{
    auto query = cached(m_db, std::string(kOccupancy) + "GROUP BY d.building_id");
    std::unordered_map<Id, Occupancy> result;
    while (query->next())
        result[query->integer(0)] = occupancyFrom(*query);
    return result;
}

Occupancy ResidentRepository::occupancyOf(Id buildingId) const
{
    auto query = cached(m_db, std::string(kOccupancy) + "WHERE d.building_id = ? GROUP BY d.building_id");
    query->bind(buildingId);
    return query->next() ? occupancyFrom(*query) : Occupancy{};
}

std::vector<DwellingStatus> ResidentRepository::dwellingStatuses(Id buildingId, bool specialGroups) const
{
    auto query = cached(
        m_db, "SELECT d.id, d.stairwell, d.floor, d.number, d.use, h.id, h.tenure,"
              " max(CASE WHEN r.registration = 'floating' THEN 1 ELSE 0 END),"
              " max(CASE WHEN EXISTS(SELECT 1 FROM resident_tags t JOIN tag_kinds k ON k.code = t.tag"
              "            WHERE t.resident_id = r.id AND k.duty = 'special_groups') THEN 1 ELSE 0 END),"
              " max(CASE WHEN r.relation = 'head' THEN r.name END)"
              " FROM dwellings d LEFT JOIN households h ON h.dwelling_id = d.id AND h.moved_out IS NULL"
              " LEFT JOIN residents r ON r.household_id = h.id AND r.moved_out IS NULL"
              " WHERE d.building_id = ? GROUP BY d.id, h.id ORDER BY d.stairwell, d.floor, d.number");
    query->bind(buildingId);
    std::vector<DwellingStatus> result;
    while (query->next()) {
        DwellingStatus s;
        s.dwelling = {query->integer(0),      buildingId,     int(query->integer(1)),
                      int(query->integer(2)), query->text(3), dwellingUseFrom(query->text(4))};
        if (!query->isNull(5)) {
            s.householdId = query->integer(5);
            s.head = query->text(9);
            if (specialGroups && query->integer(8))
                s.state = DwellingState::SpecialGroupHousehold;
            else if (query->integer(7))
                s.state = DwellingState::FloatingHousehold;
            else
                s.state = tenureFrom(query->text(6)) == Tenure::Owner ? DwellingState::OwnerOccupied
                                                                      : DwellingState::Rented;
        }
        result.push_back(std::move(s));
    }
    return result;
}

std::vector<Resident> ResidentRepository::residentsOf(Id householdId) const
{
    auto query = cached(m_db, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.household_id = ?"
                              " ORDER BY r.moved_out IS NOT NULL, r.relation <> 'head', r.id");
    query->bind(householdId);
    return readResidents(*query);
}

std::optional<Resident> ResidentRepository::resident(Id residentId) const
{
    auto query = cached(m_db, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.id = ?");
    query->bind(residentId);
    if (!query->next())
        return std::nullopt;
    return residentFrom(*query, 0);
}

std::vector<TagKind> ResidentRepository::tagKinds() const
{
    auto query = cached(m_db, "SELECT code, name, duty, sensitive FROM tag_kinds ORDER BY duty, code");
    std::vector<TagKind> result;
    while (query->next())
        result.push_back({query->text(0), query->text(1), dutyFrom(query->text(2)), query->integer(3) != 0});
    return result;
}

std::optional<Resident> ResidentRepository::findByIdNumber(const QString& idNumber) const
{
    auto query = cached(m_db, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.id_number = ?");
    query->bind(idNumber.trimmed().toUpper());
    if (!query->next())
        return std::nullopt;
    return residentFrom(*query, 0);
}

std::vector<Resident> ResidentRepository::findByPhone(const QString& phone) const
{
    auto query = cached(m_db, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.phone = ? ORDER BY r.id");
    query->bind(phone.trimmed());
    return readResidents(*query);
}

std::vector<Resident> ResidentRepository::findByNamePrefix(const QString& prefix, int limit) const
{
    // A range on the name index: every name starting with `prefix` sorts before prefix + U+10FFFF.
    auto query =
        cached(m_db, "SELECT " RESIDENT_COLUMNS " FROM residents r WHERE r.name >= ?1 AND r.name < ?2"
                     " ORDER BY r.name, r.id LIMIT ?3");
    const QString from = prefix.trimmed();
    query->bind(from, from + QString::fromUcs4(U"\U0010FFFF"), limit);
    return readResidents(*query);
}

Result<Id> ResidentRepository::addHousehold(const Household& h) const
{
    if (!h.movedIn.isValid())
        return Error{QStringLiteral("moved_in"), ResidentText::tr("Move-in date: required")};
    auto insert =
        cached(m_db, "INSERT INTO households(dwelling_id, tenure, moved_in, moved_out) VALUES(?, ?, ?, ?)");
    return insert
        ->bind(h.dwellingId, toString(h.tenure), h.movedIn.toString(Qt::ISODate), isoDate(h.movedOut))
        .insert();
}

Result<Resident> ResidentRepository::validated(const Resident& input, QDate today) const
{
    Resident r = input;
    std::vector<Error> problems = check(r, today);
    if (!problems.empty())
        return problems.front();
    return r;
}

std::vector<Error> ResidentRepository::problems(const Resident& resident, QDate today) const
{
    Resident copy = resident;
    return check(copy, today);
}

std::vector<Error> ResidentRepository::check(Resident& r, QDate today) const
{
    // Every field is checked, so a form can mark all its mistakes at once.
    std::vector<Error> problems;
    if (auto name = parsePersonName(r.name))
        r.name = name.value();
    else
        problems.push_back(name.error());

    if (r.idNumber && !r.idNumber->trimmed().isEmpty()) {
        if (auto id = parseIdNumber(*r.idNumber, today); !id) {
            problems.push_back(id.error());
        } else {
            if (r.birthDate && *r.birthDate != id->birthDate)
                problems.push_back(
                    {QStringLiteral("birth_date"),
                     ResidentText::tr("Birth date: %1 does not match the ID number (%2)")
                         .arg(r.birthDate->toString(Qt::ISODate), id->birthDate.toString(Qt::ISODate))});
            if (r.gender && *r.gender != id->gender)
                problems.push_back(
                    {QStringLiteral("gender"), ResidentText::tr("Gender: does not match the ID number")});
            if (auto holder = findByIdNumber(id->number); holder && holder->id != r.id)
                problems.push_back({QStringLiteral("id_number"),
                                    ResidentText::tr("ID number: already registered to another resident")});
            r.idNumber = id->number;
            r.birthDate = id->birthDate;
            r.gender = id->gender;
        }
    } else {
        r.idNumber.reset();
    }
    if (r.phone && !r.phone->trimmed().isEmpty()) {
        if (auto phone = parseMobilePhone(*r.phone))
            r.phone = phone.value();
        else
            problems.push_back(phone.error());
    } else {
        r.phone.reset();
    }
    if (r.birthDate && *r.birthDate > today)
        problems.push_back(
            {QStringLiteral("birth_date"), ResidentText::tr("Birth date: must not be in the future")});
    if (!r.movedIn.isValid())
        problems.push_back({QStringLiteral("moved_in"), ResidentText::tr("Move-in date: required")});
    else if (r.movedIn > today)
        problems.push_back({QStringLiteral("moved_in"), ResidentText::tr("Move-in date: up to today")});
    return problems;
}

Result<Id> ResidentRepository::addResident(const Resident& input, QDate today) const
{
    auto checked = validated(input, today);
    if (!checked)
        return checked.error();
    const Resident& r = checked.value();
    auto insert = cached(m_db, "INSERT INTO residents(household_id, name, id_number, gender, birth_date, "
                               "phone, relation, registration,"
                               " permit_number, permit_expiry, employer, occupation, moved_in, moved_out,"
                               " name_initials, name_pinyin, name_syllables)"
                               " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    std::optional<QString> gender;
    if (r.gender)
        gender = *r.gender == Gender::Male ? QStringLiteral("M") : QStringLiteral("F");
    const Id id = insert
                      ->bind(r.householdId, r.name, r.idNumber, gender, isoDate(r.birthDate), r.phone,
                             r.relation, toString(r.registration), r.permitNumber, isoDate(r.permitExpiry),
                             r.employer, r.occupation, r.movedIn.toString(Qt::ISODate), isoDate(r.movedOut),
                             pinyinInitials(r.name), pinyinOf(r.name), pinyinSyllables(r.name))
                      .insert();
    auto tag = cached(m_db, "INSERT INTO resident_tags(resident_id, tag, since) VALUES(?, ?, ?)");
    for (const QString& code : r.tags)
        tag->bind(id, code, r.movedIn.toString(Qt::ISODate)).run();
    return id;
}

} // namespace shegong::core
