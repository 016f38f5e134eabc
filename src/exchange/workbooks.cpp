#include "shegong/exchange/workbooks.h"

#include "shegong/core/base/displaynames.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditedexport.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/handover.h"
#include "shegong/core/work/workloadreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <numeric>

namespace shegong::exchange {
namespace {

struct BookText {
    Q_DECLARE_TR_FUNCTIONS(Workbooks)
};

core::Result<void> writeAudited(const core::Access& access, const QString& object,
                                const std::vector<XlsxSheet>& sheets, const QString& path)
{
    int rows = 0;
    for (const XlsxSheet& s : sheets)
        rows += int(s.rows.size());
    const core::Session& s = access.session();
    const core::AuditEntry entry{
        s.worker.account,
        s.workstation,
        QStringLiteral("export"),
        object,
        QStringLiteral("ok"),
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("xlsx")},
                                                    {QStringLiteral("file"), QFileInfo(path).fileName()},
                                                    {QStringLiteral("rows"), rows}})
                              .toJson(QJsonDocument::Compact))};
    return core::exportAudited(access.database(), entry, path,
                               [&](const QString& file) { return writeXlsx(file, sheets); });
}

int sum(const std::array<int, core::kDutyCount>& byDuty)
{
    return std::accumulate(byDuty.begin(), byDuty.end(), 0);
}

} // namespace

core::Result<void> writeWorkloadXlsx(const core::Access& access, const core::WorkloadReport& r,
                                     const QString& path)
{
    XlsxSheet figures{BookText::tr("%1 %2-%3").arg(r.scope).arg(r.year).arg(r.month, 2, 10, QLatin1Char('0')),
                      {BookText::tr("Worker"), BookText::tr("Community"), BookText::tr("Areas"),
                       BookText::tr("Households in charge"), BookText::tr("Households visited"),
                       BookText::tr("Of which floating"), BookText::tr("Visits"), BookText::tr("Quota met")},
                      {}};
    for (int d = 0; d < core::kDutyCount; ++d)
        figures.header << BookText::tr("Opened: %1").arg(core::dutyName(core::Duty(d)))
                       << BookText::tr("Resolved: %1").arg(core::dutyName(core::Duty(d)));
    figures.header << BookText::tr("Events opened") << BookText::tr("Events resolved")
                   << BookText::tr("Overdue") << BookText::tr("Consultations") << BookText::tr("Cases opened")
                   << BookText::tr("Cases mediated") << BookText::tr("Cases concluded")
                   << BookText::tr("Score");
    const auto row = [&](const core::WorkerWorkload& w, bool total) {
        std::vector<QVariant> cells{total ? BookText::tr("Total") : w.name,
                                    w.community,
                                    w.areas.join(QStringLiteral("、")),
                                    w.householdsInCharge,
                                    w.householdsVisited,
                                    w.floatingHouseholdsVisited,
                                    w.visits,
                                    total ? QString()
                                          : (w.quotaMet ? BookText::tr("yes") : BookText::tr("no"))};
        for (size_t d = 0; d < core::kDutyCount; ++d) {
            cells.push_back(w.eventsOpened[d]);
            cells.push_back(w.eventsResolved[d]);
        }
        cells.insert(cells.end(),
                     {sum(w.eventsOpened), sum(w.eventsResolved), w.overdueEvents, w.mediation.consultations,
                      w.mediation.casesOpened, w.mediation.casesAttended, w.mediation.casesConcluded});
        cells.push_back(total ? QVariant() : QVariant(w.score));
        figures.rows.push_back(std::move(cells));
    };
    for (const core::WorkerWorkload& w : r.workers)
        row(w, false);
    for (const core::WorkerWorkload& t : r.totals)
        row(t, true);
    XlsxSheet flags{BookText::tr("For review"),
                    {BookText::tr("Worker"), BookText::tr("Kind"), BookText::tr("Detail")},
                    {}};
    for (const core::FairnessFlag& f : r.flags)
        flags.rows.push_back({f.worker, core::fairnessFlagName(f.kind), f.detail});
    return writeAudited(access, QStringLiteral("workload_report"), {figures, flags}, path);
}

