// shegong-crashpoint: runs one of shegong's multi-row writes and dies by SIGKILL at a chosen disk
// write, or checks what such a death left behind. Driven by crashloop.sh (CTest label "crash").
//
//   shegong-crashpoint run OPERATION DB      with SHEGONG_KILL_AT=N: SIGKILL just before write N
//   shegong-crashpoint check DB              integrity, foreign keys, audit chain; prints the digest
//   shegong-crashpoint check-upgraded DB     the same once opened as the next start opens it
//   shegong-crashpoint digest DB             the content digest only
//   shegong-crashpoint schema DB VERSION     an empty database at an older schema version
//   shegong-crashpoint hold DB MS            holds the write lock for MS milliseconds
//   shegong-crashpoint version               the newest schema version
//
// "Writes" are every xWrite, xTruncate, xSync and xDelete the SQLite file layer performs, counted by
// a VFS that wraps the default one: each is a point where a power cut or a kill -9 can strike.
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "shegong/core/base/idnumber.h"
#include "shegong/core/demo/demofile.h"
#include "shegong/core/exchange/residentimport.h"
#include "shegong/core/people/residentservice.h"
#include "shegong/core/rental/assessments.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"
#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"
#include "shegong/core/work/workerrepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QThread>
#include <csignal>
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

using namespace shegong::core;

namespace {

// ---- the counting VFS ------------------------------------------------------------------------------

sqlite3_vfs* g_real = nullptr;
long g_writes = 0;
long g_killAt = 0;

void counted()
{
    if (++g_writes == g_killAt)
        ::kill(::getpid(), SIGKILL);
}

struct CountingFile {
    sqlite3_file base;
    sqlite3_file* real; // lives right after this struct, in the memory SQLite gave us
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<CountingFile*>(f)->real;
}

sqlite3_io_methods g_methods;

int countingOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* mine = reinterpret_cast<CountingFile*>(file);
    mine->real = reinterpret_cast<sqlite3_file*>(mine + 1);
    const int rc = g_real->xOpen(g_real, name, mine->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    mine->base.pMethods = mine->real->pMethods ? &g_methods : nullptr;
    if (mine->real->pMethods && g_methods.xClose == nullptr) {
        g_methods = *mine->real->pMethods;
        g_methods.xClose = [](sqlite3_file* f) { return realOf(f)->pMethods->xClose(realOf(f)); };
        g_methods.xRead = [](sqlite3_file* f, void* b, int n, sqlite3_int64 o) {
            return realOf(f)->pMethods->xRead(realOf(f), b, n, o);
        };
        g_methods.xWrite = [](sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
            counted();
            return realOf(f)->pMethods->xWrite(realOf(f), b, n, o);
        };
        g_methods.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
            counted();
            return realOf(f)->pMethods->xTruncate(realOf(f), size);
        };
        g_methods.xSync = [](sqlite3_file* f, int flags) {
            counted();
            return realOf(f)->pMethods->xSync(realOf(f), flags);
        };
        g_methods.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
            return realOf(f)->pMethods->xFileSize(realOf(f), size);
        };
        g_methods.xLock = [](sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); };
        g_methods.xUnlock = [](sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); };
        g_methods.xCheckReservedLock = [](sqlite3_file* f, int* out) {
            return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
        };
        g_methods.xFileControl = [](sqlite3_file* f, int op, void* arg) {
            return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
        };
        g_methods.xSectorSize = [](sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); };
        g_methods.xDeviceCharacteristics = [](sqlite3_file* f) {
            return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
        };
        g_methods.xShmMap = [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
            return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
        };
        g_methods.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
            return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
        };
        g_methods.xShmBarrier = [](sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); };
        g_methods.xShmUnmap = [](sqlite3_file* f, int del) {
            return realOf(f)->pMethods->xShmUnmap(realOf(f), del);
        };
        g_methods.xFetch = [](sqlite3_file* f, sqlite3_int64 o, int n, void** out) {
            return realOf(f)->pMethods->xFetch(realOf(f), o, n, out);
        };
        g_methods.xUnfetch = [](sqlite3_file* f, sqlite3_int64 o, void* p) {
            return realOf(f)->pMethods->xUnfetch(realOf(f), o, p);
        };
    }
    return rc;
}

