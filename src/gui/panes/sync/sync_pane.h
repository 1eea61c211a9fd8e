#pragma once

#include "panes/sync/sync_model.h"

#include <QWidget>

class QCheckBox;
class QFrame;
class QTableView;

#include <memory>

namespace Ui {
class SyncPane;
}

namespace aitbc::gui {

class AppContext;
class BlockPairDialog;
class BlockStrip;
class HeightChart;
class MainWindow;
class NodeRegistry;
class SyncFindingsModel;
class FleetModel;

/// The sync pane: a summary in words, each node's height over time, a block strip per node pair
/// (hovering shows both nodes' block, clicking opens them side by side) and the findings as a table of
/// height ranges (double-click opens the first block of a range side by side).
///
/// With a NodeRegistry the two compared nodes are chosen from the configured profiles; without one
/// (tests, standalone use) the caller sets them on the model.
class SyncPane : public QWidget {
    Q_OBJECT
public:
    explicit SyncPane(NodeRegistry* registry, QWidget* parent = nullptr);
    ~SyncPane() override;

    SyncModel* model() const { return m_model; }
    /// The findings as shown: the headline, then each finding with what it breaks and what to do.
    QString summaryText() const;
    /// The headline alone (the most severe finding, or that the nodes are in step).
    QString headlineText() const;
    HeightChart* chart() const { return m_chart; }
    QList<BlockStrip*> strips() const { return m_strips; }
    /// The findings table's model (one row per stretch of heights with the same finding).
    SyncFindingsModel* findings() const { return m_findings; }
    /// The side-by-side dialog, once a click opened it (non-modal, reused).
    BlockPairDialog* blockDialog() const { return m_dialog; }
    /// Opens the side-by-side view of `height` for pair `pair` (what a click on a strip does).
    void showBlockPair(int pair, qint64 height);

    /// Fleet view: every node against the reference in one table (worst first) and one chart, instead
    /// of one pair. With a NodeRegistry the fleet is every profile and the reference is the node chosen
    /// under "Compare"; without one the caller sets the nodes on `fleet()`.
    void setFleetMode(bool on);
    bool fleetMode() const { return m_fleetMode; }
    FleetModel* fleet() const { return m_fleet; }
    /// Whether the pane shows its empty state (fewer than two nodes: what to do, with "Add Node…").
    bool showsEmptyState() const;

signals:
    /// "Add Node…" in the empty state; the window opens the node editor.
    void addNodeRequested();

public:
    QTableView* fleetTable() const { return m_fleetTable; }
    /// The fleet's findings in words (what the summary shows in fleet mode).
    void showFleetFindings();

private:
    void chooseNodes();
    void chooseFleet();
    void fillNodeBoxes();
    void buildEmptyState();
    void updateEmptyState();
    void rebuildStrips();
    void updateFromReport();
    void showFindings();
    void onBlockPair(int pair, qint64 height, const BlockSide& a, const BlockSide& b);

    std::unique_ptr<Ui::SyncPane> m_ui;
    NodeRegistry* m_registry;
    SyncModel* m_model;
    HeightChart* m_chart;
    SyncFindingsModel* m_findings;
    QList<BlockStrip*> m_strips;
    QList<QWidget*> m_stripRows;
    BlockPairDialog* m_dialog = nullptr;
    qint64 m_hoverHeight = -1;
    int m_hoverPair = -1;
    QPoint m_hoverPos;
    qint64 m_dialogHeight = -1;
    int m_dialogPair = -1;
    QString m_headline;
    bool m_fleetMode = false;
    FleetModel* m_fleet;
    QTableView* m_fleetTable;
    QCheckBox* m_fleetBox;
    QFrame* m_empty = nullptr;
    QWidget* m_emptySpacer = nullptr;
};

/// Factory the main window's pane catalog looks for (src/gui/mainwindow/pane_catalog.h).
QWidget* createSyncPane(AppContext* context, MainWindow* window);

} // namespace aitbc::gui
