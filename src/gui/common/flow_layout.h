#pragma once

#include <QLayout>
#include <QList>

namespace aitbc::gui {

/// Lays widgets out in rows like words in a paragraph: as many as fit side by side, the rest on the next
/// row. A row of buttons then never makes a pane wider than its widest button, in any language.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int doLayout(const QRect& rect, bool testOnly) const;
    int spacingBetween() const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace aitbc::gui
