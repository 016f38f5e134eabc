#include "shegong/report/rentaldocuments.h"

#include "pagelayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace shegong::report {
namespace {

struct RentalDocumentText {
    Q_DECLARE_TR_FUNCTIONS(RentalDocuments)
};

QColor gradeColour(core::Grade grade)
{
    switch (grade) {
    case core::Grade::AAA:
        return {176, 28, 38}; // the red of an honour plaque
    case core::Grade::AA:
        return {196, 110, 20};
    case core::Grade::A:
        return {40, 96, 160};
    case core::Grade::None:
        break;
    }
    return {110, 110, 110};
}

int paintWallTableOn(const WallTableDocument& t, QPagedPaintDevice& device, QPainter* painter, int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(14), right = device.width() - mm(14);
    const DocumentFonts fonts(dpmm);
    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(fonts.title);
        painter->drawText(QRectF(left, mm(8), right - left, mm(8)), Qt::AlignCenter,
                          RentalDocumentText::tr("%1 rental house grades, %2").arg(t.community).arg(t.year));
        painter->setFont(fonts.body);
        painter->drawText(
            QRectF(left, mm(16), right - left, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
            RentalDocumentText::tr("%1 · %2 · each house's grade is that of its last closed round "
                                   "of the year")
                .arg(t.subdistrict, t.community));
        painter->drawText(QRectF(left, device.height() - mm(12), right - left, mm(6)), Qt::AlignCenter,
                          RentalDocumentText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);
    const double width = (right - left) / dpmm;
    // The landlord takes what the other columns leave.
    const double fixed = 14 + 70 + 20 + 24 + 24 + 24;
    Table table(pages, fonts,
                {{RentalDocumentText::tr("No."), 14, Qt::AlignRight},
                 {RentalDocumentText::tr("Address"), 70},
                 {RentalDocumentText::tr("Landlord"), width - fixed},
                 {RentalDocumentText::tr("Rooms"), 20, Qt::AlignRight},
                 {RentalDocumentText::tr("Score"), 24, Qt::AlignRight},
                 {RentalDocumentText::tr("Grade"), 24, Qt::AlignHCenter},
                 {RentalDocumentText::tr("Round"), 24, Qt::AlignHCenter}});
    table.begin();
    std::array<int, 4> perGrade{};
    int number = 1;
    for (const core::WallTableRow& row : t.rows) {
        ++perGrade[size_t(row.grade)];
        table.row({QString::number(number++), row.address, row.landlord, QString::number(row.rooms),
                   QString::number(row.score, 'f', 1), core::gradeName(row.grade),
                   RentalDocumentText::tr("round %1").arg(row.round)},
                  row.grade == core::Grade::AAA ? Table::Style::Shaded : Table::Style::Plain);
    }
    pages.skip(mm(3));
    const double summary = pages.take(mm(12));
    if (painter) {
        painter->setFont(fonts.bold);
        painter->drawText(QRectF(left, summary, right - left, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                          RentalDocumentText::tr("AAA: %1 · AA: %2 · A: %3 · no grade: %4 · %5 houses")
                              .arg(perGrade[3])
                              .arg(perGrade[2])
                              .arg(perGrade[1])
                              .arg(perGrade[0])
                              .arg(t.rows.size()));
        painter->setFont(fonts.body);
        painter->drawText(
            QRectF(left, summary + mm(6), right - left, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
            RentalDocumentText::tr("Scored out of 100 on facilities, management and service by the "
                                   "police station and the community's security office."));
    }
    signatureRow(pages, fonts, {RentalDocumentText::tr("Issued by:"), RentalDocumentText::tr("Date:")});
    return pages.pages();
}

//! One plaque in `frame`: a double border, the title, the grade large, address, year and issuer.
void paintPlaque(QPainter& painter, const QRectF& frame, const Plaque& p, double dpmm)
{
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const QColor colour = gradeColour(p.grade);
    painter.save();
    painter.setPen(QPen(colour, mm(1.2)));
    painter.drawRect(frame.adjusted(mm(3), mm(3), -mm(3), -mm(3)));
    painter.setPen(QPen(colour, mm(0.4)));
    painter.drawRect(frame.adjusted(mm(5), mm(5), -mm(5), -mm(5)));
    const QRectF inner = frame.adjusted(mm(8), mm(8), -mm(8), -mm(8));

    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setBold(true);
    font.setPixelSize(int(mm(7)));
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), mm(11)), Qt::AlignCenter,
                     RentalDocumentText::tr("Rental house grade"));
    QFont grade = font;
    grade.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif CJK SC")});
    grade.setPixelSize(int(mm(38)));
    painter.setFont(grade);
    painter.drawText(QRectF(inner.left(), inner.top() + mm(12), inner.width(), mm(48)), Qt::AlignCenter,
                     core::toString(p.grade));
    // One star per letter, as the plaques at the doors show it.
    QFont stars = font;
    stars.setFamilies({QStringLiteral("DejaVu Sans")});
    stars.setPixelSize(int(mm(9)));
    painter.setFont(stars);
    painter.drawText(QRectF(inner.left(), inner.top() + mm(60), inner.width(), mm(12)), Qt::AlignCenter,
                     QString(core::toString(p.grade).size(), QChar(0x2605)));
    QFont text = font;
    text.setPixelSize(int(mm(6.5)));
    painter.setFont(text);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(inner.left(), inner.top() + mm(78), inner.width(), mm(11)), Qt::AlignCenter,
                     p.address);
    text.setBold(false);
    text.setPixelSize(int(mm(4.2)));
    painter.setFont(text);
    painter.drawText(QRectF(inner.left(), inner.bottom() - mm(16), inner.width(), mm(7)), Qt::AlignCenter,
                     RentalDocumentText::tr("Year %1").arg(p.year));
    painter.drawText(QRectF(inner.left(), inner.bottom() - mm(9), inner.width(), mm(7)), Qt::AlignCenter,
                     RentalDocumentText::tr("Issued by %1").arg(p.community));
    painter.restore();
}

} // namespace

