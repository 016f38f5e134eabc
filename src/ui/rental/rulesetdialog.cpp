#include "shegong/ui/rental/rulesetdialog.h"

#include "shegong/core/rental/assessments.h"
#include "shegong/ui/common/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shegong::ui {
namespace {

enum ItemColumn { Code, Title, Group, Kind, Low, High, Withholds, ItemColumns };

QDoubleSpinBox* points(double value, double high = 100)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, high);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setValue(value);
    return box;
}

QString kindName(core::DeductionKind kind)
{
    switch (kind) {
    case core::DeductionKind::Fixed:
        return RuleSetDialog::tr("fixed");
    case core::DeductionKind::Range:
        return RuleSetDialog::tr("range");
    case core::DeductionKind::PerOccurrence:
        return RuleSetDialog::tr("per occurrence");
    }
    return {};
}

} // namespace

RuleSetDialog::RuleSetDialog(const core::Access& access, core::RuleSet rules, QWidget* parent)
    : QDialog(parent), m_access(access), m_base(std::move(rules)), m_name(new QLineEdit(m_base.name)),
      m_year(new QSpinBox), m_items(new QTableWidget(0, ItemColumns)), m_error(errorLabel())
{
    setWindowTitle(tr("Grading rules"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_base.year);
    m_nameYear = m_base.year;
    const double values[3] = {m_base.thresholds.aaa, m_base.thresholds.aa, m_base.thresholds.a};
    auto* thresholds = new QHBoxLayout;
    const char* const names[3] = {"AAA ≥", "AA ≥", "A ≥"};
    for (int g = 0; g < 3; ++g) {
        m_thresholds[g] = points(values[g]);
        thresholds->addWidget(new QLabel(QString::fromUtf8(names[g])));
        thresholds->addWidget(m_thresholds[g]);
    }
    auto* caps = new QHBoxLayout;
    for (size_t g = 0; g < core::kRuleGroupCount; ++g) {
        m_caps[g] = points(m_base.caps[g].value_or(0));
        m_caps[g]->setSpecialValueText(tr("no cap"));
        caps->addWidget(new QLabel(core::ruleGroupName(core::RuleGroup(g))));
        caps->addWidget(m_caps[g]);
    }
    m_items->setHorizontalHeaderLabels({tr("Code"), tr("Item"), tr("Group"), tr("Kind"), tr("Points from"),
                                        tr("to"), tr("Withholds the grade")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    for (const core::RuleItem& item : m_base.items)
        addItemRow(item);
    auto* add = new QPushButton(tr("Add item"));
    auto* remove = new QPushButton(tr("Remove item"));
    connect(add, &QPushButton::clicked, this, [this] {
        addItemRow(core::RuleItem{0, core::RuleGroup::Facilities, QString(), QString(),
                                  core::DeductionKind::Fixed, 1, 1, false});
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_items->removeRow(m_items->currentRow()); });
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(add);
    itemButtons->addWidget(remove);
    itemButtons->addStretch();

    // A name that says its year follows the year ("2026年度…" becomes "2027年度…").
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        m_name->setText(m_name->text().replace(QString::number(m_nameYear), QString::number(year)));
        m_nameYear = year;
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Grades"), thresholds);
    form->addRow(tr("Most a group may lose"), caps);
    auto* note =
        new QLabel(tr("Saving makes a new version: rounds already scored keep the version they used."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(dialogButtons(this, tr("Save rules")));
    resize(980, 640);
}

void RuleSetDialog::addItemRow(const core::RuleItem& item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto* code = new QTableWidgetItem(item.code);
    code->setData(Qt::UserRole, QVariant::fromValue(item.id));
    m_items->setItem(row, Code, code);
    m_items->setItem(row, Title, new QTableWidgetItem(item.title));
    auto* group = new QComboBox;
    for (size_t g = 0; g < core::kRuleGroupCount; ++g)
        group->addItem(core::ruleGroupName(core::RuleGroup(g)));
    group->setCurrentIndex(int(item.group));
    m_items->setCellWidget(row, Group, group);
    auto* kind = new QComboBox;
    for (core::DeductionKind k :
         {core::DeductionKind::Fixed, core::DeductionKind::Range, core::DeductionKind::PerOccurrence})
        kind->addItem(kindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(item.kind)));
    m_items->setCellWidget(row, Kind, kind);
    m_items->setCellWidget(row, Low, points(item.pointsMin));
    m_items->setCellWidget(row, High, points(item.pointsMax));
    auto* withholds = new QTableWidgetItem;
    withholds->setCheckState(item.withholdsGrade ? Qt::Checked : Qt::Unchecked);
    m_items->setItem(row, Withholds, withholds);
}

core::RuleSet RuleSetDialog::rules() const
{
    core::RuleSet rules;
    rules.id = m_base.id;
    rules.name = m_name->text();
    rules.year = m_year->value();
    rules.thresholds = {m_thresholds[0]->value(), m_thresholds[1]->value(), m_thresholds[2]->value()};
    for (size_t g = 0; g < core::kRuleGroupCount; ++g)
        if (m_caps[g]->value() > 0)
            rules.caps[g] = m_caps[g]->value();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        core::RuleItem item;
        item.code = m_items->item(row, Code)->text();
        item.title = m_items->item(row, Title)->text();
        item.group =
            core::RuleGroup(static_cast<QComboBox*>(m_items->cellWidget(row, Group))->currentIndex());
        item.kind = core::DeductionKind(
            static_cast<QComboBox*>(m_items->cellWidget(row, Kind))->currentData().toInt());
        item.pointsMin = static_cast<QDoubleSpinBox*>(m_items->cellWidget(row, Low))->value();
        item.pointsMax = static_cast<QDoubleSpinBox*>(m_items->cellWidget(row, High))->value();
        if (item.kind != core::DeductionKind::Range)
            item.pointsMax = item.pointsMin; // one value: the item's points (each occurrence's)
        item.withholdsGrade = m_items->item(row, Withholds)->checkState() == Qt::Checked;
        rules.items.push_back(item);
    }
    return rules;
}

QString RuleSetDialog::problem() const
{
    return m_error->text();
}

void RuleSetDialog::accept()
{
    const core::AssessmentService assessments(m_access);
    const core::RuleSet edited = rules();
    if (m_newVersion) {
        const auto saved = assessments.saveRuleSet(edited);
        if (!saved) {
            m_error->setText(saved.error().message);
            return;
        }
        m_saved = saved.value();
    } else {
        if (auto changed = assessments.updateRuleSet(edited); !changed) {
            m_error->setText(changed.error().message);
            return;
        }
        m_saved = edited.id;
    }
    QDialog::accept();
}

} // namespace shegong::ui
