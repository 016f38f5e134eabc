#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shegong::core {
class Access;
}

namespace shegong::ui {

/*! A director opens the next assessment round of their community: year and number, the dates, the
    team (names and organisations) and the rule set in force for the year; core checks everything. */
class OpenRoundDialog : public QDialog {
    Q_OBJECT
public:
    OpenRoundDialog(const core::Access& access, long long communityId, QWidget* parent = nullptr);

    void accept() override;
    QSpinBox* number() const { return m_number; }
    QDateEdit* starts() const { return m_starts; }
    QDateEdit* ends() const { return m_ends; }
    //! Row `i` of the team: name and organisation.
    QLineEdit* memberName(int i) const { return m_names[i]; }
    QLineEdit* memberOrganisation(int i) const { return m_organisations[i]; }
    QString problem() const;
    long long roundId() const { return m_roundId; }

    static constexpr int kTeamRows = 4;

private:
    void showRuleSet();

    const core::Access& m_access;
    long long m_community;
    QSpinBox *m_year, *m_number;
    QDateEdit *m_starts, *m_ends;
    QLineEdit* m_names[kTeamRows];
    QLineEdit* m_organisations[kTeamRows];
    QLabel* m_rules;
    QLabel* m_error;
    long long m_roundId = 0;
};

} // namespace shegong::ui
