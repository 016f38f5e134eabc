#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace shegong::core {
class Database;
}

namespace shegong::ui {

class AuditLogModel;

//! The audit module: the trail, newest first, and whether its hash chain holds.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(const core::Database& db, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    //! Reads the trail again and verifies its chain.
    void verify();

private:
    const core::Database& m_db;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace shegong::ui
