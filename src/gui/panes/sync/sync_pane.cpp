#include "panes/sync/sync_pane.h"

#include "mainwindow/main_window.h"
#include "panes/nodes/nodes_pane.h"
#include "panes/sync/block_pair_dialog.h"
#include "panes/sync/block_strip.h"
#include "panes/sync/fleet_model.h"
#include "panes/sync/height_chart.h"
#include "panes/sync/sync_findings_model.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "ui_syncpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace aitbc::gui {

using sync::BlockState;

SyncPane::SyncPane(NodeRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncPane>())
    , m_registry(registry)
    , m_model(new SyncModel(this))
    , m_chart(new HeightChart(this))
    , m_findings(new SyncFindingsModel(this))
    , m_fleet(new FleetModel(this))
    , m_fleetTable(new QTableView(this))
    , m_fleetBox(new QCheckBox(tr("&Whole fleet"), this)) {
    m_ui->setupUi(this);
    // Fleet view: every node against the reference, worst first.
    m_fleetBox->setObjectName(QStringLiteral("fleetBox"));
    m_fleetBox->setToolTip(tr("Compare every node with the reference node in one table"));
    m_ui->nodeRow->insertWidget(m_ui->nodeRow->indexOf(m_ui->nodeBBox) + 1, m_fleetBox);
    auto* fleetProxy = new QSortFilterProxyModel(this);
    fleetProxy->setSourceModel(m_fleet);
    fleetProxy->setSortRole(FleetModel::TroubleRole);
    fleetProxy->setDynamicSortFilter(true);
    m_fleetTable->setObjectName(QStringLiteral("fleetTable"));
    m_fleetTable->setAccessibleName(tr("Fleet"));
    m_fleetTable->setModel(fleetProxy);
    m_fleetTable->verticalHeader()->hide();
    m_fleetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fleetTable->setAlternatingRowColors(true);
    m_fleetTable->setWordWrap(false);
    m_fleetTable->horizontalHeader()->setStretchLastSection(true);
    m_fleetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fleetTable->horizontalHeader()->setSectionResizeMode(FleetModel::FindingColumn, QHeaderView::Stretch);
    m_fleetTable->sortByColumn(0, Qt::DescendingOrder);
    fleetProxy->sort(0, Qt::DescendingOrder);
    m_fleetTable->setSortingEnabled(false);
    m_fleetTable->hide();
    m_ui->mainLayout->addWidget(m_fleetTable, 1);
    connect(m_fleetBox, &QCheckBox::toggled, this, &SyncPane::setFleetMode);
    connect(m_fleet, &FleetModel::fleetChanged, this, [this] {
        if (!m_fleetMode)
            return;
        m_chart->historyChanged();
        showFleetFindings();
    });
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->findingsTable->setModel(m_findings);
    m_ui->findingsTable->verticalHeader()->hide();
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(SyncFindingsModel::FindingColumn,
                                                                  QHeaderView::Stretch);
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(SyncFindingsModel::HeightsColumn,
                                                                  QHeaderView::ResizeToContents);
    m_ui->findingsTable->horizontalHeader()->setSectionResizeMode(SyncFindingsModel::NodeColumn,
                                                                  QHeaderView::ResizeToContents);
    connect(m_ui->findingsTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showBlockPair(index.data(SyncFindingsModel::PairRole).toInt(),
                      index.data(SyncFindingsModel::FirstHeightRole).toLongLong());
    });
    m_ui->progressBar->setVisible(false);
    // A scan shows the bar in the node row; at its natural width it would push an 800 px window wider
    // for as long as the scan runs (the stack's minimum counts the hidden panes too).
    m_ui->progressBar->setMinimumWidth(48);
    m_ui->progressBar->setTextVisible(false);
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Choose two nodes to compare."));
    m_chart->setHistory(&m_model->history(), {});

    QString legend;
    for (BlockState s : {BlockState::Equal, BlockState::MissingTransactions, BlockState::MissingBlock,
                         BlockState::HashDiffers, BlockState::NotScanned})
        legend += QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2&nbsp;&nbsp; ")
                      .arg(BlockStrip::stateColor(s).name(), BlockStrip::stateText(s).toHtmlEscaped());
    m_ui->legendLabel->setText(legend);
    m_ui->legendLabel->setWordWrap(true); // five entries do not fit an 800 px window on one line
    // The node boxes show at least four characters and grow no wider: long profile names are elided
    // rather than pushing the buttons out of an 800 px window.
    for (QComboBox* box : {m_ui->nodeABox, m_ui->nodeBBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        // Wider when the window has room, so names are not cut needlessly.
        m_ui->nodeRow->setStretchFactor(box, 1);
        box->setMaximumWidth(280);
    }
    buildEmptyState();

    connect(m_ui->rescanButton, &QPushButton::clicked, m_model, &SyncModel::rescan);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_model, &SyncModel::cancel);
    connect(m_model, &SyncModel::headsSampled, this, [this]() {
        m_chart->historyChanged();
        if (m_model->report())
            showFindings(); // the live lag moves with every poll; the words change only with the findings
    });
    connect(m_model, &SyncModel::scanStarted, this, [this]() {
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressBar->setVisible(true);
        m_ui->cancelButton->setEnabled(true);
    });
    connect(m_model, &SyncModel::scanProgress, this, [this](int value, int maximum) {
        m_ui->progressBar->setRange(0, maximum);
        m_ui->progressBar->setValue(value);
    });
    connect(m_model, &SyncModel::reportChanged, this, &SyncPane::updateFromReport);
    connect(m_model, &SyncModel::scanFailed, this, [this](const QString& message) {
        m_ui->progressBar->setVisible(false);
        m_ui->cancelButton->setEnabled(false);
        m_ui->summaryLabel->setText(tr("Comparison failed: %1").arg(message).toHtmlEscaped());
    });
    connect(m_model, &SyncModel::blockPairReady, this, &SyncPane::onBlockPair);

    if (m_registry) {
        connect(m_registry, &NodeRegistry::aboutToRemove, this, [this]() {
            m_model->setNodes({}, {});
            m_fleet->setNodes({}, {});
        });
        connect(m_registry, &NodeRegistry::removed, this, &SyncPane::updateEmptyState);
        connect(m_registry, &NodeRegistry::inserted, this, &SyncPane::updateEmptyState);
        connect(m_registry, &NodeRegistry::removed, this, &SyncPane::fillNodeBoxes);
        connect(m_registry, &NodeRegistry::inserted, this, &SyncPane::fillNodeBoxes);
        connect(m_registry, &NodeRegistry::profileChanged, this, &SyncPane::fillNodeBoxes);
        connect(m_ui->nodeABox, &QComboBox::currentIndexChanged, this, &SyncPane::chooseNodes);
        connect(m_ui->nodeBBox, &QComboBox::currentIndexChanged, this, &SyncPane::chooseNodes);
        // Heads come from the registry's one subscription per node, not from a timer of this pane.
        m_model->setFollowHeads(true);
        fillNodeBoxes();
        updateEmptyState();
    } else {
        for (QWidget* w : {static_cast<QWidget*>(m_ui->nodeABox), static_cast<QWidget*>(m_ui->nodeBBox),
                           static_cast<QWidget*>(m_ui->nodeALabel), static_cast<QWidget*>(m_ui->nodeBLabel)})
            w->setVisible(false);
    }
}

