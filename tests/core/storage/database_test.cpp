#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/geography/districtrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <future>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <thread>

using namespace shegong;
using namespace shegong::core;

namespace {

QString pragma(const Database& db, const char* name)
{
    Statement query = prepare(db, std::string("PRAGMA ") + name);
    query.next();
    return query.text(0);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST(Database, OpensANewFileWithTheRequiredSettings)
{
    test::TestDatabase t;
    const Database& db = t.db();
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(pragma(db, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma(db, "trusted_schema"), QStringLiteral("0"));
    EXPECT_EQ(pragma(db, "application_id").toInt(), kApplicationId);
}

// A write that finds another connection writing waits its turn (and says so), then goes through.
TEST(Database, AWriteWaitsForAnotherWriterAndSaysItWaits)
{
    test::TestDatabase t;
    std::vector<std::chrono::milliseconds> notices;
    setBusyWait({std::chrono::seconds(10), [&](std::chrono::milliseconds w) { notices.push_back(w); }});
    std::promise<void> holding;
    std::thread other([&] {
        auto second = Database::open(t.path());
        WriteTransaction hold(*second.value());
        holding.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(1300));
        hold.commit();
    });
    holding.get_future().wait();
    EXPECT_NO_THROW(t.db().setMeta(QStringLiteral("waited"), QStringLiteral("yes")));
    other.join();
    setBusyWait({});
    EXPECT_EQ(t.db().meta(QStringLiteral("waited")), QStringLiteral("yes"));
    ASSERT_FALSE(notices.empty());
    EXPECT_GE(notices.front(), std::chrono::milliseconds(500));
}

// A writer that never lets go: after the limit the write fails, says why, and nothing is saved.
TEST(Database, ABusyDatabaseFailsClearlyAfterTheLimit)
{
    test::TestDatabase t;
    setBusyWait({std::chrono::milliseconds(300), {}});
    auto second = Database::open(t.path());
    WriteTransaction hold(*second.value());
    try {
        t.db().setMeta(QStringLiteral("lost"), QStringLiteral("yes"));
        ADD_FAILURE() << "the write did not wait for the lock";
    } catch (const DatabaseError& e) {
        EXPECT_EQ(e.code() & 0xff, SQLITE_BUSY);
        EXPECT_TRUE(describe(e).contains(QStringLiteral("busy"))) << describe(e).toStdString();
    }
    setBusyWait({});
    EXPECT_EQ(t.db().meta(QStringLiteral("lost")), QString());
}

// Someone moves, deletes or replaces the file while it is open: a write would go to a file nobody
// will open again (SQLite writes on to the old inode), so it is refused with a message instead.
TEST(Database, RefusesToWriteToAFileMovedDeletedOrReplacedWhileOpen)
{
    const std::vector<std::pair<const char*, std::function<void(const QString&)>>> faults{
        {"moved", [](const QString& path) { QFile::rename(path, path + QStringLiteral(".moved")); }},
        {"deleted", [](const QString& path) { QFile::remove(path); }},
        {"replaced",
         [](const QString& path) {
             QFile::copy(path, path + QStringLiteral(".other"));
             std::rename(QFile::encodeName(path + QStringLiteral(".other")).constData(),
                         QFile::encodeName(path).constData());
         }},
    };
    for (const auto& [what, fault] : faults) {
        test::TestDatabase t;
        t.db().setMeta(QStringLiteral("before"), QStringLiteral("1"));
        fault(t.path());
        try {
            WriteTransaction write(t.db());
            t.db().setMeta(QStringLiteral("after"), QStringLiteral("1"));
            write.commit();
            ADD_FAILURE() << "wrote to a file that was " << what;
        } catch (const DatabaseError& e) {
            EXPECT_TRUE(describe(e).contains(QStringLiteral("moved, deleted or replaced")))
                << what << ": " << describe(e).toStdString();
        }
    }
}

TEST(Database, EnforcesForeignKeys)
{
    test::TestDatabase t;
    EXPECT_THROW(execute(t.db(), "INSERT INTO areas(community_id, code, name) VALUES(42, 'X', 'x')"),
                 DatabaseError);
}

TEST(Database, RefusesAMissingFileWhenAskedNotToCreate)
{
    test::TestDatabase t;
    auto db = Database::open(t.folder() + QStringLiteral("/absent.db"), Database::Options{false, -1});
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")));
}

// A read-only command given a 0-byte file must not turn it into an empty shegong database.
TEST(Database, LeavesAnEmptyFileAloneWhenAskedNotToCreate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto db = Database::open(path, Database::Options{false, -1});
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("empty"))) << db.error().message.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0) << "nothing written";
}

