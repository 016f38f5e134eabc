#include "shegong/ui/admin/mapimportdialog.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/exchange/mapfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {

//! The district's footprints in grey and the file's in orange, fitted to the widget.
class FootprintPreview : public QWidget {
public:
    explicit FootprintPreview(std::vector<core::Polygon> existing) : m_existing(std::move(existing))
    {
        setMinimumSize(420, 320);
    }
    void setIncoming(std::vector<core::Polygon> incoming)
    {
        m_incoming = std::move(incoming);
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(246, 246, 242));
        QRectF bounds;
        for (const auto* set : {&m_existing, &m_incoming})
            for (const core::Polygon& polygon : *set)
                for (const core::PointXY& q : polygon.front())
                    bounds |= QRectF(q.x, q.y, 0.01, 0.01);
        if (bounds.isEmpty())
            return;
        const double scale = std::min((width() - 20) / bounds.width(), (height() - 20) / bounds.height());
        // Centred, north up (y grows downwards on screen).
        const double left = (width() - bounds.width() * scale) / 2;
        const double bottom = height() - (height() - bounds.height() * scale) / 2;
        p.setRenderHint(QPainter::Antialiasing);
        const auto draw = [&](const std::vector<core::Polygon>& set, const QColor& fill) {
            p.setBrush(fill);
            p.setPen(QPen(fill.darker(140), 0.5));
            for (const core::Polygon& polygon : set) {
                QPainterPath path;
                for (const core::Ring& ring : polygon) {
                    QPolygonF shape;
                    for (const core::PointXY& q : ring)
                        shape << QPointF(left + (q.x - bounds.left()) * scale,
                                         bottom - (q.y - bounds.top()) * scale);
                    path.addPolygon(shape);
                    path.closeSubpath();
                }
                p.drawPath(path);
            }
        };
        draw(m_existing, QColor(190, 190, 190));
        draw(m_incoming, QColor(230, 126, 34));
    }

private:
    std::vector<core::Polygon> m_existing, m_incoming;
};

namespace {

std::vector<core::Polygon> districtFootprints(const core::Database& db)
{
    std::vector<core::Polygon> footprints;
    for (const core::Building& b : core::DistrictRepository(db).buildings())
        footprints.push_back(b.footprint);
    return footprints;
}

} // namespace

MapImportDialog::MapImportDialog(const core::Access& access, QWidget* parent)
    : QDialog(parent), m_access(access), m_file(new QLineEdit), m_crs(new QLineEdit),
      m_preview(new FootprintPreview(districtFootprints(access.database()))), m_findings(new QListWidget),
      m_summary(new QLabel), m_skip(new QCheckBox(tr("Import the good features, leave the bad ones out"))),
      m_import(new QPushButton(tr("Import")))
{
    setWindowTitle(tr("Import the map"));
    m_file->setReadOnly(true);
    m_crs->setPlaceholderText(tr("only for a file that declares none, e.g. EPSG:4549"));
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import the map"), QString(),
                                         tr("Map files (*.geojson *.json *.shp *.gpkg *.kml *.dxf)"));
        if (!path.isEmpty())
            if (const auto done = read(path); !done)
                QMessageBox::warning(this, tr("Import the map"), done.error().message);
    });
    auto* reread = new QPushButton(tr("Read again"));
    connect(reread, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            if (const auto done = read(m_path); !done)
                QMessageBox::warning(this, tr("Import the map"), done.error().message);
    });
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const auto done = import();
        if (!done)
            return void(QMessageBox::warning(this, tr("Import the map"), done.error().message));
        QMessageBox::information(this, tr("Import the map"),
                                 tr("Added %1, updated %2 buildings; %3 new areas; %4 features left out.")
                                     .arg(done->added)
                                     .arg(done->updated)
                                     .arg(done->areasAdded)
                                     .arg(done->problems.size() + size_t(done->skippedKinds)));
        accept();
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* crsRow = new QHBoxLayout;
    crsRow->addWidget(m_crs, 1);
    crsRow->addWidget(reread);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Coordinate system"), crsRow);
    auto* side = new QVBoxLayout;
    side->addWidget(m_summary);
    side->addWidget(m_findings, 1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_preview, 3);
    middle->addLayout(side, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(middle, 1);
    layout->addWidget(m_skip);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    resize(1000, 640);
}

core::Result<void> MapImportDialog::read(const QString& path)
{
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto source = exchange::readMapFile(path, {m_crs->text().trimmed(), [&](int done, int total) {
                                                   progress.setMaximum(total);
                                                   progress.setValue(done);
                                                   return !progress.wasCanceled();
                                               }});
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_source.reset();
    m_dryRun.reset();
    m_findings->clear();
    m_import->setEnabled(false);
    if (!source) {
        m_summary->setText(source.error().message);
        return source.error();
    }
    m_source = std::move(source).value();
    core::MapImportOptions options;
    options.dryRun = true;
    auto dry = core::importMap(m_access, *m_source, options);
    if (!dry)
        return dry.error();
    m_dryRun = std::move(dry).value();
    for (const core::MapImportProblem& p : m_dryRun->problems)
        m_findings->addItem(tr("feature %1: %2").arg(p.feature).arg(p.reason));
    for (const core::MapImportProblem& w : m_dryRun->warnings) {
        auto* item = new QListWidgetItem(tr("feature %1 (note): %2").arg(w.feature).arg(w.reason));
        item->setForeground(QColor(138, 90, 0));
        m_findings->addItem(item);
    }
    m_summary->setText(tr("%1 features from %2: %3 buildings to place (orange), %4 bad, %5 warnings.")
                           .arg(m_source->features.size())
                           .arg(m_source->crs)
                           .arg(m_dryRun->footprints.size())
                           .arg(m_dryRun->problems.size())
                           .arg(m_dryRun->warnings.size()));
    m_preview->setIncoming(m_dryRun->footprints);
    m_import->setEnabled(true);
    return {};
}

core::Result<core::MapImportReport> MapImportDialog::import()
{
    if (!m_source)
        return core::Error{QStringLiteral("file"), tr("Choose a file first")};
    core::MapImportOptions options;
    options.skipBad = m_skip->isChecked();
    options.actor = m_access.session().worker.account;
    auto report = core::importMap(m_access, *m_source, options);
    if (report && !report->committed)
        return core::Error{QStringLiteral("problems"),
                           tr("%n feature(s) are bad: nothing was imported (tick the box to leave them out)",
                              nullptr, int(report->problems.size()))};
    return report;
}

} // namespace shegong::ui