int paintWallTable(const WallTableDocument& table, QPagedPaintDevice& device)
{
    return paintCounted(device, [&](QPainter* painter, int total) {
        return paintWallTableOn(table, device, painter, total);
    });
}

core::Result<int> writeWallTablePdf(const WallTableDocument& table, const QString& path,
                                    QPageSize::PageSizeId size)
{
    return writePdf(
        path, RentalDocumentText::tr("%1 rental house grades, %2").arg(table.community).arg(table.year),
        [&](QPagedPaintDevice& pdf) { return paintWallTable(table, pdf); },
        QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
}

int paintPlaques(const std::vector<Plaque>& plaques, QPagedPaintDevice& device)
{
    if (plaques.empty())
        return 0;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const double dpmm = device.logicalDpiY() / 25.4;
    const double w = device.width() / 2.0, h = device.height() / 2.0;
    int pages = 1;
    for (size_t i = 0; i < plaques.size(); ++i) {
        const size_t place = i % 4;
        if (i > 0 && place == 0) {
            device.newPage();
            ++pages;
        }
        if (place == 0) { // cutting lines
            painter.setPen(QPen(QColor(170, 170, 170), 1, Qt::DashLine));
            painter.drawLine(QPointF(w, 0), QPointF(w, device.height()));
            painter.drawLine(QPointF(0, h), QPointF(device.width(), h));
        }
        paintPlaque(painter, QRectF((place % 2) * w, (place / 2) * h, w, h), plaques[i], dpmm);
    }
    return pages;
}

core::Result<int> writePlaquesPdf(const std::vector<Plaque>& plaques, const QString& path)
{
    return writePdf(path, RentalDocumentText::tr("Rental house grade plaques"),
                    [&](QPagedPaintDevice& pdf) { return paintPlaques(plaques, pdf); });
}

} // namespace shegong::report
