// Fuzz target: a map file from outside (GeoJSON here; GDAL decides what it is), read, reprojected and
// placed by a dry run. Must never crash, hang or write.
#include "fuzzsupport.h"
#include "shegong/core/geography/mapimport.h"
#include "shegong/exchange/mapfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = shegong::fuzz::asFile(data, size, QStringLiteral("in.geojson"));
    const auto source = shegong::exchange::readMapFile(path);
    if (!source)
        return 0;
    shegong::core::MapImportOptions dry;
    dry.dryRun = true;
    (void)shegong::core::importMap(shegong::fuzz::administrator(), source.value(), dry);
    return 0;
}
