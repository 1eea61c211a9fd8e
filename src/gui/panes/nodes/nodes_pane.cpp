#include "panes/nodes/nodes_pane.h"
#include "common/pane_title.h"

#include "common/safe_text.h"
#include "dialogs/profile_editor.h"
#include "messaging/display_text.h"
#include "panes/nodes/local_service_label.h"
#include "panes/nodes/node_table_model.h"
#include "state/app_context.h"
#include "state/demo_runner.h"
#include "state/node_registry.h"
#include "sync/reported_node.h"
#include "ui_nodespane.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace aitbc::gui {

NodesPane::NodesPane(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::NodesPane)
    , m_context(context)
    , m_model(new NodeTableModel(context->nodes(), this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    stylePaneTitle(m_ui->titleLabel);
    m_ui->titleLabel->setText(tr("Nodes"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NodeTableModel::SortRole);
    m_ui->nodeTable->setModel(m_proxy);
    m_ui->nodeTable->verticalHeader()->hide();
    m_ui->nodeTable->horizontalHeader()->setSectionResizeMode(NodeTableModel::LastError,
                                                              QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    // Long values (URLs, paths, hashes) wrap instead of widening the pane past an 800 px window.
    for (QLabel* label : {m_ui->endpointValue, m_ui->chainValue, m_ui->headValue})
        label->setWordWrap(true);
    m_serviceLabel = new LocalServiceLabel(this);
    m_ui->mainLayout->addWidget(m_serviceLabel);

    m_ui->addButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->editButton->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_ui->removeButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_ui->useButton->setIcon(QIcon(QStringLiteral(":/icons/status-ok.svg")));
    m_ui->refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));

    NodeRegistry* nodes = context->nodes();
    connect(m_ui->addButton, &QPushButton::clicked, this, &NodesPane::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &NodesPane::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &NodesPane::removeProfile);
    connect(m_ui->useButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            m_context->nodes()->setSelected(m_context->nodes()->profile(row).name);
    });
    connect(m_ui->refreshButton, &QToolButton::clicked, nodes, &NodeRegistry::refreshAll);
    connect(m_ui->nodeTable, &QTableView::doubleClicked, this, &NodesPane::editProfile);
    connect(m_ui->nodeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // Column widths follow the contents, but at most twice a second: measuring every row on every
    // status change costs O(rows) each time, O(rows²) per round of fifty nodes.
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(500);
    connect(&m_resizeTimer, &QTimer::timeout, this, &NodesPane::resizeColumns);
    connect(nodes, &NodeRegistry::statusChanged, this, [this](int row) {
        if (row == selectedRow())
            updateDetails();
        if (!m_resizeTimer.isActive())
            m_resizeTimer.start();
    });
    connect(nodes, &NodeRegistry::selectedChanged, this, [this] {
        showActiveNodeIfNoneChosen();
        updateActions();
    });
    connect(nodes, &NodeRegistry::inserted, this, [this] {
        resizeColumns();
        showActiveNodeIfNoneChosen();
    });
    buildFirstRunBanner();
    connect(nodes, &NodeRegistry::statusChanged, this, &NodesPane::updateFirstRunBanner);
    connect(nodes, &NodeRegistry::removed, this, &NodesPane::updateFirstRunBanner);
    connect(nodes, &NodeRegistry::inserted, this, &NodesPane::updateFirstRunBanner);
    connect(nodes, &NodeRegistry::profileChanged, this, &NodesPane::updateFirstRunBanner);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &NodeTableModel::refreshAges);
    m_ageTimer.start(1000);

    showActiveNodeIfNoneChosen();
    updateDetails();
    updateActions();
    resizeColumns();
    updateFirstRunBanner();
}

