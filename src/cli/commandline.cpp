// shegong-cli: every headless job (demo data, stats, map export) for scripts, cron and tests.
#include "commandline.h"

#include "clisupport.h"
#include "importcommands.h"
#include "mediationcommands.h"
#include "passwordprompt.h"
#include "rentalcommands.h"
#include "shegong/core/demo/demofile.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/geography/districtstats.h"
#include "shegong/core/geography/geojsonexport.h"
#include "shegong/core/geography/mapimport.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditedexport.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/backup.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/storage/databasecopy.h"
#include "shegong/core/work/workerrepository.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/exchange/mapfile.h"
#include "shegong/exchange/workbooks.h"
#include "shegong/i18n/translations.h"
#include "shegong/map/districtscene.h"
#include "shegong/map/sceneexport.h"
#include "shegong/report/handoverdocument.h"
#include "shegong/report/workloaddocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <osgDB/WriteFile>
#include <unistd.h>

using namespace shegong::core;
using namespace shegong::cli;

namespace {

const char* kUsage = R"(Usage: shegong-cli COMMAND [options]

Every command but `demo` and `audit verify` runs as an account: --as ACCOUNT, whose password is read
from a no-echo prompt or from stdin (one line, then any new password; never from the command line).
The account needs the command's permission and must have changed its first password (`password`).
--demo tries the demo district as the application's --demo does (its published password works).

--db is a database file or the office's PostgreSQL server: postgresql://USER@HOST[:PORT]/DBNAME
(TLS required unless on this machine; no password in the address: the server's own authentication,
a client certificate, or the PGPASSWORD of the command's environment).

Commands:
  migrate --db PATH|ADDRESS
        Create or upgrade the database's schema to this version's (what opening it does anyway) and
        say from which version: for a server's owner, before the workstations are upgraded.
  db copy --from PATH --to ADDRESS|PATH
        Copy every row of a database into an empty one (an office moving from its file to the
        server), in one transaction, the copy its last audit row; print each table's rows on both
        sides; verify the audit trail.
  demo  --db PATH [--seed N] [--scale X] [--today YYYY-MM-DD] [--geojson OUT]
        Build the demo district into a new database (and write its map as GeoJSON): six months of
        visits up to today (or --today, which makes it reproducible).
  password --db PATH --as ACCOUNT
        Change the account's own password (the current one, then the new one twice).
  stats --db PATH --as ACCOUNT
        Print the district's counts as JSON.
  map export-geojson --db PATH --as ACCOUNT OUT
        Write the district's map (outlines, lanes, footprints) as GeoJSON in WGS 84.
  map export-scene --db PATH --as ACCOUNT OUT.ive [--labels]
        Write the 3D scene for osgviewer and other OSG tools: buildings, areas, lanes as the application
        draws them; with --labels the community and area names too (building names are left out).
  map import FILE --db PATH --as ADMIN [--crs EPSG:NNNN] [--skip-bad]
        Add or update building footprints from GeoJSON, Shapefile, GeoPackage, KML or DXF (see
        docs/map-format.md), reprojected from the file's CRS (--crs for a file that declares none);
        bad features are listed by index, buildings without a height flagged.
  user list|add|passwd|lock|unlock|assign --db PATH --as ADMIN [options]
        Manage accounts as the administrator:
        add --account A --name N --role R [--community CODE]; passwd|lock|unlock --account A;
        assign --account A --area CODE [--from YYYY-MM-DD].
  report workload --db PATH --as ACCOUNT --month YYYY-MM [--community NAME|CODE] [--pdf OUT.pdf]
        [--csv OUT.csv] [--xlsx OUT.xlsx]
        The monthly workload report as the account may read it (a worker their own row, a director
        their community), the GUI's document, for scheduled runs.
  report rules --db PATH --as ADMIN --month YYYY-MM --quota N --weights VISIT,RESOLVED,OVERDUE
        The score's quota and weights (adding up to 100) from a month on; earlier months keep theirs.
  report handover --db PATH --as ACCOUNT --area CODE [--date YYYY-MM-DD] --pdf OUT.pdf
        An area's handover dossier: households, special groups, open events, last visits.
  backup --db PATH --as ADMIN --out FOLDER [--keep N]
        A checked copy of the database while it is in use, kept with the newest N (default 7).
  restore --db PATH --from BACKUP.db
        Verify a backup (shegong's, a schema this version knows, integrity, audit chain), migrate it,
        keep the replaced file beside it as PATH.replaced-<time>, then put the backup in its place.
  audit verify --db PATH
        Check the audit trail's hash chain; exits 1 naming the first bad row.
  audit export --db PATH --as AUDITOR --since YYYY-MM-DD [--out FILE]
        Write the audit rows since a date as CSV (UTF-8 with BOM).
)";

int runDemo(const QCommandLineParser& args)
{
    DemoOptions options;
    bool ok = true;
    if (args.isSet(QStringLiteral("seed")))
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    if (args.isSet(QStringLiteral("scale")))
        options.scale = args.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("--scale must be a number"));
    // The demo's "today": the day it is built, unless a test pins it.
    options.referenceDate = args.isSet(QStringLiteral("today"))
                                ? QDate::fromString(args.value(QStringLiteral("today")), Qt::ISODate)
                                : QDate::currentDate();
    if (!options.referenceDate.isValid())
        return fail(QStringLiteral("--today must be YYYY-MM-DD"));

    const QString path = args.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(QStringLiteral("--db PATH is required"));
    QElapsedTimer timer;
    timer.start();
    auto stats = createDemoFile(path, options);
    if (!stats)
        return fail(stats.error().message);
    err() << "demo district written in " << timer.elapsed() << " ms" << Qt::endl;
    QString error;
    if (args.isSet(QStringLiteral("geojson"))) {
        const auto db = openDatabase(path, false, error);
        if (!db || !writeFile(args.value(QStringLiteral("geojson")), exportDistrictGeoJson(*db), error))
            return fail(error);
    }
    out() << QJsonDocument(stats->toJson()).toJson(QJsonDocument::Indented);
    return 0;
}

int runPassword(const QCommandLineParser& args)
{
    QString error;
    auto db = openDatabase(args.value(QStringLiteral("db")), false, error);
    if (!db)
        return fail(error);
    const QString account = args.value(QStringLiteral("as"));
    if (account.isEmpty())
        return fail(QStringLiteral("--as ACCOUNT is required"));
    AuthService auth(*db, authSettings(args));
    const QString current = readPassword(QStringLiteral("Current password of %1: ").arg(account));
    auto session = auth.login(account, current, workstation());
    if (!session)
        return fail(session.error().message);
    const QString next = readPassword(QStringLiteral("New password: "));
    if (next != readPassword(QStringLiteral("New password again: ")))
        return fail(QStringLiteral("the two new passwords differ"));
    if (auto changed = auth.changePassword(session.value(), current, next); !changed)
        return fail(changed.error().message);
    out() << "ok" << Qt::endl;
    return 0;
}

int runStats(const QCommandLineParser& args)
{
    const auto as = openAs(args, Permission::ViewDistrict);
    if (!as)
        return 1;
    out() << QJsonDocument(districtStats(*as->db).toJson()).toJson(QJsonDocument::Indented);
    return 0;
}

int runUser(const QCommandLineParser& args, const QStringList& positional)
{
    const QString action = positional.value(1);
    const auto as = openAs(args, action == QLatin1String("assign") ? Permission::ReassignAreas
                                                                   : Permission::ManageAccounts);
    if (!as)
        return 1;
    const Database& db = *as->db;
    AuthService& auth = *as->auth;
    const Session& admin = as->session;
    const QString account = args.value(QStringLiteral("account"));
    Result<void> done;
    if (action == QLatin1String("list")) {
        for (const Worker& w : WorkerRepository(db).workers())
            out() << w.account << '\t' << w.name << '\t' << toString(w.role) << '\t'
                  << (w.active ? "active" : "inactive") << Qt::endl;
        return 0;
    } else if (action == QLatin1String("add")) {
        const auto role = roleFrom(args.value(QStringLiteral("role")));
        if (!role)
            return fail(
                QStringLiteral("--role must be one of social_worker, community_director, subdistrict_admin,"
                               " rental_assessor, mediator, auditor"));
        std::optional<Id> community;
        if (args.isSet(QStringLiteral("community"))) {
            for (const Community& c : DistrictRepository(db).communities())
                if (c.code == args.value(QStringLiteral("community")))
                    community = c.id;
            if (!community)
                return fail(QStringLiteral("no community %1").arg(args.value(QStringLiteral("community"))));
        }
        auto added = auth.addAccount(
            admin,
            Worker{0, account, args.value(QStringLiteral("name")), *role, community, std::nullopt, true},
            readPassword(QStringLiteral("Password for %1: ").arg(account)));
        if (!added)
            return fail(added.error().message);
    } else if (action == QLatin1String("passwd")) {
        done = auth.resetPassword(admin, account,
                                  readPassword(QStringLiteral("New password for %1: ").arg(account)));
    } else if (action == QLatin1String("lock") || action == QLatin1String("unlock")) {
        done = auth.setLocked(admin, account, action == QLatin1String("lock"));
    } else if (action == QLatin1String("assign")) {
        const QDate from = args.isSet(QStringLiteral("from"))
                               ? QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate)
                               : QDate::currentDate();
        if (!from.isValid())
            return fail(QStringLiteral("--from must be YYYY-MM-DD"));
        done = auth.assignArea(admin, account, args.value(QStringLiteral("area")), from);
    } else {
        return fail(QStringLiteral(
            "usage: shegong-cli user list|add|passwd|lock|unlock|assign --db PATH --as ADMIN"));
    }
    if (!done)
        return fail(done.error().message);
    out() << "ok" << Qt::endl;
    return 0;
}

