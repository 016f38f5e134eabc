#include "shegong/ui/rental/inspectionform.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/rental/rentalhouses.h"
#include "shegong/ui/rental/checklistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shegong::ui {

InspectionForm::InspectionForm(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_round(new QComboBox), m_house(new QComboBox), m_day(new QDateEdit),
      m_checklist(new ChecklistModel(this)), m_table(new QTableView), m_note(new QPlainTextEdit),
      m_photoList(new QListWidget), m_reason(new QLineEdit), m_previous(new QLabel), m_score(new QLabel),
      m_message(new QLabel)
{
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    m_day->setDate(access.today());
    m_house->setEditable(true); // type to find a house among a hundred
    m_house->setInsertPolicy(QComboBox::NoInsert);
    m_table->setModel(m_checklist);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Stretch);
    m_note->setPlaceholderText(tr("What the team saw (a note for the landlord and the next round)"));
    m_note->setMaximumHeight(70);
    m_photoList->setMaximumHeight(60);
    m_photoList->setFlow(QListView::LeftToRight);
    m_reason->setPlaceholderText(tr("Why this inspection replaces the earlier one"));
    m_previous->setWordWrap(true);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_message->setWordWrap(true);

    auto* top = new QFormLayout;
    top->addRow(tr("Round"), m_round);
    top->addRow(tr("House"), m_house);
    top->addRow(tr("Inspected on"), m_day);
    auto* addPhotos = new QPushButton(tr("Add photo…"));
    connect(addPhotos, &QPushButton::clicked, this, [this] {
        for (const QString& path : QFileDialog::getOpenFileNames(this, tr("Add photo"), QString(),
                                                                 tr("Pictures (*.jpg *.jpeg *.png)")))
            addPhoto(path);
    });
    auto* photos = new QHBoxLayout;
    photos->addWidget(m_photoList, 1);
    photos->addWidget(addPhotos);
    auto* save = new QPushButton(tr("Save inspection"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &InspectionForm::save);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_score, 1);
    bottom->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Note")));
    layout->addWidget(m_note);
    layout->addLayout(photos);
    layout->addWidget(m_previous);
    layout->addWidget(m_reason);
    layout->addLayout(bottom);
    layout->addWidget(m_message);

    connect(m_checklist, &ChecklistModel::scoreChanged, this, &InspectionForm::showScore);
    connect(m_round, &QComboBox::currentIndexChanged, this, &InspectionForm::showRound);
    connect(m_house, &QComboBox::currentIndexChanged, this, &InspectionForm::showHouse);
    loadRounds();
}

void InspectionForm::loadRounds()
{
    m_round->clear();
    const core::AssessmentService assessments(m_access);
    for (const core::Community& c : core::DistrictRepository(m_access.database()).communities())
        for (const core::AssessmentRound& r : assessments.rounds(c.id))
            if (!r.closed())
                m_round->addItem(tr("%1 · %2 round %3 (%4 to %5)")
                                     .arg(c.name)
                                     .arg(r.year)
                                     .arg(r.number)
                                     .arg(r.starts.toString(Qt::ISODate), r.ends.toString(Qt::ISODate)),
                                 QVariant::fromValue(r.id));
    if (m_round->count() == 0)
        m_message->setText(tr("No round is open: a community's director opens one."));
    showRound();
}

void InspectionForm::showRound()
{
    const core::AssessmentService assessments(m_access);
    const auto round = assessments.round(m_round->currentData().toLongLong());
    m_house->clear();
    if (!round) {
        m_checklist->setRuleSet({});
        return;
    }
    m_checklist->setRuleSet(assessments.ruleSet(round->ruleSetId).value());
    m_day->setDateRange(round->starts, std::min(round->ends, m_access.today()));
    const auto houses = core::RentalService(m_access).housesOfCommunity(round->communityId);
    if (houses)
        for (const core::HouseView& h : houses.value())
            m_house->addItem(tr("%1 (%2, %3 rooms)")
                                 .arg(h.house.address, h.landlordName.left(1) + QStringLiteral("**"))
                                 .arg(h.rooms),
                             QVariant::fromValue(h.house.id));
    showHouse();
}

void InspectionForm::showHouse()
{
    m_checklist->clear();
    m_note->clear();
    m_photos.clear();
    m_photoList->clear();
    m_reason->clear();
    const auto current = core::AssessmentService(m_access).currentInspection(
        m_round->currentData().toLongLong(), m_house->currentData().toLongLong());
    m_previous->setVisible(current.has_value());
    m_reason->setVisible(current.has_value());
    if (current)
        m_previous->setText(
            tr("Inspected on %1 in this round: %2 points, %3. A new inspection replaces it and "
               "both are kept.")
                .arg(current->day.toString(Qt::ISODate))
                .arg(current->score)
                .arg(core::gradeName(current->grade)));
}

void InspectionForm::showScore()
{
    m_score->setText(scoreText());
}

QString InspectionForm::scoreText() const
{
    const auto& a = m_checklist->assessment();
    if (!a)
        return a.error().message;
    if (!a->withholding.isEmpty())
        return tr("%1 points · no grade (%2)").arg(a->score).arg(a->withholding.join(QStringLiteral("、")));
    return tr("%1 points · %2").arg(a->score).arg(core::gradeName(a->grade));
}

QString InspectionForm::message() const
{
    return m_message->text();
}

bool InspectionForm::addPhoto(const QString& path)
{
    QFile file(path);
    if (file.size() > core::kMaxPhotoBytes || !file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Photo %1: at most 5 MB, and readable").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_photos.push_back({QFileInfo(path).fileName(), file.readAll()});
    m_photoList->addItem(QFileInfo(path).fileName());
    return true;
}

bool InspectionForm::save()
{
    core::NewInspection in;
    in.roundId = m_round->currentData().toLongLong();
    in.houseId = m_house->currentData().toLongLong();
    in.day = m_day->date();
    in.ticks = m_checklist->ticks();
    in.note = m_note->toPlainText();
    in.photos = m_photos;
    in.supersedeReason = m_reason->text();
    const core::AssessmentService assessments(m_access);
    const auto inspection = assessments.inspect(in);
    if (!inspection) {
        m_message->setText(inspection.error().message);
        return false;
    }
    const auto current = assessments.currentInspection(in.roundId, in.houseId);
    m_message->setText(tr("Saved: %1, %2 points, %3.")
                           .arg(m_house->currentText().section(u' ', 0, 0))
                           .arg(current->score)
                           .arg(core::gradeName(current->grade)));
    const QString message = m_message->text();
    showHouse(); // the form is ready for the next house (and knows this one is done)
    m_message->setText(message);
    Q_EMIT saved(inspection.value());
    return true;
}

} // namespace shegong::ui
