#include "shegong/report/handoverdocument.h"

#include "pagelayout.h"
#include "shegong/core/base/displaynames.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace shegong::report {
namespace {

struct DossierText {
    Q_DECLARE_TR_FUNCTIONS(HandoverDocument)
};

QString day(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

int paint(const core::HandoverDossier& d, QPagedPaintDevice& device, QPainter* painter, int totalPages)
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const auto mm = [dpmm](double v) { return v * dpmm; };
    const double left = mm(14), width = device.width() - 2 * mm(14);
    const DocumentFonts fonts(dpmm);
    const auto decorate = [&](int page) {
        if (!painter)
            return;
        painter->setFont(fonts.title);
        painter->drawText(QRectF(left, mm(8), width, mm(8)), Qt::AlignCenter,
                          DossierText::tr("Handover dossier of a responsibility area"));
        painter->setFont(fonts.body);
        painter->drawText(
            QRectF(left, mm(16), width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
            DossierText::tr("%1 · %2 · area %3 %4").arg(d.subdistrict, d.community, d.areaCode, d.areaName));
        painter->drawText(QRectF(left, mm(16), width, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                          DossierText::tr("As of %1").arg(d.asOf.toString(Qt::ISODate)));
        const double footer = device.height() - mm(12);
        painter->drawText(QRectF(left, footer, width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                          DossierText::tr("Internal: contains personal data, keep confidential"));
        painter->drawText(QRectF(left, footer, width, mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                          DossierText::tr("Page %1 of %2").arg(page).arg(totalPages));
    };
    Pages pages(painter, device, decorate);

    // Summary.
    int special = 0, openEvents = int(d.openEvents.size()), overdue = 0;
    for (const auto& h : d.households)
        special += h.specialGroup ? 1 : 0;
    for (const auto& e : d.openEvents)
        overdue += e.overdue ? 1 : 0;
    const double summaryTop = pages.take(mm(12));
    if (painter) {
        painter->setFont(fonts.body);
        painter->drawText(
            QRectF(left, summaryTop, width, mm(12)), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
            DossierText::tr("%1 households · %2 residents (%3 floating) · %4 households visited in the last "
                            "90 days · %5 open events (%6 overdue) · %7 special-group households")
                .arg(d.households.size())
                .arg(d.residents)
                .arg(d.floatingResidents)
                .arg(d.householdsVisitedIn90Days)
                .arg(openEvents)
                .arg(overdue)
                .arg(special));
    }

    sectionTitle(pages, fonts, DossierText::tr("Workers of the area"));
    Table workers(pages, fonts,
                  {{DossierText::tr("Worker"), 50},
                   {DossierText::tr("Account"), 40},
                   {DossierText::tr("From"), 45},
                   {DossierText::tr("Until"), 45}});
    workers.begin();
    for (const auto& a : d.assignments)
        workers.row({a.worker, a.account, a.starts.toString(Qt::ISODate),
                     a.ends ? day(a.ends) : DossierText::tr("now")});

    sectionTitle(pages, fonts, DossierText::tr("The three leaders of the area"));
    Table leaders(
        pages, fonts,
        {{DossierText::tr("Role"), 60}, {DossierText::tr("Name"), 60}, {DossierText::tr("Phone"), 62}});
    leaders.begin();
    for (const auto& l : d.leaders)
        leaders.row({core::leaderRoleName(l.role), l.name, l.phone.value_or(QString())});

    sectionTitle(pages, fonts, DossierText::tr("Open events (overdue in red)"));
    Table events(pages, fonts,
                 {{DossierText::tr("Due"), 21},
                  {DossierText::tr("Duty"), 24},
                  {DossierText::tr("Status"), 18},
                  {DossierText::tr("Escalated"), 16},
                  {DossierText::tr("Address"), 34},
                  {DossierText::tr("Matter"), 50},
                  {DossierText::tr("Assignee"), 19}});
    events.begin();
    for (const auto& e : d.openEvents)
        events.row({e.dueOn.toString(Qt::ISODate), core::dutyName(core::dutyFrom(e.category)),
                    core::eventStatusName(core::eventStatusFrom(e.status)),
                    core::escalationName(e.escalatedTo), e.address, e.description, e.assignee},
                   e.overdue ? Table::Style::Alert : Table::Style::Plain);
    if (d.openEvents.empty())
        events.row({DossierText::tr("none")});

    if (d.sensitiveShown) {
        sectionTitle(pages, fonts, DossierText::tr("Special groups and people needing care"));
        Table people(pages, fonts,
                     {{DossierText::tr("Name"), 24},
                      {DossierText::tr("Age"), 12, Qt::AlignRight},
                      {DossierText::tr("Address"), 50},
                      {DossierText::tr("Categories"), 96}});
        people.begin();
        for (const auto& p : d.specialGroups)
            people.row({p.name, QString::number(p.age), p.address, p.tags.join(QStringLiteral("、"))});
        if (d.specialGroups.empty())
            people.row({DossierText::tr("none")});
    }

    sectionTitle(pages, fonts, DossierText::tr("Households and their last visit"));
    Table households(pages, fonts,
                     {{DossierText::tr("Address"), 50},
                      {DossierText::tr("Head"), 22},
                      {DossierText::tr("Members (floating)"), 26, Qt::AlignRight},
                      {DossierText::tr("Open events"), 20, Qt::AlignRight},
                      {DossierText::tr("Last visit"), 24},
                      {DossierText::tr("By"), 20},
                      {DossierText::tr("Note"), 20}});
    households.begin();
    for (const auto& h : d.households)
        households.row({h.address, h.head, QStringLiteral("%1 (%2)").arg(h.members).arg(h.floatingMembers),
                        h.openEvents ? QString::number(h.openEvents) : QString(),
                        h.lastVisit ? day(h.lastVisit) : DossierText::tr("never"), h.lastVisitor,
                        h.specialGroup ? DossierText::tr("special group") : QString()},
                       h.specialGroup ? Table::Style::Shaded : Table::Style::Plain);

    // Signatures: the outgoing worker, the incoming one, and the director who supervises the handover.
    signatureRow(pages, fonts,
                 {DossierText::tr("Handed over by:"), DossierText::tr("Received by:"),
                  DossierText::tr("Supervised by:"), DossierText::tr("Date:")});
    return pages.pages();
}

} // namespace

int paintHandoverDossier(const core::HandoverDossier& dossier, QPagedPaintDevice& device)
{
    return paintCounted(device,
                        [&](QPainter* painter, int total) { return paint(dossier, device, painter, total); });
}

core::Result<int> writeHandoverPdf(const core::HandoverDossier& dossier, const QString& path)
{
    return writePdf(path, DossierText::tr("Handover dossier %1").arg(dossier.areaCode),
                    [&](QPagedPaintDevice& pdf) { return paintHandoverDossier(dossier, pdf); });
}

} // namespace shegong::report