core::Result<void> writeHandoverXlsx(const core::Access& access, const core::HandoverDossier& d,
                                     const QString& path)
{
    std::vector<XlsxSheet> sheets;
    XlsxSheet assignments{BookText::tr("Assignments"),
                          {BookText::tr("Worker"), BookText::tr("From"), BookText::tr("Until")},
                          {}};
    for (const auto& a : d.assignments)
        assignments.rows.push_back({a.worker, a.starts, a.ends ? QVariant(*a.ends) : QVariant()});
    sheets.push_back(assignments);
    XlsxSheet households{BookText::tr("Households"),
                         {BookText::tr("Address"), BookText::tr("Head"), BookText::tr("Members"),
                          BookText::tr("Floating"), BookText::tr("Open events"),
                          BookText::tr("Special group"), BookText::tr("Last visit"),
                          BookText::tr("Last visitor")},
                         {}};
    for (const auto& h : d.households)
        households.rows.push_back({h.address, h.head, h.members, h.floatingMembers, h.openEvents,
                                   h.specialGroup ? BookText::tr("yes") : QString(),
                                   h.lastVisit ? QVariant(*h.lastVisit) : QVariant(BookText::tr("never")),
                                   h.lastVisitor});
    sheets.push_back(households);
    if (d.sensitiveShown) {
        XlsxSheet groups{
            BookText::tr("Special groups"),
            {BookText::tr("Name"), BookText::tr("Address"), BookText::tr("Age"), BookText::tr("Tags")},
            {}};
        for (const auto& t : d.specialGroups)
            groups.rows.push_back({t.name, t.address, t.age, t.tags.join(QStringLiteral("、"))});
        sheets.push_back(groups);
    }
    XlsxSheet events{BookText::tr("Open events"),
                     {BookText::tr("Opened"), BookText::tr("Due"), BookText::tr("Duty"),
                      BookText::tr("Status"), BookText::tr("Address"), BookText::tr("Matter"),
                      BookText::tr("Assignee")},
                     {}};
    for (const auto& e : d.openEvents)
        events.rows.push_back({e.openedOn, e.dueOn, core::dutyName(core::dutyFrom(e.category)), e.status,
                               e.address, e.description, e.assignee});
    sheets.push_back(events);
    return writeAudited(access, QStringLiteral("handover:%1").arg(d.areaCode), sheets, path);
}

core::Result<void> writeResidentsXlsx(const core::Access& access, const core::ResidentQuery& query,
                                      const QString& path)
{
    if (!access.may(core::Permission::ExportData))
        return core::refusedWrite(
            access, QStringLiteral("export"), QStringLiteral("residents"),
            core::Error{QStringLiteral("role"), BookText::tr("You may not export lists")});
    const core::ResidentSearch search(access, access.today());
    XlsxSheet sheet{BookText::tr("Residents"),
                    {BookText::tr("Name"), BookText::tr("Gender"), BookText::tr("Age"),
                     BookText::tr("Category"), BookText::tr("ID number"), BookText::tr("Phone"),
                     BookText::tr("Address"), BookText::tr("Community"), BookText::tr("Area")},
                    {}};
    for (const core::ResidentRow& r : search.find(query, 0, search.count(query)))
        sheet.rows.push_back({r.name, r.gender, r.age,
                              r.registration == core::Registration::Floating ? BookText::tr("floating")
                                                                             : BookText::tr("registered"),
                              r.idNumber, r.phone, r.address, r.community, r.area});
    return writeAudited(access, QStringLiteral("residents"), {sheet}, path);
}

XlsxSheet problemSheet(const core::ImportPlan& plan)
{
    const core::TextTable t = core::problemTable(plan);
    XlsxSheet sheet{t.name, t.rows.front(), {}};
    for (size_t r = 1; r < t.rows.size(); ++r)
        sheet.rows.push_back({t.rows[r][0].toInt(), t.rows[r][1], t.rows[r][2], t.rows[r][3]});
    return sheet;
}

} // namespace shegong::exchange
