#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/people/exactlookup.h"
#include "shegong/core/people/masking.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentsearch.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

TEST(Pinyin, InitialsOfCommonNames)
{
    EXPECT_EQ(pinyinInitials(QStringLiteral("朱学军")), QStringLiteral("zxj"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("欧阳晓")), QStringLiteral("oyx"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("王Li")), QStringLiteral("wli"));
}

// Characters outside GB2312's level 1 (level 2 is ordered by radical; 喆, 燊, 昇 are not in GB2312).
TEST(Pinyin, EveryHanCharacterHasItsSyllable)
{
    EXPECT_EQ(pinyinOf(QStringLiteral("朱学军")), QStringLiteral("zhuxuejun"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("张喆")), QStringLiteral("zz"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("李燊")), QStringLiteral("ls"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("王昇")), QStringLiteral("ws"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("钱鋆")), QStringLiteral("qy"))
        << "鋆 (yún), a level-2 character";
}

// A surname is read as a surname: 曾 is zeng (not ceng), so 曾 sorts among the z names, before 周.
TEST(Pinyin, SurnamesAreReadAsSurnames)
{
    EXPECT_EQ(pinyinOf(QStringLiteral("曾晓明")), QStringLiteral("zengxiaoming"));
    EXPECT_EQ(pinyinInitials(QStringLiteral("单伟")), QStringLiteral("sw"));
    EXPECT_EQ(pinyinOf(QStringLiteral("解放")), QStringLiteral("xiefang"));
    EXPECT_EQ(pinyinOf(QStringLiteral("尉迟恭")), QStringLiteral("yuchigong"));
    EXPECT_EQ(pinyinOf(QStringLiteral("曾")), QStringLiteral("ceng")) << "alone, not a name's surname";
    EXPECT_EQ(pinyinOf(QStringLiteral("李曾")), QStringLiteral("liceng")) << "only the surname";
    EXPECT_LT(pinyinOf(QStringLiteral("曾杰")), pinyinOf(QStringLiteral("周杰"))) << "zeng before zhou";
}

// Full and abbreviated syllables mix: each syllable whole or by its start.
TEST(Pinyin, MixedSpellingsFindTheName)
{
    const QString name = QStringLiteral("朱学军");
    for (const char* typed : {"z", "zxj", "zhuxuejun", "zhuxj", "zhux", "zxuej", "ZhuXJ", "zhuxuej"})
        EXPECT_TRUE(pinyinMatches(name, QString::fromLatin1(typed))) << typed;
    for (const char* typed : {"zxjj", "zhuxuejunx", "zhuxueu", "x", "xj", "zhuj"})
        EXPECT_FALSE(pinyinMatches(name, QString::fromLatin1(typed))) << typed;
    EXPECT_TRUE(pinyinMatches(QStringLiteral("欧阳晓"), QStringLiteral("ouyx")));
    EXPECT_TRUE(pinyinMatches(QStringLiteral("曾晓明"), QStringLiteral("zengxm")));
    EXPECT_FALSE(pinyinMatches(QStringLiteral("曾晓明"), QStringLiteral("cengxm")));
}

// The server matches the same spellings with a regular expression over the stored syllables.
TEST(Pinyin, TheServersPatternAnswersAsTheMatchDoes)
{
    for (const QString& name : {QStringLiteral("朱学军"), QStringLiteral("欧阳晓"), QStringLiteral("王Li")}) {
        const QString stored = pinyinSyllables(name);
        for (const char* typed :
             {"z", "zxj", "zhuxuejun", "zhuxj", "zhux", "zxuej", "ZhuXJ", "zxjj", "zhuxueu", "x", "xj",
              "zhuj", "ouyx", "oyx", "ouyangxiao", "wl", "wangli", "wli", "wi"}) {
            const QRegularExpression pattern(syllablesPattern(QString::fromLatin1(typed)));
            EXPECT_EQ(pattern.match(stored).hasMatch(), pinyinMatches(name, QString::fromLatin1(typed)))
                << stored.toStdString() << " / " << typed;
        }
    }
}

