#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QToolButton;

namespace aitbc::gui {

/// Keeps a message view at its newest (bottom) row as chat clients do: a conversation opens at the
/// newest message, and new messages scroll into view while the user is at the bottom. A user who
/// scrolled up to read is left where they are; a "Jump to newest" button appears over the view instead
/// and brings them back.
class FollowNewest : public QObject {
    Q_OBJECT
public:
    /// Attaches to `view` (and its current and future models); owned by the view.
    explicit FollowNewest(QAbstractItemView* view);

    /// True while the view follows the newest row (at the bottom, or it will be once laid out).
    bool isFollowing() const { return m_following; }
    QToolButton* jumpButton() const { return m_jump; }

public slots:
    /// Scrolls to the newest row and follows it again.
    void jumpToNewest();

signals:
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchModel();
    void setFollowing(bool following);
    void placeButton();

    QAbstractItemView* m_view;
    QToolButton* m_jump;
    QPointer<QObject> m_model;
    bool m_following = true;
    bool m_adjusting = false; ///< our own scrolling, not the user's
};

} // namespace aitbc::gui
