#include "common/pane_title.h"

#include <QFont>
#include <QLabel>

namespace aitbc::gui {

void stylePaneTitle(QLabel* label) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
}

} // namespace aitbc::gui
