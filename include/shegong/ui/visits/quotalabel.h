#pragma once

#include <QLabel>

namespace shegong::core {
class Access;
}

namespace shegong::ui {

//! "本月走访 12/20 户" in the status bar: the worker's distinct households visited this month.
class QuotaLabel : public QLabel {
    Q_OBJECT
public:
    explicit QuotaLabel(const core::Access& access, QWidget* parent = nullptr);
    void refresh();

private:
    const core::Access& m_access;
};

} // namespace shegong::ui
