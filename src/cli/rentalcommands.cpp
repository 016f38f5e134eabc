#include "rentalcommands.h"

#include "clisupport.h"
#include "shegong/core/base/csv.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/report/rentaldocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace shegong::core;

namespace shegong::cli {

const char* const kRentalUsage =
    R"(  rental wall-table --db PATH --as ACCOUNT --community NAME|CODE --year YYYY [--pdf OUT.pdf] [--a3]
        [--csv OUT.csv]
        The grades of the year (each house's last closed round) by address, landlords masked.
  rental plaques --db PATH --as ACCOUNT --community NAME|CODE --year YYYY --round N --pdf OUT.pdf
        The door plaques of a closed round's graded houses, four to an A4 sheet.
  rental vacancies --db PATH --as ACCOUNT --community NAME|CODE [--rent-min N] [--rent-max N]
        [--area-min M2] [--grade AAA|AA|A] [--csv OUT.csv]
        Vacant rooms, best house first, then higher score, then lower rent.
  rental stats --db PATH --as ACCOUNT --community NAME|CODE --year YYYY --round N
        A round's figures as JSON: houses per grade, average score, items deducted most, moves.
)";

namespace {

std::optional<int> number(const QCommandLineParser& args, const char* option)
{
    bool ok = false;
    const int value = args.value(QString::fromLatin1(option)).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

void auditExport(const Operator& as, const QString& what, const Community& community)
{
    AuditLog(*as.db).append({as.session.worker.account, as.session.workstation, QStringLiteral("export"),
                             QStringLiteral("rental:%1").arg(what), QStringLiteral("ok"),
                             QStringLiteral("{\"community\":\"%1\"}").arg(community.code)});
}

QByteArray wallTableCsv(const std::vector<WallTableRow>& rows)
{
    QString csv = csvStart({QStringLiteral("address"), QStringLiteral("landlord"), QStringLiteral("rooms"),
                            QStringLiteral("score"), QStringLiteral("grade"), QStringLiteral("round")});
    for (const WallTableRow& r : rows)
        csv += csvLine({r.address, r.landlord, QString::number(r.rooms), QString::number(r.score, 'f', 1),
                        toString(r.grade), QString::number(r.round)});
    return csv.toUtf8();
}

QByteArray vacanciesCsv(const std::vector<VacantRoom>& rooms)
{
    QString csv = csvStart({QStringLiteral("address"), QStringLiteral("floor"), QStringLiteral("area_m2"),
                            QStringLiteral("rent_yuan"), QStringLiteral("max_occupants"),
                            QStringLiteral("facilities"), QStringLiteral("grade"), QStringLiteral("score")});
    for (const VacantRoom& v : rooms)
        csv += csvLine({v.address, QString::number(v.floor), QString::number(v.areaM2),
                        QString::number(v.rentYuan), QString::number(v.maxOccupants), v.facilities,
                        toString(v.grade), QString::number(v.score, 'f', 1)});
    return csv.toUtf8();
}

int emit(const QCommandLineParser& args, const QByteArray& csv)
{
    QString error;
    if (args.isSet(QStringLiteral("csv")))
        return writeFile(args.value(QStringLiteral("csv")), csv, error) ? 0 : fail(error);
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // the BOM is for Excel, not for a terminal
        text.remove(0, 1);
    out() << text;
    return 0;
}

std::optional<Id> roundId(const Access& access, const Community& community, int year, int number)
{
    for (const AssessmentRound& r : AssessmentService(access).rounds(community.id, year))
        if (r.number == number)
            return r.id;
    return std::nullopt;
}

} // namespace

int runRental(const QCommandLineParser& args, const QStringList& positional)
{
    const QString action = positional.value(1);
    static const QStringList kActions{QStringLiteral("wall-table"), QStringLiteral("plaques"),
                                      QStringLiteral("vacancies"), QStringLiteral("stats")};
    if (!kActions.contains(action) || !args.isSet(QStringLiteral("community")))
        return fail(QStringLiteral("usage:\n%1").arg(QString::fromUtf8(kRentalUsage)));
    const std::optional<int> year = number(args, "year");
    if (action != QLatin1String("vacancies") && !year)
        return fail(QStringLiteral("--year YYYY is required"));
    const auto as = openAs(args, Permission::ViewRentals);
    if (!as)
        return 1;
    const Access access(*as->db, as->session);
    const auto community = communityNamed(*as->db, args.value(QStringLiteral("community")));
    if (!community)
        return fail(
            QStringLiteral("Community: %1 does not exist").arg(args.value(QStringLiteral("community"))));
    const QString subdistrict = as->db->meta(QStringLiteral("subdistrict_name"));

    if (action == QLatin1String("wall-table")) {
        auto rows = wallTable(access, community->id, *year);
        if (!rows)
            return fail(rows.error().message);
        auditExport(*as, action, *community);
        if (!args.isSet(QStringLiteral("pdf")))
            return emit(args, wallTableCsv(*rows));
        const report::WallTableDocument document{subdistrict, community->name, *year,
                                                 std::move(rows).value()};
        auto pages =
            report::writeWallTablePdf(document, args.value(QStringLiteral("pdf")),
                                      args.isSet(QStringLiteral("a3")) ? QPageSize::A3 : QPageSize::A4);
        if (!pages)
            return fail(pages.error().message);
        err() << "wrote " << pages.value() << " page(s) to " << args.value(QStringLiteral("pdf")) << Qt::endl;
        return args.isSet(QStringLiteral("csv")) ? emit(args, wallTableCsv(document.rows)) : 0;
    }

    if (action == QLatin1String("vacancies")) {
        VacancyQuery query;
        query.communityId = community->id;
        query.year = year.value_or(access.today().year());
        query.rentMin = number(args, "rent-min");
        query.rentMax = number(args, "rent-max");
        if (args.isSet(QStringLiteral("area-min")))
            query.areaMin = args.value(QStringLiteral("area-min")).toDouble();
        if (args.isSet(QStringLiteral("grade"))) {
            const QString grade = args.value(QStringLiteral("grade"));
            if (grade != QLatin1String("A") && grade != QLatin1String("AA") && grade != QLatin1String("AAA"))
                return fail(QStringLiteral("--grade must be AAA, AA or A"));
            query.gradeAtLeast = gradeFrom(grade);
        }
        auto rooms = vacancies(access, query);
        if (!rooms)
            return fail(rooms.error().message);
        auditExport(*as, action, *community);
        return emit(args, vacanciesCsv(*rooms));
    }

    const std::optional<int> round = number(args, "round");
    if (!round)
        return fail(QStringLiteral("--round N is required"));
    const auto id = roundId(access, *community, *year, *round);
    if (!id)
        return fail(QStringLiteral("Round %1 of %2 does not exist in %3")
                        .arg(*round)
                        .arg(*year)
                        .arg(community->name));

    if (action == QLatin1String("plaques")) {
        if (!args.isSet(QStringLiteral("pdf")))
            return fail(QStringLiteral("--pdf OUT.pdf is required"));
        if (!AssessmentService(access).round(*id)->closed())
            return fail(QStringLiteral("Round %1 of %2 is still open: plaques are printed once it is closed")
                            .arg(*round)
                            .arg(*year));
        auto rows = gradedInRound(access, *id);
        if (!rows)
            return fail(rows.error().message);
        std::vector<report::Plaque> plaques;
        for (const WallTableRow& r : rows.value())
            plaques.push_back({r.address, r.grade, *year, community->name});
        auto pages = report::writePlaquesPdf(plaques, args.value(QStringLiteral("pdf")));
        if (!pages)
            return fail(pages.error().message);
        auditExport(*as, action, *community);
        err() << "wrote " << plaques.size() << " plaque(s) on " << pages.value() << " page(s) to "
              << args.value(QStringLiteral("pdf")) << Qt::endl;
        return 0;
    }

    const auto stats = roundStatistics(access, *id);
    if (!stats)
        return fail(stats.error().message);
    QJsonObject perGrade;
    for (Grade g : {Grade::AAA, Grade::AA, Grade::A, Grade::None})
        perGrade.insert(toString(g), stats->perGrade[size_t(g)]);
    QJsonArray deducted;
    for (const auto& [title, houses] : stats->mostDeducted)
        deducted.append(QJsonObject{{QStringLiteral("item"), title}, {QStringLiteral("houses"), houses}});
    const QJsonObject json{{QStringLiteral("community"), community->name},
                           {QStringLiteral("year"), *year},
                           {QStringLiteral("round"), *round},
                           {QStringLiteral("closed"), stats->round.closed()},
                           {QStringLiteral("inspected"), stats->inspected},
                           {QStringLiteral("per_grade"), perGrade},
                           {QStringLiteral("average_score"), std::round(stats->averageScore * 10) / 10},
                           {QStringLiteral("most_deducted"), deducted},
                           {QStringLiteral("moved_up"), stats->movedUp},
                           {QStringLiteral("moved_down"), stats->movedDown}};
    out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace shegong::cli