int runAudit(const QCommandLineParser& args, const QStringList& positional)
{
    QString error;
    auto db = openDatabase(args.value(QStringLiteral("db")), false, error);
    if (!db)
        return fail(error);
    const AuditLog log(*db);
    if (positional.value(1) == QLatin1String("verify")) {
        const auto v = log.verify();
        if (!v.ok) {
            err() << "audit trail broken at row " << *v.firstBadRow << ": " << v.reason << Qt::endl;
            return 1;
        }
        out() << "audit trail intact: " << v.rows << " rows, newest row's hash " << v.headHash << Qt::endl;
        return 0;
    }
    if (positional.value(1) != QLatin1String("export"))
        return fail(QStringLiteral("usage: shegong-cli audit verify|export --db PATH"));
    const QDate since = QDate::fromString(args.value(QStringLiteral("since")), Qt::ISODate);
    if (!since.isValid())
        return fail(QStringLiteral("--since must be YYYY-MM-DD"));
    AuthService auth(*db, authSettings(args));
    const auto auditor = operatorSession(auth, args, Permission::ViewAuditLog);
    if (!auditor)
        return 1;
    const QByteArray csv = log.exportCsv(since.startOfDay(Qt::UTC));
    AuditLog(*db).append({auditor->worker.account, auditor->workstation, QStringLiteral("export"),
                          QStringLiteral("audit_log"), QStringLiteral("ok"),
                          QStringLiteral("{\"since\":\"%1\"}").arg(since.toString(Qt::ISODate))});
    if (args.isSet(QStringLiteral("out")))
        return writeFile(args.value(QStringLiteral("out")), csv, error) ? 0 : fail(error);
    out().flush();
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    return 0;
}