namespace {

class Registry : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{17, 0.1, QDate(2026, 11, 1)}));
        setDemoPasswords(t.db());
        AuthSettings fast;
        fast.hashLimits = PasswordHasher::minimumLimits();
        fast.tryingDemo = true; // the demo accounts as `--demo` opens them
        auth = std::make_unique<AuthService>(t.db(), fast);
        worker = std::make_unique<Access>(
            t.db(), auth->login(QStringLiteral("sg001"), kDemoPassword, QStringLiteral("PC")).value());
        // 朱学军 lives in sg001's area.
        Statement h =
            prepare(t.db(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                            " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ? LIMIT 1");
        h.bind(*worker->ownAreas().begin());
        h.next();
        Resident r;
        r.householdId = h.integer(0);
        h.reset();
        r.name = QStringLiteral("朱学军");
        r.idNumber = QStringLiteral("33010419620315001") + QString(idCheckCharacter(u"33010419620315001"));
        r.phone = QStringLiteral("13900001234");
        r.relation = QStringLiteral("other");
        r.movedIn = QDate(2020, 1, 1);
        zhu = ResidentRepository(t.db()).addResident(r, QDate(2026, 11, 26)).value();
        idNumber = *r.idNumber;
    }

    std::vector<Id> ids(const Access& access, const ResidentQuery& q)
    {
        std::vector<Id> out;
        for (const ResidentRow& row : ResidentSearch(access, QDate(2026, 11, 26)).find(q, 0, 500))
            out.push_back(row.id);
        return out;
    }

    bool finds(const QString& text)
    {
        ResidentQuery query;
        query.text = text;
        const std::vector<Id> found = ids(*worker, query);
        return std::find(found.begin(), found.end(), zhu) != found.end();
    }

    test::TestDatabase t;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<Access> worker;
    Id zhu = 0;
    QString idNumber;
};

} // namespace

TEST_F(Registry, FindsByEveryWayAWorkerTypes)
{
    EXPECT_TRUE(finds(QStringLiteral("zxj"))) << "pinyin initials";
    EXPECT_TRUE(finds(QStringLiteral("ZX"))) << "initials prefix, any case";
    EXPECT_TRUE(finds(QStringLiteral("朱学"))) << "name prefix";
    EXPECT_TRUE(finds(QStringLiteral("zhuxuejun"))) << "full pinyin";
    EXPECT_TRUE(finds(QStringLiteral("ZhuXue"))) << "full pinyin prefix, any case";
    EXPECT_TRUE(finds(QStringLiteral("zhuxj"))) << "full and initials mixed";
    EXPECT_FALSE(finds(QStringLiteral("zhuxjj")));
    EXPECT_FALSE(finds(idNumber)) << "a whole ID number is a look-up, not a search";
    EXPECT_TRUE(finds(idNumber.right(4))) << "last four digits";
    EXPECT_FALSE(finds(QStringLiteral("13900001234"))) << "a whole phone is a look-up, not a search";
    EXPECT_FALSE(finds(QStringLiteral("王")));
    ResidentQuery initials;
    initials.text = QStringLiteral("zxj");
    const auto rows = ResidentSearch(*worker, QDate(2026, 11, 26)).find(initials, 0, 500);
    const auto row =
        std::find_if(rows.begin(), rows.end(), [&](const ResidentRow& r) { return r.id == zhu; });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->idNumber, maskIdNumber(idNumber)) << "masked";
    EXPECT_EQ(row->phone, QStringLiteral("139****1234"));
    Statement building = prepare(t.db(), "SELECT address FROM buildings WHERE id = ?");
    building.bind(row->buildingId);
    ASSERT_TRUE(building.next());
    EXPECT_TRUE(row->address.startsWith(building.text(0))) << "the full address, building first";
    EXPECT_TRUE(finds(building.text(0))) << "the building's address";
}

