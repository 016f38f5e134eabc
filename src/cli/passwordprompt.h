#pragma once

#include <QString>

//! Reads a password: from the terminal without echo when there is one, else one line of stdin.
//! Never from argv, where other users could see it in the process list.
QString readPassword(const QString& prompt);