sqlite3_vfs g_counting;

void installCountingVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    g_counting = *g_real;
    g_counting.zName = "counting";
    g_counting.szOsFile = int(sizeof(CountingFile)) + g_real->szOsFile;
    g_counting.pAppData = nullptr;
    g_counting.xOpen = countingOpen;
    g_counting.xDelete = [](sqlite3_vfs*, const char* name, int syncDir) {
        counted();
        return g_real->xDelete(g_real, name, syncDir);
    };
    g_counting.xAccess = [](sqlite3_vfs*, const char* name, int flags, int* out) {
        return g_real->xAccess(g_real, name, flags, out);
    };
    g_counting.xFullPathname = [](sqlite3_vfs*, const char* name, int n, char* out) {
        return g_real->xFullPathname(g_real, name, n, out);
    };
    sqlite3_vfs_register(&g_counting, 1);
    g_killAt = qEnvironmentVariableIntValue("SHEGONG_KILL_AT");
}

// ---- what is run -----------------------------------------------------------------------------------

const QDate kToday(2026, 11, 2);
Clock fixedClock()
{
    return [] { return QDateTime(kToday, QTime(9, 30), Qt::UTC); };
}

Session sessionOf(const Database& db, const QString& account)
{
    const auto worker = WorkerRepository(db).workerByAccount(account);
    if (!worker)
        throw std::runtime_error("no account " + account.toStdString());
    return Session{*worker, QStringLiteral("PC-CRASH"), fixedClock()(), false};
}

std::unique_ptr<Database> openOrDie(const QString& path)
{
    auto db = Database::open(path, Database::Options{false, -1});
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    return std::move(db).value();
}

int fail(const QString& what)
{
    std::fprintf(stderr, "shegong-crashpoint: %s\n", qPrintable(what));
    return 2;
}

//! 300 new residents in dwellings of the district, as a spreadsheet would bring them.
TextTable importTable(const Database& db)
{
    TextTable table{QStringLiteral("crash.csv"),
                    {{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("现住址"),
                      QStringLiteral("人员类别"), QStringLiteral("入住日期")}}};
    Statement dwellings = prepare(db, "SELECT dwelling_address(b.address, d.stairwell, d.number, d.use)"
                                      " FROM dwellings d JOIN buildings b ON b.id = d.building_id"
                                      " WHERE d.use = 'residence' ORDER BY d.id LIMIT 300");
    const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
    int n = 0;
    while (dwellings.next()) {
        const QString first17 = QStringLiteral("33010419850101%1").arg(n, 3, 10, QLatin1Char('0'));
        table.rows.push_back({QStringLiteral("崩溃") + stems[n / 10 % 10] + stems[n % 10],
                              first17 + idCheckCharacter(first17), dwellings.text(0),
                              n % 3 ? QStringLiteral("户籍") : QStringLiteral("流动人口"),
                              QStringLiteral("2026-10-01")});
        ++n;
    }
    return table;
}

Id scalar(const Database& db, const char* sql)
{
    Statement q = prepare(db, sql);
    if (!q.next())
        throw std::runtime_error(std::string("nothing found by ") + sql);
    return q.integer(0);
}

