#include "models/thread_models.h"

#include "common/time_format.h"
#include "messaging/display_text.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>

namespace aitbc::gui {

using namespace messaging;

// ---- ConversationListModel --------------------------------------------------------------------------

ConversationListModel::Row ConversationListModel::rowFor(const Conversation& c) {
    Row r;
    r.counterpart = c.counterpart;
    r.lastActivity = c.lastActivity;
    r.unread = c.unread;
    r.messageCount = int(c.messages.size());
    if (!c.messages.isEmpty()) {
        r.lastHash = c.messages.constLast().txHash;
        r.lastText = c.messages.constLast().text;
    }
    return r;
}

void ConversationListModel::setConversations(const QList<Conversation>& conversations) {
    // Rows keep their place: a view sorts them (a proxy), and a selection or scroll position survives
    // every update because rows are only changed, appended or removed, never reset.
    QHash<QString, int> incoming;
    incoming.reserve(conversations.size());
    for (int i = 0; i < conversations.size(); ++i)
        incoming.insert(conversations[i].counterpart, i);
    // Gone conversations leave in contiguous blocks, the row index is rebuilt once: another wallet's
    // ten thousand conversations must not cost ten thousand times ten thousand.
    bool removed = false;
    for (int last = int(m_conversations.size()) - 1; last >= 0; --last) {
        if (incoming.contains(m_conversations[last].counterpart))
            continue;
        int first = last;
        while (first > 0 && !incoming.contains(m_conversations[first - 1].counterpart))
            --first;
        beginRemoveRows({}, first, last);
        m_conversations.remove(first, last - first + 1);
        endRemoveRows();
        removed = true;
        last = first;
    }
    if (removed) {
        m_rowOf.clear();
        for (int r = 0; r < m_conversations.size(); ++r)
            m_rowOf.insert(m_conversations[r].counterpart, r);
    }
    QList<Row> added;
    for (const Conversation& c : conversations) {
        Row next = rowFor(c);
        const auto it = m_rowOf.constFind(c.counterpart);
        if (it == m_rowOf.constEnd()) {
            added.append(std::move(next));
            continue;
        }
        const int row = *it;
        if (m_conversations[row] == next)
            continue;
        m_conversations[row] = std::move(next);
        emit dataChanged(index(row), index(row));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_conversations.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Row& r : added) {
        m_rowOf.insert(r.counterpart, int(m_conversations.size()));
        m_conversations.append(std::move(r));
    }
    endInsertRows();
}

void ConversationListModel::setNames(const QHash<QString, QString>& names) {
    if (names == m_names)
        return;
    m_names = names;
    if (!m_conversations.isEmpty())
        emit dataChanged(index(0), index(int(m_conversations.size()) - 1));
}

QString ConversationListModel::label(const QString& address) const {
    const QString name = m_names.value(address);
    if (!name.isEmpty())
        return safeSingleLine(name, 40);
    // Head and tail are what people compare when they check an address by eye.
    return elideMiddle(safeSingleLine(address, 80), 9, 4);
}

const ConversationListModel::Row* ConversationListModel::rowAt(int row) const {
    return row >= 0 && row < m_conversations.size() ? &m_conversations[row] : nullptr;
}

int ConversationListModel::rowOf(const QString& counterpart) const {
    return m_rowOf.value(counterpart, -1);
}

int ConversationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conversations.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const {
    const Row* c = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!c)
        return {};
    const auto lastText = [c] { return c->lastText.isEmpty() ? QString() : safeSingleLine(c->lastText, 80); };
    switch (role) {
    case FilterTextRole:
        // The name and the whole address: people filter by either.
        return QString(label(c->counterpart) + QLatin1Char('\n') + c->counterpart);
    case Qt::DisplayRole: {
        const QString last = lastText();
        // Two lines: who, then the last message, as chat lists show them. The unread count is a badge
        // the view's delegate draws from UnreadRole (AccessibleTextRole says it in words).
        const QString who = label(c->counterpart);
        return last.isEmpty() ? who : who + QLatin1Char('\n') + safeSingleLine(last, 48);
    }
    case Qt::ToolTipRole:
        return tr("%1\n%n message(s)", nullptr, c->messageCount).arg(safeSingleLine(c->counterpart, 200));
    case Qt::AccessibleTextRole:
        return tr("Conversation with %1, %n unread", nullptr, c->unread)
            .arg(safeSingleLine(c->counterpart, 200));
    case CounterpartRole:
        return c->counterpart;
    case UnreadRole:
        return c->unread;
    case LastActivityRole:
        return c->lastActivity;
    case LastTextRole:
        return lastText();
    case NameRole:
        return label(c->counterpart);
    case MessageCountRole:
        return c->messageCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(CounterpartRole, "counterpart");
    r.insert(UnreadRole, "unread");
    r.insert(LastActivityRole, "lastActivity");
    r.insert(LastTextRole, "lastText");
    r.insert(MessageCountRole, "messageCount");
    return r;
}

// ---- ConversationSortProxy --------------------------------------------------------------------------

ConversationSortProxy::ConversationSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ConversationListModel::LastActivityRole);
    setFilterRole(ConversationListModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool ConversationSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QDateTime a = left.data(ConversationListModel::LastActivityRole).toDateTime();
    const QDateTime b = right.data(ConversationListModel::LastActivityRole).toDateTime();
    if (a != b)
        return a < b;
    // Sorted descending: the earlier source row (first seen) must come first among equals.
    return left.row() > right.row();
}

