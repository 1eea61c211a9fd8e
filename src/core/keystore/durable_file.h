#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QString>

namespace aitbc::keystore {

enum class DurableWrite {
    CreateNew, ///< fail if `path` exists (never replace a keystore by accident)
    Replace,   ///< atomically replace `path` (a password change), keeping its permission bits
};

/// Writes `bytes` to `path` so that a crash or power loss leaves either the old state or the complete new
/// file, never a truncated one: a temporary file in the same folder (mode 0600 from creation), fsync,
/// then rename (Replace) or link (CreateNew, which fails with EEXIST instead of replacing), then fsync of
/// the folder so the new name itself is on disk. On any failure the error names the file and the
/// temporary file is removed.
Result<void> writeFileDurably(const QString& path, QByteArrayView bytes, DurableWrite mode);

} // namespace aitbc::keystore
