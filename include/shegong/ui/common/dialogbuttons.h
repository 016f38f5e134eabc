#pragma once

#include <QString>

class QDate;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;

namespace shegong::ui {

//! The accept button (named for what it does) and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox* dialogButtons(QDialog* dialog, const QString& acceptText);

//! The line under a form where core's refusal is shown: red, wrapping.
QLabel* errorLabel();

//! A day as forms take it: yyyy-MM-dd with a calendar.
QDateEdit* dayEdit(QDate day);

} // namespace shegong::ui
