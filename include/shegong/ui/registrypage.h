#pragma once

#include "shegong/core/residentsearch.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace shegong::ui {

class ResidentTableModel;

//! The residents registry: search as you type, filters, a lazy table; double-click opens the household.
class RegistryPage : public QWidget {
    Q_OBJECT
public:
    RegistryPage(const core::Access& access, QWidget* parent = nullptr);
    ~RegistryPage() override;

    QLineEdit* searchField() const { return m_search; }
    ResidentTableModel* model() const { return m_model; }
    //! Runs the search now (typing runs it after a short pause).
    void search();

Q_SIGNALS:
    void householdRequested(core::Id buildingId, core::Id dwellingId);

private:
    std::unique_ptr<core::ResidentSearch> m_searcher;
    ResidentTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_registration;
    QComboBox* m_tag;
    QComboBox* m_age;
    QTableView* m_table;
    QLabel* m_count;
    QTimer* m_pause;
};

} // namespace shegong::ui
