#pragma once

#include "shegong/core/geography/geography.h"
#include "shegong/map/colour/colourmode.h"

#include <QDate>
#include <unordered_map>

namespace shegong::map {

//! Buildings by the days since the latest visit to any of their households, in four bands.
class VisitRecencyMode : public ColourMode {
public:
    VisitRecencyMode(std::unordered_map<core::Id, QDate> lastVisits, QDate today);
    //! Nothing before the first visit is recorded.
    static std::unique_ptr<ColourMode> create(const core::Access& access, const DistrictScene& scene);
    static osg::Vec4 colourFor(qint64 days);

    QString id() const override { return QStringLiteral("visit_recency"); }
    QString title() const override;
    QString legendTitle() const override;
    std::vector<LegendEntry> legend() const override;
    void apply(DistrictScene& scene) const override;

private:
    std::unordered_map<core::Id, QDate> m_lastVisits;
    QDate m_today;
};

} // namespace shegong::map
