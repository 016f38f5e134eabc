#include "shegong/ui/common/listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace shegong::ui {

void makeListTable(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
}

} // namespace shegong::ui
