#pragma once

#include "chain/message_set.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace aitbc::chain {

/// The messages of one address as stored in the persisted index (see message_index_file.h), so that a
/// restart shows a long conversation without reading and re-parsing every one of its rows: the extracted
/// text, the row's fields and the payload (compact JSON, parsed when first read: see LazyPayload).
QByteArray encodeMessageSet(const AddressMessages& messages);

/// Reads back what encodeMessageSet wrote for `address`. Every length is checked against the bytes
/// left; a message that is not `address`'s (neither sender nor recipient), messages out of order or
/// any other inconsistency rejects the whole set (std::nullopt and a reason): the caller then reads the
/// rows from the chain.db instead. The payloads are not parsed here: they keep a share of `bytes` and
/// are parsed when first read (one that does not parse then reads as null, see LazyPayload).
std::optional<AddressMessages> decodeMessageSet(const QByteArray& bytes, const QString& address,
                                                QString* why);

} // namespace aitbc::chain
