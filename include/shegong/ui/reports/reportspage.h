#pragma once

#include "shegong/core/security/access.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/ui/common/listpage.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace shegong::ui {

/*! The Reports module: the monthly workload report on screen for a month and a scope (a worker's own
    row, a director's community, or any community or the whole subdistrict for the administrator, as
    core's report scope allows), with print preview,
    PDF and CSV export, and every worker's figures opened to the visits behind them. */
class ReportsPage : public ListPage {
    Q_OBJECT
public:
    explicit ReportsPage(const core::Access& access, QWidget* parent = nullptr);

    void showMonth(int year, int month);
    const std::optional<core::WorkloadReport>& report() const { return m_report; }
    //! The visits, then the events, behind a worker's figures in the shown month, one line each.
    QStringList visitsBehind(core::Id workerId) const;

    //! The file name an export proposes, e.g. 责任社工月度工作量报表-景和社区-2026-10.pdf.
    QString suggestedFileName(const QString& extension) const;

    void printPreview();
    //! The shown report as a file, handed over only once the export is audited.
    core::Result<void> exportPdf(const QString& path);
    core::Result<void> exportCsv(const QString& path);

private:
    void refresh();
    core::Result<void> exportAs(const QString& path, const QString& format,
                                const std::function<core::Result<void>(const QString&)>& write);
    void audit(const QString& action, const QString& what) const;

    const core::Access& m_access;
    QDateEdit* m_month;
    QComboBox* m_scope;
    //! A worker's row, or a total (a community's or the scope's).
    struct Row {
        core::WorkerWorkload figures;
        bool total = false;
    };
    RecordTableModel<Row>* m_model;
    QListWidget* m_flags;
    QLabel* m_status;
    std::optional<core::WorkloadReport> m_report;
};

} // namespace shegong::ui
