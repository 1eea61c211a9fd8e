// Helper process for tst_outbox_faults: writes messages into an outbox through MessageSender until the
// outbox refuses one, printing one line per outcome:
//     written <id>
//     refused <the log line the user would see>
// The test starts it with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), which makes every write past
// the limit fail with EFBIG exactly like a full disk does with ENOSPC, without root or a tiny filesystem.

#include "messaging/message_sender.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <functional>

using aitbc::messaging::MessageSender;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: outbox_fill <outbox.sqlite> <max messages>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int max = QByteArray(argv[2]).toInt();
    MessageSender sender(path, nullptr, [](const QString&) { return nullptr; });
    QString lastLog;
    std::function<void(int)> next; // lives as long as the event loop
    // 2 KB of text per message: the file grows by about a page per message.
    const QString text = QString(2048, QLatin1Char('m'));
    QObject::connect(&sender, &MessageSender::log, &app, [&](const QString& line) { lastLog = line; });
    QObject::connect(&sender, &MessageSender::ready, &app, [&](bool ok, const QString& error) {
        if (!ok) {
            std::printf("refused %s\n", qPrintable(error));
            app.exit(0);
            return;
        }
        next = [&](int n) {
            if (n >= max) {
                app.exit(0);
                return;
            }
            QFuture<qint64> id = sender.enqueue(QStringLiteral("ait1sender"), QStringLiteral("ait1recipient"),
                                                QStringLiteral("%1 %2").arg(n).arg(text));
            (void)id.then(&app, [&, n](qint64 value) {
                if (value < 0) {
                    std::printf("refused %s\n", qPrintable(lastLog));
                    std::fflush(stdout);
                    app.exit(0);
                    return;
                }
                std::printf("written %lld\n", static_cast<long long>(value));
                std::fflush(stdout);
                next(n + 1);
            });
        };
        next(0);
    });
    sender.start();
    return app.exec();
}
