#pragma once

#include "shegong/core/people/residentsearch.h"
#include "shegong/core/people/residentservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace shegong::ui {

class ResidentTableModel;

/*! The residents registry: search as you type, filters (place, registration, category, age), a lazy
    table; double-click opens the household. Within the editable scope: add, edit, move out, move to
    another household, and move a whole household. */
class RegistryPage : public QWidget {
    Q_OBJECT
public:
    RegistryPage(const core::Access& access, QWidget* parent = nullptr);
    ~RegistryPage() override;

    QLineEdit* searchField() const { return m_search; }
    ResidentTableModel* model() const { return m_model; }
    QComboBox* placeFilter() const { return m_place; }
    //! Runs the search now (typing runs it after a short pause).
    void search();
    //! The resident on the current row, 0 if none.
    core::Id selectedResident() const;
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* moveOutButton() const { return m_moveOut; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* moveHouseholdButton() const { return m_moveHousehold; }
    //! The current view as an Excel workbook: what the screen shows (masked, in scope); needs ExportData.
    core::Result<void> exportView(const QString& path);

Q_SIGNALS:
    //! Double-click: show the household on the map too.
    void householdRequested(core::Id buildingId, core::Id dwellingId);
    //! The current row changed: the household panel beside may follow.
    void householdSelected(core::Id buildingId, core::Id dwellingId);

private:
    void enableActions();
    void addResident();
    void editResident();
    void moveOut();
    void move(bool wholeHousehold);

    const core::Access& m_access;
    core::ResidentService m_service;
    ResidentTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_place;
    QComboBox* m_registration;
    QComboBox* m_tag;
    QComboBox* m_age;
    QTableView* m_table;
    QLabel* m_count;
    std::pair<QString, std::vector<core::Id>> m_lookedUp; //!< the last whole number looked up, its answer
    QString m_lookedUpError;                              //!< why that look-up was refused
    QString m_lookUpMessage;                              //!< shown instead of the count
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_moveOut;
    QPushButton* m_move;
    QPushButton* m_moveHousehold;
    QTimer* m_pause;
};

} // namespace shegong::ui
