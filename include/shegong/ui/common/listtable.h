#pragma once

class QTableView;

namespace shegong::ui {

//! A read-only list of records: whole rows, one at a time, alternating colours, no row numbers.
void makeListTable(QTableView* table);

} // namespace shegong::ui
