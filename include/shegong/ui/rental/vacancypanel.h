#pragma once

#include "shegong/core/rental/rentalviews.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace shegong::ui {

class RoomBoard;

/*! "Any vacant room? Which house is best?": the vacant rooms of a community with filters (rent, area,
    floor, grade at least), best grade first, then score, then rent; and the room board of every house. */
class VacancyPanel : public QWidget {
    Q_OBJECT
public:
    explicit VacancyPanel(const core::Access& access, QWidget* parent = nullptr);
    void setCommunity(core::Id communityId);

    QSpinBox* rentMax() const { return m_rentMax; }
    QComboBox* gradeAtLeast() const { return m_grade; }
    QTableView* table() const { return m_table; }
    const std::vector<core::VacantRoom>& rooms() const { return m_model->records(); }
    RoomBoard* board() const { return m_board; }

private:
    void refresh();

    const core::Access& m_access;
    core::Id m_community = 0;
    QSpinBox *m_rentMin, *m_rentMax, *m_areaMin, *m_floorMax;
    QComboBox* m_grade;
    RecordTableModel<core::VacantRoom>* m_model;
    QTableView* m_table;
    RoomBoard* m_board;
    QLabel* m_status;
};

} // namespace shegong::ui
