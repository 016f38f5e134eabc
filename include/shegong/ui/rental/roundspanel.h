#pragma once

#include "shegong/core/rental/rentalviews.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace shegong::ui {

/*! A community's assessment rounds: the list, the selected round's statistics (houses per grade as a
    chart, average, items deducted most, moves since the round before), closing it (the director) and
    printing its plaques once closed. */
class RoundsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoundsPanel(const core::Access& access, QWidget* parent = nullptr);
    void setCommunity(core::Id communityId, const QString& name);

    QTableView* table() const { return m_table; }
    QString statisticsText() const;
    bool closeSelected();
    bool exportPlaques(const QString& path) const;
    void selectRound(int row);

Q_SIGNALS:
    //! A round was opened or closed here.
    void roundsChanged();

private:
    void refresh();
    void showSelected();
    std::optional<core::AssessmentRound> selected() const;

    const core::Access& m_access;
    core::Id m_community = 0;
    QString m_communityName;
    RecordTableModel<core::AssessmentRound>* m_model;
    QTableView* m_table;
    QLabel* m_stats;
    QWidget* m_chart;
    QPushButton* m_close;
    QPushButton* m_plaques;
};

} // namespace shegong::ui