SyncPane::~SyncPane() = default;

void SyncPane::buildEmptyState() {
    m_empty = new QFrame(this);
    m_empty->setObjectName(QStringLiteral("syncEmptyState"));
    m_empty->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_empty);
    auto* text = new QLabel(m_empty);
    text->setObjectName(QStringLiteral("syncEmptyText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(tr("The Sync pane compares nodes: whether a follower keeps up with its leader, holds the "
                     "transactions of its blocks, or is on another chain. It needs at least two nodes: add "
                     "the leader and a follower by their RPC address or chain.db, or a node you cannot reach "
                     "by the address of the agent running next to it."));
    layout->addWidget(text);
    auto* buttons = new QHBoxLayout;
    // The Nodes pane's own words for the same action (and their translation).
    auto* add = new QPushButton(QCoreApplication::translate("aitbc::gui::NodesPane", "Add Node…"), m_empty);
    add->setObjectName(QStringLiteral("syncAddNodeButton"));
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->mainLayout->insertWidget(1, m_empty, 0, Qt::AlignTop);
    m_emptySpacer = new QWidget(this); // takes the room the hidden chart leaves, below the empty state
    m_emptySpacer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_ui->mainLayout->insertWidget(2, m_emptySpacer, 1);
    connect(add, &QPushButton::clicked, this, &SyncPane::addNodeRequested);
    m_empty->hide();
    m_emptySpacer->hide();
}

