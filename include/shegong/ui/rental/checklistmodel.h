#pragma once

#include "shegong/core/rental/grading.h"

#include <QAbstractTableModel>

namespace shegong::ui {

/*! The deduction checklist of an inspection form: one row per item of the rule set, ticked (check
    box), with the occurrences counted (per-occurrence items) or the points chosen (range items) in
    the "count or points" column; the score is core's assess() of the ticks, recomputed on each change. */
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, Group, Deduction, Amount, Lost, ColumnCount };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setRuleSet(core::RuleSet rules);
    const core::RuleSet& ruleSet() const { return m_rules; }
    //! Unticks everything.
    void clear();

    //! Ticks an item with its count (per occurrence) or points (range); false for an unknown row.
    bool tick(int row, bool ticked, double amount = 0);
    std::vector<core::Tick> ticks() const;
    //! The score of the ticks so far (an error names an amount outside its item's range).
    const core::Result<core::Assessment>& assessment() const { return m_assessment; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scoreChanged();

private:
    struct Line {
        bool ticked = false;
        double amount = 0; //!< occurrences, or points for a range item
    };
    void rescore();
    double lostOn(int row) const;

    core::RuleSet m_rules;
    std::vector<Line> m_lines;
    core::Result<core::Assessment> m_assessment = core::Assessment{};
};

} // namespace shegong::ui