int runHandoverReport(const QCommandLineParser& args)
{
    if (!args.isSet(QStringLiteral("pdf")) || !args.isSet(QStringLiteral("area")))
        return fail(QStringLiteral("usage: shegong-cli report handover --db PATH --as ACCOUNT --area CODE"
                                   " [--date YYYY-MM-DD] --pdf OUT.pdf"));
    const QDate day = args.isSet(QStringLiteral("date"))
                          ? QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate)
                          : QDate::currentDate();
    if (!day.isValid())
        return fail(QStringLiteral("--date must be YYYY-MM-DD"));
    const auto as = openAs(args, Permission::ViewResidents);
    if (!as)
        return 1;
    const auto area = DistrictRepository(*as->db).areaIdByCode(args.value(QStringLiteral("area")));
    if (!area)
        return fail(QStringLiteral("Area: %1 does not exist").arg(args.value(QStringLiteral("area"))));
    const Access access(*as->db, as->session);
    const auto dossier = handoverDossier(access, *area, day);
    if (!dossier)
        return fail(dossier.error().message);
    auto pages = shegong::report::writeHandoverPdf(*dossier, args.value(QStringLiteral("pdf")));
    if (!pages)
        return fail(pages.error().message);
    err() << "wrote " << pages.value() << " page(s) to " << args.value(QStringLiteral("pdf")) << Qt::endl;
    return 0;
}

