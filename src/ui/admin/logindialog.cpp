#include "shegong/ui/admin/logindialog.h"

#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

QDialogButtonBox* okCancel(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(QDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLineEdit* passwordEdit()
{
    auto* edit = new QLineEdit;
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(128);
    return edit;
}

} // namespace

QString roleLabel(core::Role role)
{
    switch (role) {
    case core::Role::SocialWorker:
        return LoginDialog::tr("Social worker");
    case core::Role::CommunityDirector:
        return LoginDialog::tr("Community director");
    case core::Role::SubdistrictAdmin:
        return LoginDialog::tr("Subdistrict administrator");
    case core::Role::RentalAssessor:
        return LoginDialog::tr("Rental assessor");
    case core::Role::Mediator:
        return LoginDialog::tr("Mediator");
    case core::Role::Auditor:
        return LoginDialog::tr("Auditor");
    }
    return {};
}

LoginDialog::LoginDialog(core::AuthService& auth, QString workstation, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_workstation(std::move(workstation)), m_account(new QLineEdit),
      m_password(passwordEdit()), m_message(errorLabel()), m_capsLock(new QLabel(tr("Caps Lock is on")))
{
    setWindowTitle(tr("Log in"));
    // What is being opened: the product, the subdistrict, the database file — and the demo when it is.
    const core::Database& db = auth.database();
    const bool demo = db.meta(QStringLiteral("demo")) == QLatin1String("1");
    const QString subdistrict = db.meta(QStringLiteral("subdistrict_name"));
    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
            .arg(tr("Shegong — community social work").toHtmlEscaped(),
                 (subdistrict.isEmpty() ? tr("A new subdistrict") : subdistrict).toHtmlEscaped() +
                     (demo ? QStringLiteral(" <span style='color:#b3261e'>[%1]</span>").arg(tr("Demo data"))
                           : QString()),
                 QDir::toNativeSeparators(db.path()).toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("loginHeading"));
    heading->setWordWrap(true);
    m_capsLock->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_capsLock->hide();
    m_password->installEventFilter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_capsLock);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Log in")));
    setMinimumWidth(360);
}

LoginDialog* LoginDialog::forUnlock(core::AuthService& auth, const core::Session& session, QWidget* parent)
{
    auto* dialog = new LoginDialog(auth, session.workstation, parent);
    dialog->m_unlocking = session;
    dialog->setWindowTitle(tr("Locked"));
    dialog->m_account->setText(session.worker.account);
    dialog->m_account->setReadOnly(true);
    dialog->m_message->setText(
        tr("The session is locked. Enter your password to continue; unsaved work is kept."));
    dialog->m_password->setFocus();
    return dialog;
}

bool LoginDialog::capsLockWarningShown() const
{
    return !m_capsLock->isHidden();
}

bool LoginDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Qt cannot ask the keyboard for Caps Lock; a letter whose case disagrees with Shift tells us.
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter()) {
            const bool shift = key->modifiers() & Qt::ShiftModifier;
            m_capsLock->setVisible(text.at(0).isUpper() != shift);
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LoginDialog::accept()
{
    if (m_unlocking) {
        auto unlocked = m_auth.unlockSession(*m_unlocking, m_password->text());
        m_password->clear();
        if (!unlocked) {
            m_message->setText(unlocked.error().message);
            return;
        }
        m_session = m_unlocking;
        QDialog::accept();
        return;
    }
    auto session = m_auth.login(m_account->text(), m_password->text(), m_workstation);
    if (!session) {
        m_message->setText(session.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = session.value();
    if (!changePasswordIfRequired()) {
        m_session.reset();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

bool LoginDialog::changePasswordIfRequired()
{
    if (!m_session->mustChangePassword)
        return true;
    ChangePasswordDialog change(m_auth, *m_session, m_password->text(), this);
    return change.exec() == QDialog::Accepted;
}

FirstAdministratorDialog::FirstAdministratorDialog(core::AuthService& auth, QString workstation,
                                                   QWidget* parent)
    : QDialog(parent), m_auth(auth), m_workstation(std::move(workstation)),
      m_account(new QLineEdit(QStringLiteral("admin"))), m_name(new QLineEdit), m_password(passwordEdit()),
      m_repeat(passwordEdit()), m_message(errorLabel())
{
    setWindowTitle(tr("Subdistrict administrator"));
    auto* intro = new QLabel(tr("This database has no accounts yet. Create the subdistrict administrator; "
                                "there are no default passwords."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Repeat password"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Create")));
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ"));
        return;
    }
    auto created =
        m_auth.createFirstAdministrator(m_account->text(), m_name->text(), m_password->text(), m_workstation);
    if (!created) {
        m_message->setText(created.error().message);
        return;
    }
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(core::AuthService& auth, core::Session& session,
                                           const QString& currentPassword, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_session(session), m_current(currentPassword),
      m_password(passwordEdit()), m_repeat(passwordEdit()), m_message(errorLabel())
{
    setWindowTitle(tr("Change password"));
    auto* intro =
        new QLabel(tr("Choose a new password: at least %1 characters with %2 of lower case, upper case, "
                      "digits and symbols, not one of your last %3.")
                       .arg(auth.settings().minimumLength)
                       .arg(auth.settings().requiredClasses)
                       .arg(auth.settings().historyDepth));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("Repeat password"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Change")));
}

void ChangePasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ"));
        return;
    }
    auto changed = m_auth.changePassword(m_session, m_current, m_password->text());
    if (!changed) {
        m_message->setText(changed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace shegong::ui
