#pragma once

#include <QWidget>
#include <functional>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace shegong::ui {

/*! The shell's navigation: a bar of modules on the left, the current module's page beside it. Only
    modules the session may use are added, so there are never empty pages. */
class ModuleBar : public QWidget {
    Q_OBJECT
public:
    explicit ModuleBar(QWidget* parent = nullptr);

    //! Adds a module; `key` names it for code and tests ("map", "residents", "events", "reports"…).
    void addModule(const QString& key, const QString& title, QWidget* page);
    //! Adds a module whose page is made when it is first shown (or asked for), not at start.
    void addModule(const QString& key, const QString& title, std::function<QWidget*()> createPage);
    bool showModule(const QString& key);
    QString currentKey() const;
    QStringList keys() const;
    //! The module's page, made now if it was not yet.
    QWidget* page(const QString& key) const;
    QListWidget* bar() const { return m_bar; }

Q_SIGNALS:
    void moduleChanged(const QString& key);

private:
    QWidget* pageAt(int index) const;

    QListWidget* m_bar;
    QStackedWidget* m_pages;
    mutable std::vector<std::function<QWidget*()>> m_pending; //!< per row: the page still to make
};

} // namespace shegong::ui
