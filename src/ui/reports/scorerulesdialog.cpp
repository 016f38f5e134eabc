#include "shegong/ui/reports/scorerulesdialog.h"

#include "shegong/core/security/access.h"
#include "shegong/core/work/workloadreport.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QSpinBox* spin(int low, int high, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ScoreRulesDialog::ScoreRulesDialog(const core::Access& access, QWidget* parent)
    : QDialog(parent), m_access(access), m_month(new QDateEdit), m_quota(spin(1, 200, tr(" households"))),
      m_visit(spin(0, 100, QString())), m_resolved(spin(0, 100, QString())),
      m_overdue(spin(0, 100, QString())), m_sum(new QLabel), m_error(errorLabel())
{
    setWindowTitle(tr("Score rules"));
    // Past months keep the rules their reports were signed under: the form starts this month.
    const QDate today = access.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setMinimumDate(thisMonth);
    m_month->setDate(thisMonth.addMonths(1));

    auto* form = new QFormLayout;
    form->addRow(tr("In force from"), m_month);
    form->addRow(tr("Monthly quota"), m_quota);
    form->addRow(tr("Weight of the quota"), m_visit);
    form->addRow(tr("Weight of events resolved"), m_resolved);
    form->addRow(tr("Weight of no overdue events"), m_overdue);
    form->addRow(QString(), m_sum);
    auto* explanation = new QLabel(tr("A month's report keeps the rules in force then; a change applies from "
                                      "the chosen month until the next change."));
    explanation->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_buttons = dialogButtons(this, tr("Save rules"));
    layout->addWidget(m_buttons);

    connect(m_month, &QDateEdit::dateChanged, this, &ScoreRulesDialog::showRulesOfMonth);
    for (QSpinBox* weight : {m_visit, m_resolved, m_overdue})
        connect(weight, &QSpinBox::valueChanged, this, &ScoreRulesDialog::showSum);
    showRulesOfMonth();
}

void ScoreRulesDialog::showRulesOfMonth()
{
    const QDate month = m_month->date();
    const core::WorkloadRules rules = core::scoreRulesFor(m_access.database(), month.year(), month.month());
    m_quota->setValue(rules.householdQuota);
    m_visit->setValue(int(rules.visitWeight));
    m_resolved->setValue(int(rules.resolvedWeight));
    m_overdue->setValue(int(rules.overdueWeight));
    showSum();
}

QString ScoreRulesDialog::problem() const
{
    return m_error->text();
}

void ScoreRulesDialog::showSum()
{
    const int sum = m_visit->value() + m_resolved->value() + m_overdue->value();
    m_sum->setText(tr("Together: %1 of 100").arg(sum));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(sum == 100);
}

void ScoreRulesDialog::accept()
{
    core::WorkloadRules rules =
        core::scoreRulesFor(m_access.database(), m_month->date().year(), m_month->date().month());
    rules.householdQuota = m_quota->value();
    rules.visitWeight = m_visit->value();
    rules.resolvedWeight = m_resolved->value();
    rules.overdueWeight = m_overdue->value();
    const auto saved = core::setScoreRules(m_access, m_month->date().year(), m_month->date().month(), rules);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