void NodesPane::buildFirstRunBanner() {
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("firstRunBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("firstRunText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    layout->addWidget(m_bannerText);
    auto* buttons = new QHBoxLayout;
    auto* edit = new QPushButton(tr("Edit Node…"), m_banner);
    edit->setObjectName(QStringLiteral("firstRunEditButton"));
    auto* add = new QPushButton(tr("Add Node…"), m_banner);
    add->setObjectName(QStringLiteral("firstRunAddButton"));
    auto* demo = new QPushButton(tr("Start the Demo"), m_banner);
    demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    demo->setToolTip(tr("Opens a second dashboard window with its own leader and follower on this computer"));
    auto* retry = new QPushButton(tr("Try Again"), m_banner);
    retry->setObjectName(QStringLiteral("firstRunRetryButton"));
    for (QPushButton* b : {edit, add, demo, retry})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_ui->mainLayout->insertWidget(1, m_banner);
    connect(edit, &QPushButton::clicked, this, [this] {
        NodeRegistry* nodes = m_context->nodes();
        for (int row = 0; row < nodes->count(); ++row) {
            if (nodes->status(row).reachable)
                continue;
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                const QModelIndex index = m_proxy->index(r, 0);
                if (index.data(NodeTableModel::ProfileNameRole).toString() == nodes->profile(row).name)
                    m_ui->nodeTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
            }
            editProfile();
            return;
        }
    });
    connect(add, &QPushButton::clicked, this, &NodesPane::addProfile);
    connect(retry, &QPushButton::clicked, m_context->nodes(), &NodeRegistry::refreshAll);
    connect(demo, &QPushButton::clicked, this, [this] {
        // The demo runs in a window of its own: its nodes, wallets and outbox stay out of this session.
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            QMessageBox::warning(this, tr("Demo"), tr("The demo could not be started."));
    });
}

void NodesPane::updateFirstRunBanner() {
    NodeRegistry* nodes = m_context->nodes();
    bool anyReachable = false, allProbed = true;
    for (int row = 0; row < nodes->count(); ++row) {
        anyReachable = anyReachable || nodes->status(row).reachable;
        allProbed = allProbed && nodes->status(row).probed;
    }
    QString text;
    if (nodes->count() == 0) {
        text = tr("No node is configured. Add the address of an AITBC node, or start the demo to try the "
                  "dashboard with a leader and a follower on this computer.");
    } else if (allProbed && !anyReachable) {
        const chain::NodeProfile& first = nodes->profile(0);
        const QString where = first.rpcUrl.isEmpty() ? first.chainDbPath : first.rpcUrl;
        text =
            nodes->count() == 1
                ? tr("“%1” does not answer at %2: no AITBC node seems to run there. Edit the node "
                     "to point at yours, or start the demo to try the dashboard.")
                      .arg(first.name, where)
                : tr("None of the %1 nodes answers. Check that they run and that their addresses are right, "
                     "or start the demo to try the dashboard.")
                      .arg(nodes->count());
    }
    m_bannerText->setText(text);
    m_banner->findChild<QPushButton*>(QStringLiteral("firstRunEditButton"))->setVisible(nodes->count() > 0);
    m_banner->findChild<QPushButton*>(QStringLiteral("firstRunRetryButton"))->setVisible(nodes->count() > 0);
    m_banner->setVisible(!text.isEmpty());
}

NodesPane::~NodesPane() = default;

void NodesPane::showActiveNodeIfNoneChosen() {
    // The details describe the active node until the user picks a row, rather than a box of dashes.
    if (selectedRow() >= 0)
        return;
    const int active = m_context->nodes()->selectedRow();
    if (active < 0)
        return;
    const QString name = m_context->nodes()->profile(active).name;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(NodeTableModel::ProfileNameRole).toString() == name) {
            m_ui->nodeTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_ui->nodeTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            return;
        }
    }
}

int NodesPane::selectedRow() const {
    const QModelIndexList rows = m_ui->nodeTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_context->nodes()->indexOf(rows.first().data(NodeTableModel::ProfileNameRole).toString());
}

void NodesPane::updateActions() {
    const int row = selectedRow();
    m_ui->editButton->setEnabled(row >= 0);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->useButton->setEnabled(row >= 0 && m_context->nodes()->selectedRow() != row);
}

