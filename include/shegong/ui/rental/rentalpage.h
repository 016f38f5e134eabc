#pragma once

#include "shegong/core/security/access.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace shegong::ui {

class HousesPanel;
class InspectionForm;
class RoundsPanel;
class VacancyPanel;
class WallTablePanel;

/*! The Rental grading module: for a community in the session's scope, the vacancy board, the wall
    table, the rounds with their statistics, and (for the assessor) the inspection form. */
class RentalPage : public QWidget {
    Q_OBJECT
public:
    explicit RentalPage(const core::Access& access, QWidget* parent = nullptr);

    QComboBox* communityChooser() const { return m_community; }
    QTabWidget* tabs() const { return m_tabs; }
    VacancyPanel* vacancies() const { return m_vacancies; }
    HousesPanel* houses() const { return m_houses; }
    WallTablePanel* wallTable() const { return m_wallTable; }
    RoundsPanel* rounds() const { return m_rounds; }
    InspectionForm* inspection() const { return m_inspection; } //!< null without GradeRentals

private:
    void showCommunity();

    const core::Access& m_access;
    QComboBox* m_community;
    QTabWidget* m_tabs;
    VacancyPanel* m_vacancies;
    HousesPanel* m_houses;
    WallTablePanel* m_wallTable;
    RoundsPanel* m_rounds;
    InspectionForm* m_inspection = nullptr;
};

} // namespace shegong::ui
