#include "shegong/ui/shell/modulebar.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace shegong::ui {

ModuleBar::ModuleBar(QWidget* parent) : QWidget(parent), m_bar(new QListWidget), m_pages(new QStackedWidget)
{
    m_bar->setObjectName(QStringLiteral("moduleBar"));
    m_bar->setFrameShape(QFrame::NoFrame);
    m_bar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bar->setStyleSheet(QStringLiteral(
        "#moduleBar { background: #24364d; color: #dfe6ee; font-size: 15px; }"
        "#moduleBar::item { padding: 14px 10px; border-left: 3px solid transparent; }"
        "#moduleBar::item:selected { background: #34506f; color: white; border-left: 3px solid #f39c12; }"
        "#moduleBar::item:hover:!selected { background: #2c4561; }"));
    connect(m_bar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        pageAt(row);
        m_pages->setCurrentIndex(row);
        Q_EMIT moduleChanged(currentKey());
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_pages, 1);
}

void ModuleBar::addModule(const QString& key, const QString& title, std::function<QWidget*()> createPage)
{
    m_pending.resize(size_t(m_bar->count()));
    m_pending.push_back(std::move(createPage));
    addModule(key, title, new QWidget); // a placeholder until the page is first shown
}

QWidget* ModuleBar::pageAt(int index) const
{
    if (index < 0 || index >= m_pages->count())
        return nullptr;
    if (size_t(index) < m_pending.size() && m_pending[size_t(index)]) {
        QWidget* placeholder = m_pages->widget(index);
        QWidget* page = std::exchange(m_pending[size_t(index)], nullptr)();
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return m_pages->widget(index);
}

void ModuleBar::addModule(const QString& key, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(title);
    item->setData(Qt::UserRole, key);
    item->setTextAlignment(Qt::AlignCenter);
    m_bar->addItem(item);
    m_pages->addWidget(page);
    // As wide as the longest title, and no wider.
    int width = 0;
    for (int i = 0; i < m_bar->count(); ++i)
        width = std::max(width, m_bar->fontMetrics().horizontalAdvance(m_bar->item(i)->text()));
    m_bar->setFixedWidth(width + 48);
    if (m_bar->currentRow() < 0)
        m_bar->setCurrentRow(0);
}

bool ModuleBar::showModule(const QString& key)
{
    const int index = int(keys().indexOf(key));
    if (index < 0)
        return false;
    m_bar->setCurrentRow(index);
    return true;
}

QString ModuleBar::currentKey() const
{
    const QListWidgetItem* item = m_bar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList ModuleBar::keys() const
{
    QStringList result;
    for (int i = 0; i < m_bar->count(); ++i)
        result << m_bar->item(i)->data(Qt::UserRole).toString();
    return result;
}

QWidget* ModuleBar::page(const QString& key) const
{
    return pageAt(int(keys().indexOf(key)));
}

} // namespace shegong::ui
