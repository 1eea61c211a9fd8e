#include "panes/agents/agents_pane.h"

#include "common/pane_title.h"
#include "messaging/agent_card.h"
#include "messaging/agent_directory_feed.h"
#include "panes/agents/agent_table_model.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/wallet_manager.h"
#include "util/when_finished.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aitbc::gui {

AgentsPane::AgentsPane(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AgentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_message(new QPushButton(tr("Message this agent"), this))
    , m_wallet(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_capabilities(new QLineEdit(this))
    , m_publish(new QPushButton(tr("Publish card"), this))
    , m_publishStatus(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Agents"), this);
    stylePaneTitle(title);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("Agents that announced themselves with a signed card on the chain of the "
                                "selected node."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Short columns fit their contents and header (translated headers are longer); the free-text
    // capabilities take the rest; names and addresses start at a width that leaves room for both in an
    // 800 px window and can be widened by the user (the full address is in its tooltip).
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : {AgentTableModel::Verified, AgentTableModel::LastSeenHeight,
                       AgentTableModel::LastSeenTime, AgentTableModel::Encryption})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgentTableModel::Capabilities, QHeaderView::Stretch);
    header->resizeSection(AgentTableModel::Name, 140);
    header->resizeSection(AgentTableModel::Address, 160);
    m_table->setAccessibleName(tr("Agents"));
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    m_message->setToolTip(tr("Start a conversation with the selected agent"));
    row->addWidget(m_message);
    layout->addLayout(row);

    auto* box = new QGroupBox(tr("Publish the card of an unlocked wallet"), this);
    auto* form = new QFormLayout(box);
    m_wallet->setAccessibleName(tr("Wallet"));
    form->addRow(tr("Wallet:"), m_wallet);
    m_name->setAccessibleName(tr("Card name"));
    m_description->setAccessibleName(tr("Card description"));
    m_capabilities->setAccessibleName(tr("Card capabilities"));
    m_name->setMaxLength(messaging::kMaxCardName);
    m_name->setPlaceholderText(tr("The name other agents see"));
    form->addRow(tr("Name:"), m_name);
    m_description->setMaxLength(messaging::kMaxCardDescription);
    m_description->setPlaceholderText(tr("What this agent does"));
    form->addRow(tr("Description:"), m_description);
    m_capabilities->setPlaceholderText(tr("Comma-separated, e.g. ping, encrypted, acks"));
    form->addRow(tr("Capabilities:"), m_capabilities);
    auto* publishRow = new QHBoxLayout;
    m_publishStatus->setWordWrap(true);
    publishRow->addWidget(m_publishStatus, 1);
    m_publish->setToolTip(tr("Sign the card with the wallet's key and send it through the outbox (it costs "
                             "the node's fee). A newer card replaces the older one."));
    publishRow->addWidget(m_publish);
    form->addRow(publishRow);
    layout->addWidget(box);

    MessagingService* service = m_context->messaging();
    connect(service->agents(), &messaging::AgentDirectoryFeed::updated, this, &AgentsPane::reload);
    connect(service->agents(), &messaging::AgentDirectoryFeed::refreshed, this, &AgentsPane::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPane::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &AgentsPane::messageSelectedAgent);
    connect(m_message, &QPushButton::clicked, this, &AgentsPane::messageSelectedAgent);
    connect(m_publish, &QPushButton::clicked, this, &AgentsPane::publishCard);
    connect(m_name, &QLineEdit::textChanged, this, &AgentsPane::updateActions);
    WalletManager* wallets = m_context->wallets();
    connect(wallets, &WalletManager::unlocked, this, &AgentsPane::updateWallets);
    connect(wallets, &WalletManager::locked, this, &AgentsPane::updateWallets);
    connect(wallets, &WalletManager::walletsReset, this, &AgentsPane::updateWallets);
    reload();
    updateWallets();
    service->agents()->refresh();
}

void AgentsPane::reload() {
    const QString selected = selectedAgent();
    m_model->setAgents(m_context->messaging()->agents()->directory().agents());
    if (!selected.isEmpty())
        selectAgent(selected);
    updateStatus();
    updateActions();
}

void AgentsPane::updateStatus() {
    const messaging::AgentDirectoryFeed* feed = m_context->messaging()->agents();
    if (!feed->node()) {
        m_status->setText(tr("No node is selected."));
        return;
    }
    const int n = m_model->rowCount();
    m_status->setText(feed->scannedHeight() < 0
                          ? tr("Reading the chain…")
                          : tr("%n agent(s) found up to block %1", nullptr, n).arg(feed->scannedHeight()));
}

void AgentsPane::updateWallets() {
    const QString current = m_wallet->currentData().toString();
    m_wallet->clear();
    WalletManager* wallets = m_context->wallets();
    for (const WalletEntry& w : wallets->wallets())
        if (wallets->isAddressUnlocked(w.address()))
            m_wallet->addItem(QStringLiteral("%1 (%2)").arg(w.name, w.address()), w.address());
    // With a placeholder a combo box selects nothing by itself: keep the wallet chosen, else the first.
    const int index = m_wallet->findData(current);
    m_wallet->setCurrentIndex(index >= 0 ? index : (m_wallet->count() > 0 ? 0 : -1));
    m_wallet->setPlaceholderText(tr("Unlock a wallet to publish its card"));
    updateActions();
}

void AgentsPane::updateActions() {
    m_message->setEnabled(!selectedAgent().isEmpty());
    m_publish->setEnabled(m_wallet->count() > 0 && !m_name->text().trimmed().isEmpty());
}

QString AgentsPane::selectedAgent() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AgentTableModel::AddressRole).toString();
}

bool AgentsPane::selectAgent(const QString& address) {
    const int row = m_model->rowOf(address);
    if (row < 0)
        return false;
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void AgentsPane::messageSelectedAgent() {
    const QString address = selectedAgent();
    if (!address.isEmpty())
        emit messageAgentRequested(address);
}

void AgentsPane::publishCard() {
    const QString address = m_wallet->currentData().toString();
    if (address.isEmpty())
        return;
    const auto queued = m_context->messaging()->publishCard(address, m_name->text(), m_description->text(),
                                                            m_capabilities->text().split(QLatin1Char(',')));
    if (!queued.ok()) {
        m_publishStatus->setText(queued.error().message);
        return;
    }
    m_publishStatus->setText(tr("Writing the card to the outbox…"));
    util::whenFinished(this, queued.value(), [this](std::optional<qint64> id) {
        m_publishStatus->setText(id && *id >= 0
                                     ? tr("The card is in the outbox (message %1); it is listed here once it "
                                          "is in a block.")
                                           .arg(*id)
                                     : tr("The card could not be written to the outbox."));
    });
}

} // namespace aitbc::gui
