#include "shegong/ui/rental/checklistmodel.h"

#include <QColor>

namespace shegong::ui {

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChecklistModel::setRuleSet(core::RuleSet rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    m_lines.assign(m_rules.items.size(), Line{});
    endResetModel();
    rescore();
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_lines.assign(m_rules.items.size(), Line{});
    endResetModel();
    rescore();
}

bool ChecklistModel::tick(int row, bool ticked, double amount)
{
    if (row < 0 || row >= int(m_lines.size()))
        return false;
    const core::RuleItem& item = m_rules.items[size_t(row)];
    Line& line = m_lines[size_t(row)];
    line.ticked = ticked;
    // Sensible amounts on ticking: one occurrence, the lower end of a range.
    if (amount > 0)
        line.amount = amount;
    else if (ticked && line.amount <= 0)
        line.amount = item.kind == core::DeductionKind::Range ? item.pointsMin : 1;
    rescore();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

std::vector<core::Tick> ChecklistModel::ticks() const
{
    std::vector<core::Tick> ticks;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].ticked)
            continue;
        const core::RuleItem& item = m_rules.items[i];
        core::Tick t{item.id, 1, 0};
        if (item.kind == core::DeductionKind::PerOccurrence)
            t.occurrences = int(m_lines[i].amount);
        else if (item.kind == core::DeductionKind::Range)
            t.points = m_lines[i].amount;
        ticks.push_back(t);
    }
    return ticks;
}

void ChecklistModel::rescore()
{
    m_assessment = core::assess(m_rules, ticks());
    Q_EMIT scoreChanged();
}

double ChecklistModel::lostOn(int row) const
{
    const Line& line = m_lines[size_t(row)];
    if (!line.ticked)
        return 0;
    const core::RuleItem& item = m_rules.items[size_t(row)];
    switch (item.kind) {
    case core::DeductionKind::Fixed:
        return item.pointsMin;
    case core::DeductionKind::Range:
        return line.amount;
    case core::DeductionKind::PerOccurrence:
        return item.pointsMin * line.amount;
    }
    return 0;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_lines.size()))
        return {};
    const core::RuleItem& item = m_rules.items[size_t(index.row())];
    const Line& line = m_lines[size_t(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Item)
        return line.ticked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && item.withholdsGrade && index.column() == Item)
        return QColor(176, 28, 38);
    if (role == Qt::ToolTipRole && item.withholdsGrade)
        return tr("Withholds any grade, whatever the score");
    if (role == Qt::TextAlignmentRole && index.column() >= Deduction)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Item:
        return item.title;
    case Group:
        return core::ruleGroupName(item.group);
    case Deduction:
        switch (item.kind) {
        case core::DeductionKind::Fixed:
            return tr("%1").arg(item.pointsMin);
        case core::DeductionKind::Range:
            return tr("%1–%2").arg(item.pointsMin).arg(item.pointsMax);
        case core::DeductionKind::PerOccurrence:
            return tr("%1 each").arg(item.pointsMin);
        }
        return {};
    case Amount:
        if (item.kind == core::DeductionKind::Fixed || !line.ticked)
            return role == Qt::EditRole ? QVariant(line.amount) : QVariant();
        return item.kind == core::DeductionKind::PerOccurrence ? QVariant(int(line.amount))
                                                               : QVariant(line.amount);
    case Lost:
        return line.ticked ? QVariant(QString::number(-lostOn(index.row()))) : QVariant();
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= int(m_lines.size()))
        return false;
    if (role == Qt::CheckStateRole && index.column() == Item)
        return tick(index.row(), value.toInt() == Qt::Checked);
    if (role == Qt::EditRole && index.column() == Amount) {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        // Out-of-range amounts are kept so that the form can say what is wrong (core refuses them).
        return ok && amount > 0 && tick(index.row(), true, amount);
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Item)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Amount && m_rules.items[size_t(index.row())].kind != core::DeductionKind::Fixed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Group:
        return tr("Group");
    case Deduction:
        return tr("Deduction");
    case Amount:
        return tr("Count or points");
    case Lost:
        return tr("Lost");
    default:
        return {};
    }
}

} // namespace shegong::ui
