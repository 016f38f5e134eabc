#include "shegong/ui/mediation/mediationpage.h"

#include "shegong/core/mediation/mediationstats.h"
#include "shegong/ui/mediation/casedocumentsmenu.h"
#include "shegong/ui/mediation/mediationdialogs.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace shegong::ui {

MediationPage::MediationPage(const core::Access& access, QWidget* parent)
    : QWidget(parent), m_access(access), m_from(new QDateEdit(access.today().addMonths(-3))),
      m_to(new QDateEdit(access.today())), m_state(new QComboBox), m_table(new QTableView),
      m_detail(new QTextBrowser), m_message(new QLabel), m_stats(new QLabel), m_reminders(new QLabel),
      m_place(new QComboBox)
{
    for (QDateEdit* day : {m_from, m_to}) {
        day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        day->setCalendarPopup(true);
    }
    m_state->addItem(tr("every state"), -1);
    for (core::CaseState s :
         {core::CaseState::Registered, core::CaseState::InMediation, core::CaseState::Agreed,
          core::CaseState::NoAgreement, core::CaseState::Litigation, core::CaseState::Withdrawn,
          core::CaseState::Closed})
        m_state->addItem(core::caseStateName(s), int(s));
    m_model = new RecordTableModel<core::CaseSummary>(
        {{tr("Number"), [](const core::CaseSummary& c) { return c.number; }},
         {tr("Intake"), [](const core::CaseSummary& c) { return c.intakeDay.toString(Qt::ISODate); }},
         {tr("Title"), [](const core::CaseSummary& c) { return c.title; }},
         {tr("Category"), [](const core::CaseSummary& c) { return core::disputeCategoryName(c.category); }},
         {tr("State"), [](const core::CaseSummary& c) { return core::caseStateName(c.state); }},
         {tr("Where"), [](const core::CaseSummary& c) { return c.placeName; }}},
        this);
    m_model->setForeground([](const core::CaseSummary& c, int) {
        return c.readable ? QVariant() : QVariant(QColor(120, 120, 120)); // title and state only
    });
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MediationPage::showCase);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QStringList parts = url.toString().split(u':'); // home:building:dwelling
        if (parts.size() == 3 && parts[0] == QLatin1String("home"))
            Q_EMIT householdRequested(parts[1].toLongLong(), parts[2].toLongLong());
    });

    auto* consult = new QPushButton(tr("Consultation…"));
    auto* open = new QPushButton(tr("New case…"));
    auto* session = new QPushButton(tr("Session…"));
    auto* agree = new QPushButton(tr("Agreement…"));
    auto* fail = new QPushButton(tr("No agreement…"));
    auto* rise = new QPushButton(tr("Escalate…"));
    auto* court = new QPushButton(tr("Litigation…"));
    auto* withdraw = new QPushButton(tr("Withdraw…"));
    auto* followUp = new QPushButton(tr("Follow-up…"));
    auto* documents = new QToolButton;
    documents->setText(tr("Documents"));
    documents->setPopupMode(QToolButton::InstantPopup);
    documents->setMenu(caseDocumentsMenu(
        m_access, [this] { return currentCase(); }, [this](const QString& text) { m_message->setText(text); },
        this));
    auto* more = new QToolButton;
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Add a mediator…"), this, &MediationPage::addMediator);
    moreMenu->addAction(tr("Payment received…"), this, &MediationPage::recordPayment);
    moreMenu->addAction(tr("Apply for judicial confirmation"), this, [this] {
        report(tr("Judicial confirmation"),
               core::MediationService(m_access).applyForConfirmation(currentCase(), m_access.today()));
    });
    moreMenu->addAction(tr("Judicial confirmation granted"), this, [this] {
        report(tr("Judicial confirmation"),
               core::MediationService(m_access).recordConfirmation(currentCase(), true));
    });
    moreMenu->addAction(tr("Judicial confirmation refused"), this, [this] {
        report(tr("Judicial confirmation"),
               core::MediationService(m_access).recordConfirmation(currentCase(), false));
    });
    more->setMenu(moreMenu);
    connect(consult, &QPushButton::clicked, this, [this] {
        ConsultationDialog dialog(m_access, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.outcome()->currentData().toInt() == int(core::ConsultationOutcome::Case)) {
            CaseDialog opened(m_access, core::draftFromConsultation(dialog.consultation()), this);
            if (opened.exec() == QDialog::Accepted) {
                refresh();
                selectCase(opened.caseId());
            }
        }
    });
    connect(open, &QPushButton::clicked, this, [this] {
        CaseDialog dialog(m_access, {}, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            selectCase(dialog.caseId());
        }
    });
    connect(session, &QPushButton::clicked, this, [this] {
        SessionDialog dialog(m_access, currentCase(), this);
        if (currentCase() && dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(agree, &QPushButton::clicked, this, [this] {
        const auto detail = core::MediationService(m_access).caseDetail(currentCase());
        if (!detail)
            return m_message->setText(detail.error().message);
        AgreementDialog dialog(m_access, *detail, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(fail, &QPushButton::clicked, this, [this] {
        withReason(tr("No agreement"), [this](const QString& r) {
            return core::MediationService(m_access).recordNoAgreement(currentCase(), r);
        });
    });
    connect(rise, &QPushButton::clicked, this, [this] {
        withReason(tr("Escalate"), [this](const QString& r) {
            return core::MediationService(m_access).escalate(currentCase(), r);
        });
    });
    connect(court, &QPushButton::clicked, this, [this] {
        withReason(tr("Litigation"), [this](const QString& r) {
            return core::MediationService(m_access).referToLitigation(currentCase(), r);
        });
    });
    connect(withdraw, &QPushButton::clicked, this, [this] {
        withReason(tr("Withdraw"), [this](const QString& r) {
            return core::MediationService(m_access).withdraw(currentCase(), r);
        });
    });
    connect(followUp, &QPushButton::clicked, this, [this] {
        withReason(tr("Follow-up visit"), [this](const QString& note) {
            return core::MediationService(m_access).followUp(currentCase(), m_access.today(), note);
        });
    });
    const bool manages = access.may(core::Permission::ManageMediation);
    for (QWidget* b : std::initializer_list<QWidget*>{consult, open, session, agree, fail, rise, court,
                                                      withdraw, followUp, documents, more})
        b->setVisible(manages);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Taken in from")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(m_state);
    filters->addStretch();
    filters->addWidget(consult);
    filters->addWidget(open);
    auto* actions = new QHBoxLayout;
    for (QWidget* b : std::initializer_list<QWidget*>{session, agree, fail, rise, court, withdraw, followUp,
                                                      documents, more})
        actions->addWidget(b);
    actions->addStretch();
    auto* split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* casesTab = new QWidget;
    auto* casesLayout = new QVBoxLayout(casesTab);
    casesLayout->addLayout(filters);
    m_reminders->setWordWrap(true);
    casesLayout->addWidget(m_reminders);
    casesLayout->addWidget(split, 1);
    casesLayout->addLayout(actions);
    m_message->setWordWrap(true);
    casesLayout->addWidget(m_message);

    auto* chart = new QChart;
    chart->setTitle(tr("Cases and successes by category"));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    m_chart = view;
    m_stats->setWordWrap(true);
    m_stats->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The studio's view, a station's (with its committees) or one committee's; a director sees the
    // community's committees together.
    m_place->addItem(tr("All places"), QVariant());
    if (access.reach(core::Permission::ManageMediation) == core::Reach::Subdistrict)
        for (const core::MediationPlace& p : core::MediationService(access).places())
            m_place->addItem(p.name, QVariant::fromValue(p.id));
    connect(m_place, &QComboBox::currentIndexChanged, this, &MediationPage::showStatistics);
    auto* statsTab = new QWidget;
    auto* statsColumn = new QVBoxLayout;
    statsColumn->addWidget(m_place);
    statsColumn->addWidget(m_stats, 1);
    auto* statsLayout = new QHBoxLayout(statsTab);
    statsLayout->addLayout(statsColumn, 1);
    statsLayout->addWidget(view, 2);

    auto* tabs = new QTabWidget;
    tabs->addTab(casesTab, tr("Cases"));
    tabs->addTab(statsTab, tr("Statistics"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    for (QDateEdit* day : {m_from, m_to})
        connect(day, &QDateEdit::dateChanged, this, &MediationPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &MediationPage::refresh);
    refresh();
}

void MediationPage::refresh()
{
    const core::Id current = currentCase();
    const int state = m_state->currentData().toInt();
    m_model->setRecords(core::MediationService(m_access).cases(
        m_from->date(), m_to->date(),
        state < 0 ? std::nullopt : std::optional<core::CaseState>(core::CaseState(state))));
    m_table->resizeColumnsToContents();
    if (current)
        selectCase(current);
    showStatistics();
    showReminders();
}

void MediationPage::showReminders()
{
    const core::MediationService service(m_access);
    const auto due = service.sessionsDue(7);
    const auto idle = service.idleCases(30);
    const auto unpaid = service.paymentsOverdue();
    QStringList tip;
    for (const auto& r : due)
        tip << tr("%1 %2: session due %3")
                   .arg(r.summary.number, r.summary.title, r.day.toString(Qt::ISODate));
    for (const auto& r : idle)
        tip << tr("%1 %2: nothing since %3")
                   .arg(r.summary.number, r.summary.title, r.day.toString(Qt::ISODate));
    for (const auto& r : unpaid)
        tip << tr("%1 %2: payment due %3 not received")
                   .arg(r.summary.number, r.summary.title, r.day.toString(Qt::ISODate));
    m_reminders->setText(tr("Sessions due in the next 7 days: %1 · cases idle for more than 30 days: %2 · "
                            "agreements with a payment overdue: %3")
                             .arg(due.size())
                             .arg(idle.size())
                             .arg(unpaid.size()));
    m_reminders->setToolTip(tip.join(u'\n'));
}

QString MediationPage::remindersText() const
{
    return m_reminders->text();
}

void MediationPage::selectCase(core::Id caseId)
{
    const auto& records = m_model->records();
    for (size_t i = 0; i < records.size(); ++i)
        if (records[i].id == caseId) {
            m_table->selectRow(int(i));
            showCase();
            return;
        }
}

core::Id MediationPage::currentCase() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::CaseSummary* c = rows.isEmpty() ? nullptr : m_model->record(rows.front().row());
    return c ? c->id : 0;
}

QString MediationPage::caseText() const
{
    return m_detail->toPlainText();
}

QComboBox* MediationPage::statisticsPlace() const
{
    return m_place;
}

QString MediationPage::statisticsText() const
{
    return m_stats->text();
}

void MediationPage::showCase()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const core::CaseSummary* c = rows.isEmpty() ? nullptr : m_model->record(rows.front().row());
    if (!c)
        return m_detail->clear();
    if (!c->readable) {
        m_detail->setPlainText(
            tr("%1\n%2 · %3\n\nOnly its mediators, the directors and the studio read this case.")
                .arg(c->number, c->title, core::caseStateName(c->state)));
        return;
    }
    const auto d = core::MediationService(m_access).caseDetail(c->id); // audited
    if (!d)
        return m_detail->setPlainText(d.error().message);
    QStringList lines{
        d->summary.number, d->summary.title + QStringLiteral(" · ") + core::caseStateName(d->summary.state),
        tr("Numbers: %1").arg(d->numbers.join(QStringLiteral(" → "))), d->description, QString()};
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    // Each resident party's home links to the map (the household shown in the panel beside it).
    for (const core::CaseParty& p : d->parties) {
        QString line = tr("%1: %2 %3")
                           .arg(core::partyRoleName(p.role), p.person.name, p.person.idNumber)
                           .toHtmlEscaped();
        if (p.dwellingId)
            line += QStringLiteral(" · <a href=\"home:%1:%2\">%3</a>")
                        .arg(p.buildingId)
                        .arg(p.dwellingId)
                        .arg(p.address.toHtmlEscaped());
        lines << line;
    }
    QStringList more;
    if (!d->rentalHouseAddress.isEmpty())
        more << tr("Rental house: %1").arg(d->rentalHouseAddress);
    more << tr("Mediators: %1")
                .arg(QStringList(d->mediators.begin(), d->mediators.end()).join(QStringLiteral("、")));
    for (const core::MediationSession& s : d->sessions)
        more << tr("Session %1 at %2: %3")
                    .arg(s.heldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.place, s.summary);
    if (d->agreement) {
        more << tr("Agreement of %1: %2 (%3 yuan)")
                    .arg(d->agreement->signedOn.toString(Qt::ISODate), d->agreement->terms)
                    .arg(d->agreement->amountYuan);
        for (const core::Payment& p : d->agreement->payments)
            more << (p.paidOn ? tr("%1 yuan due %2: received %3")
                                    .arg(p.amountYuan)
                                    .arg(p.dueOn.toString(Qt::ISODate), p.paidOn->toString(Qt::ISODate))
                              : tr("%1 yuan due %2: not received")
                                    .arg(p.amountYuan)
                                    .arg(p.dueOn.toString(Qt::ISODate)));
    }
    more << QString() << d->steps;
    for (const QString& line : more)
        lines << line.toHtmlEscaped();
    m_detail->setHtml(lines.join(QStringLiteral("<br>")));
}

void MediationPage::showStatistics()
{
    auto* chart = static_cast<QChartView*>(m_chart)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const bool everywhere = m_access.reach(core::Permission::ManageMediation) == core::Reach::Subdistrict;
    const QVariant place = m_place->currentData();
    const auto s = core::mediationStatistics(
        m_access, {m_from->date(), m_to->date(),
                   place.isValid() ? std::optional<core::Id>(place.toLongLong()) : std::nullopt,
                   everywhere ? std::nullopt : m_access.session().worker.communityId});
    if (!s)
        return m_stats->setText(s.error().message);
    m_stats->setText(
        tr("From %1 to %2\nConsultations: %3\nCases taken in: %4\nSuccessful: %5 (%6 %)\nAverage sessions to "
           "agreement: %7\nAverage days to agreement: %8\nEscalated: %9 · litigation: %10 · withdrawn: %11")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))
            .arg(s->consultations)
            .arg(s->received)
            .arg(s->successes)
            .arg(s->successRate * 100, 0, 'f', 1)
            .arg(s->averageSessions, 0, 'f', 1)
            .arg(s->averageDaysToAgreement, 0, 'f', 1)
            .arg(s->escalations)
            .arg(s->litigations)
            .arg(s->withdrawals));
    auto* received = new QBarSet(tr("taken in"));
    auto* successes = new QBarSet(tr("successful"));
    QStringList names;
    for (const auto& [category, figures] : s->byCategory) {
        names << core::disputeCategoryName(category);
        *received << figures.received;
        *successes << figures.successes;
    }
    auto* series = new QBarSeries;
    series->append(received);
    series->append(successes);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

void MediationPage::report(const QString& title, const core::Result<void>& done)
{
    m_message->setText(done ? tr("%1: done").arg(title) : done.error().message);
    if (done)
        refresh();
}

void MediationPage::addMediator()
{
    if (!currentCase())
        return;
    // Who may sit in a case is the policy's answer, asked of core.
    QStringList names;
    std::vector<core::Id> ids;
    for (const core::Worker& w : core::MediationService(m_access).eligibleMediators()) {
        names << QStringLiteral("%1 (%2)").arg(w.name, w.account);
        ids.push_back(w.id);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add a mediator"), tr("Mediator"), names, 0, false, &ok);
    if (!ok)
        return;
    const core::Id worker = ids[size_t(names.indexOf(chosen))];
    const core::MediationService service(m_access);
    auto done = service.addMediator(currentCase(), worker);
    if (!done && done.error().field == QLatin1String("conflict")) {
        // The warning first; keeping the mediator needs a reason (audited).
        const QString reason = QInputDialog::getText(this, tr("Conflict of interest"),
                                                     done.error().message + QLatin1Char('\n') + tr("Reason"));
        if (reason.isEmpty())
            return m_message->setText(done.error().message);
        done = service.addMediator(currentCase(), worker, reason);
    }
    report(tr("Add a mediator"), done);
}

void MediationPage::recordPayment()
{
    const auto detail = core::MediationService(m_access).caseDetail(currentCase());
    if (!detail || !detail->agreement)
        return m_message->setText(detail ? tr("The case has no agreement yet") : detail.error().message);
    QStringList due;
    std::vector<core::Id> ids;
    for (const core::Payment& p : detail->agreement->payments)
        if (!p.paidOn) {
            due << tr("%1 yuan due %2").arg(p.amountYuan).arg(p.dueOn.toString(Qt::ISODate));
            ids.push_back(p.id);
        }
    if (due.isEmpty())
        return m_message->setText(tr("Every payment of the agreement has been received"));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Payment received"), tr("Payment"), due, 0, false, &ok);
    if (!ok)
        return;
    const QString day = QInputDialog::getText(this, tr("Payment received"), tr("Received on (yyyy-mm-dd)"),
                                              QLineEdit::Normal, m_access.today().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    report(tr("Payment received"),
           core::MediationService(m_access).recordPayment(currentCase(), ids[size_t(due.indexOf(chosen))],
                                                          QDate::fromString(day.trimmed(), Qt::ISODate)));
}

void MediationPage::withReason(const QString& title,
                               const std::function<core::Result<void>(const QString&)>& step)
{
    if (!currentCase())
        return;
    const QString reason = QInputDialog::getText(this, title, tr("Reason"));
    if (reason.isEmpty())
        return;
    report(title, step(reason));
}

} // namespace shegong::ui
