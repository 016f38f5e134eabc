#pragma once

#include "shegong/core/rental/rentalviews.h"
#include "shegong/map/colour/colourmode.h"

#include <unordered_map>

namespace shegong::map {

/*! Buildings with rental houses by the best grade in force among their houses (AAA red, AA amber, A
    blue, no grade grey); a building whose houses differ shows the best, its worst in the legend's
    words. Other buildings stay pale. */
class RentalGradeMode : public ColourMode {
public:
    explicit RentalGradeMode(std::unordered_map<core::Id, core::BuildingGrades> grades);
    //! Nothing where the session sees no rental house.
    static std::unique_ptr<ColourMode> create(const core::Access& access, const DistrictScene& scene);
    static osg::Vec4 colourFor(core::Grade grade);

    QString id() const override { return QStringLiteral("rental_grade"); }
    QString title() const override;
    QString legendTitle() const override;
    std::vector<LegendEntry> legend() const override;
    void apply(DistrictScene& scene) const override;

private:
    std::unordered_map<core::Id, core::BuildingGrades> m_grades;
};

} // namespace shegong::map