// ---- ThreadMessagesModel --------------------------------------------------------------------------

namespace {
QString keyOf(const ThreadMessage& m) {
    return m.outboxId >= 0 ? QStringLiteral("o%1").arg(m.outboxId) : QStringLiteral("t") + m.txHash;
}

// keyOf(a) == keyOf(b) without building the strings (a long thread is compared row by row each poll).
bool sameKey(const ThreadMessage& a, const ThreadMessage& b) {
    if (a.outboxId >= 0 || b.outboxId >= 0)
        return a.outboxId == b.outboxId;
    return a.txHash == b.txHash;
}

// Everything a row shows; a row whose shown fields did not change is not repainted.
bool sameThreadRow(const ThreadMessage& a, const ThreadMessage& b) {
    return a.status == b.status && a.blockHeight == b.blockHeight && a.rttMs == b.rttMs &&
           a.txHash == b.txHash && a.authorship == b.authorship && a.time == b.time &&
           a.waitingFor == b.waitingFor && a.failReason == b.failReason && a.text == b.text &&
           a.outgoing == b.outgoing;
}
} // namespace

bool ThreadMessagesModel::setConversation(const Conversation& conversation, int maxNewRows) {
    QList<ThreadMessage>& rows = m_conversation.messages;
    const QList<ThreadMessage>& next = conversation.messages;
    const int oldCount = int(rows.size());
    const int wanted = int(next.size());
    // Rows are compared by revision (one number each); only rows whose revision differs are compared
    // field by field. The rows the model holds are its own copy: sharing the book's list would make
    // the book copy the whole history at its next append.
    int same = 0;
    QList<QPair<int, int>> changed;
    if (conversation.counterpart == m_conversation.counterpart) {
        const int n = qMin(oldCount, wanted);
        for (; same < n; ++same) {
            const ThreadMessage& now = next[same];
            ThreadMessage& shown = rows[same];
            if (shown.revision == now.revision && now.revision != 0)
                continue;
            if (!sameKey(shown, now))
                break;
            if (!sameThreadRow(shown, now)) {
                if (!changed.isEmpty() && changed.back().second == same - 1)
                    changed.back().second = same;
                else
                    changed.append({same, same});
                if (same < m_rowCache.size())
                    m_rowCache[same] = {};
            }
            if (shown.txHash != now.txHash)
                m_rowOfHash.clear(); // a pending message got its hash
            shown = now;
        }
    }
    m_conversation.counterpart = conversation.counterpart;
    m_conversation.lastActivity = conversation.lastActivity;
    m_conversation.unread = conversation.unread;
    // At most maxNewRows rows come in per call: a thread of 100 000 messages is shown in parts.
    const int newCount = int(qMin<qint64>(wanted, qint64(same) + qMax(1, maxNewRows)));
    if (same == 0 && oldCount > 0) {
        // Nothing in common (another conversation, a history rewritten from its start): start over.
        beginResetModel();
        rows = QList<ThreadMessage>(next.cbegin(), next.cbegin() + newCount);
        m_rowCache.clear();
        m_prepared = 0;
        m_rowOfHash.clear();
        endResetModel();
        return newCount < wanted;
    }
    // The rows after the common part leave and the new ones come in: for a new block, no row leaves
    // and the new messages are appended; an outbox entry that reached the chain replaces the pending
    // tail only.
    if (same < oldCount) {
        beginRemoveRows({}, same, oldCount - 1);
        rows.resize(same);
        if (m_rowCache.size() > same)
            m_rowCache.resize(same);
        m_prepared = qMin(m_prepared, same);
        m_rowOfHash.clear();
        endRemoveRows();
    }
    if (same < newCount) {
        beginInsertRows({}, same, newCount - 1);
        for (int i = same; i < newCount; ++i) {
            rows.append(next[i]);
            if (!m_rowOfHash.isEmpty() && !next[i].txHash.isEmpty())
                m_rowOfHash.insert(next[i].txHash, i);
        }
        endInsertRows();
    }
    for (const auto& [first, last] : changed)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    return newCount < wanted;
}

