#include "shegong/ui/common/dialogbuttons.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace shegong::ui {
namespace {

struct DialogText {
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)
};

} // namespace

QDialogButtonBox* dialogButtons(QDialog* dialog, const QString& acceptText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    buttons->button(QDialogButtonBox::Cancel)->setText(DialogText::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e"));
    return label;
}

QDateEdit* dayEdit(QDate day)
{
    auto* edit = new QDateEdit(day);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace shegong::ui
