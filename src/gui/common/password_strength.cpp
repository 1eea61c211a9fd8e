#include "common/password_strength.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSet>

#include <cmath>

namespace aitbc::gui {

PasswordStrength estimatePasswordStrength(const QString& password) {
    PasswordStrength result;
    const QList<uint> codes = password.toUcs4();
    if (codes.isEmpty())
        return result;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    // Characters that repeat the previous one or continue a run by +-1 add almost nothing to the
    // guessing cost ("aaaaaaaaaa", "1234567890"), so they count a quarter.
    double effective = 0;
    for (int i = 0; i < codes.size(); ++i) {
        const uint c = codes[i];
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
        const bool predictable =
            i > 0 && (c == codes[i - 1] || c == codes[i - 1] + 1 || c + 1 == codes[i - 1]);
        effective += predictable ? 0.25 : 1.0;
    }
    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    // Few distinct characters limit the pool whatever classes they come from.
    const int distinct = int(QSet<uint>(codes.cbegin(), codes.cend()).size());
    pool = qMax(2, qMin(pool, distinct * 4));
    result.bits = int(std::floor(effective * std::log2(double(pool))));
    if (codes.size() < kMinimumPasswordLength)
        result.level = PasswordStrength::TooShort;
    else if (result.bits < 40)
        result.level = PasswordStrength::Weak;
    else if (result.bits < 60)
        result.level = PasswordStrength::Fair;
    else if (result.bits < 80)
        result.level = PasswordStrength::Strong;
    else
        result.level = PasswordStrength::VeryStrong;
    return result;
}

QString passwordProblem(const QString& password) {
    const qsizetype length = password.toUcs4().size();
    if (length == 0)
        return QCoreApplication::translate("PasswordStrengthMeter", "Choose a password.");
    if (length < kMinimumPasswordLength)
        return QCoreApplication::translate(
                   "PasswordStrengthMeter",
                   "The password is too short: use at least %1 characters (it has %2). "
                   "Anyone who gets a copy of the keystore file can try passwords "
                   "offline without limit.")
            .arg(kMinimumPasswordLength)
            .arg(length);
    return {};
}

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, PasswordStrength::VeryStrong);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_label->fontMetrics().height() / 2 + 2);
    m_bar->setAccessibleName(tr("Password strength"));
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label, 2);
    setPassword(QString());
}

void PasswordStrengthMeter::setPassword(const QString& password) {
    m_strength = estimatePasswordStrength(password);
    m_bar->setValue(m_strength.level);
    QString text;
    switch (m_strength.level) {
    case PasswordStrength::Empty:
        text = tr("At least %n character(s).", nullptr, kMinimumPasswordLength);
        break;
    case PasswordStrength::TooShort:
        text = tr("Too short: %1 of at least %2 characters.")
                   .arg(password.toUcs4().size())
                   .arg(kMinimumPasswordLength);
        break;
    case PasswordStrength::Weak:
        text =
            tr("Weak (about %n bit(s)): add words or other kinds of characters.", nullptr, m_strength.bits);
        break;
    case PasswordStrength::Fair:
        text = tr("Fair (about %n bit(s)).", nullptr, m_strength.bits);
        break;
    case PasswordStrength::Strong:
        text = tr("Strong (about %n bit(s)).", nullptr, m_strength.bits);
        break;
    case PasswordStrength::VeryStrong:
        text = tr("Very strong (about %n bit(s)).", nullptr, m_strength.bits);
        break;
    }
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
}

QString PasswordStrengthMeter::text() const {
    return m_label->text();
}

} // namespace aitbc::gui