TEST(Database, RefusesGarbageWithAClearMessage)
{
    test::TestDatabase t;
    const QString path = t.folder() + QStringLiteral("/garbage.db");
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise.append(char((i * 7919) % 251));
    writeFile(path, noise);
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not an SQLite file")))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(path));
    EXPECT_EQ(QFile(path).size(), 8192) << "a refused file must not be touched";
}

TEST(Database, RefusesATruncatedDatabase)
{
    test::TestDatabase t;
    auto demo = generateDemoDistrict(t.db(), DemoOptions{7, 0.1, QDate(2026, 11, 1)});
    ASSERT_TRUE(demo) << demo.error().message.toStdString();
    t.close();
    QFile file(t.path());
    const qint64 size = file.size();
    ASSERT_GT(size, 200000);
    ASSERT_TRUE(file.resize(size / 2));
    auto db = Database::open(t.path());
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("damaged"))) << db.error().message.toStdString();
}

TEST(Database, RefusesAnotherApplicationsSqliteFile)
{
    test::TestDatabase t;
    const QString path = t.folder() + QStringLiteral("/foreign.db");
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another application")));
}

TEST(Database, RefusesASchemaFromANewerVersion)
{
    test::TestDatabase t;
    execute(t.db(), "PRAGMA user_version=" + std::to_string(latestSchemaVersion() + 1));
    t.close();
    auto db = Database::open(t.path());
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer")));
}

// GIVEN a database left at each earlier schema version, with data in it,
// WHEN the current shegong opens it,
// THEN it reaches the latest schema, identical to a fresh one, and the data is still there.
TEST(Database, MigratesFromEveryEarlierVersion)
{
    test::TestDatabase fresh(QStringLiteral("fresh.db"));
    const QStringList expected = test::schemaOf(fresh.db());
    for (int version = 0; version < latestSchemaVersion(); ++version) {
        SCOPED_TRACE("from version " + std::to_string(version));
        const QString path = fresh.folder() + QStringLiteral("/v%1.db").arg(version);
        {
            auto old = Database::open(path, Database::Options{true, version});
            ASSERT_TRUE(old);
            ASSERT_EQ(old.value()->schemaVersion(), version);
            if (version >= 1)
                execute(*old.value(), "INSERT INTO communities(code, name) VALUES('C01', '景和社区')");
        }
        auto migrated = Database::open(path);
        ASSERT_TRUE(migrated) << migrated.error().message.toStdString();
        EXPECT_EQ(migrated.value()->schemaVersion(), latestSchemaVersion());
        EXPECT_EQ(test::schemaOf(*migrated.value()), expected);
        if (version >= 1) {
            EXPECT_EQ(DistrictRepository(*migrated.value()).communities().size(), 1u);
        }
    }
}

