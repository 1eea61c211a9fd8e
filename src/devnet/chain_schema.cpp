#include "devnet/chain_schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace aitbc::protocol {

// The statements below are the `sql` column of sqlite_master in a chain.db written by the real REF node
// (SQLAlchemy's DDL: tab indentation, ", " + newline between columns). Executing them verbatim makes a
// devnet chain.db's sqlite_master identical to the real one (protocol.md §4.1, chain_schema.sql).
QStringList refSchemaStatements() {
    return {
        QStringLiteral(R"SQL(CREATE TABLE block (
	id INTEGER NOT NULL, 
	chain_id VARCHAR NOT NULL, 
	height INTEGER NOT NULL, 
	hash VARCHAR NOT NULL, 
	parent_hash VARCHAR NOT NULL, 
	proposer VARCHAR NOT NULL, 
	timestamp DATETIME NOT NULL, 
	tx_count INTEGER NOT NULL, 
	state_root VARCHAR, 
	block_metadata VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT uix_block_chain_height UNIQUE (chain_id, height), 
	CONSTRAINT uix_block_chain_hash UNIQUE (chain_id, hash)
))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_block_chain_id ON block (chain_id))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_block_hash ON block (hash))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_block_height ON block (height))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_block_timestamp ON block (timestamp))SQL"),
        QStringLiteral(R"SQL(CREATE TABLE "transaction" (
	id INTEGER NOT NULL, 
	chain_id VARCHAR NOT NULL, 
	tx_hash VARCHAR NOT NULL, 
	block_height INTEGER, 
	sender VARCHAR NOT NULL, 
	recipient VARCHAR NOT NULL, 
	payload JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	nonce INTEGER NOT NULL, 
	value INTEGER NOT NULL, 
	fee INTEGER NOT NULL, 
	type VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	timestamp VARCHAR, 
	tx_metadata VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT uix_transaction_chain_hash UNIQUE (chain_id, tx_hash)
))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_transaction_chain_id ON "transaction" (chain_id))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_transaction_created_at ON "transaction" (created_at))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_transaction_type ON "transaction" (type))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_transaction_block_height ON "transaction" (block_height))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_transaction_tx_hash ON "transaction" (tx_hash))SQL"),
        QStringLiteral(R"SQL(CREATE TABLE receipt (
	id INTEGER NOT NULL, 
	chain_id VARCHAR NOT NULL, 
	job_id VARCHAR NOT NULL, 
	receipt_id VARCHAR NOT NULL, 
	block_height INTEGER, 
	payload JSON NOT NULL, 
	miner_signature JSON NOT NULL, 
	coordinator_attestations JSON NOT NULL, 
	minted_amount INTEGER, 
	recorded_at DATETIME NOT NULL, 
	status VARCHAR NOT NULL, 
	claimed_at DATETIME, 
	claimed_by VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT uix_receipt_chain_id UNIQUE (chain_id, receipt_id)
))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_chain_id ON receipt (chain_id))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_job_id ON receipt (job_id))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_status ON receipt (status))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_block_height ON receipt (block_height))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_receipt_id ON receipt (receipt_id))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX ix_receipt_recorded_at ON receipt (recorded_at))SQL"),
        QStringLiteral(R"SQL(CREATE TABLE account (
	chain_id VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	balance INTEGER NOT NULL, 
	nonce INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (chain_id, address)
))SQL"),
        QStringLiteral(R"SQL(CREATE TABLE mempool (
	chain_id VARCHAR NOT NULL, 
	tx_hash VARCHAR NOT NULL, 
	content TEXT NOT NULL, 
	fee INTEGER NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	received_at FLOAT NOT NULL, 
	PRIMARY KEY (chain_id, tx_hash)
))SQL"),
        QStringLiteral(R"SQL(CREATE INDEX idx_mempool_fee ON mempool (fee))SQL"),
        QStringLiteral(R"SQL(CREATE TABLE escrow (
	job_id VARCHAR NOT NULL, 
	buyer VARCHAR NOT NULL, 
	provider VARCHAR NOT NULL, 
	amount INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	released_at DATETIME, 
	PRIMARY KEY (job_id), 
	FOREIGN KEY(buyer) REFERENCES account (address), 
	FOREIGN KEY(provider) REFERENCES account (address)
))SQL")};
}

QStringList refTableNames() {
    return {QStringLiteral("block"),   QStringLiteral("transaction"), QStringLiteral("receipt"),
            QStringLiteral("account"), QStringLiteral("mempool"),     QStringLiteral("escrow")};
}

Result<void> applyRefSchema(QSqlDatabase& db) {
    QSqlQuery q(db);
    for (const QString& statement : refSchemaStatements())
        if (!q.exec(statement))
            return Error{q.lastError().text()};
    return {};
}

bool hasRefSchema(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'block'")) ||
        !q.next())
        return false;
    return q.value(0).toInt() > 0;
}

} // namespace aitbc::protocol