int runOperation(const QString& operation, const QString& path)
{
    if (operation == QLatin1String("demo")) {
        DemoOptions options;
        options.seed = 5;
        options.scale = 0.05;
        options.referenceDate = QDate(2026, 11, 1);
        const auto made = createDemoFile(path, options);
        return made ? 0 : fail(made.error().message);
    }
    if (operation == QLatin1String("migrate"))
        return openOrDie(path) ? 0 : 1;

    const auto db = openOrDie(path);
    const Access admin(*db, sessionOf(*db, QStringLiteral("admin")), fixedClock());
    if (operation == QLatin1String("import")) {
        const TextTable table = importTable(*db);
        const ImportPlan plan = planResidentImport(admin, table, guessMapping(table), table.name, "crash");
        const auto done = commitResidentImport(admin, plan, true);
        return done && done->created > 0
                   ? 0
                   : fail(done ? QStringLiteral("nothing created") : done.error().message);
    }
    if (operation == QLatin1String("move")) {
        // The largest household of the first building to the first empty dwelling of another area.
        const Id household =
            scalar(*db, "SELECT household_id FROM residents WHERE moved_out IS NULL"
                        " GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 1");
        const Id empty =
            scalar(*db, "SELECT d.id FROM dwellings d WHERE d.use = 'residence' AND NOT EXISTS"
                        " (SELECT 1 FROM households h WHERE h.dwelling_id = d.id AND h.moved_out IS NULL)"
                        " ORDER BY d.id DESC LIMIT 1");
        const auto moved = ResidentService(admin, fixedClock()).moveHousehold(household, empty, kToday);
        return moved ? 0 : fail(moved.error().message);
    }
    if (operation == QLatin1String("handover")) {
        // The area with most open events goes to another social worker of its community.
        Statement pick = prepare(
            *db, "SELECT a.code, (SELECT w.account FROM workers w WHERE w.role = 'social_worker'"
                 "   AND w.community_id = a.community_id AND w.id <> e.assignee_id ORDER BY w.id LIMIT 1)"
                 " FROM events e JOIN households h ON h.id = e.household_id"
                 " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                 " JOIN areas a ON a.id = b.area_id WHERE e.status IN ('open', 'in_progress')"
                 " GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1");
        if (!pick.next() || pick.text(1).isEmpty())
            return fail(QStringLiteral("no area with open events and a second worker"));
        AuthService auth(*db, AuthSettings{}, fixedClock());
        const auto given = auth.assignArea(admin.session(), pick.text(1), pick.text(0), kToday);
        return given ? 0 : fail(given.error().message);
    }
    if (operation == QLatin1String("rental-close")) {
        // Closed by the director of the first open round's community.
        Statement pick = prepare(*db, "SELECT r.id, w.account FROM assessment_rounds r JOIN workers w"
                                      " ON w.community_id = r.community_id AND w.role = 'community_director'"
                                      " WHERE r.closed_at IS NULL ORDER BY r.id, w.id LIMIT 1");
        if (!pick.next())
            return fail(QStringLiteral("no open round"));
        const Access director(*db, sessionOf(*db, pick.text(1)), fixedClock());
        const auto closed = AssessmentService(director, fixedClock()).closeRound(pick.integer(0));
        return closed ? 0 : fail(closed.error().message);
    }
    if (operation == QLatin1String("audit")) {
        AuditLog(*db, fixedClock())
            .append({QStringLiteral("admin"), QStringLiteral("PC-CRASH"), QStringLiteral("read"),
                     QStringLiteral("resident:1"), QStringLiteral("ok"), QStringLiteral("{}")});
        return 0;
    }
    return fail(QStringLiteral("unknown operation %1").arg(operation));
}

// ---- what is checked -------------------------------------------------------------------------------

/*! The state a crash must leave as it was before or after the operation: schema version, schema and
    every row (the tests' own digests). Left out: password hashes (each has a random salt) and the
    times of the audit trail and the change log, with the trail's chain hashes (they record when a
    thing really happened); the chain is checked on its own by AuditLog::verify. */
QByteArray stateDigest(const Database& db)
{
    static const QStringList varying{
        QStringLiteral("workers.password_hash"),   QStringLiteral("password_history.hash"),
        QStringLiteral("password_history.set_at"), QStringLiteral("audit_log.at"),
        QStringLiteral("audit_log.previous_hash"), QStringLiteral("audit_log.hash"),
        QStringLiteral("audit_anchor.hash"),       QStringLiteral("change_log.at")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(db.schemaVersion()));
    hash.addData(shegong::test::schemaOf(db).join(u'\n').toUtf8());
    hash.addData(shegong::test::contentDigest(db, varying));
    return hash.result().toHex();
}

