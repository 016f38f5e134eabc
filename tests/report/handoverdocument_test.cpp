#include "core/storage/sql.h"
#include "pdftext.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/work/handover.h"
#include "shegong/report/handoverdocument.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace shegong;
using namespace shegong::core;

namespace {

TEST(HandoverDocument, ThePdfCarriesEveryHouseholdAndOpenEventAndNoIdNumber)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    test::TestDatabase t(QStringLiteral("dossier.db"));
    ASSERT_TRUE(generateDemoDistrict(t.db(), DemoOptions{21, 0.1, QDate(2026, 11, 1)}));
    Statement admin =
        prepare(t.db(), "SELECT id, account, name FROM workers WHERE role = 'subdistrict_admin'");
    ASSERT_TRUE(admin.next());
    Session session;
    session.worker = {admin.integer(0), admin.text(1), admin.text(2), Role::SubdistrictAdmin,
                      std::nullopt,     std::nullopt,  true};
    session.workstation = QStringLiteral("PC-01");
    const Access access(t.db(), session);
    // The area with the most open events, so that the tables run over pages.
    Statement busiest = prepare(
        t.db(),
        "SELECT b.area_id FROM events e JOIN households h ON h.id = e.household_id JOIN dwellings d ON"
        " d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id WHERE e.status <> 'closed'"
        " GROUP BY b.area_id ORDER BY count(*) DESC LIMIT 1");
    ASSERT_TRUE(busiest.next());
    const auto dossier = handoverDossier(access, busiest.integer(0), QDate(2026, 11, 26));
    ASSERT_TRUE(dossier);
    ASSERT_FALSE(dossier->openEvents.empty());

    const QString pdf = t.folder() + QStringLiteral("/dossier.pdf");
    const auto pages = report::writeHandoverPdf(*dossier, pdf);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_GE(pages.value(), 2);
    const QString text = test::pdfText(pdf);
    EXPECT_EQ(text.count(QLatin1Char('\f')), pages.value()) << "one form feed per page";
    EXPECT_TRUE(text.contains(dossier->areaCode));
    for (const auto& h : dossier->households)
        EXPECT_TRUE(test::pdfPattern(h.address).match(text).hasMatch()) << h.address.toStdString();
    for (const auto& e : dossier->openEvents)
        EXPECT_TRUE(text.contains(e.dueOn.toString(Qt::ISODate)));
    for (const auto& p : dossier->specialGroups)
        EXPECT_TRUE(test::pdfPattern(p.name).match(text).hasMatch()) << p.name.toStdString();

    Statement ids = prepare(
        t.db(), "SELECT r.id_number, r.phone FROM residents r JOIN households h ON h.id = r.household_id"
                " JOIN dwellings d ON d.id = h.dwelling_id JOIN buildings b ON b.id = d.building_id"
                " WHERE b.area_id = ? AND r.id_number IS NOT NULL");
    ids.bind(busiest.integer(0));
    int checked = 0;
    while (ids.next()) {
        EXPECT_FALSE(text.contains(ids.text(0))) << "no ID number in the dossier";
        if (!ids.isNull(1)) {
            EXPECT_FALSE(text.contains(ids.text(1))) << "no resident's phone in the dossier";
        }
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

} // namespace