void SyncPane::updateEmptyState() {
    const bool empty = m_registry && m_registry->count() < 2;
    m_empty->setVisible(empty);
    m_emptySpacer->setVisible(empty);
    // Without a pair there is nothing to compare: the controls would only be empty boxes.
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->stripHost), static_cast<QWidget*>(m_ui->legendLabel),
          static_cast<QWidget*>(m_ui->findingsLabel), static_cast<QWidget*>(m_ui->findingsTable)})
        w->setVisible(!empty && !m_fleetMode);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->summaryLabel), static_cast<QWidget*>(m_ui->chartHost),
                       static_cast<QWidget*>(m_ui->rescanButton), static_cast<QWidget*>(m_ui->cancelButton)})
        w->setVisible(!empty);
    if (empty)
        m_ui->progressBar->setVisible(false);
    m_fleetBox->setEnabled(!empty);
}

bool SyncPane::showsEmptyState() const {
    return m_empty && !m_empty->isHidden();
}

QString SyncPane::summaryText() const {
    return m_ui->summaryLabel->text();
}

QString SyncPane::headlineText() const {
    return m_headline;
}

void SyncPane::showFindings() {
    const QList<sync::Advice> advice = m_model->advice();
    const QString headline = m_model->headline();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(headline.toHtmlEscaped());
    for (const sync::Advice& a : advice)
        html += QStringLiteral("<p>&#8226; <b>%1</b>. %2 <i>%3</i> %4</p>")
                    .arg(a.headline.toHtmlEscaped(), a.breaks.toHtmlEscaped(),
                         tr("What to do:").toHtmlEscaped(), a.action.toHtmlEscaped());
    m_headline = headline;
    if (html != m_ui->summaryLabel->text())
        m_ui->summaryLabel->setText(html);
    // The comparator's own wording (heights, rates) stays available for those who want the numbers.
    m_ui->summaryLabel->setToolTip(m_model->summary());
}

void SyncPane::fillNodeBoxes() {
    const QSignalBlocker blockA(m_ui->nodeABox);
    const QSignalBlocker blockB(m_ui->nodeBBox);
    const QString oldA = m_ui->nodeABox->currentText();
    const QString oldB = m_ui->nodeBBox->currentText();
    m_ui->nodeABox->clear();
    m_ui->nodeBBox->clear();
    int leader = -1, follower = -1;
    for (int row = 0; row < m_registry->count(); ++row) {
        const chain::NodeProfile& p = m_registry->profile(row);
        m_ui->nodeABox->addItem(p.name);
        m_ui->nodeBBox->addItem(p.name);
        if (p.role == chain::NodeProfile::Role::Leader && leader < 0)
            leader = row;
        else if (follower < 0)
            follower = row;
    }
    // Keep the user's choice; otherwise compare the first leader with the first other node.
    const int a = m_ui->nodeABox->findText(oldA) >= 0 ? m_ui->nodeABox->findText(oldA) : std::max(leader, 0);
    int b = m_ui->nodeBBox->findText(oldB) >= 0 ? m_ui->nodeBBox->findText(oldB) : follower;
    if (b < 0 || b == a)
        b = m_registry->count() > 1 ? (a == 0 ? 1 : 0) : -1;
    m_ui->nodeABox->setCurrentIndex(m_registry->count() > 0 ? a : -1);
    m_ui->nodeBBox->setCurrentIndex(b);
    chooseNodes();
}

