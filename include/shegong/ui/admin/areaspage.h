#pragma once

#include "shegong/core/work/handover.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace shegong::ui {

/*! The director's areas: who answers for each, who takes over next, households and open events;
    hand an area over and print its handover dossier. */
class AreasPage : public QWidget {
    Q_OBJECT
public:
    AreasPage(const core::Access& access, core::AuthService& auth, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();
    //! The dossier of the selected area as a PDF file; false (with a message) on failure.
    bool saveDossier(const QString& path);

private:
    const core::AreaRosterRow* selected() const;
    std::optional<core::HandoverDossier> selectedDossier();
    void reassign();
    void printDossier();

    const core::Access& m_access;
    core::AuthService& m_auth;
    std::vector<core::AreaRosterRow> m_rows;
    QTableWidget* m_table;
    QPushButton* m_reassign;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace shegong::ui
