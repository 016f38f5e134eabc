#pragma once

#include "shegong/core/rental/assessments.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace shegong::ui {

class ChecklistModel;

/*! The assessor's form: an open round, a house of its community, the day; the checklist ticked item by
    item with counts or points, a note and photos; the score and grade shown live as core computes
    them; saving goes through core (which scores again and refuses what is wrong). A house already
    inspected in the round asks for the reason of the new inspection. */
class InspectionForm : public QWidget {
    Q_OBJECT
public:
    explicit InspectionForm(const core::Access& access, QWidget* parent = nullptr);

    QComboBox* roundChooser() const { return m_round; }
    QComboBox* houseChooser() const { return m_house; }
    QDateEdit* dayEdit() const { return m_day; }
    ChecklistModel* checklist() const { return m_checklist; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* supersedeReason() const { return m_reason; }
    //! The live score line ("94.5 · AAA") or what is wrong with the ticks.
    QString scoreText() const;
    QString message() const;
    //! Copies a picture file into the inspection's photos (checked by core on saving).
    bool addPhoto(const QString& path);
    //! Saves the inspection; true when core took it (the message says score and grade).
    bool save();

Q_SIGNALS:
    void saved(core::Id inspectionId);

private:
    void loadRounds();
    void showRound();
    void showHouse();
    void showScore();

    const core::Access& m_access;
    QComboBox* m_round;
    QComboBox* m_house;
    QDateEdit* m_day;
    ChecklistModel* m_checklist;
    QTableView* m_table;
    QPlainTextEdit* m_note;
    QListWidget* m_photoList;
    std::vector<core::Photo> m_photos;
    QLineEdit* m_reason;
    QLabel* m_previous;
    QLabel* m_score;
    QLabel* m_message;
};

} // namespace shegong::ui
