#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace shegong::ui {

/*! The base of the pages that list records (accounts, areas, events, report rows): a read-only table
    on a real item model with one selected row, a row of buttons under it, and room for more below.
    Subclasses set the model and say what a row is. */
class ListPage : public QWidget {
    Q_OBJECT
public:
    explicit ListPage(QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    //! The selected row, -1 if none.
    int selectedRow() const;
    //! Selects a row (if it exists) and shows it.
    void selectRow(int row);

protected:
    //! Shows `model` in the table; selection changes call selectionChanged().
    void setModel(QAbstractItemModel* model);
    QPushButton* addButton(const QString& text);
    QVBoxLayout* pageLayout() const { return m_layout; }
    QHBoxLayout* buttonRow() const { return m_buttons; }
    //! Fits columns to their content after a reload, `stretch` takes the spare width.
    void fitColumns(int stretch = -1);
    virtual void selectionChanged() {}

private:
    QTableView* m_table;
    QVBoxLayout* m_layout;
    QHBoxLayout* m_buttons;
};

} // namespace shegong::ui
