#pragma once

#include <QAbstractTableModel>
#include <QFont>
#include <functional>
#include <vector>

namespace shegong::ui {

//! A column of a record list: its header and what a record shows in it for each role.
template <typename Record> struct RecordColumn {
    QString title;
    std::function<QVariant(const Record&)> display;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

/*! A read-only list of value records (accounts, areas, events, report rows) as a real item model:
    columns declared once, records replaced as a whole. Optional per-record styling: a colour, bold,
    a tooltip. */
template <typename Record> class RecordTableModel : public QAbstractTableModel {
public:
    explicit RecordTableModel(std::vector<RecordColumn<Record>> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {}

    void setRecords(std::vector<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const std::vector<Record>& records() const { return m_records; }
    const Record* record(int row) const
    {
        return row >= 0 && row < int(m_records.size()) ? &m_records[size_t(row)] : nullptr;
    }
    //! The text colour of a record's cell in a column (no value: the view's).
    void setForeground(std::function<QVariant(const Record&, int column)> colour)
    {
        m_foreground = std::move(colour);
    }
    void setBold(std::function<bool(const Record&)> bold) { m_bold = std::move(bold); }
    void setToolTip(std::function<QVariant(const Record&)> tip) { m_toolTip = std::move(tip); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const Record* r = index.isValid() ? record(index.row()) : nullptr;
        if (!r || index.column() >= int(m_columns.size()))
            return {};
        const RecordColumn<Record>& column = m_columns[size_t(index.column())];
        switch (role) {
        case Qt::DisplayRole:
            return column.display(*r);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case Qt::ForegroundRole:
            return m_foreground ? m_foreground(*r, index.column()) : QVariant();
        case Qt::FontRole:
            if (m_bold && m_bold(*r)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            return m_toolTip ? m_toolTip(*r) : QVariant();
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < int(m_columns.size()))
            return m_columns[size_t(section)].title;
        return {};
    }

private:
    std::vector<RecordColumn<Record>> m_columns;
    std::vector<Record> m_records;
    std::function<QVariant(const Record&, int)> m_foreground;
    std::function<QVariant(const Record&)> m_toolTip;
    std::function<bool(const Record&)> m_bold;
};

} // namespace shegong::ui
