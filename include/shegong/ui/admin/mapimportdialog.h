#pragma once

#include "shegong/core/geography/mapimport.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shegong::core {
class Access;
}

namespace shegong::ui {

class FootprintPreview;

/*! The administrator's map import: a file (GeoJSON, Shapefile, GeoPackage, KML, DXF) read through
    GDAL and PROJ with a progress bar that can cancel, the CRS asked for when the file has none, a dry
    run whose buildings are drawn over the district's (new in orange) with every problem and warning
    listed, then the import itself. Core checks and writes; this dialog asks and shows. */
class MapImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit MapImportDialog(const core::Access& access, QWidget* parent = nullptr);

    //! Reads a file and runs the dry run; the error when it cannot be read.
    core::Result<void> read(const QString& path);
    QLineEdit* crs() const { return m_crs; }
    QListWidget* findings() const { return m_findings; }
    QCheckBox* skipBad() const { return m_skip; }
    const std::optional<core::MapImportReport>& dryRun() const { return m_dryRun; }
    //! Imports what was read (the good features with "skip bad"); the report, or why not.
    core::Result<core::MapImportReport> import();

private:
    const core::Access& m_access;
    QString m_path;
    std::optional<core::MapSource> m_source;
    std::optional<core::MapImportReport> m_dryRun;
    QLineEdit* m_file;
    QLineEdit* m_crs;
    FootprintPreview* m_preview;
    QListWidget* m_findings;
    QLabel* m_summary;
    QCheckBox* m_skip;
    QPushButton* m_import;
};

} // namespace shegong::ui
