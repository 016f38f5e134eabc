#pragma once

#include "shegong/core/people/residentrepository.h"

namespace shegong::ui {

//! Translated display names for the domain's codes.
QString relationLabel(const QString& relation);
QString registrationLabel(core::Registration registration);
QString tenureLabel(core::Tenure tenure);
QString genderLabel(core::Gender gender);
QString buildingKindLabel(core::BuildingKind kind);
QString communityKindLabel(core::CommunityKind kind);
QString dwellingLabel(const core::Dwelling& dwelling);
QString dwellingStateLabel(core::DwellingState state);

} // namespace shegong::ui
