// Secrets in widgets and settings: wipeLineEdit overwrites the buffer the typed password lived in (an
// earlier text() that shares it reads as spaces afterwards), and a node URL's "user:password@" is
// refused by the profile editor and never reaches the settings file, in either direction.
#include "chain/node_profile.h"
#include "common/safe_text.h"
#include "dialogs/profile_editor.h"
#include "settings/app_settings.h"

#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
const QString kSecret = QStringLiteral("s3cr3t-pw");
}

class TestSecretFields : public QObject {
    Q_OBJECT

private slots:
    void wipeLineEditOverwritesTheTypedText() {
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("correct horse battery"));
        QCOMPARE(edit.text(), QStringLiteral("correct horse battery"));
        // What a dialog typically keeps between reading the field and wiping it.
        const QString earlier = edit.text();
        wipeLineEdit(&edit);
        QVERIFY(edit.text().isEmpty());
        QCOMPARE(earlier.size(), qsizetype(21));
        QVERIFY2(!earlier.contains(QLatin1String("horse")), qPrintable(earlier));
        QCOMPARE(earlier, QString(21, QLatin1Char(' ')));
        // The field still works after a wipe.
        QTest::keyClicks(&edit, QStringLiteral("next"));
        QCOMPARE(edit.text(), QStringLiteral("next"));
    }

    void wipeStringLeavesLiteralsAlone() {
        QString literal = QStringLiteral("read-only data"); // static storage: must not be written to
        wipeString(literal);
        QVERIFY(literal.isEmpty());
        QCOMPARE(QStringLiteral("read-only data"), QStringLiteral("read-only data"));
        QString typed = QStringLiteral("pass") + QStringLiteral("word");
        const QString copy = typed;
        wipeString(typed);
        QCOMPARE(copy, QStringLiteral("        "));
    }

    void profileEditorRefusesCredentials() {
        chain::NodeProfile p;
        p.name = QStringLiteral("remote");
        p.rpcUrl = QStringLiteral("http://agent:%1@127.0.0.1:8006").arg(kSecret);
        ProfileEditor editor(p, {});
        const QString error = editor.validationError();
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(kSecret), qPrintable(error));
        p.rpcUrl = QStringLiteral("http://127.0.0.1:8006");
        ProfileEditor clean(p, {});
        QVERIFY2(clean.validationError().isEmpty(), qPrintable(clean.validationError()));
    }

    void settingsNeverHoldCredentials() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        chain::NodeProfile withSecret;
        withSecret.name = QStringLiteral("remote");
        withSecret.rpcUrl = QStringLiteral("http://agent:%1@node.example:8006").arg(kSecret);
        chain::NodeProfile plain;
        plain.name = QStringLiteral("local");
        plain.rpcUrl = QStringLiteral("http://127.0.0.1:8006");
        {
            AppSettings settings(ini);
            settings.setNodeProfiles({withSecret, plain});
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY2(!stored.contains(kSecret.toUtf8()), stored.constData());
        QVERIFY(stored.contains("node.example:8006"));
        file.close();

        // A settings file that holds a password already (written by hand or elsewhere): it is not loaded.
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("nodes/profiles"), 1);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("remote"));
            raw.setValue(QStringLiteral("rpcUrl"), withSecret.rpcUrl);
            raw.endArray();
        }
        AppSettings settings(ini);
        const QList<chain::NodeProfile> loaded = settings.nodeProfiles();
        QCOMPARE(loaded.size(), 1);
        QVERIFY2(!loaded[0].rpcUrl.contains(kSecret), qPrintable(loaded[0].rpcUrl));
        QCOMPARE(loaded[0].rpcUrl, QStringLiteral("http://node.example:8006"));
        QVERIFY(chain::profileProblem(loaded[0]).isEmpty());
    }
};

QTEST_MAIN(TestSecretFields)
#include "tst_secret_fields.moc"
