#pragma once

#include "shegong/core/security/auditlog.h"

#include <QAbstractTableModel>
#include <vector>

namespace shegong::ui {

//! The newest rows of the audit trail, newest first, for the auditor.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        TimeColumn,
        AccountColumn,
        WorkstationColumn,
        ActionColumn,
        ObjectColumn,
        ResultColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditLogModel(const core::Database& db, int limit = 2000, QObject* parent = nullptr);

    //! Reads the rows again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::Database& m_db;
    int m_limit;
    std::vector<core::AuditLog::Row> m_rows;
};

} // namespace shegong::ui
