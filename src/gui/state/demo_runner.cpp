#include "state/demo_runner.h"

#include "common/logging.h"
#include "demo/demo.h"
#include "demo/demo_traffic.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "util/when_finished.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>
#include <QThread>

namespace aitbc::gui {

DemoRunner::DemoRunner(QObject* parent)
    : QObject(parent) {}

DemoRunner::~DemoRunner() {
    if (m_thread) {
        // Stop and delete the demo on its own thread, then end the thread.
        if (m_demo) {
            QObject* demo = m_demo;
            QMetaObject::invokeMethod(
                demo,
                [demo] {
                    static_cast<demo::Demo*>(demo)->stop();
                    delete demo;
                },
                Qt::BlockingQueuedConnection);
        }
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void DemoRunner::start(const QString& dataDir) {
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("demo-devnet"));
    m_thread->start();
    auto* demo = new demo::Demo;
    demo->moveToThread(m_thread);
    m_demo = demo;
    QPointer<DemoRunner> self(this);
    QMetaObject::invokeMethod(demo, [demo, dataDir, self] {
        DemoNetwork net;
        demo::DemoOptions options;
        options.dataDir = dataDir;
        options.traffic = true;
        options.trafficIntervalMs = 5000; // lively, yet slow enough to read along
        const auto started = demo->start(options);
        const bool ok = started.ok();
        const QString error = started.error().message;
        if (ok && demo->traffic()) {
            net.pingerAddress = demo->traffic()->pingerAddress();
            QObject::connect(demo->traffic(), &demo::DemoTraffic::replyConfirmed, self.data(), [self] {
                if (!self)
                    return;
                ++self->m_replies;
                self->m_lastReply.start();
                emit self->replyConfirmed();
            });
        }
        if (ok) {
            net.leaderUrl = demo->leaderUrl();
            net.followerUrl = demo->followerUrl();
            net.chainId = demo->chainId();
            net.keystoreFolder = QDir(dataDir).filePath(QStringLiteral("keystore"));
            for (const demo::DemoAccount& a : demo->accounts()) {
                net.wallets.append({a.name, a.address, a.keystorePath, a.passwordFile});
                net.keystoreFolder = QFileInfo(a.keystorePath).absolutePath();
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, error, net] {
                if (!self)
                    return;
                if (!ok) {
                    qCWarning(lcGuiApp) << "demo failed to start:" << error;
                    emit self->failed(error);
                    return;
                }
                self->m_network = net;
                self->m_running = true;
                qCInfo(lcGuiApp) << "demo running: leader" << net.leaderUrl << "follower" << net.followerUrl;
                emit self->started();
            },
            Qt::QueuedConnection);
    });
}

void DemoRunner::connectTo(AppContext* context) {
    if (!m_running)
        return;
    chain::NodeProfile leader;
    leader.name = tr("Leader (demo)");
    leader.rpcUrl = m_network.leaderUrl.toString();
    leader.chainId = m_network.chainId;
    leader.role = chain::NodeProfile::Role::Leader;
    chain::NodeProfile follower = leader;
    follower.name = tr("Follower (demo)");
    follower.rpcUrl = m_network.followerUrl.toString();
    follower.role = chain::NodeProfile::Role::Follower;
    NodeRegistry* nodes = context->nodes();
    nodes->addProfile(leader, true);
    nodes->addProfile(follower, true);
    nodes->setSelected(leader.name);
    context->setFocusWallet(m_network.pingerAddress);

    WalletManager* wallets = context->wallets();
    wallets->addSource(m_network.keystoreFolder, false);
    // Demo only: the passwords are published test values in files next to the keystores. Read them
    // off the GUI thread and unlock, so balances and messages are usable at once.
    const QList<DemoWallet> demoWallets = m_network.wallets;
    for (const DemoWallet& w : demoWallets) {
        const QString path = QFileInfo(w.keystorePath).absoluteFilePath();
        // The demo's agents keep signing with these keys whatever the GUI shows, so the idle lock
        // must not show them as locked.
        wallets->setIdleLockExempt(path, true);
        auto read = QtConcurrent::run([file = w.passwordFile] {
            QFile f(file);
            QByteArray password;
            if (f.open(QIODevice::ReadOnly))
                password = f.readAll();
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
            return password;
        });
        util::whenFinished(wallets, std::move(read), [wallets, path](std::optional<QByteArray> password) {
            // Moved, not copied: the worker is then the only owner and wipes it after the derivation.
            if (password && !password->isEmpty())
                wallets->unlock(path, *std::move(password));
        });
    }
}

} // namespace aitbc::gui
