#pragma once

#include "shegong/core/geography/geography.h"

#include <QDate>

namespace shegong::core {

enum class Role { SocialWorker, CommunityDirector, SubdistrictAdmin, RentalAssessor, Mediator, Auditor };
enum class LeaderRole { PartyGroup, Building, Retiree }; //!< 一片三长

struct Worker {
    Id id = 0;
    QString account;
    QString name;
    Role role = Role::SocialWorker;
    std::optional<Id> communityId;
    std::optional<QString> phone;
    bool active = true;
};

//! A worker answers for an area from `starts` until `ends` (inclusive); open-ended while current.
struct AreaAssignment {
    Id id = 0;
    Id areaId = 0;
    Id workerId = 0;
    QDate starts;
    std::optional<QDate> ends;
    std::optional<Id> assignedBy; //!< the director or administrator who made the change
};

struct AreaLeader {
    Id id = 0;
    Id areaId = 0;
    LeaderRole role = LeaderRole::PartyGroup;
    QString name;
    std::optional<QString> phone;
    std::optional<Id> buildingId;
};

QString toString(Role role);
std::optional<Role> roleFrom(const QString& text);
QString toString(LeaderRole role);
LeaderRole leaderRoleFrom(const QString& text);

} // namespace shegong::core