void SyncPane::setFleetMode(bool on) {
    if (m_fleetBox->isChecked() != on) {
        m_fleetBox->setChecked(on); // comes back here through toggled
        return;
    }
    m_fleetMode = on;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->stripHost), static_cast<QWidget*>(m_ui->legendLabel),
          static_cast<QWidget*>(m_ui->findingsLabel), static_cast<QWidget*>(m_ui->findingsTable)})
        w->setVisible(!on);
    if (m_registry) {
        m_ui->nodeBBox->setVisible(!on);
        m_ui->nodeBLabel->setVisible(!on);
    }
    m_fleetTable->setVisible(on);
    if (on) {
        m_model->setNodes({}, {}); // the pair's comparisons stop; the fleet compares every pair itself
        m_chart->setHistory(&m_fleet->history(), m_fleet->names());
        chooseFleet();
        showFleetFindings();
    } else {
        m_fleet->setNodes({}, {});
        m_chart->setHistory(&m_model->history(), m_model->names());
        if (m_registry)
            chooseNodes();
    }
    if (m_empty)
        updateEmptyState();
}

void SyncPane::chooseFleet() {
    if (!m_registry || !m_fleetMode)
        return;
    const int reference = std::max(0, m_registry->indexOf(m_ui->nodeABox->currentText()));
    QList<chain::Node*> nodes;
    QStringList names;
    if (reference < m_registry->count()) {
        nodes << m_registry->node(reference);
        names << m_registry->profile(reference).name;
    }
    for (int row = 0; row < m_registry->count(); ++row) {
        if (row == reference)
            continue;
        nodes << m_registry->node(row);
        names << m_registry->profile(row).name;
    }
    m_fleet->setNodes(nodes, names);
    m_chart->setHistory(&m_fleet->history(), m_fleet->names());
}

void SyncPane::showFleetFindings() {
    QList<sync::Advice> advice;
    int inStep = 0, pending = 0;
    for (int row = 1; row < m_fleet->rowCount(); ++row) {
        if (const std::optional<sync::Advice> worst = m_fleet->worstFinding(row))
            advice.append(*worst);
        else if (m_fleet->isCompared(row))
            ++inStep;
        else
            ++pending;
    }
    std::stable_sort(advice.begin(), advice.end(),
                     [](const sync::Advice& a, const sync::Advice& b) { return int(a.kind) < int(b.kind); });
    const int others = std::max(0, m_fleet->rowCount() - 1);
    QString headline;
    if (others == 0)
        headline = tr("Add nodes to see the fleet.");
    else if (advice.isEmpty() && pending == 0)
        headline = tr("In step: all %1 nodes keep up with %2.").arg(others).arg(m_fleet->names().value(0));
    else if (advice.isEmpty())
        headline =
            tr("Comparing %1 of %2 nodes with %3…").arg(pending).arg(others).arg(m_fleet->names().value(0));
    else
        headline = tr("Problem: %1 of %2 nodes need attention; worst: %3.")
                       .arg(advice.size())
                       .arg(others)
                       .arg(advice.constFirst().headline);
    constexpr int kShown = 3;
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    for (int i = 0; i < advice.size() && i < kShown; ++i)
        html += QStringLiteral("<br>&#8226; <b>%1</b>: %2 <i>%3</i> %4")
                    .arg(advice.at(i).headline.toHtmlEscaped(), advice.at(i).breaks.toHtmlEscaped(),
                         tr("What to do:").toHtmlEscaped(), advice.at(i).action.toHtmlEscaped());
    if (advice.size() > kShown)
        html +=
            QStringLiteral("<br>") + tr("%1 more findings in the table below.").arg(advice.size() - kShown);
    m_headline = headline;
    if (html != m_ui->summaryLabel->text())
        m_ui->summaryLabel->setText(html);
    m_ui->summaryLabel->setToolTip({});
}

void SyncPane::chooseNodes() {
    if (m_fleetMode) {
        chooseFleet();
        return;
    }
    const int a = m_registry->indexOf(m_ui->nodeABox->currentText());
    const int b = m_registry->indexOf(m_ui->nodeBBox->currentText());
    if (a < 0 || b < 0 || a == b) {
        m_model->setNodes({}, {});
        m_findings->clear();
        m_ui->summaryLabel->setText(tr("Choose two different nodes to compare."));
        rebuildStrips();
        return;
    }
    m_model->setNodes({m_registry->node(a), m_registry->node(b)},
                      {m_registry->profile(a).name, m_registry->profile(b).name});
    m_chart->setHistory(&m_model->history(), m_model->names());
    rebuildStrips();
    m_ui->summaryLabel->setText(tr("Comparing…"));
    m_model->rescan();
}

