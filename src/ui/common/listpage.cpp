#include "shegong/ui/common/listpage.h"

#include "shegong/ui/common/listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {

ListPage::ListPage(QWidget* parent)
    : QWidget(parent), m_table(new QTableView), m_layout(new QVBoxLayout(this)), m_buttons(new QHBoxLayout)
{
    makeListTable(m_table);
    m_layout->addWidget(m_table, 3);
    m_buttons->addStretch(1);
    m_layout->addLayout(m_buttons);
}

void ListPage::setModel(QAbstractItemModel* model)
{
    m_table->setModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { selectionChanged(); });
    // A reset (reload) clears the selection without a selectionChanged signal.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectionChanged(); });
}

int ListPage::selectedRow() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListPage::selectRow(int row)
{
    if (!m_table->model() || row < 0 || row >= m_table->model()->rowCount())
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_table->model()->index(row, 0));
}

QPushButton* ListPage::addButton(const QString& text)
{
    auto* button = new QPushButton(text);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
    return button;
}

void ListPage::fitColumns(int stretch)
{
    m_table->resizeColumnsToContents();
    if (stretch >= 0)
        m_table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    else
        m_table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace shegong::ui
