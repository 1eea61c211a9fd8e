#pragma once

#include <QWidget>

namespace aitbc::gui {

/// Stand-in for a pane whose real widget is built in its own issue (messages, sync). It says what the
/// pane will show; MainWindow::replacePane() swaps it for the real one.
class PlaceholderPane : public QWidget {
    Q_OBJECT
public:
    PlaceholderPane(const QString& title, const QString& description, const QIcon& icon,
                    QWidget* parent = nullptr);
};

} // namespace aitbc::gui
