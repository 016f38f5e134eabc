#include "shegong/ui/visits/quotalabel.h"

#include "shegong/core/security/access.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/ui/common/changes.h"

namespace shegong::ui {

QuotaLabel::QuotaLabel(const core::Access& access, QWidget* parent) : QLabel(parent), m_access(access)
{
    refresh();
    onChanges(this, access.database(), {core::ChangeKind::Visit}, [this](const core::Change&) { refresh(); });
}

void QuotaLabel::refresh()
{
    const QDate today = m_access.today();
    const core::MonthlyQuota quota =
        core::VisitService(m_access).monthlyQuota(m_access.session().worker.id, today.year(), today.month());
    setText(tr("Visited this month: %1/%2 households").arg(quota.households).arg(quota.target));
    setStyleSheet(quota.met() ? QStringLiteral("color: #1b6e20") : QStringLiteral("color: #8a5a00"));
}

} // namespace shegong::ui
