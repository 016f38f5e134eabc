#pragma once

#include "shegong/core/base/changes.h"

#include <functional>
#include <initializer_list>

namespace shegong::core {
class Database;
}

namespace shegong::ui {

/*! Calls `react` for every committed change of the given kinds while `receiver` lives: how a view
    refreshes itself after any write, made by whichever page or dialog. */
void onChanges(QObject* receiver, const core::Database& db, std::initializer_list<core::ChangeKind> kinds,
               std::function<void(const core::Change&)> react);

} // namespace shegong::ui
