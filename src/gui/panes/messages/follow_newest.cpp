#include "panes/messages/follow_newest.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace aitbc::gui {

FollowNewest::FollowNewest(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
    , m_jump(new QToolButton(view->viewport())) {
    m_jump->setText(tr("Jump to newest \u2193"));
    m_jump->setToolTip(tr("Scroll to the newest message and keep following new ones"));
    m_jump->setAccessibleName(tr("Jump to newest message"));
    m_jump->setAutoRaise(false);
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, &FollowNewest::jumpToNewest);

    QScrollBar* bar = m_view->verticalScrollBar();
    // The range grows when rows arrive (or wrap taller): while following, stay at the bottom.
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_following) {
            m_adjusting = true;
            bar->setValue(max);
            m_adjusting = false;
        }
    });
    // Only the user moves the bar otherwise: at the bottom they follow, anywhere above they read.
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_adjusting)
            setFollowing(value >= bar->maximum());
    });
    m_view->viewport()->installEventFilter(this);
    watchModel();
}

void FollowNewest::watchModel() {
    QAbstractItemModel* model = m_view->model();
    if (!model || model == m_model)
        return;
    m_model = model;
    // Another conversation (or a filter) replaced the rows: open it at its newest message.
    connect(model, &QAbstractItemModel::modelReset, this, &FollowNewest::jumpToNewest);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_following)
            jumpToNewest();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            QTimer::singleShot(0, this, [this] {
                if (m_following)
                    jumpToNewest();
            });
    });
}

void FollowNewest::jumpToNewest() {
    watchModel();
    m_adjusting = true;
    m_view->scrollToBottom();
    m_adjusting = false;
    setFollowing(true);
    // Rows laid out later (wrapped heights) grow the range; rangeChanged keeps the bottom then.
    QTimer::singleShot(0, this, [this] {
        if (!m_following)
            return;
        m_adjusting = true;
        m_view->scrollToBottom();
        m_adjusting = false;
    });
}

void FollowNewest::setFollowing(bool following) {
    if (following == m_following && m_jump->isVisible() == !following)
        return;
    const bool changed = following != m_following;
    m_following = following;
    m_jump->setVisible(!following);
    if (!following)
        placeButton();
    if (changed)
        emit followingChanged(following);
}

void FollowNewest::placeButton() {
    m_jump->adjustSize();
    const QRect area = m_view->viewport()->rect();
    m_jump->move(area.right() - m_jump->width() - 8, area.bottom() - m_jump->height() - 8);
    m_jump->raise();
}

bool FollowNewest::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_jump->isVisible())
        placeButton();
    return QObject::eventFilter(watched, event);
}

} // namespace aitbc::gui
