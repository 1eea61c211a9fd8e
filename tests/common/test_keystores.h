#pragma once

#include <QByteArray>
#include <QString>

namespace aitbc::test {

enum class PasswordFile { No, Yes };

/// Writes `<folder>/<name>.json`: a CLI-layout keystore of the key whose seed is 32 bytes of `fill`,
/// under `password`, with 1000 PBKDF2 rounds so tests stay fast (the format is the real one). With
/// PasswordFile::Yes also `<folder>/<name>.password` (the password and a newline, mode 0600, as the
/// CLI requires). Returns the keystore's path; a write failure ends the test run.
QString writeTestKeystore(const QString& folder, const QString& name, char fill, const QByteArray& password,
                          PasswordFile passwordFile = PasswordFile::No);

} // namespace aitbc::test
