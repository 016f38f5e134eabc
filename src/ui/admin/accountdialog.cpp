#include "shegong/ui/admin/accountdialog.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/security/access.h"
#include "shegong/ui/admin/logindialog.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QLineEdit* passwordEdit()
{
    auto* edit = new QLineEdit;
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

AccountDialog::AccountDialog(core::AuthService& auth, const core::Session& admin, const core::Database& db,
                             QWidget* parent)
    : QDialog(parent), m_auth(auth), m_admin(admin), m_account(new QLineEdit), m_name(new QLineEdit),
      m_role(new QComboBox), m_community(new QComboBox), m_password(passwordEdit()), m_repeat(passwordEdit()),
      m_message(errorLabel())
{
    setWindowTitle(tr("New account"));
    for (core::Role role :
         {core::Role::SocialWorker, core::Role::CommunityDirector, core::Role::RentalAssessor,
          core::Role::Mediator, core::Role::Auditor, core::Role::SubdistrictAdmin})
        m_role->addItem(roleLabel(role), int(role));
    m_community->addItem(tr("(none)"), QVariant());
    for (const core::Community& c : core::DistrictRepository(db).communities())
        m_community->addItem(QStringLiteral("%1 %2").arg(c.code, c.name), qint64(c.id));
    m_community->setCurrentIndex(1);
    const auto communityFor = [this] {
        const auto role = core::Role(m_role->currentData().toInt());
        const bool belongs = core::roleBelongsToCommunity(role);
        m_community->setEnabled(belongs);
        if (!belongs)
            m_community->setCurrentIndex(0);
        else if (m_community->currentIndex() == 0)
            m_community->setCurrentIndex(1);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, communityFor);
    m_password->setPlaceholderText(tr("8+ characters, three of: lower, upper, digits, symbols"));

    auto* form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Community"), m_community);
    form->addRow(tr("First password"), m_password);
    form->addRow(tr("Repeat"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The new colleague changes this password at the first login.")));
    layout->addWidget(m_message);
    layout->addWidget(dialogButtons(this, tr("Create")));
    setMinimumWidth(440);
}

void AccountDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ"));
        return;
    }
    core::Worker w;
    w.account = m_account->text();
    w.name = m_name->text();
    w.role = core::Role(m_role->currentData().toInt());
    if (m_community->currentData().isValid())
        w.communityId = m_community->currentData().toLongLong();
    auto added = m_auth.addAccount(m_admin, w, m_password->text());
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    QDialog::accept();
}

ResetPasswordDialog::ResetPasswordDialog(core::AuthService& auth, const core::Session& admin, QString account,
                                         QWidget* parent)
    : QDialog(parent), m_auth(auth), m_admin(admin), m_target(std::move(account)), m_password(passwordEdit()),
      m_repeat(passwordEdit()), m_message(errorLabel())
{
    setWindowTitle(tr("New password for %1").arg(m_target));
    auto* form = new QFormLayout;
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("Repeat"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("They must change it at their next login.")));
    layout->addWidget(m_message);
    layout->addWidget(dialogButtons(this, tr("Set the password")));
    setMinimumWidth(400);
}

void ResetPasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ"));
        return;
    }
    if (auto done = m_auth.resetPassword(m_admin, m_target, m_password->text()); !done) {
        m_message->setText(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
