#include "shegong/ui/registry/registrypage.h"

#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/people/exactlookup.h"
#include "shegong/core/people/peoplereads.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/exchange/workbooks.h"
#include "shegong/ui/common/changes.h"
#include "shegong/ui/registry/movedialog.h"
#include "shegong/ui/registry/residentdialog.h"
#include "shegong/ui/registry/residentimportwizard.h"
#include "shegong/ui/registry/residenttablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shegong::ui {

RegistryPage::RegistryPage(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_service(access), m_model(new ResidentTableModel(access, this)),
      m_search(new QLineEdit), m_place(new QComboBox), m_registration(new QComboBox), m_tag(new QComboBox),
      m_age(new QComboBox), m_table(new QTableView), m_count(new QLabel),
      m_add(new QPushButton(tr("Add to this household…"))), m_edit(new QPushButton(tr("Edit…"))),
      m_moveOut(new QPushButton(tr("Move out…"))), m_move(new QPushButton(tr("Move to another household…"))),
      m_moveHousehold(new QPushButton(tr("Move the whole household…"))), m_pause(new QTimer(this))
{
    m_search->setPlaceholderText(
        tr("Name, pinyin initials (zxj), ID number or its last 4 digits, phone, address"));
    m_search->setClearButtonEnabled(true);
    // Places: the communities in scope and their areas (a worker's and a director's: their community).
    m_place->addItem(tr("Everywhere"), QVariant());
    const core::DistrictRepository district(access.database());
    const core::Scope scope = access.scope(core::Permission::ViewResidents);
    for (const core::Community& c : district.communities()) {
        if (!scope.whole() && scope.communityId != c.id && scope.reach != core::Reach::Own)
            continue;
        if (scope.whole())
            m_place->addItem(c.name, QPoint(int(c.id), 0));
        for (const core::Area& a : district.areasOf(c.id))
            if (scope.reach != core::Reach::Own || scope.areas.count(a.id))
                m_place->addItem(QStringLiteral("%1 › %2").arg(c.name, a.name), QPoint(int(c.id), int(a.id)));
    }
    m_registration->addItem(tr("Everyone"), -1);
    m_registration->addItem(tr("Registered"), int(core::Registration::Local));
    m_registration->addItem(tr("Floating"), int(core::Registration::Floating));
    m_tag->addItem(tr("Any category"), QString());
    const bool sensitive = access.may(core::Permission::ViewSensitiveTags);
    for (const core::TagKind& tag : core::ResidentRepository(access.database()).tagKinds())
        if (!tag.sensitive || sensitive)
            m_tag->addItem(tag.name, tag.code);
    m_age->addItem(tr("Any age"), QPoint(-1, -1));
    m_age->addItem(tr("Under 18"), QPoint(0, 17));
    m_age->addItem(tr("18–59"), QPoint(18, 59));
    m_age->addItem(tr("60–79"), QPoint(60, 79));
    m_age->addItem(tr("80 and over"), QPoint(80, -1));

    m_table->setModel(m_model);
    // The indicator first: enabling sorting then asks for the order the model already has.
    m_table->horizontalHeader()->setSortIndicator(ResidentTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_model, &ResidentTableModel::resultsReady, this, [this] {
        m_count->setText(m_lookUpMessage.isEmpty() ? tr("%n resident(s)", nullptr, m_model->totalCount())
                                                   : m_lookUpMessage);
        enableActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                enableActions();
                if (current.isValid())
                    Q_EMIT householdSelected(current.data(ResidentTableModel::BuildingIdRole).toLongLong(),
                                             current.data(ResidentTableModel::DwellingIdRole).toLongLong());
            });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths for the content, measured once: a lazy table must not resize to rows it has not loaded.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(ResidentTableModel::Name,
                            metrics.horizontalAdvance(QStringLiteral("欧阳晓明明")) + 16);
    m_table->setColumnWidth(ResidentTableModel::Gender,
                            metrics.horizontalAdvance(QStringLiteral("性别")) + 24);
    m_table->setColumnWidth(ResidentTableModel::Age, metrics.horizontalAdvance(QStringLiteral("年龄")) + 24);
    m_table->setColumnWidth(ResidentTableModel::IdNumber,
                            metrics.horizontalAdvance(QStringLiteral("330104********1234")) + 16);
    m_table->setColumnWidth(ResidentTableModel::Phone,
                            metrics.horizontalAdvance(QStringLiteral("138****5678")) + 16);
    m_table->setColumnWidth(ResidentTableModel::Address,
                            metrics.horizontalAdvance(QStringLiteral("景和雅苑12幢 2单元1101")) + 16);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT householdRequested(index.data(ResidentTableModel::BuildingIdRole).toLongLong(),
                                  index.data(ResidentTableModel::DwellingIdRole).toLongLong());
    });

    // Search as the worker types, after a short pause so every keystroke does not query.
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &RegistryPage::search);
    connect(m_search, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_place, m_registration, m_tag, m_age})
        connect(box, &QComboBox::currentIndexChanged, this, &RegistryPage::search);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_place);
    bar->addWidget(m_registration);
    bar->addWidget(m_tag);
    bar->addWidget(m_age);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    for (QPushButton* b : {m_add, m_edit, m_moveOut, m_move, m_moveHousehold}) {
        actions->addWidget(b);
        b->setVisible(access.may(core::Permission::EditResidents));
    }
    // Lists out (as shown: in scope, masked) and residents in from the office's spreadsheets.
    auto* exportButton = new QPushButton(tr("Export Excel…"));
    exportButton->setVisible(access.may(core::Permission::ExportData));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Excel"), tr("residents.xlsx"),
                                                          tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            if (const auto written = exportView(path); !written)
                QMessageBox::warning(this, tr("Export Excel"), written.error().message);
    });
    auto* importButton = new QPushButton(tr("Import…"));
    importButton->setVisible(access.may(core::Permission::EditResidents));
    connect(importButton, &QPushButton::clicked, this, [this] {
        ResidentImportWizard wizard(m_access, this);
        wizard.exec(); // the list follows the change
    });
    bar->addWidget(exportButton); // beside the search it exports; the row below edits
    bar->addWidget(importButton);
    layout->addLayout(actions);
    connect(m_add, &QPushButton::clicked, this, &RegistryPage::addResident);
    connect(m_edit, &QPushButton::clicked, this, &RegistryPage::editResident);
    connect(m_moveOut, &QPushButton::clicked, this, &RegistryPage::moveOut);
    connect(m_move, &QPushButton::clicked, this, [this] { move(false); });
    connect(m_moveHousehold, &QPushButton::clicked, this, [this] { move(true); });
    search();
    // Any added, edited or moved resident, from this page or elsewhere, shows at once.
    onChanges(this, access.database(), {core::ChangeKind::Resident, core::ChangeKind::Household},
              [this](const core::Change&) { search(); });
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::search()
{
    core::ResidentQuery query;
    query.text = m_search->text();
    // A whole ID number or phone is a look-up in core (edit scope, audited, throttled), asked once per
    // number typed: a refresh after a change shows the same answer without asking again.
    m_lookUpMessage.clear();
    if (core::isWholeNumber(query.text)) {
        if (query.text != m_lookedUp.first) {
            const auto found = core::lookUpWholeNumber(m_access, query.text);
            m_lookedUp = {query.text, found ? found.value() : std::vector<core::Id>{}};
            m_lookedUpError = found ? QString() : found.error().message;
        }
        query.residents = m_lookedUp.second;
        m_lookUpMessage = m_lookedUpError;
        query.text.clear();
    }
    if (const QVariant place = m_place->currentData(); place.isValid()) {
        query.communityId = place.toPoint().x();
        if (place.toPoint().y())
            query.areaId = place.toPoint().y();
    }
    if (const int registration = m_registration->currentData().toInt(); registration >= 0)
        query.registration = core::Registration(registration);
    query.tag = m_tag->currentData().toString();
    const QPoint ages = m_age->currentData().toPoint();
    if (ages.x() >= 0)
        query.minAge = ages.x();
    if (ages.y() >= 0)
        query.maxAge = ages.y();
    query.order = m_model->query().order; // the column the worker sorted by stays
    query.descending = m_model->query().descending;
    m_model->setQuery(query);
    m_count->setText(tr("Searching…"));
    enableActions();
}

