#pragma once

#include "messaging/conversations.h"
#include "models/message_annotations.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <limits>
#include <optional>

namespace aitbc::gui {

using messaging::Conversation;
using messaging::ThreadMessage;

/// The conversations of a wallet in a stable order (first seen first): sort with a proxy on
/// LastActivityRole. Updates change, append or remove rows, never reset the model, so a view keeps its
/// selection and scroll position while messages arrive (tested with QAbstractItemModelTester). Every text it
/// hands out has been made display-safe (safeDisplayText): views show DisplayRole as plain text.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CounterpartRole = Qt::UserRole + 1, ///< the address, verbatim
        UnreadRole,                         ///< int
        LastActivityRole,                   ///< QDateTime (UTC)
        LastTextRole,                       ///< the last message, one safe line
        MessageCountRole,
        NameRole,       ///< the wallet name, or the shortened address; one safe line
        FilterTextRole, ///< what the conversation filter matches: the name and the whole address
    };
    using QAbstractListModel::QAbstractListModel;

    void setConversations(const QList<Conversation>& conversations);
    /// Names for known addresses (the user's wallets): shown instead of the address, which stays in the
    /// tooltip. Unknown addresses are shown shortened ("ait1b0f9…a7c2").
    void setNames(const QHash<QString, QString>& names);
    int rowOf(const QString& counterpart) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /// What a row shows of a conversation. Not the conversation itself: holding its messages would
    /// share them with the book, and the book's next append would copy the whole history.
    struct Row {
        QString counterpart;
        QDateTime lastActivity;
        int unread = 0;
        int messageCount = 0;
        QString lastHash;
        QString lastText; ///< raw: passed through safeSingleLine() when shown
        bool operator==(const Row& o) const {
            return unread == o.unread && lastActivity == o.lastActivity && messageCount == o.messageCount &&
                   lastHash == o.lastHash && lastText == o.lastText && counterpart == o.counterpart;
        }
    };
    static Row rowFor(const Conversation& c);
    const Row* rowAt(int row) const;
    QString label(const QString& address) const;

    QList<Row> m_conversations;
    QHash<QString, int> m_rowOf; ///< counterpart -> row
    QHash<QString, QString> m_names;
};

/// The conversation list as shown: newest activity first, conversations with the same time in the
/// order they were first seen, always, so a refresh or a filter never swaps rows with equal times.
/// Filters on FilterTextRole (name and address), ignoring case.
class ConversationSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ConversationSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

/// The messages of one conversation, oldest first: direction, time, text, block height, status (queued,
/// in the mempool, confirmed at height N, failed with the node's reason), authorship and ping RTT.
class ThreadMessagesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DirectionColumn,
        TimeColumn,
        TextColumn,
        HeightColumn,
        StatusColumn,
        AuthorshipColumn,
        RttColumn,
        ColumnCount
    };
    enum Role {
        TxHashRole = Qt::UserRole + 1,
        OutgoingRole,     ///< bool
        VerifiedRole,     ///< bool
        StatusRole,       ///< threadStatusName()
        RttMsRole,        ///< qint64, or invalid
        SafeFullTextRole, ///< the whole text, display-safe but not cut
        TruncatedRole,    ///< bool: DisplayRole of the text column was cut
        OutboxIdRole,     ///< qint64, -1 when not from the outbox
        TimeRole,         ///< QDateTime (UTC)
        DayRole,          ///< QDate in local time, for day separators
        BubbleTextRole,   ///< what a chat bubble shows: display-safe, the decrypted text of an encrypted
                          ///< message or why it cannot be read, cut only past kBubbleLimit
        EncryptionRole,   ///< int messaging::EncryptionStatus (Plain for ordinary messages)
        StatusMarkRole,   ///< int StatusMark
        StatusTextRole,   ///< the status in words, with the acknowledgment when there is one
        RowKeyRole,       ///< a stable identity of the message (outbox id or hash), for caches
        MetaTextRole,     ///< the line under a bubble's text: time with seconds, authorship, round trip
    };
    /// The delivery mark a bubble carries, in the order a message goes through them.
    enum class StatusMark { Queued, Mempool, Confirmed, Acknowledged, Failed };
    /// Longest text a bubble lays out; the details dialog shows the rest.
    static constexpr int kBubbleLimit = 32 * 1024;
    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `conversation`. Rows are compared by ThreadMessage::revision: the same conversation that
    /// grew gets rows inserted (and changed rows repainted), never a reset; only rows after the part it
    /// has in common with what was shown are removed and inserted again (a pending message that reached
    /// the chain); another conversation resets the model. At most `maxNewRows` rows are added per call
    /// (the oldest first); true when rows of `conversation` are still to come (call again, e.g. in the
    /// next event-loop turn).
    bool setConversation(const Conversation& conversation, int maxNewRows = std::numeric_limits<int>::max());
    void clear();
    /// Encryption and acknowledgments by transaction hash (MessageAnnotator), for all of the wallet's
    /// messages, so they stay valid when another conversation is shown; only rows whose annotation
    /// changed are repainted.
    void setAnnotations(const QHash<QString, MessageAnnotation>& annotations);
    /// Only these annotations changed (MessageAnnotator::annotateAppended); a default-constructed value
    /// means the message has none any more. Repaints the rows shown among them.
    void updateAnnotations(const QHash<QString, MessageAnnotation>& changed);
    /// Forgets every cached text (they hold translated words) and repaints; also done on the
    /// LanguageChange a widget parent passes on.
    void retranslate();
    /// Makes the bubble texts (what the search filter reads) of rows not made yet, for about
    /// `budgetMs`; true when rows remain. A search over a long thread then only compares texts.
    bool prepareTexts(int budgetMs);
    QString counterpart() const { return m_conversation.counterpart; }
    const ThreadMessage* messageAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1.8 s", "420 ms".
    static QString formatRtt(qint64 ms);

protected:
    bool event(QEvent* event) override;

private:
    QString statusText(const ThreadMessage& m) const;
    /// The row of the message with `hash`, -1 when none (an index made when first needed).
    int rowOfHash(const QString& hash) const;
    MessageAnnotation annotationOf(const ThreadMessage& m) const;
    /// The raw text a view shows: the decrypted text, why an encrypted one cannot be read, or the text.
    QString shownText(const ThreadMessage& m) const;
    QString metaText(const ThreadMessage& m) const;
    /// What a row shows that costs to make, made when first asked for: the search filter reads every
    /// row's bubble, and the delegate asks each row's day and meta line at each layout (a local time
    /// conversion each). Emptied for the rows whose message or annotation changed.
    struct RowCache {
        std::optional<QString> bubble;
        std::optional<QDate> day;
        std::optional<QString> meta;
    };
    RowCache& rowCache(int row) const;
    const QString& bubbleText(int row) const;
    Conversation m_conversation;
    mutable QList<RowCache> m_rowCache;
    mutable QHash<QString, int> m_rowOfHash; ///< empty until rowOfHash() needs it
    int m_prepared = 0;                      ///< rows before this one had their bubble made once
    QHash<QString, MessageAnnotation> m_annotations;
};

} // namespace aitbc::gui
