#pragma once

#include "shegong/core/base/idnumber.h"
#include "shegong/core/geography/geography.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace shegong::core {

enum class Registration { Local, Floating }; //!< 户籍 / 流动人口
enum class Tenure { Owner, Tenant, Other };

struct Household {
    Id id = 0;
    Id dwellingId = 0;
    Tenure tenure = Tenure::Owner;
    QDate movedIn;
    std::optional<QDate> movedOut;
};

struct Resident {
    Id id = 0;
    Id householdId = 0;
    QString name;
    std::optional<QString> idNumber; //!< personal data: mask before showing
    std::optional<Gender> gender;
    std::optional<QDate> birthDate;
    std::optional<QString> phone; //!< personal data: mask before showing
    QString relation; //!< relation to the head: head, spouse, child, parent, grandchild, sibling, other
    Registration registration = Registration::Local;
    std::optional<QString> permitNumber; //!< residence permit (居住证) of floating residents
    std::optional<QDate> permitExpiry;
    std::optional<QString> employer;
    std::optional<QString> occupation;
    QDate movedIn;
    std::optional<QDate> movedOut;
    QStringList tags; //!< tag_kinds codes; special-group tags are sensitive
    //! The row's version as read: an edit is made on it, and refused when the row has changed since.
    std::int64_t version = 0;
};

enum class Duty {
    Mediation,
    FamilyPlanning,
    Health,
    CultureEducation,
    CivilAffairs,
    SpecialGroups
}; //!< 一岗六责

//! A population category from the configurable catalogue (tag_kinds).
struct TagKind {
    QString code;
    QString name; //!< as the subdistrict names it, e.g. 独居老人
    Duty duty = Duty::Health;
    bool sensitive = true; //!< shown only to roles that need it
};

//! A household as the household panel shows it: where it lives and who lives there.
struct HouseholdView {
    Dwelling dwelling;
    Household household;
    std::vector<Resident> residents;
};

QString toString(Duty duty);
Duty dutyFrom(const QString& text);
QString toString(Registration registration);
QString toString(Tenure tenure);
Registration registrationFrom(const QString& text);
Tenure tenureFrom(const QString& text);

} // namespace shegong::core
