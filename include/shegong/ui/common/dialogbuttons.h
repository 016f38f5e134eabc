#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;

namespace shegong::ui {

//! The accept button (named for what it does) and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox* dialogButtons(QDialog* dialog, const QString& acceptText);

} // namespace shegong::ui
