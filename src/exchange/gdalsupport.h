#pragma once

// GDAL's set-up for the readers: drivers registered once, messages kept quiet, datasets closed.

#include <QString>
#include <cpl_error.h>
#include <gdal.h>

namespace shegong::exchange {

//! Registers GDAL's drivers once; spreadsheets read every row as data and every cell as text.
void registerGdal();

//! GDAL's messages are the reader's business: kept quiet, the last one told in the error.
struct QuietGdal {
    QuietGdal()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
    QString last() const { return QString::fromUtf8(CPLGetLastErrorMsg()); }
};

//! An open dataset, closed when it goes.
class GdalDataset {
public:
    explicit GdalDataset(GDALDatasetH handle = nullptr) : m_handle(handle) {}
    ~GdalDataset()
    {
        if (m_handle)
            GDALClose(m_handle);
    }
    GdalDataset(const GdalDataset&) = delete;
    GdalDataset& operator=(const GdalDataset&) = delete;
    void reset(GDALDatasetH handle)
    {
        if (m_handle)
            GDALClose(m_handle);
        m_handle = handle;
    }
    GDALDatasetH get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    GDALDatasetH m_handle;
};

} // namespace shegong::exchange
