#pragma once

#include "shegong/core/exchange/residentimport.h"

#include <QWizard>
#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shegong::ui {

/*! Residents from a spreadsheet, in three steps: the file and its sheet; which column holds what (the
    usual headers recognised, last time's choice remembered, every choice changeable); the check — what
    would be created, updated or left as it is, every row's problem (savable for the office), a
    preview of the rows as they will be stored — then the commit, one transaction with a progress bar
    that can cancel without writing anything. Core decides everything; this only asks and shows. */
class ResidentImportWizard : public QWizard {
    Q_OBJECT
public:
    explicit ResidentImportWizard(const core::Access& access, QWidget* parent = nullptr);

    //! Reads a file (its first sheet, or `sheet`); the column step is filled in from it.
    core::Result<void> setFile(const QString& path, const QString& sheet = {});
    core::ColumnMapping mapping() const;
    QComboBox* columnFor(core::ImportField field) const { return m_columns[size_t(field)]; }
    //! The dry run with the current mapping, shown on the check step.
    const core::ImportPlan& check();
    QTableWidget* problems() const { return m_problems; }
    QCheckBox* skipProblems() const { return m_skip; }
    //! The commit of the last check; the mapping is remembered when it succeeds.
    core::Result<core::ImportSummary> commit();
    bool validateCurrentPage() override;

private:
    QWizardPage* filePage();
    QWizardPage* columnsPage();
    QWizardPage* checkPage();
    void fillColumns(const core::ColumnMapping& mapping);
    void saveProblems();

    const core::Access& m_access;
    QString m_path;
    core::TextTable m_table;
    core::ImportPlan m_plan;
    QLineEdit* m_file;
    QComboBox* m_sheet;
    QSpinBox* m_headerRow;
    std::array<QComboBox*, core::kImportFieldCount> m_columns{};
    QLabel* m_summary;
    QTableWidget* m_problems;
    QTableWidget* m_preview;
    QCheckBox* m_skip;
};

} // namespace shegong::ui
