#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace aitbc::protocol {

/// The REF node's chain.db DDL (protocol.md §4.2, spec/chain_schema.sql), one statement per entry, in the
/// order the node creates them; byte-identical to the `sql` column of a real node's sqlite_master.
QStringList refSchemaStatements();

/// The six tables of a REF chain.db: block, transaction, receipt, account, mempool, escrow.
QStringList refTableNames();

/// Creates every table and index of refSchemaStatements() in `db` (which must be empty).
Result<void> applyRefSchema(QSqlDatabase& db);

/// True when `db` already holds a `block` table.
bool hasRefSchema(QSqlDatabase& db);

} // namespace aitbc::protocol
