// Fuzz target: a resident spreadsheet from outside. The first byte picks the format (CSV, XLSX, ODS);
// the rest is the file: read through GDAL (or the CSV transcoder), mapped and planned. Must never
// crash, hang or write.
#include "fuzzsupport.h"
#include "shegong/core/exchange/residentimport.h"
#include "shegong/exchange/spreadsheet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const char* const kinds[] = {"in.csv", "in.xlsx", "in.ods"};
    const QString path = shegong::fuzz::asFile(data + 1, size - 1, QString::fromLatin1(kinds[data[0] % 3]));
    const auto table = shegong::exchange::readSpreadsheet(path);
    if (!table)
        return 0;
    const auto& access = shegong::fuzz::administrator();
    const auto plan =
        shegong::core::planResidentImport(access, table.value(), shegong::core::guessMapping(table.value()));
    (void)shegong::core::problemTable(plan);
    return 0;
}
