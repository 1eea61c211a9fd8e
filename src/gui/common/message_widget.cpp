#include "common/message_widget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace aitbc::gui {

namespace {

// Hues of the kinds on the colour wheel. Only the hue is fixed: saturation and value come from the
// palette's highlight colour, so a muted or dark palette yields equally muted or dark accents.
int hueOf(MessageWidget::Kind kind, const QColor& highlight) {
    switch (kind) {
    case MessageWidget::Positive:
        return 120;
    case MessageWidget::Warning:
        return 38;
    case MessageWidget::Error:
        return 0;
    case MessageWidget::Information:
    default:
        return highlight.hslHue() >= 0 ? highlight.hslHue() : 210;
    }
}

QColor mix(const QColor& a, const QColor& b, qreal share) {
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("messageWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon->setAlignment(Qt::AlignTop);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit closed();
    });
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateIcon();
}

MessageWidget::~MessageWidget() = default;

QString MessageWidget::text() const {
    return m_label->text();
}

void MessageWidget::setText(const QString& text) {
    m_label->setText(text);
    updateIcon();
}

void MessageWidget::setKind(Kind kind) {
    m_kind = kind;
    updateIcon();
    update();
}

void MessageWidget::showMessage(const QString& text, Kind kind) {
    setKind(kind);
    setText(text);
    show();
}

void MessageWidget::hideMessage() {
    hide();
    clearActions();
}

void MessageWidget::setCloseButtonVisible(bool visible) {
    m_close->setVisible(visible);
}

bool MessageWidget::isCloseButtonVisible() const {
    return !m_close->isHidden();
}

QToolButton* MessageWidget::addActionButton(QAction* action) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    m_actionButtons.append(button);
    return button;
}

void MessageWidget::clearActions() {
    for (QToolButton* button : std::as_const(m_actionButtons))
        button->deleteLater();
    m_actionButtons.clear();
}

QColor MessageWidget::accentColor(Kind kind, const QPalette& palette) {
    const QColor highlight = palette.color(QPalette::Highlight).toHsl();
    const int saturation = qMax(highlight.hslSaturation(), 120);
    // Keep the accent between the window and text lightness so the frame is visible in both themes.
    const int lightness = qBound(70, highlight.lightness(), 185);
    return QColor::fromHsl(hueOf(kind, highlight), saturation, lightness).toRgb();
}

QColor MessageWidget::backgroundColor(Kind kind, const QPalette& palette) {
    return mix(palette.color(QPalette::Window), accentColor(kind, palette), 0.2);
}

void MessageWidget::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(accentColor(m_kind, palette()), 1));
    painter.setBrush(backgroundColor(m_kind, palette()));
    painter.drawRoundedRect(box, 4, 4);
    QFrame::paintEvent(event);
}

void MessageWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
        update();
    }
    QFrame::changeEvent(event);
}

void MessageWidget::updateIcon() {
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString kindName = tr("Information");
    switch (m_kind) {
    case Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        kindName = tr("Done");
        break;
    case Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        kindName = tr("Warning");
        break;
    case Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        kindName = tr("Error");
        break;
    case Information:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    // Screen readers announce the kind with the text, as the colour alone does not carry it.
    setAccessibleDescription(tr("%1: %2").arg(kindName, m_label->text()));
}

} // namespace aitbc::gui
