#include "shegong/ui/registry/districtpage.h"

#include "shegong/core/security/access.h"
#include "shegong/ui/registry/districttreemodel.h"
#include "shegong/ui/shell/navigator.h"

#include <QTreeView>
#include <QVBoxLayout>

namespace shegong::ui {

DistrictPage::DistrictPage(const core::Access& access, Navigator& navigator, QWidget* parent)
    : QWidget(parent), m_model(new DistrictTreeModel(access, this)), m_tree(new QTreeView)
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(DistrictTreeModel::NameColumn, 300);
    m_tree->setAlternatingRowColors(true);
    // Anything at or below a building shows that building in the household panel.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [&navigator](const QModelIndex& current) {
                for (QModelIndex i = current.siblingAtColumn(0); i.isValid(); i = i.parent())
                    if (i.data(DistrictTreeModel::KindRole).toInt() ==
                        int(DistrictTreeModel::Kind::Building)) {
                        navigator.showBuilding(i.data(DistrictTreeModel::IdRole).toLongLong(), false);
                        return;
                    }
            });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

} // namespace shegong::ui
