#include "shegong/ui/audit/auditlogmodel.h"

namespace shegong::ui {

AuditLogModel::AuditLogModel(const core::Database& db, int limit, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_limit(limit)
{
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows = core::AuditLog(m_db).recent(m_limit);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= int(m_rows.size()))
        return {};
    const core::AuditLog::Row& row = m_rows[size_t(index.row())];
    switch (Column(index.column())) {
    case RowColumn:
        return qint64(row.id);
    case TimeColumn:
        return row.at;
    case AccountColumn:
        return row.entry.account;
    case WorkstationColumn:
        return row.entry.workstation;
    case ActionColumn:
        return row.entry.action;
    case ObjectColumn:
        return row.entry.object;
    case ResultColumn:
        return row.entry.result;
    case DetailsColumn:
        return row.entry.details;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString headers[ColumnCount] = {tr("Row"),    tr("Time (UTC)"), tr("Account"), tr("Workstation"),
                                          tr("Action"), tr("Object"),     tr("Result"),  tr("Details")};
    return section >= 0 && section < ColumnCount ? QVariant(headers[section]) : QVariant();
}

} // namespace shegong::ui
