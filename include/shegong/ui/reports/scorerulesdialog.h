#pragma once

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace shegong::core {
class Access;
}

namespace shegong::ui {

/*! The administrator's form for the score's quota and weights from a month on (core's
    setScoreRules): opens on the rules in force next month; the weights must add up to 100. */
class ScoreRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScoreRulesDialog(const core::Access& access, QWidget* parent = nullptr);

    void accept() override;

    QDateEdit* month() const { return m_month; }
    QSpinBox* quota() const { return m_quota; }
    QSpinBox* visitWeight() const { return m_visit; }
    QSpinBox* resolvedWeight() const { return m_resolved; }
    QSpinBox* overdueWeight() const { return m_overdue; }
    QString problem() const;

private:
    void showRulesOfMonth();
    void showSum();

    const core::Access& m_access;
    QDateEdit* m_month;
    QSpinBox *m_quota, *m_visit, *m_resolved, *m_overdue;
    QLabel* m_sum;
    QLabel* m_error;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace shegong::ui
