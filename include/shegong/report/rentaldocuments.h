#pragma once

#include "shegong/core/rental/rentalviews.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace shegong::report {

//! The wall table (等级公示表) of a community's graded houses for a year.
struct WallTableDocument {
    QString subdistrict;
    QString community;
    int year = 0;
    std::vector<core::WallTableRow> rows;
};

/*! Paints the wall table: every graded house by address with landlord (masked), rooms, score, grade
    and the round it comes from, the count per grade, and what the grade means. Returns the pages. */
int paintWallTable(const WallTableDocument& table, QPagedPaintDevice& device);
//! The wall table as a PDF, landscape A4 (or A3 for the office wall).
core::Result<int> writeWallTablePdf(const WallTableDocument& table, const QString& path,
                                    QPageSize::PageSizeId size = QPageSize::A4);

//! One door plaque (等级牌).
struct Plaque {
    QString address;
    core::Grade grade = core::Grade::A;
    int year = 0;
    QString community; //!< the issuing community
};

//! Paints the plaques four to an A4 sheet (cut along the lines). Returns the pages.
int paintPlaques(const std::vector<Plaque>& plaques, QPagedPaintDevice& device);
core::Result<int> writePlaquesPdf(const std::vector<Plaque>& plaques, const QString& path);

} // namespace shegong::report
