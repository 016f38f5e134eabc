#pragma once

#include "shegong/core/work/handover.h"
#include "shegong/ui/common/listpage.h"
#include "shegong/ui/common/recordtablemodel.h"

#include <QWidget>

class QPushButton;

namespace shegong::ui {

/*! The director's areas: who answers for each, who takes over next, households and open events;
    hand an area over and print its handover dossier. */
class AreasPage : public ListPage {
    Q_OBJECT
public:
    AreasPage(const core::Access& access, core::AuthService& auth, QWidget* parent = nullptr);

    void reload();
    //! The dossier of the selected area as a PDF file; false (with a message) on failure.
    bool saveDossier(const QString& path);

private:
    const core::AreaRosterRow* selected() const;
    std::optional<core::HandoverDossier> selectedDossier();
    void reassign();
    void selectionChanged() override;
    void printDossier();

    const core::Access& m_access;
    core::AuthService& m_auth;
    RecordTableModel<core::AreaRosterRow>* m_model;
    QPushButton* m_reassign;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace shegong::ui
