#include "shegong/ui/audit/auditpage.h"

#include "shegong/core/security/auditlog.h"
#include "shegong/ui/audit/auditlogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {

AuditPage::AuditPage(const core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_model(new AuditLogModel(db, 2000, this)), m_table(new QTableView),
      m_status(new QLabel)
{
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* button = new QPushButton(tr("Verify the chain"));
    connect(button, &QPushButton::clicked, this, &AuditPage::verify);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    verify();
}

void AuditPage::verify()
{
    m_model->reload();
    m_table->resizeColumnsToContents();
    const auto v = core::AuditLog(m_db).verify();
    m_status->setText(v.ok ? tr("The chain holds: %1 rows").arg(v.rows)
                           : tr("The chain is broken at row %1: %2").arg(*v.firstBadRow).arg(v.reason));
}

} // namespace shegong::ui
