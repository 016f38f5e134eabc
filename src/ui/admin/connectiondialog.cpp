#include "shegong/ui/admin/connectiondialog.h"

#include "shegong/core/storage/database.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shegong::ui {

using Tls = core::ServerAddress::Tls;

ConnectionDialog::ConnectionDialog(const core::ServerAddress& start, QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(start.host)), m_port(new QSpinBox),
      m_database(new QLineEdit(start.database)), m_user(new QLineEdit(start.user)), m_tls(new QComboBox),
      m_message(errorLabel())
{
    setWindowTitle(tr("Office database server"));
    auto* intro = new QLabel(tr("Every workstation of the office works on one PostgreSQL server. The "
                                "subdistrict's administrator knows its address; the password is asked "
                                "for when the server wants one and is never stored on this computer."));
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("e.g. db.office.lan (empty: this computer)"));
    m_port->setRange(1, 65535);
    m_port->setValue(start.port);
    m_tls->addItem(tr("Encrypted, server's name verified (recommended)"), int(Tls::VerifyFull));
    m_tls->addItem(tr("Encrypted, server's certificate verified"), int(Tls::VerifyCa));
    m_tls->addItem(tr("Encrypted, server not verified"), int(Tls::Require));
    m_tls->addItem(tr("Not encrypted (this computer only)"), int(Tls::Disable));
    m_tls->setCurrentIndex(m_tls->findData(int(start.tls)));
    m_certificate = fileField(tr("Certificates (*.crt *.pem)"));
    m_certificate->setText(start.clientCertificate);
    m_key = fileField(tr("Private keys (*.key *.pem)"));
    m_key->setText(start.clientKey);
    m_root = fileField(tr("Certificates (*.crt *.pem)"));
    m_root->setText(start.rootCertificate);

    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Database role"), m_user);
    form->addRow(tr("Encryption"), m_tls);
    form->addRow(tr("Office's certificate authority"), m_root->parentWidget());
    form->addRow(tr("This workstation's certificate"), m_certificate->parentWidget());
    form->addRow(tr("Its private key"), m_key->parentWidget());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(dialogButtons(this, tr("Connect")));
    setMinimumWidth(560);
    m_host->setFocus();
}

QLineEdit* ConnectionDialog::fileField(const QString& filter)
{
    auto* row = new QWidget(this);
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(tr("none"));
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, [this, edit, filter] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    return edit;
}

core::ServerAddress ConnectionDialog::address() const
{
    core::ServerAddress parts;
    parts.host = m_host->text().trimmed();
    parts.port = m_port->value();
    parts.database = m_database->text().trimmed();
    parts.user = m_user->text().trimmed();
    parts.tls = Tls(m_tls->currentData().toInt());
    parts.clientCertificate = m_certificate->text().trimmed();
    parts.clientKey = m_key->text().trimmed();
    parts.rootCertificate = m_root->text().trimmed();
    return parts;
}

void ConnectionDialog::showRefusal(const QString& message)
{
    m_message->setText(message);
}

void ConnectionDialog::accept()
{
    if (auto valid = address().validate(); !valid) {
        m_message->setText(valid.error().message);
        return;
    }
    QDialog::accept();
}

std::optional<QString> askServerPassword(const QString& why, QWidget* parent)
{
    QInputDialog ask(parent);
    ask.setWindowTitle(ConnectionDialog::tr("Server password"));
    ask.setLabelText(why + u'\n' + ConnectionDialog::tr("Password (kept only until shegong closes):"));
    ask.setTextEchoMode(QLineEdit::Password);
    ask.setOkButtonText(ConnectionDialog::tr("Connect"));
    ask.setCancelButtonText(ConnectionDialog::tr("Cancel"));
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    return ask.textValue();
}

std::unique_ptr<core::Database> connectToServer(QString& address, QWidget* parent)
{
    for (;;) {
        auto db = core::Database::open(address, core::Database::Options{false, -1});
        if (db)
            return std::move(db).value();
        if (core::needsServerPassword(db.error())) {
            const auto password = askServerPassword(db.error().message, parent);
            if (!password)
                return nullptr;
            core::setServerPassword(*password);
            continue;
        }
        ConnectionDialog dialog(core::ServerAddress::fromAddress(address).value_or(core::ServerAddress{}),
                                parent);
        dialog.showRefusal(db.error().message);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        address = dialog.address().toAddress();
    }
}

} // namespace shegong::ui
