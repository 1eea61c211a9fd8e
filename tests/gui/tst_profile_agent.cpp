// A node profile "reached through its agent": the editor takes an agent address (refusing one that is
// no AITBC address), and the address survives the settings file.
#include "chain/node_profile.h"
#include "dialogs/profile_editor.h"
#include "settings/app_settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
const QString kAgent = QStringLiteral("ait1") + QString(40, QLatin1Char('b'));
}

class TestProfileAgent : public QObject {
    Q_OBJECT

private slots:
    void editorTakesAgentAddress() {
        chain::NodeProfile p;
        p.name = QStringLiteral("bob's follower");
        p.rpcUrl = QStringLiteral("http://127.0.0.1:8082");
        ProfileEditor editor(p, {});
        auto* agent = editor.findChild<QLineEdit*>(QStringLiteral("agentEdit"));
        QVERIFY(agent);
        QCOMPARE(editor.validationError(), QString());
        agent->setText(QStringLiteral("bob"));
        QVERIFY(editor.validationError().contains(QStringLiteral("agent address")));
        QVERIFY(!chain::profileProblem(editor.profile()).isEmpty());
        editor.show();
        editor.accept();
        QVERIFY(editor.isVisible()); // refused, the dialog stays open
        agent->setText(QStringLiteral("  %1 ").arg(kAgent));
        QCOMPARE(editor.validationError(), QString());
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.profile().agentAddress, kAgent);
    }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        chain::NodeProfile a;
        a.name = QStringLiteral("a");
        a.rpcUrl = QStringLiteral("http://127.0.0.1:8082");
        a.agentAddress = kAgent;
        chain::NodeProfile b;
        b.name = QStringLiteral("b");
        b.rpcUrl = QStringLiteral("http://127.0.0.1:8083");
        {
            AppSettings s(file);
            s.setNodeProfiles({a, b});
        }
        AppSettings s(file);
        const QList<chain::NodeProfile> back = s.nodeProfiles();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].agentAddress, kAgent);
        QCOMPARE(back[1].agentAddress, QString());
    }
};

QTEST_MAIN(TestProfileAgent)
#include "tst_profile_agent.moc"