void ThreadMessagesModel::setAnnotations(const QHash<QString, MessageAnnotation>& annotations) {
    if (annotations == m_annotations)
        return;
    QList<int> changed;
    for (int i = 0; i < m_conversation.messages.size(); ++i) {
        const QString& hash = m_conversation.messages[i].txHash;
        if (!hash.isEmpty() && !(annotations.value(hash) == m_annotations.value(hash)))
            changed.append(i);
    }
    m_annotations = annotations;
    for (int row : changed)
        if (row < m_rowCache.size())
            m_rowCache[row] = {};
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ThreadMessagesModel::updateAnnotations(const QHash<QString, MessageAnnotation>& changed) {
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const bool plain = it.value() == MessageAnnotation();
        const auto old = m_annotations.constFind(it.key());
        if (old == m_annotations.cend() ? plain : *old == it.value())
            continue;
        if (plain)
            m_annotations.remove(it.key());
        else
            m_annotations.insert(it.key(), it.value());
        const int row = rowOfHash(it.key());
        if (row < 0)
            continue;
        if (row < m_rowCache.size())
            m_rowCache[row] = {};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ThreadMessagesModel::rowOfHash(const QString& hash) const {
    const QList<ThreadMessage>& rows = m_conversation.messages;
    if (m_rowOfHash.isEmpty() && !rows.isEmpty()) {
        m_rowOfHash.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            if (!rows[i].txHash.isEmpty())
                m_rowOfHash.insert(rows[i].txHash, i);
    }
    return m_rowOfHash.value(hash, -1);
}

const QString& ThreadMessagesModel::bubbleText(int row) const {
    std::optional<QString>& cached = rowCache(row).bubble;
    if (!cached) {
        const DisplayText d = safeDisplayText(shownText(m_conversation.messages[row]), kBubbleLimit);
        cached =
            d.truncated
                ? tr("%1 \u2026 (%n more character(s) in the details)", nullptr, d.hiddenChars).arg(d.text)
                : d.text;
    }
    return *cached;
}

bool ThreadMessagesModel::prepareTexts(int budgetMs) {
    QElapsedTimer spent;
    spent.start();
    const int rows = int(m_conversation.messages.size());
    for (int done = 0; m_prepared < rows; ++m_prepared, ++done) {
        if (done % 256 == 0 && spent.elapsed() >= budgetMs)
            return true;
        bubbleText(m_prepared);
    }
    return false;
}

void ThreadMessagesModel::retranslate() {
    // The cached bubbles and meta lines hold translated words ("Locked: …", "verified", "RTT").
    m_rowCache.clear();
    m_prepared = 0;
    if (!m_conversation.messages.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_conversation.messages.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool ThreadMessagesModel::event(QEvent* event) {
    // A widget parent (the Messages pane) hands its LanguageChange on to its children.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::event(event);
}

MessageAnnotation ThreadMessagesModel::annotationOf(const ThreadMessage& m) const {
    return m.txHash.isEmpty() ? MessageAnnotation() : m_annotations.value(m.txHash);
}

QString ThreadMessagesModel::shownText(const ThreadMessage& m) const {
    const MessageAnnotation a = annotationOf(m);
    if (a.acknowledges > 0)
        return tr("Acknowledged %n message(s) as read", nullptr, a.acknowledges);
    switch (a.encryption) {
    case EncryptionStatus::Plain:
        return m.text;
    case EncryptionStatus::Decrypted:
        return a.decryptedText;
    case EncryptionStatus::Locked:
        return tr("Locked: unlock the wallet to read");
    case EncryptionStatus::NotForThisKey:
        return tr("Encrypted for another key: this wallet cannot read it");
    case EncryptionStatus::Tampered:
        return tr("Encrypted, but changed after it was written: not shown");
    case EncryptionStatus::Malformed:
    case EncryptionStatus::UnknownVersion:
        return tr("Encrypted in a form this version cannot read");
    }
    return m.text;
}

QString ThreadMessagesModel::metaText(const ThreadMessage& m) const {
    QStringList parts{formatTimeOfDay(m.time)};
    if (!(m.outgoing && m.blockHeight < 0))
        parts << (m.verified() ? tr("verified") : tr("unverified"));
    if (m.rttMs)
        parts << tr("RTT %1").arg(formatRtt(*m.rttMs));
    return parts.join(QStringLiteral(" \u00b7 "));
}

ThreadMessagesModel::RowCache& ThreadMessagesModel::rowCache(int row) const {
    if (m_rowCache.size() != m_conversation.messages.size())
        m_rowCache.resize(m_conversation.messages.size());
    return m_rowCache[row];
}

void ThreadMessagesModel::clear() {
    beginResetModel();
    m_conversation = {};
    m_rowCache.clear();
    m_prepared = 0;
    m_rowOfHash.clear();
    endResetModel();
}

const ThreadMessage* ThreadMessagesModel::messageAt(int row) const {
    return row >= 0 && row < m_conversation.messages.size() ? &m_conversation.messages[row] : nullptr;
}

int ThreadMessagesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_conversation.messages.size());
}

int ThreadMessagesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ThreadMessagesModel::formatRtt(qint64 ms) {
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString ThreadMessagesModel::statusText(const ThreadMessage& m) const {
    switch (m.status) {
    case ThreadMessage::Status::Queued:
        return m.waitingFor.isEmpty() ? tr("queued")
                                      : tr("queued (%1)").arg(safeSingleLine(m.waitingFor, 160));
    case ThreadMessage::Status::Mempool:
        return tr("in the mempool");
    case ThreadMessage::Status::Confirmed:
        return tr("confirmed at height %1").arg(m.blockHeight);
    case ThreadMessage::Status::Failed:
        return tr("failed: %1").arg(safeSingleLine(m.failReason, 300));
    }
    return {};
}

QVariant ThreadMessagesModel::data(const QModelIndex& index, int role) const {
    const ThreadMessage* m = index.isValid() ? messageAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case TxHashRole:
        return m->txHash;
    case OutgoingRole:
        return m->outgoing;
    case VerifiedRole:
        return m->verified();
    case StatusRole:
        return threadStatusName(m->status);
    case RttMsRole:
        return m->rttMs ? QVariant(*m->rttMs) : QVariant();
    case SafeFullTextRole:
        return safeDisplayText(shownText(*m), 0).text;
    case TimeRole:
        return m->time;
    case DayRole: {
        std::optional<QDate>& cached = rowCache(index.row()).day;
        if (!cached)
            cached = m->time.isValid() ? m->time.toLocalTime().date() : QDate();
        return *cached;
    }
    case BubbleTextRole:
        return bubbleText(index.row());
    case EncryptionRole:
        return int(annotationOf(*m).encryption);
    case StatusMarkRole: {
        switch (m->status) {
        case ThreadMessage::Status::Queued:
            return int(StatusMark::Queued);
        case ThreadMessage::Status::Mempool:
            return int(StatusMark::Mempool);
        case ThreadMessage::Status::Failed:
            return int(StatusMark::Failed);
        case ThreadMessage::Status::Confirmed:
            break;
        }
        return int(annotationOf(*m).ack ? StatusMark::Acknowledged : StatusMark::Confirmed);
    }
    case StatusTextRole: {
        const MessageAnnotation a = annotationOf(*m);
        return a.ack ? tr("%1, acknowledged at height %2").arg(statusText(*m)).arg(a.ack->height)
                     : statusText(*m);
    }
    case RowKeyRole:
        return keyOf(*m);
    case MetaTextRole: {
        std::optional<QString>& cached = rowCache(index.row()).meta;
        if (!cached)
            cached = metaText(*m);
        return *cached;
    }
    case TruncatedRole:
        return safeDisplayText(shownText(*m)).truncated;
    case OutboxIdRole:
        return m->outboxId;
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TextColumn:
            return m->txHash.isEmpty() ? tr("Not signed yet") : tr("Transaction %1").arg(m->txHash);
        case AuthorshipColumn:
            return authorshipExplanation(m->authorship);
        case StatusColumn:
            return statusText(*m);
        default:
            return {};
        }
    }
    // A chat row read out as one sentence: who, when, what, and how far it got.
    if (role == Qt::AccessibleTextRole && index.column() == DirectionColumn)
        return (m->outgoing ? tr("You, %1: %2. %3") : tr("Received %1: %2. %3"))
            .arg(formatDateTime(m->time), safeDisplayText(shownText(*m), 2000).text,
                 data(index, StatusTextRole).toString());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DirectionColumn:
        return m->outgoing ? tr("\u2192 sent") : tr("\u2190 received");
    case TimeColumn:
        return formatDateTime(m->time);
    case TextColumn: {
        const DisplayText d = safeDisplayText(shownText(*m));
        return d.truncated ? tr("%1 \u2026 (%n more character(s))", nullptr, d.hiddenChars).arg(d.text)
                           : d.text;
    }
    case HeightColumn:
        return m->blockHeight >= 0 ? QString::number(m->blockHeight) : QString();
    case StatusColumn:
        return statusText(*m);
    case AuthorshipColumn:
        if (m->outgoing && m->blockHeight < 0)
            return tr("own");
        return m->verified() ? tr("verified") : tr("unverified (%1)").arg(authorshipName(m->authorship));
    case RttColumn:
        if (m->rttMs)
            return tr("RTT %1").arg(formatRtt(*m->rttMs));
        return {};
    default:
        return {};
    }
}

QVariant ThreadMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DirectionColumn:
        return tr("Direction");
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Text");
    case HeightColumn:
        return tr("Block");
    case StatusColumn:
        return tr("Status");
    case AuthorshipColumn:
        return tr("Author");
    case RttColumn:
        return tr("Round trip");
    default:
        return {};
    }
}

} // namespace aitbc::gui
