#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QSortFilterProxyModel;

namespace Ui {
class NodesPane;
}

namespace aitbc::gui {

class AppContext;
class LocalServiceLabel;
class NodeTableModel;

/// The nodes pane: a live table of the node profiles (refreshed by NodeRegistry without blocking),
/// a detail view of the selected one, and add / edit / remove / use-this-node actions.
class NodesPane : public QWidget {
    Q_OBJECT
public:
    explicit NodesPane(AppContext* context, QWidget* parent = nullptr);
    ~NodesPane() override;

    NodeTableModel* model() const { return m_model; }
    /// Row in NodeRegistry of the profile selected in the table; -1 when none.
    int selectedRow() const;

public slots:
    void addProfile();
    void editProfile();
    void removeProfile();

private:
    void updateDetails();
    void showActiveNodeIfNoneChosen();
    void updateActions();
    void resizeColumns();
    /// First run, or every node down: says why the tables are empty and offers what to do about it.
    void buildFirstRunBanner();
    void updateFirstRunBanner();

    std::unique_ptr<Ui::NodesPane> m_ui;
    AppContext* m_context;
    NodeTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer m_ageTimer;
    QTimer m_resizeTimer;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    LocalServiceLabel* m_serviceLabel = nullptr;
};

} // namespace aitbc::gui
