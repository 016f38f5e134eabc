#include "mediationdemo.h"

#include "core/storage/sql.h"
#include "shegong/core/mediation/mediation.h"
#include "shegong/core/storage/database.h"

#include <cmath>
#include <map>

namespace shegong::core::demo {
namespace {

struct Committee {
    Id id = 0;
    Id communityId = 0;
    QString shortName;
    std::vector<Id> residents; //!< heads of households in the community, as parties
};

const char* const kTopics[] = {"漏水",     "噪音",   "占道停车", "宠物扰邻", "赡养老人",
                               "离婚财产", "物业费", "装修",     "拖欠工资", "押金退还",
                               "交通事故", "借款",   "房屋租赁", "相邻通行"};

DisputeCategory categoryOf(int topic)
{
    static const DisputeCategory kCategories[] = {
        DisputeCategory::Neighbours, DisputeCategory::Neighbours, DisputeCategory::Neighbours,
        DisputeCategory::Neighbours, DisputeCategory::Family,     DisputeCategory::Family,
        DisputeCategory::Property,   DisputeCategory::Property,   DisputeCategory::Labour,
        DisputeCategory::Tenancy,    DisputeCategory::Damages,    DisputeCategory::Contract,
        DisputeCategory::Tenancy,    DisputeCategory::Neighbours};
    return kCategories[topic];
}

} // namespace

void addMediation(const Database& db, Random& random, Identities& identities, QDate reference, double scale)
{
    // The network: the court's studio, four liaison stations (this subdistrict's and its neighbours'),
    // 49 committees in this subdistrict's communities.
    Statement place =
        prepare(db, "INSERT INTO mediation_places(level, name, short_name, community_id, parent_id)"
                    " VALUES(?, ?, ?, ?, ?)");
    const Id studio = place
                          .bind(QStringLiteral("studio"), QStringLiteral("区法院法官调解工作室"),
                                QStringLiteral("法调"), std::nullopt, std::nullopt)
                          .insert();
    Id station = 0;
    for (const char* name : {"和安", "凯旋", "采荷", "闸弄口"}) {
        const Id id =
            place
                .bind(QStringLiteral("station"), QString::fromUtf8(name) + QStringLiteral("街道联络站"),
                      QString::fromUtf8(name) + QStringLiteral("站"), std::nullopt, studio)
                .insert();
        if (!station)
            station = id;
    }
    std::vector<Committee> committees;
    {
        auto communities = prepare(db, "SELECT id, name FROM communities ORDER BY id");
        std::vector<std::pair<Id, QString>> list;
        while (communities.next())
            list.emplace_back(communities.integer(0), communities.text(1).remove(QStringLiteral("社区")));
        static const char* const kKinds[] = {"人民调解委员会", "物业纠纷调解委员会", "劳动争议调解委员会",
                                             "婚姻家庭调解委员会"};
        for (int i = 0; i < 49 && !list.empty(); ++i) {
            const auto& [community, shortName] = list[size_t(i) % list.size()];
            const int kind = i / int(list.size());
            const Id id =
                place
                    .bind(QStringLiteral("committee"), shortName + QString::fromUtf8(kKinds[kind % 4]),
                          shortName + (kind ? QString::number(kind + 1) : QString()), community, station)
                    .insert();
            committees.push_back({id, community, shortName, {}});
        }
        auto heads =
            prepare(db, "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
                        " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                        " JOIN areas a ON a.id = b.area_id WHERE a.community_id = ? AND r.relation = 'head'"
                        " AND r.moved_out IS NULL");
        for (Committee& c : committees) {
            heads.bind(c.communityId);
            while (heads.next())
                c.residents.push_back(heads.integer(0));
        }
    }
    std::vector<Id> mediators;
    {
        auto q = prepare(
            db, "SELECT id FROM workers WHERE role IN ('mediator', 'community_director') AND active = 1");
        while (q.next())
            mediators.push_back(q.integer(0));
    }
    if (committees.empty() || mediators.empty())
        return;
    // Mediation is one of a social worker's six duties: they take counter shifts and sit in cases of
    // their community's committees beside its mediators.
    std::map<Id, std::vector<Id>> socialWorkers; // by community
    {
        auto q = prepare(db, "SELECT DISTINCT a.community_id, s.worker_id FROM area_assignments s"
                             " JOIN areas a ON a.id = s.area_id WHERE s.ends IS NULL ORDER BY 1, 2");
        while (q.next())
            socialWorkers[q.integer(0)].push_back(q.integer(1));
    }
    // Every third consultation and every other case draw on them (by count, not by the random stream,
    // so that the rest of the demo stays as it was).
    const auto socialWorkerOr = [&](Id communityId, int n, int every, Id otherwise) {
        const auto it = socialWorkers.find(communityId);
        return n % every || it == socialWorkers.end() ? otherwise
                                                      : it->second[size_t(n / every) % it->second.size()];
    };

    const QDate first = reference.addYears(-2);
    const int span = int(first.daysTo(reference));
    const auto day = [&] { return first.addDays(random.below(span)); };
    // Consultations at the counters: advice mostly, some referred elsewhere.
    Statement consultation =
        prepare(db, "INSERT INTO consultations(day, place_id, resident_id, person_name, category,"
                    " advice, outcome, worker_id, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const int consultations = std::max(10, int(std::lround(5645 * scale)));
    for (int i = 0; i < consultations; ++i) {
        const Committee& c = committees[size_t(random.below(int(committees.size())))];
        const int topic = random.below(int(std::size(kTopics)));
        const QDate when = day();
        const bool resident = !c.residents.empty() && random.chance(0.8);
        consultation
            .bind(when.toString(Qt::ISODate), random.chance(0.85) ? c.id : station,
                  resident ? std::optional<Id>(c.residents[size_t(random.below(int(c.residents.size())))])
                           : std::nullopt,
                  resident ? std::nullopt
                           : std::optional<QString>(
                                 identities.name(random.chance(0.5) ? Gender::Male : Gender::Female)),
                  toString(categoryOf(topic)),
                  QStringLiteral("就%1问题解答相关政策，建议双方协商").arg(QString::fromUtf8(kTopics[topic])),
                  random.chance(0.9) ? QStringLiteral("advice") : QStringLiteral("referred"),
                  socialWorkerOr(c.communityId, i, 3, mediators[size_t(random.below(int(mediators.size())))]),
                  QDateTime(when, QTime(10, 0), Qt::UTC).toString(Qt::ISODate))
            .run();
    }

    // Cases: 2,026 successes in two years, with failures that rise, go to court or are withdrawn.
    Statement addCase = prepare(
        db,
        "INSERT INTO mediation_cases(intake_day, source, started_by, category, amount_yuan,"
        " title, description, kind, place_id, state, state_since) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement number =
        prepare(db, "INSERT INTO mediation_case_numbers(case_id, place_id, year, level, serial, assigned_on)"
                    " VALUES(?, ?, ?, ?, ?, ?)");
    Statement party = prepare(
        db, "INSERT INTO mediation_parties(case_id, role, resident_id, consented_on) VALUES(?, ?, ?, ?)");
    Statement mediator = prepare(db, "INSERT INTO mediation_mediators(case_id, worker_id) VALUES(?, ?)");
    Statement session =
        prepare(db, "INSERT INTO mediation_sessions(case_id, held_at, place, attendees, summary, next_step,"
                    " recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?)");
    Statement agreement =
        prepare(db, "INSERT INTO mediation_agreements(case_id, signed_on, facts, terms, amount_yuan)"
                    " VALUES(?, ?, ?, ?, ?)");
    Statement step =
        prepare(db, "INSERT INTO mediation_steps(case_id, at, worker_id, step, from_place, to_place, note)"
                    " VALUES(?, ?, ?, ?, ?, ?, ?)");
    Statement since = prepare(db, "UPDATE mediation_cases SET state_since = ? WHERE id = ?");
    std::map<std::pair<int, QString>, int> serials;
    const auto numberCase = [&](Id caseId, Id placeId, const QString& level, QDate on) {
        const int serial = ++serials[{on.year(), level}];
        number.bind(caseId, placeId, on.year(), level, serial, on.toString(Qt::ISODate)).run();
    };
    const int successes = std::max(8, int(std::lround(2026 * scale)));
    int agreed = 0;
    for (int n = 0; agreed < successes; ++n) {
        const Committee& c = committees[size_t(random.below(int(committees.size())))];
        if (c.residents.size() < 2)
            continue;
        const int topic = random.below(int(std::size(kTopics)));
        const QDate intake = day();
        const Id worker = mediators[size_t(random.below(int(mediators.size())))];
        const Id socialWorker = socialWorkerOr(c.communityId, n, 2, 0);
        const double roll = random.unit();
        // Most agree at the committee; some fail and rise to the station (where most then agree);
        // a few go to court or are withdrawn; the newest are still open.
        const bool recent = intake.daysTo(reference) < 20;
        const bool escalated = !recent && roll > 0.80 && roll <= 0.92;
        QString state = recent         ? QStringLiteral("in_mediation")
                        : roll <= 0.80 ? QStringLiteral("agreed")
                        : escalated
                            ? (random.chance(0.7) ? QStringLiteral("agreed") : QStringLiteral("litigation"))
                        : roll <= 0.96 ? QStringLiteral("withdrawn")
                                       : QStringLiteral("litigation");
        if (state == QLatin1String("agreed") && random.chance(0.5))
            state = QStringLiteral("closed"); // the follow-up visit is done
        const int amount = random.chance(0.6) ? random.between(2, 400) * 100 : 0;
        const Id caseId =
            addCase
                .bind(
                    intake.toString(Qt::ISODate),
                    random.chance(0.7) ? QStringLiteral("application") : QStringLiteral("police"),
                    n % 10 == 0 && socialWorker ? socialWorker : worker, toString(categoryOf(topic)),
                    amount ? std::optional<int>(amount) : std::nullopt,
                    QStringLiteral("%1纠纷").arg(QString::fromUtf8(kTopics[topic])),
                    QStringLiteral("双方因%1问题发生争执，申请调解。").arg(QString::fromUtf8(kTopics[topic])),
                    random.chance(0.85) ? QStringLiteral("people") : QStringLiteral("judicial"),
                    escalated ? station : c.id, state, intake.addDays(20).toString(Qt::ISODate))
                .insert();
        numberCase(caseId, c.id, QStringLiteral("committee"), intake);
        const Id applicant = c.residents[size_t(random.below(int(c.residents.size())))];
        Id respondent = applicant;
        while (respondent == applicant)
            respondent = c.residents[size_t(random.below(int(c.residents.size())))];
        const bool agrees = state == QLatin1String("agreed") || state == QLatin1String("closed");
        const QDate signedOn = std::min(intake.addDays(random.between(3, 40)), reference);
        for (const auto& [role, who] :
             {std::pair{"applicant", applicant}, std::pair{"respondent", respondent}})
            party
                .bind(caseId, QString::fromLatin1(role), who,
                      agrees ? std::optional<QString>(signedOn.toString(Qt::ISODate)) : std::nullopt)
                .run();
        mediator.bind(caseId, worker).run();
        if (socialWorker && socialWorker != worker)
            mediator.bind(caseId, socialWorker).run();
        step.bind(caseId, intake.toString(Qt::ISODate), worker, QStringLiteral("intake"), std::nullopt, c.id,
                  QString())
            .run();
        const int sessions = random.weighted({45, 35, 15, 5}) + 1;
        for (int s = 0; s < sessions; ++s) {
            const QDate held = intake.addDays(std::min(int(intake.daysTo(signedOn)), 2 + s * 7));
            session
                .bind(caseId,
                      QDateTime(std::min(held, reference), QTime(14, 30), Qt::UTC).toString(Qt::ISODate),
                      c.shortName + QStringLiteral("调解室"), QStringLiteral("双方当事人、调解员"),
                      s + 1 < sessions ? QStringLiteral("听取双方陈述，分歧较大")
                                       : QStringLiteral("双方意见趋于一致"),
                      s + 1 < sessions ? QStringLiteral("补充材料后再次调解") : QString(), worker)
                .run();
        }
        if (escalated) {
            step.bind(caseId, intake.addDays(15).toString(Qt::ISODate), worker, QStringLiteral("escalate"),
                      c.id, station, QStringLiteral("调委会调解未果，移交联络站"))
                .run();
            numberCase(caseId, station, QStringLiteral("station"), intake.addDays(15));
        }
        if (agrees) {
            agreement
                .bind(caseId, signedOn.toString(Qt::ISODate),
                      QStringLiteral("双方因%1问题发生纠纷。").arg(QString::fromUtf8(kTopics[topic])),
                      amount ? QStringLiteral("被申请人于签订后三十日内一次性支付申请人%1元。").arg(amount)
                             : QStringLiteral("双方互谅互让，今后和睦相处。"),
                      amount)
                .run();
            ++agreed;
        }
        // The outcome's step, dated as the case's state says.
        const QString outcome = agrees                                 ? QStringLiteral("agreement")
                                : state == QLatin1String("litigation") ? QStringLiteral("litigation")
                                : state == QLatin1String("withdrawn")  ? QStringLiteral("withdraw")
                                                                       : QString();
        if (!outcome.isEmpty())
            step.bind(caseId, (agrees ? signedOn : intake.addDays(20)).toString(Qt::ISODate), worker, outcome,
                      std::nullopt, std::nullopt, QString())
                .run();
        const QDate followUp = std::min(signedOn.addDays(30), reference);
        if (state == QLatin1String("closed"))
            step.bind(caseId, followUp.toString(Qt::ISODate), worker, QStringLiteral("follow_up"),
                      std::nullopt, std::nullopt, QStringLiteral("协议已履行"))
                .run();
        // The day the case reached its state: signed, followed up, or given up at intake + 20.
        if (agrees)
            since.bind((state == QLatin1String("closed") ? followUp : signedOn).toString(Qt::ISODate), caseId)
                .run();
    }
    (void)identities;
}

} // namespace shegong::core::demo
