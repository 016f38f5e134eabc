#include "population.h"

#include "identities.h"
#include "random.h"
#include "shegong/core/people/residentrepository.h"

#include <stdexcept>

namespace shegong::core::demo {
namespace {

Gender other(Gender g)
{
    return g == Gender::Male ? Gender::Female : Gender::Male;
}

} // namespace

std::vector<Population::Member> Population::familyMembers(HouseholdKind kind)
{
    Random& r = m_random;
    const Gender headGender = r.chance(0.62) ? Gender::Male : Gender::Female;
    std::vector<Member> m;
    const auto couple = [&](int low, int high) {
        const int age = r.between(low, high);
        m.push_back({QStringLiteral("head"), headGender, age});
        m.push_back({QStringLiteral("spouse"), other(headGender), std::max(18, age + r.between(-4, 3))});
    };
    const auto children = [&](int count, int parentAge) {
        for (int i = 0; i < count; ++i) {
            int age = parentAge - r.between(22, 36);
            if (age < 0) // a young parent: a young child
                age = r.between(0, std::max(0, parentAge - 20));
            m.push_back({QStringLiteral("child"), r.chance(0.51) ? Gender::Male : Gender::Female, age});
        }
    };

    switch (kind) {
    case HouseholdKind::FloatingTenants:
        switch (r.weighted({48, 30, 22})) {
        case 0:
            m.push_back({QStringLiteral("head"), headGender, r.between(19, 45)});
            break;
        case 1:
            couple(20, 50);
            break;
        default:
            couple(24, 45);
            children(r.between(1, 2), m[0].age);
            break;
        }
        return m;
    case HouseholdKind::ElderlyFamily:
        if (r.chance(0.45))
            m.push_back(
                {QStringLiteral("head"), r.chance(0.35) ? Gender::Male : Gender::Female, r.between(66, 95)});
        else
            couple(62, 90);
        return m;
    case HouseholdKind::LandlordFamily:
    case HouseholdKind::LocalFamily:
        break;
    }

    const int type = kind == HouseholdKind::LandlordFamily ? 4 : r.weighted({8, 12, 14, 30, 9, 20, 7});
    switch (type) {
    case 0:
        m.push_back(
            {QStringLiteral("head"), r.chance(0.3) ? Gender::Male : Gender::Female, r.between(66, 96)});
        break;
    case 1:
        couple(60, 88);
        break;
    case 2:
        couple(24, 45);
        break;
    case 3:
        couple(27, 55);
        children(1, m[0].age);
        break;
    case 4: {
        // Three generations: the head's parents, the couple, their children.
        couple(32, 56);
        children(r.between(1, 2), m[0].age);
        const int parentAge = m[0].age + r.between(24, 32);
        m.push_back({QStringLiteral("parent"), Gender::Female, std::min(99, parentAge)});
        if (r.chance(0.6))
            m.push_back({QStringLiteral("parent"), Gender::Male, std::min(99, parentAge + r.between(0, 4))});
        break;
    }
    case 5:
        couple(30, 50);
        children(2, m[0].age);
        break;
    default:
        m.push_back({QStringLiteral("head"), headGender, r.between(22, 60)});
        break;
    }
    return m;
}

void Population::addTags(Resident& resident, const Member& member, HouseholdKind kind, int householdSize)
{
    Random& r = m_random;
    const int age = member.age;
    const bool floating = kind == HouseholdKind::FloatingTenants;
    if (age >= 80)
        resident.tags << QStringLiteral("aged_80_plus");
    if (householdSize == 1 && age >= 65)
        resident.tags << QStringLiteral("elderly_alone");
    if (member.gender == Gender::Female && age >= 20 && age <= 49 &&
        member.relation != QLatin1String("child"))
        resident.tags << QStringLiteral("childbearing_woman");
    if (age == 0)
        resident.tags << QStringLiteral("newborn");
    if (floating && age >= 6 && age <= 15)
        resident.tags << QStringLiteral("floating_school_child");
    if (age >= 60 && r.chance(0.12))
        resident.tags << QStringLiteral("chronic_illness");
    if (age >= 18 && r.chance(0.003))
        resident.tags << QStringLiteral("severe_mental_disorder");
    if (age >= 16 && age <= 25 && r.chance(0.02))
        resident.tags << QStringLiteral("idle_youth");
    if (member.relation == QLatin1String("head")) {
        if (r.chance(floating ? 0.005 : 0.02))
            resident.tags << QStringLiteral("minimum_income");
        if (!floating && r.chance(0.01))
            resident.tags << QStringLiteral("veteran_family");
    }
    if (r.chance(0.018))
        resident.tags << QStringLiteral("disability");
    if (age >= 18 && age <= 60) {
        if (r.chance(0.001))
            resident.tags << QStringLiteral("community_correction");
        if (r.chance(0.0015))
            resident.tags << QStringLiteral("released_prisoner");
        if (r.chance(0.0008))
            resident.tags << QStringLiteral("drug_user");
    }
}

void Population::addHousehold(Id dwellingId, HouseholdKind kind, Tenure tenure)
{
    Random& r = m_random;
    const bool floating = kind == HouseholdKind::FloatingTenants;
    const QDate movedIn = floating ? m_reference.addDays(-r.between(20, 6 * 365))
                                   : m_reference.addDays(-r.between(200, 30 * 365));
    auto household = m_residents.addHousehold({0, dwellingId, tenure, movedIn, std::nullopt});
    if (!household)
        throw std::runtime_error(household.error().message.toStdString());

    const std::vector<Member> members = familyMembers(kind);
    const QString familyName = m_identities.surname();
    for (const Member& member : members) {
        Resident resident;
        resident.householdId = household.value();
        const bool bloodline =
            member.relation == QLatin1String("head") || member.relation == QLatin1String("child");
        resident.name = m_identities.name(member.gender, bloodline ? familyName : QString());
        resident.relation = member.relation;
        resident.registration = floating ? Registration::Floating : Registration::Local;
        const QDate birth = m_reference.addYears(-member.age).addDays(-r.between(1, 364));
        resident.gender = member.gender;
        resident.birthDate = birth;
        // Newborns are often not yet registered and have no ID number.
        if (member.age > 0 || r.chance(0.5))
            resident.idNumber = m_identities.idNumber(birth, member.gender, !floating);
        if (member.age >= 14)
            resident.phone = m_identities.phone();
        resident.movedIn = std::max(movedIn, birth);
        if (floating && member.age >= 16) {
            resident.permitNumber = QStringLiteral("3301%1%2")
                                        .arg(resident.movedIn.year())
                                        .arg(r.below(1000000), 6, 10, QLatin1Char('0'));
            resident.permitExpiry = resident.movedIn.addYears(r.between(1, 3));
        }
        const bool working = member.age >= 18 && member.age <= 60;
        if (working && (floating || r.chance(0.7))) {
            resident.occupation = m_identities.occupation(floating);
            if (floating || r.chance(0.6))
                resident.employer = m_identities.employer();
        }
        addTags(resident, member, kind, int(members.size()));
        auto added = m_residents.addResident(resident, m_reference);
        if (!added)
            throw std::runtime_error(added.error().message.toStdString());
    }
}

} // namespace shegong::core::demo
