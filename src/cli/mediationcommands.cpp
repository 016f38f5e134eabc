#include "mediationcommands.h"

#include "clisupport.h"
#include "shegong/core/base/csv.h"
#include "shegong/core/mediation/mediationservice.h"
#include "shegong/core/mediation/mediationstats.h"
#include "shegong/report/agreementdocument.h"
#include "shegong/report/casefilecover.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace shegong::core;

namespace shegong::cli {

const char* const kMediationUsage =
    R"(  mediation stats --db PATH --as ACCOUNT --from YYYY-MM-DD --to YYYY-MM-DD [--place NAME]
        [--community NAME|CODE] [--csv OUT.csv]
        The period's consultations, cases, successes, rate, sessions and days to agreement, escalations,
        by category and level, as JSON (or CSV): the studio, a station or committee, or a community.
  mediation agreement|intake|cover --db PATH --as ACCOUNT --case N --pdf OUT.pdf
        The mediation agreement of case N (its database id) as the parties sign it, its intake form, or
        the cover and list of contents of its case file.
)";

namespace {

QJsonObject figures(const CategoryFigures& f)
{
    return {{QStringLiteral("received"), f.received}, {QStringLiteral("successes"), f.successes}};
}

int stats(const QCommandLineParser& args)
{
    const QDate from = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return fail(QStringLiteral("--from and --to must be YYYY-MM-DD"));
    const auto as = openAs(args, Permission::ManageMediation);
    if (!as)
        return 1;
    const Access access(*as->db, as->session);
    MediationScope scope{from, to, std::nullopt, std::nullopt};
    if (args.isSet(QStringLiteral("place"))) {
        for (const MediationPlace& p : MediationService(access).places())
            if (p.name == args.value(QStringLiteral("place")) ||
                p.shortName == args.value(QStringLiteral("place")))
                scope.placeId = p.id;
        if (!scope.placeId)
            return fail(QStringLiteral("Place: %1 does not exist").arg(args.value(QStringLiteral("place"))));
    }
    if (args.isSet(QStringLiteral("community"))) {
        const auto community = communityNamed(*as->db, args.value(QStringLiteral("community")));
        if (!community)
            return fail(
                QStringLiteral("Community: %1 does not exist").arg(args.value(QStringLiteral("community"))));
        scope.communityId = community->id;
    }
    const auto s = mediationStatistics(access, scope);
    if (!s)
        return fail(s.error().message);
    if (args.isSet(QStringLiteral("csv"))) {
        QString csv =
            csvStart({QStringLiteral("category"), QStringLiteral("received"), QStringLiteral("successes")});
        for (const auto& [category, f] : s->byCategory)
            csv += csvLine({toString(category), QString::number(f.received), QString::number(f.successes)});
        csv +=
            csvLine({QStringLiteral("TOTAL"), QString::number(s->received), QString::number(s->successes)});
        QString error;
        return writeFile(args.value(QStringLiteral("csv")), csv.toUtf8(), error) ? 0 : fail(error);
    }
    QJsonObject byCategory, byLevel;
    for (const auto& [category, f] : s->byCategory)
        byCategory.insert(toString(category), figures(f));
    for (const auto& [level, f] : s->byLevel)
        byLevel.insert(toString(level), figures(f));
    const auto rounded = [](double v) { return std::round(v * 1000) / 1000; };
    out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                       {QStringLiteral("consultations"), s->consultations},
                                       {QStringLiteral("received"), s->received},
                                       {QStringLiteral("successes"), s->successes},
                                       {QStringLiteral("success_rate"), rounded(s->successRate)},
                                       {QStringLiteral("average_sessions"), rounded(s->averageSessions)},
                                       {QStringLiteral("average_days_to_agreement"),
                                        rounded(s->averageDaysToAgreement)},
                                       {QStringLiteral("escalations"), s->escalations},
                                       {QStringLiteral("litigations"), s->litigations},
                                       {QStringLiteral("withdrawals"), s->withdrawals},
                                       {QStringLiteral("by_category"), byCategory},
                                       {QStringLiteral("by_level"), byLevel}})
                 .toJson(QJsonDocument::Indented);
    return 0;
}

int document(const QCommandLineParser& args, const QString& which)
{
    bool ok = false;
    const Id caseId = args.value(QStringLiteral("case")).toLongLong(&ok);
    if (!ok || !args.isSet(QStringLiteral("pdf")))
        return fail(QStringLiteral("usage: shegong-cli mediation agreement|intake|cover --db PATH --as "
                                   "ACCOUNT --case N --pdf OUT.pdf"));
    const auto as = openAs(args, Permission::ManageMediation);
    if (!as)
        return 1;
    const Access access(*as->db, as->session);
    const auto detail = MediationService(access).caseDetail(caseId);
    if (!detail)
        return fail(detail.error().message);
    const QString path = args.value(QStringLiteral("pdf"));
    auto pages = which == QLatin1String("intake") ? report::writeIntakeFormPdf(*detail, path)
                 : which == QLatin1String("cover")
                     ? report::writeCaseFileCoverPdf(*detail, path)
                     : report::writeAgreementPdf(*detail, detail->summary.placeName, path);
    if (!pages)
        return fail(pages.error().message);
    err() << "wrote " << pages.value() << " page(s) to " << args.value(QStringLiteral("pdf")) << Qt::endl;
    return 0;
}

} // namespace

int runMediation(const QCommandLineParser& args, const QStringList& positional)
{
    if (positional.value(1) == QLatin1String("stats"))
        return stats(args);
    if (QStringList{QStringLiteral("agreement"), QStringLiteral("intake"), QStringLiteral("cover")}.contains(
            positional.value(1)))
        return document(args, positional.value(1));
    return fail(QStringLiteral("usage:\n%1").arg(QString::fromUtf8(kMediationUsage)));
}

} // namespace shegong::cli
