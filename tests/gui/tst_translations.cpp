// Translations: the German catalogue is complete and keeps every placeholder; at run time, with the
// German translator installed, no visible text of the window (menus, panes, dialogs' labels) is left in
// English where the catalogue has German for it, which catches strings looked up under another context
// than lupdate filed them in; the core's sync summary is German too; English plural forms resolve.

#include "gui_test_util.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "sync/sync_summary.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace aitbc;
using namespace aitbc::gui;

namespace {

struct CatalogEntry {
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<CatalogEntry> readCatalog(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<CatalogEntry> entries;
    QXmlStreamReader xml(&f);
    QString context;
    CatalogEntry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = CatalogEntry{context,
                                   {},
                                   {},
                                   false,
                                   xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                entries.append(current);
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
            if (current.translations.size() == 2)
                entries.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/// Visible texts of `root`'s widgets and menus, accelerators removed.
QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    auto add = [&texts](QString text) {
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            texts << text;
    };
    for (QLabel* l : root->findChildren<QLabel*>())
        add(l->text());
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        add(b->text());
    for (QGroupBox* g : root->findChildren<QGroupBox*>())
        add(g->title());
    for (QMenu* m : root->findChildren<QMenu*>()) {
        add(m->title());
        for (QAction* a : m->actions())
            add(a->text());
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void germanCatalogIsCompleteAndKeepsPlaceholders();
    void windowShowsNoEnglishWhereGermanExists();
    void englishPluralForms();
};

void TestTranslations::germanCatalogIsCompleteAndKeepsPlaceholders() {
    const QList<CatalogEntry> entries =
        readCatalog(QStringLiteral(AITBC_SOURCE_DIR "/translations/aitbc_de.ts"));
    QVERIFY(entries.size() > 400);
    for (const CatalogEntry& e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(!e.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QCOMPARE(e.translations.size(), e.numerus ? 2 : 1);
        for (const QString& t : e.translations) {
            QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            QVERIFY2(
                placeholders(t) == placeholders(e.source),
                qPrintable(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + t));
        }
    }
}

void TestTranslations::windowShowsNoEnglishWhereGermanExists() {
    // English source -> German, for every non-numerus entry whose German differs from its English.
    QHash<QString, QString> german;
    for (const CatalogEntry& e : readCatalog(QStringLiteral(AITBC_SOURCE_DIR "/translations/aitbc_de.ts"))) {
        QString source = e.source, translation = e.translations.value(0);
        source.remove(QLatin1Char('&'));
        translation.remove(QLatin1Char('&'));
        if (!e.numerus && !placeholders(source).size() && source != translation)
            german.insert(source, translation);
    }
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/aitbc_de.qm")));
    QCoreApplication::installTranslator(&translator);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    chain::NodeProfile p;
    p.name = QStringLiteral("real leader");
    p.chainDbPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    settings.setNodeProfiles({p});
    settings.setKeystoreSources({test::copyRealKeystores(dir)});
    AppContext context(&settings, new InMemorySecretStore);
    context.setDataFolder(dir.filePath(QStringLiteral("data")));
    context.loadFromSettings();
    MainWindow window(&context);
    addDefaultPanes(&window, &context);
    window.show();

    // The panes fill in their status texts and tables through queued updates: wait for the window to
    // be populated, then for no English text to remain where German exists.
    const auto englishTexts = [&] {
        QStringList english;
        for (const QString& t : visibleTexts(&window))
            if (german.contains(t))
                english << t + QStringLiteral(" (should read: ") + german.value(t) + QLatin1Char(')');
        return english;
    };
    QTRY_VERIFY(visibleTexts(&window).size() > 40);
    QTRY_VERIFY2(englishTexts().isEmpty(), qPrintable(englishTexts().join(QStringLiteral("; "))));
    const QStringList texts = visibleTexts(&window);
    QVERIFY(texts.contains(QStringLiteral("Unterhaltungen")) ||
            texts.join(QLatin1Char('|')).contains(QStringLiteral("Unterhaltung")));

    // The core's sync summary (translated under its own context) is German as well.
    sync::SyncReport report;
    report.nodes = {sync::NodeStatus{QStringLiteral("a"), 5, QStringLiteral("0x01"), true, {}},
                    sync::NodeStatus{QStringLiteral("b"), 5, QStringLiteral("0x01"), true, {}}};
    report.findings.resize(2);
    report.pairs = {sync::PairFindings{}};
    const QString summary = sync::summarize(report);
    QVERIFY2(summary.contains(QStringLiteral("keine Fork")), qPrintable(summary));
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::englishPluralForms() {
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/aitbc_en.qm")));
    QCOMPARE(english.translate("aitbc::gui::Age", "%n min", nullptr, 1), QStringLiteral("%n min"));
    QCOMPARE(english.translate("aitbc::gui::SyncFindingsModel",
                               "%n block(s) imported without their transactions", nullptr, 1),
             QStringLiteral("%n block imported without their transactions"));
    QCOMPARE(english.translate("aitbc::gui::SyncFindingsModel",
                               "%n block(s) imported without their transactions", nullptr, 2),
             QStringLiteral("%n blocks imported without their transactions"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