int printDigest(const QString& path)
{
    // Target version 0: opened as it is, migrated no further.
    auto db = Database::open(path, Database::Options{false, 0});
    if (!db)
        return fail(db.error().message);
    std::printf("digest=%s\n", stateDigest(*db.value()).constData());
    return 0;
}

//! What a crash must never leave: a damaged file, a dangling reference, a broken audit chain. With
//! `upgrade`, the file is opened the way the next start opens it (migrating the rest of the way).
int check(const QString& path, bool upgrade)
{
    if (!QFileInfo::exists(path)) {
        std::printf("digest=absent\n");
        return 0;
    }
    QStringList problems;
    int version = 0;
    const auto withRaw = [&](const std::function<void(sqlite3*)>& use) {
        sqlite3* raw = nullptr;
        // Read-write, so that the connection recovers what the killed one left (a hot log).
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK)
            use(raw);
        else
            problems << QStringLiteral("cannot open");
        sqlite3_close(raw);
    };
    const auto rows = [](sqlite3* raw, const char* sql) {
        QStringList found;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) != SQLITE_OK)
            return QStringList{QString::fromUtf8(sqlite3_errmsg(raw))};
        while (sqlite3_step(st) == SQLITE_ROW)
            found << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return found;
    };
    withRaw([&](sqlite3* raw) {
        if (const QStringList integrity = rows(raw, "PRAGMA integrity_check");
            integrity != QStringList{QStringLiteral("ok")})
            problems << QStringLiteral("integrity: %1").arg(integrity.join(u"; "));
        if (const QStringList keys = rows(raw, "SELECT \"table\" FROM pragma_foreign_key_check");
            !keys.isEmpty())
            problems << QStringLiteral("foreign keys broken in %1").arg(keys.join(u", "));
        version = rows(raw, "PRAGMA user_version").value(0).toInt();
    });
    QByteArray content = "damaged";
    if (problems.isEmpty()) {
        auto db = Database::open(path, Database::Options{false, upgrade ? -1 : version});
        if (!db)
            problems << db.error().message;
        else if (const auto chain = AuditLog(*db.value()).verify(); !chain.ok)
            problems << QStringLiteral("audit chain: %1").arg(chain.reason);
        else
            content = stateDigest(*db.value());
    }
    std::printf("digest=%s\n", content.constData());
    for (const QString& p : problems)
        std::printf("problem=%s\n", qPrintable(p));
    return problems.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    installCountingVfs();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    try {
        if (command == QLatin1String("run") && args.size() == 3) {
            const int rc = runOperation(args[1], args[2]);
            std::printf("writes=%ld\n", g_writes);
            return rc;
        }
        if (command == QLatin1String("check") && args.size() == 2)
            return check(args[1], false);
        if (command == QLatin1String("check-upgraded") && args.size() == 2)
            return check(args[1], true);
        if (command == QLatin1String("digest") && args.size() == 2)
            return printDigest(args[1]);
        if (command == QLatin1String("schema") && args.size() == 3)
            return Database::open(args[1], Database::Options{true, args[2].toInt()}) ? 0 : 1;
        if (command == QLatin1String("version")) {
            std::printf("%d\n", latestSchemaVersion());
            return 0;
        }
        if (command == QLatin1String("hold") && args.size() == 3) {
            const auto db = openOrDie(args[1]);
            WriteTransaction hold(*db);
            QThread::msleep(args[2].toULong());
            hold.commit();
            return 0;
        }
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(QStringLiteral(
        "usage: run OPERATION DB | check[-upgraded] DB | digest DB | schema DB VERSION | hold DB MS"));
}
