#pragma once

#include "shegong/core/rental/rentalviews.h"

#include <QWidget>

namespace shegong::ui {

/*! The room board, like a hotel's: a row per house (address and grade), a small cell per room coloured
    by its state — vacant green, let grey, not for rent pale — so that "any vacant room?" is answered at
    a glance. Clicking a vacant cell announces the room. */
class RoomBoard : public QWidget {
    Q_OBJECT
public:
    explicit RoomBoard(QWidget* parent = nullptr);
    void setHouses(std::vector<core::BoardHouse> houses);
    QSize sizeHint() const override;
    static QColor colourOf(core::RoomState state);

Q_SIGNALS:
    void roomClicked(core::Id roomId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect cellRect(int house, int room) const;

    std::vector<core::BoardHouse> m_houses;
    int m_labelWidth = 150;
    static constexpr int kCell = 14, kGap = 2, kRow = 18, kPerRow = 40;
};

} // namespace shegong::ui
