#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace aitbc::gui {

/// A framed message line for dialogs and panes (KeePassXC's MessageWidget is the model): an icon, the
/// text and optional action and close buttons. Its colours are derived from the current palette (the
/// kind's hue mixed into the window colour, text in the window-text colour), so it stays readable in
/// dark themes and with high-contrast palettes; nothing is styled with hard-coded colours.
class MessageWidget : public QFrame {
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText)
public:
    enum Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageWidget(QWidget* parent = nullptr);
    ~MessageWidget() override;

    QString text() const;
    /// Sets the text (always plain text: messages can quote node or file contents) without showing.
    void setText(const QString& text);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    /// Sets kind and text and shows the widget.
    void showMessage(const QString& text, Kind kind);
    /// Hides the widget and removes the action buttons added for the last message.
    void hideMessage();

    void setCloseButtonVisible(bool visible);
    bool isCloseButtonVisible() const;

    /// Adds a button for `action` after the text, kept until hideMessage() or clearActions().
    /// The widget does not take ownership of `action`.
    QToolButton* addActionButton(QAction* action);
    void clearActions();
    QList<QToolButton*> actionButtons() const { return m_actionButtons; }

    /// The colours used for `kind` under `palette` (exposed so tests can check contrast in dark themes).
    static QColor accentColor(Kind kind, const QPalette& palette);
    static QColor backgroundColor(Kind kind, const QPalette& palette);

signals:
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    Kind m_kind = Information;
    QLabel* m_icon;
    QLabel* m_label;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    QList<QToolButton*> m_actionButtons;
};

} // namespace aitbc::gui
