#include "shegong/ui/rental/roomboard.h"

#include <QMouseEvent>
#include <QPainter>

namespace shegong::ui {

RoomBoard::RoomBoard(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(false);
}

void RoomBoard::setHouses(std::vector<core::BoardHouse> houses)
{
    m_houses = std::move(houses);
    updateGeometry();
    resize(sizeHint());
    update();
}

QColor RoomBoard::colourOf(core::RoomState state)
{
    switch (state) {
    case core::RoomState::Vacant:
        return {92, 170, 92};
    case core::RoomState::Let:
        return {150, 150, 150};
    case core::RoomState::NotForRent:
        return {225, 225, 225};
    }
    return Qt::white;
}

QRect RoomBoard::cellRect(int house, int room) const
{
    // Houses one under the other; a house with more than kPerRow rooms wraps onto more lines.
    int y = 0;
    for (int h = 0; h < house; ++h)
        y += kRow * std::max(1, int((m_houses[size_t(h)].rooms.size() + kPerRow - 1) / kPerRow));
    y += kRow * (room / kPerRow);
    const int x = m_labelWidth + (room % kPerRow) * (kCell + kGap);
    return QRect(x, y + (kRow - kCell) / 2, kCell, kCell);
}

QSize RoomBoard::sizeHint() const
{
    if (m_houses.empty())
        return {m_labelWidth + kPerRow * (kCell + kGap), kRow};
    const int last = int(m_houses.size()) - 1;
    const QRect end = cellRect(last, std::max(0, int(m_houses.back().rooms.size()) - 1));
    return {m_labelWidth + kPerRow * (kCell + kGap), end.bottom() + kRow};
}

void RoomBoard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    for (size_t h = 0; h < m_houses.size(); ++h) {
        const core::BoardHouse& house = m_houses[h];
        const QRect first = cellRect(int(h), 0);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(4, first.top() - (kRow - kCell) / 2, m_labelWidth - 8, kRow),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1  %2").arg(house.address, core::gradeName(house.grade)));
        for (size_t r = 0; r < house.rooms.size(); ++r) {
            const QRect cell = cellRect(int(h), int(r));
            painter.fillRect(cell, colourOf(house.rooms[r].state));
        }
    }
}

void RoomBoard::mousePressEvent(QMouseEvent* event)
{
    for (size_t h = 0; h < m_houses.size(); ++h)
        for (size_t r = 0; r < m_houses[h].rooms.size(); ++r)
            if (cellRect(int(h), int(r)).contains(event->position().toPoint())) {
                setToolTip(tr("%1 room %2").arg(m_houses[h].address, m_houses[h].rooms[r].number));
                Q_EMIT roomClicked(m_houses[h].rooms[r].roomId);
                return;
            }
}

} // namespace shegong::ui
