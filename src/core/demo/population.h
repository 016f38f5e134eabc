#pragma once

#include "shegong/core/people/people.h"

#include <vector>

namespace shegong::core {
class ResidentRepository;
}

namespace shegong::core::demo {

class Identities;
class Random;

enum class HouseholdKind { LocalFamily, ElderlyFamily, LandlordFamily, FloatingTenants };

//! Fills households with synthetic residents of plausible ages, relations, IDs and tags.
class Population {
public:
    Population(Random& random, Identities& identities, const ResidentRepository& residents, QDate reference)
        : m_random(random), m_identities(identities), m_residents(residents), m_reference(reference)
    {}

    //! Adds a household of the given kind to the dwelling. Throws if a generated resident is invalid.
    void addHousehold(Id dwellingId, HouseholdKind kind, Tenure tenure);

private:
    struct Member {
        QString relation;
        Gender gender;
        int age;
    };
    std::vector<Member> familyMembers(HouseholdKind kind);
    void addTags(Resident& resident, const Member& member, HouseholdKind kind, int householdSize);

    Random& m_random;
    Identities& m_identities;
    const ResidentRepository& m_residents;
    QDate m_reference;
};

} // namespace shegong::core::demo
