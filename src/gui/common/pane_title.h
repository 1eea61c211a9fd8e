#pragma once

class QLabel;

namespace aitbc::gui {

/// Gives a pane's heading label the one title style all panes share (larger, bold), so the panes
/// cannot drift apart.
void stylePaneTitle(QLabel* label);

} // namespace aitbc::gui
