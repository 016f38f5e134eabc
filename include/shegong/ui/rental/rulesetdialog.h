#pragma once

#include "shegong/core/rental/grading.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shegong::core {
class Access;
}

namespace shegong::ui {

/*! The administrator's grading rules: a version's name and year, grade thresholds, a cap per group and
    the deduction items (group, kind, points, whether they withhold the grade). Saving makes a new
    version based on the one shown — or changes it in place when no inspection has used it yet (core
    refuses to change a used one), so a past round's scores never move. */
class RuleSetDialog : public QDialog {
    Q_OBJECT
public:
    RuleSetDialog(const core::Access& access, core::RuleSet rules, QWidget* parent = nullptr);
    void accept() override;

    QSpinBox* year() const { return m_year; }
    QDoubleSpinBox* threshold(int grade) const { return m_thresholds[grade]; } //!< 0 AAA, 1 AA, 2 A
    QTableWidget* items() const { return m_items; }
    //! The rules as the form has them now.
    core::RuleSet rules() const;
    QString problem() const;
    core::Id savedId() const { return m_saved; }
    //! true: save as a new version; false: change the shown version (only while unused).
    void setNewVersion(bool newVersion) { m_newVersion = newVersion; }

private:
    void addItemRow(const core::RuleItem& item);

    const core::Access& m_access;
    core::RuleSet m_base;
    bool m_newVersion = true;
    core::Id m_saved = 0;
    QLineEdit* m_name;
    QSpinBox* m_year;
    int m_nameYear = 0; //!< the year the name says
    QDoubleSpinBox* m_thresholds[3];
    QDoubleSpinBox* m_caps[core::kRuleGroupCount];
    QTableWidget* m_items;
    QLabel* m_error;
};

} // namespace shegong::ui
