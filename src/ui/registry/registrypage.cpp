#include "shegong/ui/registrypage.h"

#include "shegong/core/residentrepository.h"
#include "shegong/ui/residenttablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shegong::ui {

RegistryPage::RegistryPage(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_searcher(std::make_unique<core::ResidentSearch>(access)),
      m_model(new ResidentTableModel(*m_searcher, this)), m_search(new QLineEdit),
      m_registration(new QComboBox), m_tag(new QComboBox), m_age(new QComboBox), m_table(new QTableView),
      m_count(new QLabel), m_pause(new QTimer(this))
{
    m_search->setPlaceholderText(
        tr("Name, pinyin initials (zxj), ID number or its last 4 digits, phone, address"));
    m_search->setClearButtonEnabled(true);
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
    for (QComboBox* box : {m_registration, m_tag, m_age})
        connect(box, &QComboBox::currentIndexChanged, this, &RegistryPage::search);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_registration);
    bar->addWidget(m_tag);
    bar->addWidget(m_age);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    search();
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::search()
{
    core::ResidentQuery query;
    query.text = m_search->text();
    if (const int registration = m_registration->currentData().toInt(); registration >= 0)
        query.registration = core::Registration(registration);
    query.tag = m_tag->currentData().toString();
    const QPoint ages = m_age->currentData().toPoint();
    if (ages.x() >= 0)
        query.minAge = ages.x();
    if (ages.y() >= 0)
        query.maxAge = ages.y();
    m_model->setQuery(query);
    m_count->setText(tr("%n resident(s)", nullptr, m_model->totalCount()));
}

} // namespace shegong::ui