int runScoreRules(const QCommandLineParser& args)
{
    const QDate month =
        QDate::fromString(args.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    const QStringList weights = args.value(QStringLiteral("weights")).split(u',');
    bool ok = month.isValid() && weights.size() == 3;
    WorkloadRules rules;
    bool quotaOk = false;
    rules.householdQuota = args.value(QStringLiteral("quota")).toInt(&quotaOk);
    ok = ok && quotaOk;
    if (ok) {
        bool a = false, b = false, c = false;
        rules.visitWeight = weights[0].toDouble(&a);
        rules.resolvedWeight = weights[1].toDouble(&b);
        rules.overdueWeight = weights[2].toDouble(&c);
        ok = a && b && c;
    }
    if (!ok)
        return fail(
            QStringLiteral("usage: shegong-cli report rules --db PATH --as ADMIN --month YYYY-MM --quota N"
                           " --weights VISIT,RESOLVED,OVERDUE"));
    const auto as = openAs(args, Permission::SetScoreRules);
    if (!as)
        return 1;
    if (auto set = setScoreRules(Access(*as->db, as->session), month.year(), month.month(), rules); !set)
        return fail(set.error().message);
    out() << "ok" << Qt::endl;
    return 0;
}

int runReport(const QCommandLineParser& args, const QStringList& positional)
{
    if (positional.value(1) == QLatin1String("handover"))
        return runHandoverReport(args);
    if (positional.value(1) == QLatin1String("rules"))
        return runScoreRules(args);
    if (positional.value(1) != QLatin1String("workload"))
        return fail(QStringLiteral("usage: shegong-cli report workload|handover --db PATH ..."));
    const QDate month =
        QDate::fromString(args.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return fail(QStringLiteral("--month must be YYYY-MM"));
    const auto as = openAs(args, Permission::ViewWorkloadReport);
    if (!as)
        return 1;
    const Database& db = *as->db;
    const Session& session = as->session;
    std::optional<QString> community;
    if (args.isSet(QStringLiteral("community")))
        community = args.value(QStringLiteral("community"));
    auto report = buildWorkloadReport(Access(db, session), month.year(), month.month(), community);
    if (!report)
        return fail(report.error().message);
    // Each file is handed over only once its export is in the audit trail (or not at all).
    const auto exported = [&](const char* format) {
        return AuditEntry{
            session.worker.account,
            session.workstation,
            QStringLiteral("export"),
            QStringLiteral("workload_report"),
            QStringLiteral("ok"),
            QStringLiteral("{\"month\":\"%1\",\"scope\":\"%2\",\"format\":\"%3\"}")
                .arg(args.value(QStringLiteral("month")), report->scope, QLatin1String(format))};
    };
    if (args.isSet(QStringLiteral("csv")))
        if (auto written = exportAudited(db, exported("csv"), args.value(QStringLiteral("csv")),
                                         [&](const QString& file) -> Result<void> {
                                             QString error;
                                             if (!writeFile(file, workloadCsv(*report), error))
                                                 return Error{QStringLiteral("file"), error};
                                             return {};
                                         });
            !written)
            return fail(written.error().message);
    if (args.isSet(QStringLiteral("pdf"))) {
        int pages = 0;
        auto written = exportAudited(db, exported("pdf"), args.value(QStringLiteral("pdf")),
                                     [&](const QString& file) -> Result<void> {
                                         auto printed = shegong::report::writeWorkloadPdf(*report, file);
                                         if (!printed)
                                             return printed.error();
                                         pages = printed.value();
                                         return {};
                                     });
        if (!written)
            return fail(written.error().message);
        err() << "wrote " << pages << " page(s) to " << args.value(QStringLiteral("pdf")) << Qt::endl;
    }
    if (args.isSet(QStringLiteral("xlsx"))) // audited by the workbook's writer
        if (const auto written = shegong::exchange::writeWorkloadXlsx(Access(db, session), *report,
                                                                      args.value(QStringLiteral("xlsx")));
            !written)
            return fail(written.error().message);
    if (!args.isSet(QStringLiteral("csv")) && !args.isSet(QStringLiteral("pdf")) &&
        !args.isSet(QStringLiteral("xlsx"))) {
        QString text = QString::fromUtf8(workloadCsv(*report));
        if (text.startsWith(QChar(0xFEFF))) // the BOM is for Excel, not for a terminal
            text.remove(0, 1);
        out() << text;
    }
    return 0;
}

int runMapImport(const Access& access, const QString& path, const QCommandLineParser& args)
{
    const bool terminal = isatty(fileno(stderr));
    shegong::exchange::MapReadOptions read{args.value(QStringLiteral("crs")),
                                           [terminal](int done, int total) {
                                               if (terminal && total > 0)
                                                   err() << "\r" << (100 * done / total) << " %" << Qt::flush;
                                               return true;
                                           }};
    const auto source = shegong::exchange::readMapFile(path, read);
    if (terminal)
        err() << "\r" << Qt::flush;
    if (!source)
        return fail(source.error().message);
    auto report = importMap(access, source.value(), MapImportOptions{args.isSet(QStringLiteral("skip-bad"))});
    if (!report)
        return fail(report.error().message);
    for (const MapImportProblem& problem : report->problems)
        err() << "feature " << problem.feature << ": " << problem.reason << Qt::endl;
    for (const MapImportProblem& warning : report->warnings)
        err() << "feature " << warning.feature << " (note): " << warning.reason << Qt::endl;
    if (!report->committed) {
        err() << report->problems.size()
              << " bad feature(s); nothing imported (use --skip-bad to import the rest)" << Qt::endl;
        return 1;
    }
    out() << "added " << report->added << ", updated " << report->updated << ", new areas "
          << report->areasAdded << ", skipped " << report->problems.size() << ", not dwellings "
          << report->skippedKinds << ", from " << source->crs << Qt::endl;
    return 0;
}

int runBackup(const QCommandLineParser& args)
{
    if (!args.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("usage: shegong-cli backup --db PATH --as ADMIN --out FOLDER [--keep N]"));
    const auto as = openAs(args, Permission::BackupRestore);
    if (!as)
        return 1;
    const int keep =
        args.isSet(QStringLiteral("keep")) ? args.value(QStringLiteral("keep")).toInt() : kBackupGenerations;
    const auto made = backupDatabase(Access(*as->db, as->session), args.value(QStringLiteral("out")), keep);
    if (!made)
        return fail(made.error().message);
    out() << made->path << " (" << made->bytes << " bytes, schema " << made->schema << ")" << Qt::endl;
    return 0;
}

int runMigrate(const QCommandLineParser& args)
{
    const QString location = args.value(QStringLiteral("db"));
    if (location.isEmpty())
        return fail(QStringLiteral("usage: shegong-cli migrate --db PATH|postgresql://USER@HOST/DBNAME"));
    // A file is never created here: migrating a mistyped path must not leave an empty database.
    const bool server = Database::isServerAddress(location);
    auto before = Database::open(location, {.createIfMissing = server, .targetVersion = 0});
    if (!before)
        return fail(before.error().message);
    const int from = before.value()->schemaVersion();
    before.value().reset();
    auto after = Database::open(location, {.createIfMissing = server, .copyBeforeUpgrade = true});
    if (!after)
        return fail(after.error().message);
    const int to = after.value()->schemaVersion();
    out() << after.value()->path() << ": "
          << (from == to ? QStringLiteral("schema %1, nothing to do").arg(to)
                         : QStringLiteral("schema %1 -> %2").arg(from).arg(to))
          << Qt::endl;
    if (const auto& upgrade = after.value()->upgrade(); upgrade && !upgrade->copy.isEmpty())
        out() << "the database as it was: " << upgrade->copy << Qt::endl;
    return 0;
}

int runDbCopy(const QCommandLineParser& args, const QStringList& positional)
{
    const QString from = args.value(QStringLiteral("from")), to = args.value(QStringLiteral("to"));
    if (positional.value(1) != QLatin1String("copy") || from.isEmpty() || to.isEmpty())
        return fail(
            QStringLiteral("usage: shegong-cli db copy --from PATH --to postgresql://USER@HOST/DBNAME"));
    const auto copied = copyDatabase(from, to, workstation());
    if (!copied)
        return fail(copied.error().message);
    out() << "table,source,target" << Qt::endl;
    for (const TableCount& t : copied->tables)
        out() << t.table << ',' << t.source << ',' << t.target << Qt::endl;
    out() << "the copy is the target's last audit row" << Qt::endl;
    out() << (copied->auditChainHolds ? "the audit trail verifies on the target"
                                      : "THE AUDIT TRAIL DOES NOT VERIFY ON THE TARGET")
          << Qt::endl;
    return copied->rowsAgree && copied->auditChainHolds ? 0 : 1;
}

int runRestore(const QCommandLineParser& args)
{
    const QString from = args.value(QStringLiteral("from")), target = args.value(QStringLiteral("db"));
    if (from.isEmpty() || target.isEmpty())
        return fail(QStringLiteral("usage: shegong-cli restore --db PATH --from BACKUP.db"));
    const auto kept = restoreDatabase(from, target, workstation()); // "cli@HOST"
    if (!kept)
        return fail(kept.error().message);
    out() << "restored " << from << " to " << target;
    if (!kept->isEmpty())
        out() << "; the replaced file is kept as " << kept.value();
    out() << Qt::endl;
    return 0;
}

int runMap(const QCommandLineParser& args, const QStringList& positional)
{
    const QString action = positional.value(1);
    const QString file = positional.value(2);
    const bool import = action == QLatin1String("import");
    if (file.isEmpty() ||
        !(import || action == QLatin1String("export-geojson") || action == QLatin1String("export-scene")))
        return fail(
            QStringLiteral("usage: shegong-cli map import|export-geojson|export-scene --db PATH FILE"));
    // Only `demo` creates a database: an import into a mistyped path must not leave an empty one behind.
    const auto as = openAs(args, import ? Permission::EditDistrict : Permission::ViewDistrict);
    if (!as)
        return 1;
    const Database& db = *as->db;
    if (import)
        return runMapImport(Access(db, as->session), file, args);
    QString error;
    if (action == QLatin1String("export-geojson"))
        return writeFile(file, exportDistrictGeoJson(db), error) ? 0 : fail(error);

    const DistrictRepository district(db);
    const shegong::map::DistrictScene scene(
        {district.communities(), district.areas(), district.lanes(), district.buildings()});
    const osg::ref_ptr<osg::Node> forViewers =
        shegong::map::sceneForViewers(scene, args.isSet(QStringLiteral("labels")));
    if (!osgDB::writeNodeFile(*forViewers, file.toStdString()))
        return fail(QStringLiteral("cannot write %1 (use .ive, .osgb or .osgt)").arg(file));
    return 0;
}

} // namespace

int shegong::cli::runCommandLine(const QStringList& arguments)
{
    QCommandLineParser args;
    args.addOptions({
        {QStringLiteral("db"), QStringLiteral("SQLite database file."), QStringLiteral("PATH")},
        {QStringLiteral("seed"), QStringLiteral("Demo seed (default 2026)."), QStringLiteral("N")},
        {QStringLiteral("scale"), QStringLiteral("Demo scale (default 1; 12.5 = about a million residents)."),
         QStringLiteral("X")},
        {QStringLiteral("geojson"), QStringLiteral("Also write the map as GeoJSON."), QStringLiteral("OUT")},
        {QStringLiteral("today"), QStringLiteral("The demo's today (default: the day it is built)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("skip-bad"),
         QStringLiteral("map import: import the good features even when some are bad.")},
        {QStringLiteral("as"), QStringLiteral("The account running the command."), QStringLiteral("ACCOUNT")},
        {QStringLiteral("demo"),
         QStringLiteral("Try the demo district: its published password needs no change.")},
        {QStringLiteral("account"), QStringLiteral("The account a user command is about."),
         QStringLiteral("ACCOUNT")},
        {QStringLiteral("name"), QStringLiteral("Display name of a new account."), QStringLiteral("NAME")},
        {QStringLiteral("role"), QStringLiteral("Role of a new account."), QStringLiteral("ROLE")},
        {QStringLiteral("community"), QStringLiteral("Community code of a new account."),
         QStringLiteral("CODE")},
        {QStringLiteral("area"), QStringLiteral("Area code to assign."), QStringLiteral("CODE")},
        {QStringLiteral("from"),
         QStringLiteral("First day of an assignment, or of a period (mediation stats); restore: the backup;"
                        " db copy: the source."),
         QStringLiteral("DATE")},
        {QStringLiteral("since"), QStringLiteral("First day of an audit export."), QStringLiteral("DATE")},
        {QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")},
        {QStringLiteral("month"), QStringLiteral("Report month."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("quota"), QStringLiteral("Households a month (report rules)."), QStringLiteral("N")},
        {QStringLiteral("weights"), QStringLiteral("Score weights: visits,resolved,overdue (report rules)."),
         QStringLiteral("V,R,O")},
        {QStringLiteral("date"), QStringLiteral("The day a handover dossier is as of."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("pdf"), QStringLiteral("Write the report as PDF."), QStringLiteral("FILE")},
        {QStringLiteral("year"), QStringLiteral("Assessment year (rental)."), QStringLiteral("YYYY")},
        {QStringLiteral("to"), QStringLiteral("Last day of a period (mediation stats); db copy: the target."),
         QStringLiteral("DATE")},
        {QStringLiteral("place"), QStringLiteral("A mediation place: studio, station or committee."),
         QStringLiteral("NAME")},
        {QStringLiteral("case"), QStringLiteral("A mediation case's id."), QStringLiteral("N")},
        {QStringLiteral("round"), QStringLiteral("Assessment round within the year (rental)."),
         QStringLiteral("N")},
        {QStringLiteral("a3"), QStringLiteral("rental wall-table: an A3 sheet for the office wall.")},
        {QStringLiteral("rent-min"), QStringLiteral("rental vacancies: lowest rent."),
         QStringLiteral("YUAN")},
        {QStringLiteral("rent-max"), QStringLiteral("rental vacancies: highest rent."),
         QStringLiteral("YUAN")},
        {QStringLiteral("area-min"), QStringLiteral("rental vacancies: smallest area."),
         QStringLiteral("M2")},
        {QStringLiteral("grade"), QStringLiteral("rental vacancies: the house's grade at least."),
         QStringLiteral("AAA|AA|A")},
        {QStringLiteral("csv"), QStringLiteral("Write the report as CSV."), QStringLiteral("FILE")},
        {QStringLiteral("xlsx"), QStringLiteral("Write the report as an Excel workbook."),
         QStringLiteral("FILE")},
        {QStringLiteral("sheet"), QStringLiteral("import: the sheet of a workbook (default: the first)."),
         QStringLiteral("NAME")},
        {QStringLiteral("commit"), QStringLiteral("import: write it (without: a dry run).")},
        {QStringLiteral("labels"), QStringLiteral("map export-scene: community and area names too.")},
        {QStringLiteral("keep"), QStringLiteral("backup: generations kept (default 7)."),
         QStringLiteral("N")},
        {QStringLiteral("crs"), QStringLiteral("map import: the CRS of a file that declares none."),
         QStringLiteral("EPSG:NNNN")},
        {QStringLiteral("problems"), QStringLiteral("import: save every row's problem (.xlsx or .csv)."),
         QStringLiteral("FILE")},
        {QStringLiteral("lang"), QStringLiteral("Language of messages and documents: zh_CN (default) or en."),
         QStringLiteral("LANG"), QStringLiteral("zh_CN")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")},
    });
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("demo | stats | map"));
    if (!args.parse(arguments))
        return fail(args.errorText());
    shegong::i18n::installTranslations(*QCoreApplication::instance(), args.value(QStringLiteral("lang")));
    const QStringList positional = args.positionalArguments();
    if (args.isSet(QStringLiteral("version"))) {
        out() << "shegong-cli " << PROJECT_VERSION << " (database schema "
              << Database::schemaVersionOfThisProgram() << ")" << Qt::endl;
        return 0;
    }
    if (args.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        out() << kUsage << kRentalUsage << kMediationUsage << kImportUsage;
        return positional.isEmpty() && !args.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    try {
        const QString command = positional.first();
        if (command == QLatin1String("demo"))
            return runDemo(args);
        if (command == QLatin1String("migrate"))
            return runMigrate(args);
        if (command == QLatin1String("db"))
            return runDbCopy(args, positional);
        if (command == QLatin1String("stats"))
            return runStats(args);
        if (command == QLatin1String("password"))
            return runPassword(args);
        if (command == QLatin1String("map"))
            return runMap(args, positional);
        if (command == QLatin1String("user"))
            return runUser(args, positional);
        if (command == QLatin1String("audit"))
            return runAudit(args, positional);
        if (command == QLatin1String("report"))
            return runReport(args, positional);
        if (command == QLatin1String("rental"))
            return runRental(args, positional);
        if (command == QLatin1String("mediation"))
            return runMediation(args, positional);
        if (command == QLatin1String("import"))
            return runImport(args, positional);
        if (command == QLatin1String("backup"))
            return runBackup(args);
        if (command == QLatin1String("restore"))
            return runRestore(args);
        return fail(QStringLiteral("unknown command %1\n%2").arg(command, QString::fromUtf8(kUsage)));
    } catch (const DatabaseError& e) {
        return fail(describe(e));
    }
}