void NodesPane::updateDetails() {
    const int row = selectedRow();
    NodeRegistry* nodes = m_context->nodes();
    if (row < 0) {
        m_ui->detailBox->setTitle(tr("Details"));
        for (QLabel* label :
             {m_ui->endpointValue, m_ui->chainValue, m_ui->healthValue, m_ui->headValue, m_ui->errorValue})
            label->setText(QStringLiteral("—"));
        return;
    }
    const auto& p = nodes->profile(row);
    const NodeStatus& s = nodes->status(row);
    m_ui->detailBox->setTitle(tr("Details: %1").arg(p.name));
    QStringList endpoints;
    if (!p.rpcUrl.isEmpty())
        endpoints << tr("RPC %1").arg(p.rpcUrl);
    if (!p.chainDbPath.isEmpty())
        endpoints << tr("chain.db %1").arg(p.chainDbPath);
    if (!p.agentAddress.isEmpty())
        endpoints << tr("agent %1").arg(p.agentAddress);
    m_ui->endpointValue->setText(endpoints.join(QStringLiteral(" · ")));
    const chain::Node* node = nodes->node(row);
    const QString chainId = node && !node->chainId().isEmpty() ? node->chainId() : p.chainId;
    m_ui->chainValue->setText(chainId.isEmpty() ? tr("(discovered from the node)") : chainId);
    if (const sync::ReportedNode* reported = nodes->reportedNode(row)) {
        // Known only from the agent's signed reports: say how old the last one is and why there may be
        // no newer one (no wallet unlocked to ask with, the request on its way).
        QString text = NodeTableModel::agentStatusText(s, QDateTime::currentDateTimeUtc());
        if (s.lacksTransactions())
            text += QLatin1Char('\n') + NodeTableModel::lacksTransactionsText(s);
        if (!reported->waiting().isEmpty())
            text += QLatin1Char('\n') + reported->waiting();
        m_ui->healthValue->setText(text);
    } else if (!s.probed) {
        m_ui->healthValue->setText(tr("Connecting…"));
    } else {
        QStringList health;
        health << (s.reachable ? tr("reachable") : tr("unreachable"));
        if (!s.healthStatus.isEmpty())
            health << tr("status \u201c%1\u201d").arg(s.healthStatus);
        if (s.protocol != chain::Protocol::Unknown)
            health << tr("protocol %1").arg(chain::protocolName(s.protocol));
        if (!s.supportedChains.isEmpty())
            health << tr("chains %1").arg(s.supportedChains.join(QStringLiteral(", ")));
        if (!s.proposerId.isEmpty())
            health << tr("proposer %1").arg(s.proposerId);
        QString text = health.join(QStringLiteral(" · "));
        if (s.reachable && s.lacksTransactions())
            text += QLatin1Char('\n') + NodeTableModel::lacksTransactionsText(s);
        m_ui->healthValue->setText(text);
    }
    if (s.height >= 0) {
        m_ui->headValue->setToolTip(s.headHash);
        m_ui->headValue->setText(
            tr("height %1 · %2 · %3 · %n transaction(s)", nullptr, s.headTxCount)
                .arg(QLocale().toString(s.height), messaging::elideMiddle(s.headHash, 12, 8),
                     QLocale().toString(s.headTime.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_ui->headValue->setText(QStringLiteral("—"));
    }
    m_ui->errorValue->setText(s.lastError.isEmpty() ? tr("none") : s.lastError);
}

void NodesPane::resizeColumns() {
    for (int c = 0; c < NodeTableModel::ColumnCount; ++c) {
        if (c != NodeTableModel::LastError)
            m_ui->nodeTable->resizeColumnToContents(c);
    }
}

void NodesPane::addProfile() {
    QStringList taken;
    NodeRegistry* nodes = m_context->nodes();
    for (int row = 0; row < nodes->count(); ++row)
        taken << nodes->profile(row).name;
    chain::NodeProfile fresh;
    fresh.rpcUrl = QStringLiteral("http://127.0.0.1:8006");
    ProfileEditor editor(fresh, taken, this);
    if (editor.exec() == QDialog::Accepted) {
        nodes->addProfile(editor.profile());
        m_context->saveToSettings();
    }
}

void NodesPane::editProfile() {
    const int row = selectedRow();
    if (row < 0)
        return;
    NodeRegistry* nodes = m_context->nodes();
    QStringList taken;
    for (int r = 0; r < nodes->count(); ++r) {
        if (r != row)
            taken << nodes->profile(r).name;
    }
    ProfileEditor editor(nodes->profile(row), taken, this);
    if (editor.exec() == QDialog::Accepted) {
        nodes->updateProfile(row, editor.profile());
        m_context->saveToSettings();
        updateDetails();
    }
}

void NodesPane::removeProfile() {
    const int row = selectedRow();
    if (row < 0)
        return;
    NodeRegistry* nodes = m_context->nodes();
    QMessageBox box(QMessageBox::Question, tr("Remove Node"),
                    tr("Remove the node profile \u201c%1\u201d?").arg(nodes->profile(row).name),
                    QMessageBox::NoButton, this);
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    nodes->removeProfile(row);
    m_context->saveToSettings();
}

} // namespace aitbc::gui
