#include "shegong/report/casefilecover.h"

#include "pagelayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace shegong::report {
namespace {

struct CoverText {
    Q_DECLARE_TR_FUNCTIONS(CaseFileCover)
};

bool concluded(core::CaseState state)
{
    return state != core::CaseState::Registered && state != core::CaseState::InMediation &&
           state != core::CaseState::NoAgreement;
}

QString outcomeOf(const core::CaseDetail& d)
{
    QString outcome = core::caseStateName(d.summary.state);
    if (d.agreement && d.agreement->amountYuan > 0)
        outcome += CoverText::tr(", %1 yuan").arg(d.agreement->amountYuan);
    return outcome;
}

QString confirmationOf(const core::CaseDetail& d)
{
    if (!d.agreement || !d.agreement->confirmationAppliedOn)
        return CoverText::tr("not applied for");
    const QString applied = d.agreement->confirmationAppliedOn->toString(Qt::ISODate);
    if (d.agreement->confirmationResult == QLatin1String("granted"))
        return CoverText::tr("applied for on %1, granted").arg(applied);
    if (d.agreement->confirmationResult == QLatin1String("refused"))
        return CoverText::tr("applied for on %1, refused").arg(applied);
    return CoverText::tr("applied for on %1, pending").arg(applied);
}

//! The file's documents in the order they are bound: what the case holds, each with its day.
std::vector<QStringList> contentsOf(const core::CaseDetail& d)
{
    std::vector<QStringList> rows;
    const auto add = [&](const QString& name, const QDate& day) {
        rows.push_back({QString::number(rows.size() + 1), name, day.toString(Qt::ISODate)});
    };
    add(CoverText::tr("Intake form"), d.summary.intakeDay);
    for (size_t i = 0; i < d.sessions.size(); ++i)
        add(CoverText::tr("Record of mediation session %1").arg(i + 1), d.sessions[i].heldAt.date());
    if (d.agreement) {
        add(CoverText::tr("Mediation agreement"), d.agreement->signedOn);
        if (d.agreement->confirmationAppliedOn)
            add(CoverText::tr("Application for judicial confirmation"), *d.agreement->confirmationAppliedOn);
    }
    if (d.summary.state == core::CaseState::Closed)
        add(CoverText::tr("Record of the follow-up visit"), d.stateSince);
    return rows;
}

int paintOn(const core::CaseDetail& d, QPagedPaintDevice& device, QPainter* painter, int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(14), right = device.width() - mm(14);
    const DocumentFonts fonts(dpmm);
    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(fonts.body);
        painter->drawText(QRectF(left, device.height() - mm(12), right - left, mm(6)), Qt::AlignCenter,
                          CoverText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);
    // The cover's heading stands large above the form, as on the printed folders.
    const double headingTop = pages.take(mm(34));
    if (painter) {
        QFont big = fonts.title;
        big.setPixelSize(int(fonts.title.pixelSize() * 1.6));
        painter->setFont(big);
        painter->drawText(QRectF(left, headingTop, right - left, mm(18)), Qt::AlignCenter,
                          CoverText::tr("People's mediation case file"));
        painter->setFont(fonts.bold);
        painter->drawText(QRectF(left, headingTop + mm(20), right - left, mm(8)), Qt::AlignCenter,
                          d.summary.placeName);
    }
    const double width = (right - left) / dpmm;
    Table cover(pages, fonts, {{CoverText::tr("Item"), 36}, {CoverText::tr("Entry"), width - 36}});
    cover.begin();
    QStringList parties;
    for (const core::CaseParty& p : d.parties)
        parties << QStringLiteral("%1 %2").arg(core::partyRoleName(p.role), p.person.name);
    cover.row({CoverText::tr("Case number"), d.numbers.join(QStringLiteral(" → "))});
    cover.row({CoverText::tr("Dispute"), d.summary.title});
    cover.row({CoverText::tr("Category"), core::disputeCategoryName(d.summary.category)});
    cover.row({CoverText::tr("Parties"), parties.join(QStringLiteral("；"))});
    cover.row({CoverText::tr("Mediators"),
               QStringList(d.mediators.begin(), d.mediators.end()).join(QStringLiteral("、"))});
    cover.row({CoverText::tr("Taken in on"), d.summary.intakeDay.toString(Qt::ISODate)});
    cover.row({CoverText::tr("Concluded on"),
               concluded(d.summary.state) ? d.stateSince.toString(Qt::ISODate) : QString()});
    cover.row({CoverText::tr("Outcome"), outcomeOf(d)});
    cover.row({CoverText::tr("Judicial confirmation"), confirmationOf(d)});
    cover.row({CoverText::tr("Sessions"), QString::number(d.sessions.size())});

    pages.skip(mm(6));
    sectionTitle(pages, fonts, CoverText::tr("Contents of the file"));
    Table contents(
        pages, fonts,
        {{CoverText::tr("No."), 14}, {CoverText::tr("Document"), width - 54}, {CoverText::tr("Date"), 40}});
    contents.begin();
    for (const QStringList& row : contentsOf(d))
        contents.row(row);
    signatureRow(pages, fonts,
                 {CoverText::tr("Filed by:"), CoverText::tr("Filed on:"), CoverText::tr("Kept for:")});
    return pages.pages();
}

} // namespace

int paintCaseFileCover(const core::CaseDetail& detail, QPagedPaintDevice& device)
{
    return paintCounted(
        device, [&](QPainter* painter, int total) { return paintOn(detail, device, painter, total); });
}

core::Result<int> writeCaseFileCoverPdf(const core::CaseDetail& detail, const QString& path)
{
    return writePdf(path, CoverText::tr("Case file %1").arg(detail.summary.number),
                    [&](QPagedPaintDevice& pdf) { return paintCaseFileCover(detail, pdf); });
}

} // namespace shegong::report