// The search narrows pinyin to a few index ranges: it must find exactly the names the rule matches,
// over the whole district, for initials, whole syllables, mixed spellings and syllables of six letters.
TEST_F(Registry, PinyinFindsExactlyTheNamesWhoseSyllablesMatch)
{
    const Access admin(t.db(),
                       auth->login(QStringLiteral("admin"), kDemoPassword, QStringLiteral("PC")).value());
    std::vector<std::pair<Id, QStringList>> everyone;
    Statement all =
        prepare(t.db(), "SELECT id, name_syllables FROM residents WHERE moved_out IS NULL ORDER BY id");
    while (all.next())
        everyone.emplace_back(all.integer(0), all.text(1).split(u' ', Qt::SkipEmptyParts));
    int found = 0;
    for (const char* spelling :
         {"z",   "zh",   "zx",     "ly",  "zxj",   "zhuxj",   "zhuxuejun", "zhuxueju", "zxuej",
          "ax",  "wanl", "wangli", "wlh", "chx",   "shuangx", "zhuangx",   "zhuangxj", "xiaom",
          "lxj", "yu",   "yux",    "ouy", "zhaoq", "zhuxjj",  "qqqq"}) {
        const QString typed = QString::fromLatin1(spelling);
        std::vector<Id> expected;
        for (const auto& [id, syllables] : everyone)
            if (syllablesMatch(syllables, typed))
                expected.push_back(id);
        ResidentQuery query;
        query.text = typed;
        std::vector<Id> got = ids(admin, query);
        EXPECT_EQ(ResidentSearch(admin, QDate(2026, 11, 26)).count(query), int(expected.size())) << spelling;
        if (expected.size() > 500)
            continue; // ids() reads the first 500
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, expected) << spelling;
        found += int(expected.size());
    }
    EXPECT_GT(found, 500) << "the spellings find names";
}

// No unmasking oracle: whole numbers only in the edit scope, each look-up audited, misses throttled.
TEST_F(Registry, WholeNumbersAreLookedUpInTheEditScopeAuditedAndThrottled)
{
    const auto hit = lookUpWholeNumber(*worker, idNumber);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit.value(), std::vector<Id>{zhu});
    EXPECT_EQ(lookUpWholeNumber(*worker, QStringLiteral("13900001234")).value(), std::vector<Id>{zhu});

    // A director of another community, and a mediator (no edit scope), get nothing about 朱学军.
    const Access stranger(t.db(),
                          auth->login(QStringLiteral("zr02"), kDemoPassword, QStringLiteral("PC")).value());
    const auto elsewhere = lookUpWholeNumber(stranger, idNumber);
    ASSERT_TRUE(elsewhere);
    EXPECT_TRUE(elsewhere->empty()) << "a holder outside the edit scope is not confirmed";
    const Access mediator(t.db(),
                          auth->login(QStringLiteral("tj01"), kDemoPassword, QStringLiteral("PC")).value());
    EXPECT_FALSE(lookUpWholeNumber(mediator, idNumber)) << "no edit scope, no look-up";

    // Guessing: the birth-date digits of a neighbour of 朱学军's number, one try after another.
    int refused = 0;
    for (int day = 1; day <= 6; ++day) {
        const QString body = QStringLiteral("330104196203") +
                             QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0')) + QStringLiteral("001");
        refused += !lookUpWholeNumber(stranger, body + QString(idCheckCharacter(body))).ok();
    }
    EXPECT_EQ(refused, 4) << "the stranger's first look-up and two guesses miss (" << kLookUpMisses
                          << "): the other four guesses are refused for the minute";
    EXPECT_FALSE(lookUpWholeNumber(stranger, idNumber)) << "even a right number, for the minute";

    Statement audited = prepare(
        t.db(),
        "SELECT count(*), sum(CASE WHEN details LIKE '%' || ? || '%' THEN 1 ELSE 0 END) FROM audit_log"
        " WHERE action = 'look_up'");
    audited.bind(idNumber.left(12));
    audited.next();
    EXPECT_EQ(audited.integer(0), 2 + 2 + 6 + 1) << "every look-up, refused or not";
    EXPECT_EQ(audited.integer(1), 0) << "never the number";
}

