#pragma once

#include <QWidget>

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
    bool showModule(const QString& key);
    QString currentKey() const;
    QStringList keys() const;
    QWidget* page(const QString& key) const;
    QListWidget* bar() const { return m_bar; }

Q_SIGNALS:
    void moduleChanged(const QString& key);

private:
    QListWidget* m_bar;
    QStackedWidget* m_pages;
};

} // namespace shegong::ui
