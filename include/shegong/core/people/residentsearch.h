#pragma once

#include "shegong/core/people/people.h"
#include "shegong/core/security/access.h"

#include <string>
#include <variant>
#include <vector>

namespace shegong::core {

/*! What the registry searches for. `text` is read the way a worker types it: a whole ID number, the
    last 4 digits of one, a mobile number, pinyin initials ("zxj"), or else the start of a name or part
    of a building's address (景和苑5幢, 兴隆巷). */
struct ResidentQuery {
    QString text;
    std::optional<Id> communityId;
    std::optional<Id> areaId;
    std::optional<Registration> registration;
    QString tag; //!< a tag_kinds code, or empty
    std::optional<int> minAge, maxAge;
    //! Only these residents: the answer of an exact look-up (lookUpWholeNumber), maybe none.
    std::optional<std::vector<Id>> residents;
    //! The order of the rows (ties by name, then record).
    enum class Order { Name, Gender, Age, Registration, Address, Area } order = Order::Name;
    bool descending = false;
};

//! One line of the registry, personal data already masked.
struct ResidentRow {
    Id id = 0;
    Id buildingId = 0;
    Id dwellingId = 0;
    QString name;
    QString gender;
    int age = 0;
    Registration registration = Registration::Local;
    QString idNumber; //!< masked
    QString phone;    //!< masked
    QString address;
    QString community;
    QString area;
};

//! The residents registry's reads, within the session's scope (workers and directors: their community).
class ResidentSearch {
public:
    explicit ResidentSearch(const Access& access, QDate today = QDate::currentDate())
        : m_access(access), m_today(today)
    {}

    std::vector<ResidentRow> find(const ResidentQuery& query, int offset, int limit) const;
    int count(const ResidentQuery& query) const;

private:
    struct Sql {
        std::string where;
        std::vector<std::variant<QString, std::int64_t>> values;
        bool needsPlace = false; //!< conditions on the household's building, area or community
        bool byInitials = false; //!< a pinyin-initials search: ordered by its index
    };
    Sql conditions(const ResidentQuery& query) const;

    const Access& m_access;
    QDate m_today;
};

} // namespace shegong::core