// Names sort in pinyin order, not in code-point order (周 U+5468 sorts before 安 U+5B89 by code).
TEST_F(Registry, NamesSortInPinyinOrder)
{
    ResidentQuery everyone;
    const auto rows = ResidentSearch(*worker, QDate(2026, 11, 26)).find(everyone, 0, 500);
    ASSERT_GT(rows.size(), 10u);
    for (size_t i = 1; i < rows.size(); ++i)
        EXPECT_LE(pinyinOf(rows[i - 1].name), pinyinOf(rows[i].name))
            << rows[i - 1].name.toStdString() << " before " << rows[i].name.toStdString();
}

TEST_F(Registry, FiltersAndScope)
{
    ResidentQuery floating;
    floating.registration = Registration::Floating;
    const ResidentSearch search(*worker, QDate(2026, 11, 26));
    for (const ResidentRow& row : search.find(floating, 0, 200))
        EXPECT_EQ(row.registration, Registration::Floating);
    ResidentQuery old;
    old.minAge = 80;
    for (const ResidentRow& row : search.find(old, 0, 200))
        EXPECT_GE(row.age, 80);
    ResidentQuery aged;
    aged.tag = QStringLiteral("aged_80_plus");
    EXPECT_EQ(search.count(aged), search.count(old)) << "the 80+ tag and the age filter agree";

    // A worker sees their community only; the administrator all; the auditor nobody.
    const int mine = search.count({});
    const Access admin(t.db(),
                       auth->login(QStringLiteral("admin"), kDemoPassword, QStringLiteral("PC")).value());
    const Access auditor(t.db(),
                         auth->login(QStringLiteral("sj01"), kDemoPassword, QStringLiteral("PC")).value());
    Statement all = prepare(t.db(), "SELECT count(*) FROM residents WHERE moved_out IS NULL");
    all.next();
    EXPECT_EQ(ResidentSearch(admin).count({}), all.integer(0));
    EXPECT_LT(mine, all.integer(0));
    EXPECT_GT(mine, 0);
    EXPECT_EQ(ResidentSearch(auditor).count({}), 0);
    // Paging: two pages make the first 40.
    const auto first = search.find({}, 0, 20), second = search.find({}, 20, 20),
               both = search.find({}, 0, 40);
    ASSERT_EQ(both.size(), 40u);
    EXPECT_EQ(second.front().id, both[20].id);
}

TEST(RegistryMigration, BackfillsPinyinInitials)
{
    test::TestDatabase fresh;
    const QString path = fresh.folder() + QStringLiteral("/v6.db");
    {
        auto old = Database::open(path, Database::Options{true, 6});
        ASSERT_TRUE(old);
        execute(*old.value(),
                "INSERT INTO communities(code, name) VALUES('C', 'c'); INSERT INTO areas(community_id,"
                " code, name) VALUES(1, 'A', 'a'); INSERT INTO buildings(area_id, code, address, kind,"
                " floors, height, footprint) VALUES(1, 'B', 'b', 'apartment', 1, 3, '[]');"
                " INSERT INTO dwellings(building_id, stairwell, floor, number) VALUES(1, 1, 1, '101');"
                " INSERT INTO households(dwelling_id, tenure, moved_in) VALUES(1, 'owner', '2020-01-01');"
                " INSERT INTO residents(household_id, name, relation, registration, moved_in)"
                " VALUES(1, '朱学军', 'head', 'local', '2020-01-01');");
    }
    auto migrated = Database::open(path);
    ASSERT_TRUE(migrated);
    Statement q = prepare(*migrated.value(), "SELECT name_initials FROM residents");
    q.next();
    EXPECT_EQ(q.text(0), QStringLiteral("zxj"));
}
