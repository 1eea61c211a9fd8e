#pragma once

#include "chain/node_profile.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class ProfileEditor;
}

namespace aitbc::gui {

/// Adds or edits a node profile: name, RPC URL and/or chain.db path, chain id, role. Validates before
/// closing (unique non-empty name, at least one endpoint, an http(s) URL, chain::profileProblem())
/// and shows problems inline. Fields the form does not show (fee, timeouts) are kept from `profile`.
class ProfileEditor : public QDialog {
    Q_OBJECT
public:
    /// `takenNames`: names of other profiles (the edited profile's own name excluded).
    ProfileEditor(const chain::NodeProfile& profile, const QStringList& takenNames,
                  QWidget* parent = nullptr);
    ~ProfileEditor() override;

    /// The profile as edited (valid after Accepted).
    chain::NodeProfile profile() const;
    /// Why the current input cannot be saved; empty when it can.
    QString validationError() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ProfileEditor> m_ui;
    chain::NodeProfile m_original;
    QStringList m_taken;
};

} // namespace aitbc::gui
