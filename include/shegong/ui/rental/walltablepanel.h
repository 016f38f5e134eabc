#pragma once

#include "shegong/core/rental/rentalviews.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace shegong::ui {

/*! The wall table (等级公示表) of a community for a year on screen, with print preview and PDF (A4 or
    A3 landscape) of the same document. */
class WallTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit WallTablePanel(const core::Access& access, QWidget* parent = nullptr);
    void setCommunity(core::Id communityId, const QString& name);

    QSpinBox* year() const { return m_year; }
    const std::vector<core::WallTableRow>& rows() const { return m_model->records(); }
    QTableView* table() const { return m_table; }
    bool exportPdf(const QString& path, bool a3 = false) const;
    void printPreview();

private:
    void refresh();

    const core::Access& m_access;
    core::Id m_community = 0;
    QString m_communityName;
    QSpinBox* m_year;
    RecordTableModel<core::WallTableRow>* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace shegong::ui