core::Id RegistryPage::selectedResident() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ResidentTableModel::ResidentIdRole).toLongLong() : 0;
}

void RegistryPage::enableActions()
{
    const bool chosen = selectedResident() != 0;
    for (QPushButton* b : {m_add, m_edit, m_moveOut, m_move, m_moveHousehold})
        b->setEnabled(chosen);
}

void RegistryPage::addResident()
{
    const auto r = core::readResident(m_access, selectedResident());
    if (!r)
        return;
    ResidentDialog dialog(m_service, m_access, std::nullopt, r->householdId, this);
    dialog.exec(); // the list searches again on the change
}

void RegistryPage::editResident()
{
    const auto r = core::readResident(m_access, selectedResident());
    if (!r)
        return;
    ResidentDialog dialog(m_service, m_access, r.value(), r->householdId, this);
    dialog.exec(); // the list searches again on the change
}

void RegistryPage::moveOut()
{
    const auto r = core::readResident(m_access, selectedResident());
    if (!r)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Move out — %1").arg(r->name));
    auto* day = new QDateEdit(m_access.today());
    day->setCalendarPopup(true);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day->setMaximumDate(m_access.today());
    auto* message =
        new QLabel(tr("Nobody is deleted: the record and its history stay, marked as moved out."));
    message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move out"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Moved out on"), day);
    form->addRow(message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&] {
        if (auto done = m_service.moveOut(r->id, day->date()); !done) {
            message->setText(done.error().message);
            message->setStyleSheet(QStringLiteral("color: #b3261e"));
            return;
        }
        ask.accept();
    });
    ask.exec();
}

void RegistryPage::move(bool wholeHousehold)
{
    const auto r = core::readResident(m_access, selectedResident());
    if (!r)
        return;
    MoveDialog dialog(m_service, m_access,
                      wholeHousehold ? MoveDialog::Subject::Household : MoveDialog::Subject::Resident,
                      wholeHousehold ? r->householdId : r->id, r->name, this);
    dialog.exec(); // the list searches again on the change
}

core::Result<void> RegistryPage::exportView(const QString& path)
{
    return exchange::writeResidentsXlsx(m_access, m_model->query(), path);
}

} // namespace shegong::ui
