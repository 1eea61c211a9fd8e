#include "panes/placeholder/placeholder_pane.h"
#include "common/pane_title.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace aitbc::gui {

PlaceholderPane::PlaceholderPane(const QString& title, const QString& description, const QIcon& icon,
                                 QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto* titleLabel = new QLabel(title, this);
    stylePaneTitle(titleLabel);
    titleLabel->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace aitbc::gui