// The first start of a newer version (a package upgrade): the file as the older version left it is
// kept beside it before the schema changes, and opening says what it did.
TEST(Database, AnOlderFileIsCopiedAsItWasBeforeItsSchemaIsUpgraded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shegong.db"));
    const int older = latestSchemaVersion() - 3;
    {
        auto old = Database::open(path, Database::Options{true, older});
        ASSERT_TRUE(old);
        execute(*old.value(), "INSERT INTO communities(code, name) VALUES('C01', '景和社区')");
    }
    auto upgraded = Database::open(path, {.copyBeforeUpgrade = true});
    ASSERT_TRUE(upgraded) << upgraded.error().message.toStdString();
    const auto upgrade = upgraded.value()->upgrade(); // a copy: the database is closed below
    ASSERT_TRUE(upgrade);
    EXPECT_EQ(upgrade->from, older);
    EXPECT_EQ(upgrade->to, latestSchemaVersion());
    EXPECT_EQ(upgrade->copy, path + QStringLiteral(".before-schema-%1").arg(older));
    upgraded.value().reset();

    auto copy = Database::open(upgrade->copy, {.createIfMissing = false, .targetVersion = older});
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    EXPECT_EQ(copy.value()->schemaVersion(), older) << "the copy is the database as it was";
    EXPECT_EQ(test::count(*copy.value(), "SELECT count(*) FROM communities WHERE code = 'C01'"), 1);

    auto again = Database::open(path, {.copyBeforeUpgrade = true});
    ASSERT_TRUE(again);
    EXPECT_FALSE(again.value()->upgrade()) << "nothing to upgrade the second time";
    auto fresh = Database::open(dir.filePath(QStringLiteral("new.db")), {.copyBeforeUpgrade = true});
    ASSERT_TRUE(fresh);
    EXPECT_FALSE(fresh.value()->upgrade()) << "a new file is created, not upgraded";
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("new.db.before-schema-0"))));
}

TEST(Database, WriteTransactionRollsBackUnlessCommitted)
{
    test::TestDatabase t;
    {
        WriteTransaction transaction(t.db());
        execute(t.db(), "INSERT INTO communities(code, name) VALUES('C01', 'a')");
    }
    EXPECT_TRUE(DistrictRepository(t.db()).communities().empty());
    {
        WriteTransaction transaction(t.db());
        execute(t.db(), "INSERT INTO communities(code, name) VALUES('C01', 'a')");
        transaction.commit();
    }
    EXPECT_EQ(DistrictRepository(t.db()).communities().size(), 1u);
}

TEST(Database, KeepsMetaValues)
{
    test::TestDatabase t;
    EXPECT_EQ(t.db().meta(QStringLiteral("subdistrict_name"), QStringLiteral("?")), QStringLiteral("?"));
    t.db().setMeta(QStringLiteral("subdistrict_name"), QStringLiteral("和安街道"));
    t.db().setMeta(QStringLiteral("subdistrict_name"), QStringLiteral("和安街道 (2)"));
    t.reopen();
    EXPECT_EQ(t.db().meta(QStringLiteral("subdistrict_name")), QStringLiteral("和安街道 (2)"));
}

// Changes are announced after the outermost commit, once; a rolled-back write (or savepoint) never is.
TEST(Database, AnnouncesChangesOnlyAfterTheyAreCommitted)
{
    test::TestDatabase t;
    std::vector<Id> announced;
    QObject guard;
    QObject::connect(&t.db().changes(), &ChangeNotifier::changed, &guard,
                     [&](const Change& change) { announced.push_back(change.id); });
    {
        WriteTransaction rolledBack(t.db());
        rolledBack.changed({ChangeKind::Resident, 1});
    }
    EXPECT_TRUE(announced.empty());
    {
        WriteTransaction outer(t.db());
        outer.changed({ChangeKind::Resident, 2});
        {
            WriteTransaction inner(t.db());
            inner.changed({ChangeKind::Resident, 3}); // its savepoint rolls back
        }
        {
            WriteTransaction inner(t.db());
            inner.changed({ChangeKind::Visit, 4});
            inner.commit();
            EXPECT_TRUE(announced.empty()) << "nothing before the outermost commit";
        }
        outer.commit();
    }
    EXPECT_EQ(announced, (std::vector<Id>{2, 4}));
}

// A new database holds a subdistrict's personal data: only its owner may read it.
TEST(Database, ANewFileIsReadableByItsOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    ASSERT_TRUE(Database::open(path));
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        if (!QFile::exists(file))
            continue;
        const auto permissions = QFile::permissions(file);
        EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther))
            << file.toStdString();
        EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    }
}
