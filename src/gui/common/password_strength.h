#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace aitbc::gui {

/// Shortest password accepted for a new or changed keystore password. A keystore file is usually
/// copied around (backups, other machines), so its password must hold against offline guessing with
/// no rate limit; the key derivation slows each guess, but 10 characters is where even a password of
/// only lower-case letters and digits reaches about 50 bits, beyond a guessing run on a few GPUs for
/// years. Shorter ones are refused with this reason rather than merely rated weak.
inline constexpr int kMinimumPasswordLength = 10;

/// A rough guessing-cost estimate in the spirit of zxcvbn, without its dictionaries: bits from the
/// character classes used, with repeated characters and runs (aaaa, abcd, 1234) counted once.
struct PasswordStrength {
    enum Level { Empty, TooShort, Weak, Fair, Strong, VeryStrong };
    Level level = Empty;
    int bits = 0;
};

PasswordStrength estimatePasswordStrength(const QString& password);

/// The reason `password` is refused for a new keystore password, or an empty string if accepted.
QString passwordProblem(const QString& password);

/// A bar and a line of text rating the password being typed; it never stores the password.
class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    void setPassword(const QString& password);
    PasswordStrength strength() const { return m_strength; }
    QString text() const;

private:
    PasswordStrength m_strength;
    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace aitbc::gui