void SyncPane::rebuildStrips() {
    if (m_strips.size() == m_model->pairCount()) {
        m_chart->setHistory(&m_model->history(), m_model->names());
        return;
    }
    qDeleteAll(m_stripRows);
    m_stripRows.clear();
    m_strips.clear();
    const QStringList names = m_model->names();
    for (int p = 0; p < m_model->pairCount(); ++p) {
        auto* row = new QWidget(m_ui->stripHost);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("%1 ↔ %2").arg(names.value(0), names.value(p + 1)), row);
        label->setMinimumWidth(140);
        label->setMaximumWidth(220);
        label->setWordWrap(true); // long profile names break instead of widening the pane
        auto* strip = new BlockStrip(row);
        layout->addWidget(label);
        layout->addWidget(strip, 1);
        connect(strip, &BlockStrip::hovered, this, [this, p](qint64 height, const QPoint& pos) {
            m_hoverPos = pos;
            if (height == m_hoverHeight && p == m_hoverPair)
                return;
            m_hoverHeight = height;
            m_hoverPair = p;
            m_model->requestBlockPair(p, height);
        });
        connect(strip, &BlockStrip::clicked, this, [this, p](qint64 height) { showBlockPair(p, height); });
        m_ui->stripLayout->addWidget(row);
        m_stripRows.append(row);
        m_strips.append(strip);
    }
    m_chart->setHistory(&m_model->history(), names);
}

void SyncPane::updateFromReport() {
    m_ui->progressBar->setVisible(false);
    m_ui->cancelButton->setEnabled(false);
    rebuildStrips();
    const sync::SyncReport* report = m_model->report();
    if (!report)
        return;
    showFindings();
    m_findings->setReport(*report, m_model->names());
    qint64 top = -1;
    for (const sync::NodeStatus& n : report->nodes)
        top = std::max(top, n.height);
    for (int p = 0; p < report->pairs.size() && p < m_strips.size(); ++p) {
        const sync::PairFindings& pair = report->pairs.at(p);
        m_strips.at(p)->setStates(pair.states, pair.statesFrom, std::max(top, report->scanTo));
    }
}

void SyncPane::showBlockPair(int pair, qint64 height) {
    if (!m_dialog) {
        m_dialog = new BlockPairDialog(this);
        m_dialog->setModal(false);
    }
    m_dialogPair = pair;
    m_dialogHeight = height;
    m_model->requestBlockPair(pair, height);
}

void SyncPane::onBlockPair(int pair, qint64 height, const BlockSide& a, const BlockSide& b) {
    const QStringList names = m_model->names();
    const QString nameA = names.value(0), nameB = names.value(pair + 1);
    if (pair == m_hoverPair && height == m_hoverHeight && pair < m_strips.size() &&
        m_strips.at(pair)->underMouse())
        QToolTip::showText(m_hoverPos, BlockPairDialog::tooltipText(height, nameA, a, nameB, b),
                           m_strips.at(pair));
    if (m_dialog && pair == m_dialogPair && height == m_dialogHeight) {
        m_dialogHeight = -1;
        m_dialog->setBlocks(height, nameA, a, nameB, b);
        m_dialog->show();
        m_dialog->raise();
    }
}

QWidget* createSyncPane(AppContext* context, MainWindow* window) {
    auto* pane = new SyncPane(context ? context->nodes() : nullptr, window);
    if (window)
        QObject::connect(pane, &SyncPane::addNodeRequested, window, [window] {
            // The node editor lives in the Nodes pane, which also saves the new profile.
            window->showPane(QStringLiteral("nodes"));
            if (auto* nodes = qobject_cast<NodesPane*>(window->pane(QStringLiteral("nodes"))))
                nodes->addProfile();
        });
    return pane;
}

} // namespace aitbc::gui
