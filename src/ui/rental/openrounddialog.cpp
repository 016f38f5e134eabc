#include "shegong/ui/rental/openrounddialog.h"

#include "shegong/core/rental/assessments.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shegong::ui {

OpenRoundDialog::OpenRoundDialog(const core::Access& access, long long communityId, QWidget* parent)
    : QDialog(parent), m_access(access), m_community(communityId), m_year(new QSpinBox),
      m_number(new QSpinBox), m_starts(new QDateEdit), m_ends(new QDateEdit), m_rules(new QLabel),
      m_error(errorLabel())
{
    setWindowTitle(tr("Open an assessment round"));
    const QDate today = access.today();
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_number->setRange(1, 12);
    // The next number of the year: one more than the rounds it has.
    const auto rounds = core::AssessmentService(access).rounds(communityId, today.year());
    m_number->setValue(int(rounds.size()) + 1);
    for (QDateEdit* day : {m_starts, m_ends}) {
        day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        day->setCalendarPopup(true);
    }
    m_starts->setDate(today);
    m_ends->setDate(std::min(today.addMonths(1), QDate(today.year(), 12, 31)));

    auto* form = new QFormLayout;
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Round"), m_number);
    form->addRow(tr("From"), m_starts);
    form->addRow(tr("To"), m_ends);
    form->addRow(tr("Rule set"), m_rules);
    auto* team = new QGridLayout;
    team->addWidget(new QLabel(tr("Team member")), 0, 0);
    team->addWidget(new QLabel(tr("Organisation")), 0, 1);
    static const char* const kOrganisations[] = {QT_TR_NOOP("Police station"),
                                                 QT_TR_NOOP("Community security office")};
    for (int i = 0; i < kTeamRows; ++i) {
        m_names[i] = new QLineEdit;
        m_organisations[i] = new QLineEdit;
        if (i < 2)
            m_organisations[i]->setText(tr(kOrganisations[i]));
        team->addWidget(m_names[i], i + 1, 0);
        team->addWidget(m_organisations[i], i + 1, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(team);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Open round")));
    connect(m_year, &QSpinBox::valueChanged, this, &OpenRoundDialog::showRuleSet);
    showRuleSet();
}

void OpenRoundDialog::showRuleSet()
{
    const core::AssessmentService assessments(m_access);
    const auto id = assessments.ruleSetFor(m_year->value());
    const auto rules = id ? assessments.ruleSet(*id) : core::Result<core::RuleSet>(core::Error{});
    m_rules->setText(rules ? tr("%1 (AAA ≥ %2, AA ≥ %3, A ≥ %4)")
                                 .arg(rules->name)
                                 .arg(rules->thresholds.aaa)
                                 .arg(rules->thresholds.aa)
                                 .arg(rules->thresholds.a)
                           : tr("none yet: the administrator sets the rules"));
}

QString OpenRoundDialog::problem() const
{
    return m_error->text();
}

void OpenRoundDialog::accept()
{
    const core::AssessmentService assessments(m_access);
    core::AssessmentRound round;
    round.communityId = m_community;
    round.year = m_year->value();
    round.number = m_number->value();
    round.starts = m_starts->date();
    round.ends = m_ends->date();
    round.ruleSetId = assessments.ruleSetFor(round.year).value_or(0);
    for (int i = 0; i < kTeamRows; ++i)
        if (!m_names[i]->text().trimmed().isEmpty())
            round.team.push_back({m_names[i]->text().trimmed(), m_organisations[i]->text().trimmed()});
    const auto opened = assessments.openRound(round);
    if (!opened) {
        m_error->setText(opened.error().message);
        return;
    }
    m_roundId = opened.value();
    QDialog::accept();
}

} // namespace shegong::ui
