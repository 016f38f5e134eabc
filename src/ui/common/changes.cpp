#include "shegong/ui/common/changes.h"

#include "shegong/core/storage/database.h"

#include <vector>

namespace shegong::ui {

void onChanges(QObject* receiver, const core::Database& db, std::initializer_list<core::ChangeKind> kinds,
               std::function<void(const core::Change&)> react)
{
    QObject::connect(&db.changes(), &core::ChangeNotifier::changed, receiver,
                     [wanted = std::vector<core::ChangeKind>(kinds),
                      react = std::move(react)](const core::Change& change) {
                         if (std::find(wanted.begin(), wanted.end(), change.kind) != wanted.end())
                             react(change);
                     });
}

} // namespace shegong::ui
