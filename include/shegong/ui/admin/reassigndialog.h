#pragma once

#include "shegong/core/security/access.h"
#include "shegong/core/work/handover.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace shegong::ui {

//! Hands an area to another social worker from a day; the service's refusal is shown and nothing changes.
class ReassignDialog : public QDialog {
    Q_OBJECT
public:
    ReassignDialog(core::AuthService& auth, const core::Access& access, const core::AreaRosterRow& area,
                   const std::vector<core::Worker>& candidates, QWidget* parent = nullptr);

    QComboBox* workerField() const { return m_worker; }
    QDateEdit* fromField() const { return m_from; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    core::AuthService& m_auth;
    const core::Access& m_access;
    QString m_areaCode;
    QComboBox* m_worker;
    QDateEdit* m_from;
    QLabel* m_message;
};

} // namespace shegong::ui
