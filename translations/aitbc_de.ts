<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityWatch</name>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n more new message(s) to %1</source>
        <translation>
            <numerusform>%n weitere neue Nachricht an %1</numerusform>
            <numerusform>%n weitere neue Nachrichten an %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder budget spent</source>
        <translation>Budget des Responders aufgebraucht</translation>
    </message>
    <message>
        <source>The responder of %1 spent its daily fee budget and stopped answering; it answers again as the fees of the last 24 hours fall out of the budget.</source>
        <translation>Der Responder von %1 hat sein tägliches Gebührenbudget aufgebraucht und antwortet nicht mehr; er antwortet wieder, sobald die Gebühren der letzten 24 Stunden aus dem Budget herausfallen.</translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <source>1 block</source>
        <translation>1 Block</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 Blöcke</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 antwortet nicht</translation>
    </message>
    <message>
        <source>Nothing can be read from or sent through %1.</source>
        <translation>Über %1 kann nichts gelesen oder gesendet werden.</translation>
    </message>
    <message>
        <source>Check that %1 is running and that its address is right (Nodes pane, Test connection).</source>
        <translation>Prüfen Sie, ob %1 läuft und seine Adresse stimmt (Bereich „Knoten“, „Verbindung testen“).</translation>
    </message>
    <message>
        <source>%1 is on another chain than %2 from height %3</source>
        <translation>%1 ist ab Höhe %3 auf einer anderen Chain als %2</translation>
    </message>
    <message>
        <source>Blocks, balances and messages on %1 from height %2 on are not the ones %3 has; transactions sent through it may never reach %3.</source>
        <translation>Blöcke, Guthaben und Nachrichten auf %1 ab Höhe %2 sind nicht die von %3; darüber gesendete Transaktionen erreichen %3 möglicherweise nie.</translation>
    </message>
    <message>
        <source>Stop using %1; resync it from %2 (delete its chain data and let it import again).</source>
        <translation>Verwenden Sie %1 nicht mehr; synchronisieren Sie ihn neu von %2 (löschen Sie seine Chain-Daten und lassen Sie ihn erneut importieren).</translation>
    </message>
    <message>
        <source>%1 lacks %2 below its head</source>
        <translation>%1 hat Lücken unterhalb des Kopfs (%2)</translation>
    </message>
    <message>
        <source>History read from %1 has gaps: messages and transfers in those blocks are missing.</source>
        <translation>Der von %1 gelesene Verlauf hat Lücken: Nachrichten und Überweisungen in diesen Blöcken fehlen.</translation>
    </message>
    <message>
        <source>Read from %1; resync %2.</source>
        <translation>Lesen Sie von %1; synchronisieren Sie %2 neu.</translation>
    </message>
    <message>
        <source>%1 holds %2 without their transactions</source>
        <translation>%1 hat %2 ohne Transaktionen</translation>
    </message>
    <message>
        <source>Balances and messages read from %1 are wrong: it has the blocks but not the transactions in them.</source>
        <translation>Von %1 gelesene Guthaben und Nachrichten sind falsch: Der Knoten hat die Blöcke, aber nicht die darin enthaltenen Transaktionen.</translation>
    </message>
    <message>
        <source>Read from a node that holds the transactions; resync %1.</source>
        <translation>Lesen Sie von einem Knoten, der die Transaktionen hat; synchronisieren Sie %1 neu.</translation>
    </message>
    <message>
        <source>Read balances and messages from %1; resync %2 with transactions if it must answer reads.</source>
        <translation>Lesen Sie Guthaben und Nachrichten von %1; synchronisieren Sie %2 mit Transaktionen neu, falls er Leseanfragen beantworten muss.</translation>
    </message>
    <message>
        <source>%1 is %2 behind %3</source>
        <translation>%1 liegt %2 hinter %3</translation>
    </message>
    <message>
        <source>Recent transactions and messages are not on %1 yet; its balances are out of date.</source>
        <translation>Neuere Transaktionen und Nachrichten sind noch nicht auf %1; die Guthaben dort sind veraltet.</translation>
    </message>
    <message>
        <source>Read from %1 until %2 catches up; if the gap keeps growing, restart %2.</source>
        <translation>Lesen Sie von %1, bis %2 aufgeholt hat; wenn der Abstand weiter wächst, starten Sie %2 neu.</translation>
    </message>
    <message>
        <source>In step: %1 keeps up with %2.</source>
        <translation>Synchron: %1 hält mit %2 Schritt.</translation>
    </message>
    <message>
        <source>In step: all %1 nodes keep up with %2.</source>
        <translation>Synchron: Alle %1 Knoten halten mit %2 Schritt.</translation>
    </message>
    <message>
        <source>Problem: %1.</source>
        <translation>Problem: %1.</translation>
    </message>
    <message>
        <source>Problem: %1 (and %2 more).</source>
        <translation>Problem: %1 (und %2 weitere).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <source>New Wallet</source>
        <translation>Neue Wallet</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Keystore folder</source>
        <translation>Keystore-Ordner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Wallet name</source>
        <translation>Wallet-Name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>Node unreachable</source>
        <translation>Knoten nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Node behind</source>
        <translation>Knoten im Rückstand</translation>
    </message>
    <message>
        <source>%1 is %2 blocks behind (height %3 of %4)</source>
        <translation>%1 liegt %2 Blöcke zurück (Höhe %3 von %4)</translation>
    </message>
    <message>
        <source>Node missing transactions</source>
        <translation>Knoten ohne Transaktionen</translation>
    </message>
    <message>
        <source>%1 holds %2 blocks without their transactions (the first at height %3): balances and messages read from it are wrong.</source>
        <translation>%1 hat %2 Blöcke ohne ihre Transaktionen (den ersten bei Höhe %3): Von ihm gelesene Guthaben und Nachrichten sind falsch.</translation>
    </message>
    <message>
        <source>Fork between nodes</source>
        <translation>Fork zwischen Knoten</translation>
    </message>
    <message>
        <source>%1 and %2 have different blocks at height %3: one of them is on another chain.</source>
        <translation>%1 und %2 haben bei Höhe %3 unterschiedliche Blöcke: Einer von ihnen ist auf einer anderen Chain.</translation>
    </message>
</context>
<context>
    <name>MessagesPane</name>
    <message>
        <source>&amp;Wallet:</source>
        <translation>&amp;Wallet:</translation>
    </message>
    <message>
        <source>Wallet whose messages are shown</source>
        <translation>Wallet, deren Nachrichten angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Answer automatically</source>
        <translation>Automatisch a&amp;ntworten</translation>
    </message>
    <message>
        <source>How the trigger matches</source>
        <translation>Wie der Auslöser verglichen wird</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Responder log</source>
        <translation>Responder-Protokoll</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>N&amp;eue Unterhaltung…</translation>
    </message>
    <message>
        <source>Write to a wallet or address you have no conversation with yet</source>
        <translation>An eine Wallet oder Adresse schreiben, mit der Sie noch keine Unterhaltung führen</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Nachricht (Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>&amp;Verified senders only</source>
        <translation>Nur &amp;verifizierte Absender</translation>
    </message>
    <message>
        <source>Answer only messages signed by the key of their sender address. Unsigned messages (other tools) are logged and not answered; forged ones never are.</source>
        <translation>Nur Nachrichten beantworten, die mit dem Schlüssel ihrer Absenderadresse signiert sind. Unsignierte Nachrichten (anderer Programme) werden protokolliert und nicht beantwortet; gefälschte werden nie beantwortet.</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Every outgoing message, why it waits, and cancel, retry or change its fee</source>
        <translation>Jede ausgehende Nachricht und warum sie wartet; abbrechen, erneut versuchen oder die Gebühr ändern</translation>
    </message>
    <message>
        <source>&amp;Responder</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Show or hide the responder&apos;s rules and log</source>
        <translation>Regeln und Protokoll des Responders ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation>Nach Name oder Adresse filtern</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Unterhaltungen filtern</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>Versch&amp;lüsseln</translation>
    </message>
    <message>
        <source>Encrypt the message</source>
        <translation>Die Nachricht verschlüsseln</translation>
    </message>
    <message>
        <source>Send rea&amp;d receipts (acknowledgments)</source>
        <translation>Lese&amp;bestätigungen senden (Quittungen)</translation>
    </message>
    <message>
        <source>When this wallet is unlocked, tell the senders of verified messages you open that you read them (one acknowledgment message each, with the usual fee)</source>
        <translation>Solange diese Wallet entsperrt ist, den Absendern verifizierter Nachrichten, die Sie öffnen, mitteilen, dass Sie sie gelesen haben (je eine Bestätigungsnachricht mit der üblichen Gebühr)</translation>
    </message>
</context>
<context>
    <name>NodesPane</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Use This Node</source>
        <translation>Diesen Knoten &amp;verwenden</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh nodes</source>
        <translation>Knoten aktualisieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain-ID:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Kopf:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthMeter</name>
    <message>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters (it has %2). Anyone who gets a copy of the keystore file can try passwords offline without limit.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen (es hat %2). Wer eine Kopie der Keystore-Datei erhält, kann offline unbegrenzt Passwörter ausprobieren.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Node Profile</source>
        <translation>Knotenprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;RPC URL:</source>
        <translation>&amp;RPC-URL:</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC-URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8006</source>
        <translation>http://127.0.0.1:8006</translation>
    </message>
    <message>
        <source>&amp;chain.db:</source>
        <translation>&amp;chain.db:</translation>
    </message>
    <message>
        <source>chain.db path</source>
        <translation>chain.db-Pfad</translation>
    </message>
    <message>
        <source>/var/lib/aitbc/data/chain.db</source>
        <translation>/var/lib/aitbc/data/chain.db</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose chain.db file</source>
        <translation>chain.db-Datei wählen</translation>
    </message>
    <message>
        <source>Chain &amp;id:</source>
        <translation>Chain-&amp;ID:</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>discovered from the node</source>
        <translation>vom Knoten ermittelt</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Node role</source>
        <translation>Knotenrolle</translation>
    </message>
    <message>
        <source>&amp;Agent address:</source>
        <translation>&amp;Agent-Adresse:</translation>
    </message>
    <message>
        <source>Agent address</source>
        <translation>Agent-Adresse</translation>
    </message>
    <message>
        <source>optional: the wallet of the agent next to this node</source>
        <translation>optional: die Wallet des Agenten neben diesem Knoten</translation>
    </message>
    <message>
        <source>The node is also reached through its agent (aitbc-agent daemon --answer-status): its signed status reports describe the node when it cannot be reached from here.</source>
        <translation>Der Knoten ist auch über seinen Agenten erreichbar (aitbc-agent daemon --answer-status): Dessen signierte Statusberichte beschreiben den Knoten, wenn er von hier aus nicht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unexpected answer to %1 (not the AITBC RPC shape)</source>
        <translation>unerwartete Antwort auf %1 (nicht im AITBC-RPC-Format)</translation>
    </message>
    <message>
        <source>invalid RPC URL &apos;%1&apos; (expected e.g. http://127.0.0.1:8006)</source>
        <translation>ungültige RPC-URL „%1“ (erwartet z. B. http://127.0.0.1:8006)</translation>
    </message>
    <message>
        <source>the RPC URL &apos;%1&apos; contains a user name or password; AITBC nodes take no credentials, and a URL with them would be logged and stored: remove &apos;user:password@&apos;</source>
        <translation>die RPC-URL „%1“ enthält einen Benutzernamen oder ein Passwort; AITBC-Knoten verwenden keine Zugangsdaten, und eine URL mit Zugangsdaten würde protokolliert und gespeichert: Entfernen Sie „user:password@“</translation>
    </message>
    <message>
        <source>the agent address &apos;%1&apos; is not an AITBC address (expected ait1 and 40 hex digits, or a 62-character ait1... bech32 address)</source>
        <translation>die Agent-Adresse „%1“ ist keine AITBC-Adresse (erwartet: ait1 und 40 Hexadezimalziffern oder eine 62 Zeichen lange bech32-Adresse ait1...)</translation>
    </message>
    <message>
        <source>the node needs an RPC URL, a chain.db path or an agent address</source>
        <translation>der Knoten braucht eine RPC-URL, einen chain.db-Pfad oder eine Agent-Adresse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lock wallets after &amp;idle time:</source>
        <translation>Wallets nach &amp;Leerlaufzeit sperren:</translation>
    </message>
    <message>
        <source>Idle lock time in minutes</source>
        <translation>Sperrzeit bei Inaktivität in Minuten</translation>
    </message>
    <message>
        <source>&amp;Refresh nodes every:</source>
        <translation>Knoten &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>Node refresh interval in seconds</source>
        <translation>Aktualisierungsintervall der Knoten in Sekunden</translation>
    </message>
    <message>
        <source>A new language applies the next time the dashboard starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start des Dashboards.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>1 block</source>
        <translation>1 Block</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 Blöcke</translation>
    </message>
    <message>
        <source>%1 block/s</source>
        <translation>%1 Block/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 and %2 at the same height</source>
        <translation>%1 und %2 auf gleicher Höhe</translation>
    </message>
    <message>
        <source>%1 %2 behind %3</source>
        <translation>%1 liegt %2 hinter %3</translation>
    </message>
    <message>
        <source>, catching up at %1 (about %2 left)</source>
        <translation>, holt mit %1 auf (noch etwa %2)</translation>
    </message>
    <message>
        <source>, importing at %1 but not closing the gap</source>
        <translation>, importiert mit %1, verringert den Abstand aber nicht</translation>
    </message>
    <message>
        <source>, not catching up</source>
        <translation>, holt nicht auf</translation>
    </message>
    <message>
        <source>%1 on %2 since height %3 imported without their transactions</source>
        <translation>%1 auf %2 seit Höhe %3 ohne Transaktionen importiert</translation>
    </message>
    <message>
        <source>%1 missing below the shorter head (%2 vs %3)</source>
        <translation>%1 unterhalb des kürzeren Kopfs nicht vorhanden (%2 gegenüber %3)</translation>
    </message>
    <message>
        <source>fork at height %1 between %2 and %3</source>
        <translation>Fork bei Höhe %1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source> (the chains do not link cleanly there)</source>
        <translation> (die Chains sind dort nicht sauber verknüpft)</translation>
    </message>
    <message>
        <source>no fork</source>
        <translation>keine Fork</translation>
    </message>
    <message>
        <source>%1 idle longer than the heartbeat %2 (first before height %3)</source>
        <translation>%1 %2 länger als der Heartbeat untätig (zuerst vor Höhe %3)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>%1 with different state roots (expected at REF)</source>
        <translation>%1 mit unterschiedlichen State-Roots (bei REF erwartet)</translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Reference node</source>
        <translation>Referenzknoten</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Compared node</source>
        <translation>Verglichener Knoten</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Sync-Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Sync findings</source>
        <translation>Sync-Befunde</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Unlock wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation>Wallet-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Wallet-Passwort</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Deriving key</source>
        <translation>Schlüssel wird abgeleitet</translation>
    </message>
</context>
<context>
    <name>WalletsPane</name>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Lock &amp;Now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;hange Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;New Wallet…</source>
        <translation>&amp;Neue Wallet…</translation>
    </message>
    <message>
        <source>Keystore folders and files</source>
        <translation>Keystore-Ordner und -Dateien</translation>
    </message>
    <message>
        <source>Keystore sources</source>
        <translation>Keystore-Quellen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;ile…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>aitbc::chain::DbNode</name>
    <message>
        <source>a chain.db source is read-only: configure the node&apos;s RPC URL to send transactions</source>
        <translation>eine chain.db-Quelle ist schreibgeschützt: Konfigurieren Sie die RPC-URL des Knotens, um Transaktionen zu senden</translation>
    </message>
</context>
<context>
    <name>aitbc::chain::RpcNode</name>
    <message>
        <source>block %1 not found</source>
        <translation>Block %1 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>aitbc::chain::RpcTransport</name>
    <message>
        <source>invalid node URL &apos;%1&apos; (expected e.g. http://127.0.0.1:8006)</source>
        <translation>ungültige Knoten-URL „%1“ (erwartet z. B. http://127.0.0.1:8006)</translation>
    </message>
    <message>
        <source>response larger than %1 MB from %2, ignored</source>
        <translation>Antwort von %2 größer als %1 MB, ignoriert</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1 through the proxy: %2</source>
        <translation>%1 ist über den Proxy nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cannot reach node %1: %2</source>
        <translation>Knoten %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page instead of JSON (HTTP %2): is this the node&apos;s RPC address?</source>
        <translation>%1 hat mit einer HTML-Seite statt mit JSON geantwortet (HTTP %2): Ist das die RPC-Adresse des Knotens?</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page &quot;%2&quot; instead of JSON (HTTP %3): is this the node&apos;s RPC address?</source>
        <translation>%1 hat mit einer HTML-Seite „%2“ statt mit JSON geantwortet (HTTP %3): Ist das die RPC-Adresse des Knotens?</translation>
    </message>
    <message>
        <source>%1 sent an empty answer</source>
        <translation>%1 hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>%1 sent invalid JSON (%2 at byte %3): %4</source>
        <translation>%1 hat ungültiges JSON gesendet (%2 bei Byte %3): %4</translation>
    </message>
    <message>
        <source>HTML error page &quot;%1&quot;</source>
        <translation>HTML-Fehlerseite „%1“</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the node&apos;s rate limit was exceeded (%1); retry in %2 s</source>
        <translation>das Anfragelimit des Knotens wurde überschritten (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2%3</source>
        <translation>%1 fehlgeschlagen mit HTTP %2%3</translation>
    </message>
    <message>
        <source>%1 redirected to another server (%2); only redirects to the same scheme, host and port are followed</source>
        <translation>%1 leitet auf einen anderen Server um (%2); nur Umleitungen mit gleichem Schema, Host und Port werden befolgt</translation>
    </message>
    <message>
        <source>%1 sent an answer beyond the JSON limits, ignored: %2 at byte %3</source>
        <translation>Antwort von %1 überschreitet die JSON-Grenzen, ignoriert: %2 bei Byte %3</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::Age</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentReportPoller</name>
    <message>
        <source>No wallet is unlocked: the dashboard cannot ask agent %1 for a status report. Unlock a wallet to ask; reports already on chain are still shown.</source>
        <translation>Keine Wallet ist entsperrt: Das Dashboard kann Agent %1 nicht um einen Statusbericht bitten. Entsperren Sie eine Wallet, um anzufragen; Berichte, die bereits auf der Chain sind, werden weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>No leader node to send the status request to agent %1 through.</source>
        <translation>Kein Leader-Knoten, über den die Statusanfrage an Agent %1 gesendet werden kann.</translation>
    </message>
    <message>
        <source>Asked agent %1 for a status report; waiting for its signed reply.</source>
        <translation>Agent %1 wurde um einen Statusbericht gebeten; seine signierte Antwort steht noch aus.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentTableModel</name>
    <message>
        <source>The card and the transaction carrying it are signed by the agent&apos;s key.</source>
        <translation>Die Karte und die Transaktion, die sie enthält, sind mit dem Schlüssel des Agenten signiert.</translation>
    </message>
    <message>
        <source>The card&apos;s own signature is valid, but the transaction carrying it is not signed by the agent.</source>
        <translation>Die Signatur der Karte selbst ist gültig, aber die Transaktion, die sie enthält, ist nicht vom Agenten signiert.</translation>
    </message>
    <message>
        <source>Messages to this agent can be encrypted end to end for the key its card publishes.</source>
        <translation>Nachrichten an diesen Agenten können Ende-zu-Ende verschlüsselt werden, mit dem Schlüssel, den seine Karte veröffentlicht.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>card only</source>
        <translation>nur Karte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Last seen (height)</source>
        <translation>Zuletzt gesehen (Höhe)</translation>
    </message>
    <message>
        <source>Last seen (time)</source>
        <translation>Zuletzt gesehen (Zeit)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentsPane</name>
    <message>
        <source>Message this agent</source>
        <translation>Diesem Agenten schreiben</translation>
    </message>
    <message>
        <source>Publish card</source>
        <translation>Karte veröffentlichen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agents that announced themselves with a signed card on the chain of the selected node.</source>
        <translation>Agenten, die sich mit einer signierten Karte auf der Chain des ausgewählten Knotens angekündigt haben.</translation>
    </message>
    <message>
        <source>Start a conversation with the selected agent</source>
        <translation>Eine Unterhaltung mit dem ausgewählten Agenten beginnen</translation>
    </message>
    <message>
        <source>Publish the card of an unlocked wallet</source>
        <translation>Die Karte einer entsperrten Wallet veröffentlichen</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Wallet:</source>
        <translation>Wallet:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Name der Karte</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Beschreibung der Karte</translation>
    </message>
    <message>
        <source>Card capabilities</source>
        <translation>Fähigkeiten der Karte</translation>
    </message>
    <message>
        <source>The name other agents see</source>
        <translation>Der Name, den andere Agenten sehen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>What this agent does</source>
        <translation>Was dieser Agent tut</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ping, encrypted, acks</source>
        <translation>Durch Kommas getrennt, z. B. ping, encrypted, acks</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source>Sign the card with the wallet&apos;s key and send it through the outbox (it costs the node&apos;s fee). A newer card replaces the older one.</source>
        <translation>Die Karte mit dem Schlüssel der Wallet signieren und über den Postausgang senden (das kostet die Gebühr des Knotens). Eine neuere Karte ersetzt die ältere.</translation>
    </message>
    <message>
        <source>No node is selected.</source>
        <translation>Kein Knoten ausgewählt.</translation>
    </message>
    <message>
        <source>Reading the chain…</source>
        <translation>Die Chain wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found up to block %1</source>
        <translation>
            <numerusform>%n Agent bis Block %1 gefunden</numerusform>
            <numerusform>%n Agenten bis Block %1 gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock a wallet to publish its card</source>
        <translation>Entsperren Sie eine Wallet, um ihre Karte zu veröffentlichen</translation>
    </message>
    <message>
        <source>Writing the card to the outbox…</source>
        <translation>Die Karte wird in den Postausgang geschrieben…</translation>
    </message>
    <message>
        <source>The card is in the outbox (message %1); it is listed here once it is in a block.</source>
        <translation>Die Karte ist im Postausgang (Nachricht %1); sie erscheint hier, sobald sie in einem Block ist.</translation>
    </message>
    <message>
        <source>The card could not be written to the outbox.</source>
        <translation>Die Karte konnte nicht in den Postausgang geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::BlockPairDialog</name>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>State-Root</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>(no block at this height)</source>
        <translation>(kein Block bei dieser Höhe)</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Block comparison</source>
        <translation>Blockvergleich</translation>
    </message>
    <message>
        <source>Transactions on the first node</source>
        <translation>Transaktionen auf dem ersten Knoten</translation>
    </message>
    <message>
        <source>Transactions on the second node</source>
        <translation>Transaktionen auf dem zweiten Knoten</translation>
    </message>
    <message>
        <source>Block %1: %2 and %3</source>
        <translation>Block %1: %2 und %3</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>1 transaction counted by the block but not held by this node</source>
        <translation>1 Transaktion vom Block gezählt, auf diesem Knoten aber nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 transactions counted by the block but not held by this node</source>
        <translation>%1 Transaktionen vom Block gezählt, auf diesem Knoten aber nicht vorhanden</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Höhe %1</translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation>keine Transaktionen</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 Transaktion</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 Transaktionen</translation>
    </message>
    <message>
        <source>1 transaction, held by this node</source>
        <translation>1 Transaktion, auf diesem Knoten vorhanden</translation>
    </message>
    <message>
        <source>%1 transactions, all held by this node</source>
        <translation>%1 Transaktionen, alle auf diesem Knoten vorhanden</translation>
    </message>
    <message>
        <source>1 transaction, not held by this node (imported without it)</source>
        <translation>1 Transaktion, auf diesem Knoten nicht vorhanden (ohne sie importiert)</translation>
    </message>
    <message>
        <source>%1 transactions, none held by this node (imported without them)</source>
        <translation>%1 Transaktionen, keine davon auf diesem Knoten vorhanden (ohne sie importiert)</translation>
    </message>
    <message>
        <source>%1 transactions, only %2 held by this node</source>
        <translation>%1 Transaktionen, nur %2 davon auf diesem Knoten vorhanden</translation>
    </message>
    <message>
        <source>Differs between the two nodes</source>
        <translation>Unterscheidet sich zwischen den beiden Knoten</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::BlockStrip</name>
    <message>
        <source>Block comparison strip</source>
        <translation>Blockvergleichsleiste</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>transactions missing</source>
        <translation>Transaktionen fehlen</translation>
    </message>
    <message>
        <source>block missing on one node</source>
        <translation>Block fehlt auf einem Knoten</translation>
    </message>
    <message>
        <source>hash differs (fork)</source>
        <translation>Hash unterschiedlich (Fork)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>New password for wallet “%1”</source>
        <translation>Neues Passwort für die Wallet „%1“</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Än&amp;dern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Anyone with a copy of the keystore file can try passwords offline, so length matters most.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Wer eine Kopie der Keystore-Datei hat, kann offline Passwörter ausprobieren; daher zählt vor allem die Länge.</numerusform>
            <numerusform>Mindestens %n Zeichen. Wer eine Kopie der Keystore-Datei hat, kann offline Passwörter ausprobieren; daher zählt vor allem die Länge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ChatDelegate</name>
    <message>
        <source>Encrypted end to end</source>
        <translation>Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the details</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Details</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ConnectionTest</name>
    <message>
        <source>This profile cannot be used.</source>
        <translation>Dieses Profil kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>The node did not answer.</source>
        <translation>Der Knoten hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Connected: the node is at height %1</source>
        <translation>Verbunden: Der Knoten ist bei Höhe %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Connected: the node answers but has no blocks yet.</source>
        <translation>Verbunden: Der Knoten antwortet, hat aber noch keine Blöcke.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ConversationListModel</name>
    <message numerus="yes">
        <source>%1
%n message(s)</source>
        <translation>
            <numerusform>%1
%n Nachricht</numerusform>
            <numerusform>%1
%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation with %1, %n unread</source>
        <translation>
            <numerusform>Unterhaltung mit %1, %n ungelesene Nachricht</numerusform>
            <numerusform>Unterhaltung mit %1, %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::CreateWalletDialog</name>
    <message>
        <source>New Wallet</source>
        <translation>Neue Wallet</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation>Geben Sie der Wallet einen Namen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Anyone with a copy of the keystore file can try passwords offline, so length matters most.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Wer eine Kopie der Keystore-Datei hat, kann offline Passwörter ausprobieren; daher zählt vor allem die Länge.</numerusform>
            <numerusform>Mindestens %n Zeichen. Wer eine Kopie der Keystore-Datei hat, kann offline Passwörter ausprobieren; daher zählt vor allem die Länge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::DemoRunner</name>
    <message>
        <source>Leader (demo)</source>
        <translation>Leader (Demo)</translation>
    </message>
    <message>
        <source>Follower (demo)</source>
        <translation>Follower (Demo)</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::FleetModel</name>
    <message>
        <source>the head request ended without an answer</source>
        <translation>die Anfrage nach dem Kopf endete ohne Antwort</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>die Referenz</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Was zu tun ist: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Fork at</source>
        <translation>Fork bei</translation>
    </message>
    <message>
        <source>Blocks without transactions</source>
        <translation>Blöcke ohne Transaktionen</translation>
    </message>
    <message>
        <source>Missing blocks</source>
        <translation>Fehlende Blöcke</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>%1 · via agent, report %2 old</source>
        <translation>%1 · über Agent, Bericht %2 alt</translation>
    </message>
    <message>
        <source>%1 · via agent, no report yet</source>
        <translation>%1 · über Agent, noch kein Bericht</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::FollowNewest</name>
    <message>
        <source>Jump to newest ↓</source>
        <translation>Zur neuesten ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message and keep following new ones</source>
        <translation>Zur neuesten Nachricht scrollen und neuen Nachrichten weiter folgen</translation>
    </message>
    <message>
        <source>Jump to newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::HealthTray</name>
    <message>
        <source>AITBC Dashboard: all nodes healthy</source>
        <translation>AITBC Dashboard: alle Knoten intakt</translation>
    </message>
    <message>
        <source>AITBC Dashboard: a node is unreachable or behind</source>
        <translation>AITBC Dashboard: ein Knoten ist nicht erreichbar oder im Rückstand</translation>
    </message>
    <message>
        <source>AITBC Dashboard: no node has answered yet</source>
        <translation>AITBC Dashboard: noch hat kein Knoten geantwortet</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::HeightChart</name>
    <message>
        <source>Block height over time</source>
        <translation>Blockhöhe im Zeitverlauf</translation>
    </message>
    <message>
        <source>No heights yet</source>
        <translation>Noch keine Höhen</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <source>Time (seconds before the last poll)</source>
        <translation>Zeit (Sekunden vor der letzten Abfrage)</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::InMemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>No secret service is available.</source>
        <translation>Es ist kein Secret Service verfügbar.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::LocalServiceLabel</name>
    <message>
        <source>Local agent service</source>
        <translation>Lokaler Agent-Dienst</translation>
    </message>
    <message>
        <source>Local agent service: %1</source>
        <translation>Lokaler Agent-Dienst: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MainWindow</name>
    <message>
        <source>AITBC Dashboard</source>
        <translation>AITBC Dashboard</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh Nodes</source>
        <translation>Knoten &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <source>&amp;Lock All Wallets</source>
        <translation>Alle Wallets &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AITBC Dashboard</source>
        <translation>Ü&amp;ber AITBC Dashboard</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Gewählter Knoten</translation>
    </message>
    <message>
        <source>Node whose data the balances and the status bar show</source>
        <translation>Knoten, dessen Daten in den Guthaben und in der Statusleiste angezeigt werden</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>Kein Knoten gewählt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Healthy (%1)</source>
        <translation>Intakt (%1)</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Höhe %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n wallet(s) unlocked</source>
        <translation>
            <numerusform>%1 von %n Wallet entsperrt</numerusform>
            <numerusform>%1 von %n Wallets entsperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>About AITBC Dashboard</source>
        <translation>Über AITBC Dashboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Wallets, nodes, agent messages and sync diagnostics for AITBC networks.
Settings file: %1</source>
        <translation>Wallets, Knoten, Agenten-Nachrichten und Sync-Diagnose für AITBC-Netze.
Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message numerus="yes">
        <source>Wallets lock in %n second(s) for lack of activity.</source>
        <translation>
            <numerusform>Die Wallets werden in %n Sekunde wegen Inaktivität gesperrt.</numerusform>
            <numerusform>Die Wallets werden in %n Sekunden wegen Inaktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallets were locked for lack of activity.</source>
        <translation>Die Wallets wurden wegen Inaktivität gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessageDetailsDialog</name>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Empfangen von %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaktion: %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>noch nicht signiert</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>Block: %1</translation>
    </message>
    <message>
        <source>Status: queued</source>
        <translation>Status: in Warteschlange</translation>
    </message>
    <message>
        <source>Status: queued (%1)</source>
        <translation>Status: in Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Status: in the mempool</source>
        <translation>Status: im Mempool</translation>
    </message>
    <message>
        <source>Status: confirmed</source>
        <translation>Status: bestätigt</translation>
    </message>
    <message>
        <source>Status: failed. The node refused it: %1</source>
        <translation>Status: fehlgeschlagen. Der Knoten hat sie abgelehnt: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Round trip: %1</source>
        <translation>Umlaufzeit: %1</translation>
    </message>
    <message>
        <source>Sent message</source>
        <translation>Gesendete Nachricht</translation>
    </message>
    <message>
        <source>Received message</source>
        <translation>Empfangene Nachricht</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>&amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy transaction &amp;hash</source>
        <translation>Transaktions-&amp;Hash kopieren</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessageWidget</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessagesPane</name>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>The outbox cannot be opened (%1): sending is disabled.</source>
        <translation>Der Postausgang kann nicht geöffnet werden (%1): Das Senden ist deaktiviert.</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>no node selected</source>
        <translation>kein Knoten gewählt</translation>
    </message>
    <message>
        <source>Cannot read messages: %1</source>
        <translation>Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a wallet to send from.</source>
        <translation>Wählen Sie die Wallet, von der gesendet werden soll.</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters, at most %2).</source>
        <translation>Die Nachricht ist zu lang (%1 Zeichen, höchstens %2).</translation>
    </message>
    <message>
        <source>The outbox is not open yet.</source>
        <translation>Der Postausgang ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Queued. Unlock the wallet to send it.</source>
        <translation>In die Warteschlange gestellt. Entsperren Sie die Wallet, um sie zu senden.</translation>
    </message>
    <message>
        <source>Queued; one message per block leaves each wallet.</source>
        <translation>In die Warteschlange gestellt; jede Wallet sendet eine Nachricht pro Block.</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Responder not started: %1</source>
        <translation>Responder nicht gestartet: %1</translation>
    </message>
    <message>
        <source>reading %1; no leader node to send through: messages wait in the outbox</source>
        <translation>liest %1; kein Leader-Knoten zum Senden: Nachrichten warten im Postausgang</translation>
    </message>
    <message>
        <source>reading %1, sending through the leader %2</source>
        <translation>liest %1, sendet über den Leader %2</translation>
    </message>
    <message>
        <source>Open a conversation or start a new one to write a message.</source>
        <translation>Öffnen Sie eine Unterhaltung oder beginnen Sie eine neue, um eine Nachricht zu schreiben.</translation>
    </message>
    <message>
        <source>To: %1 · fee %2</source>
        <translation>An: %1 · Gebühr %2</translation>
    </message>
    <message>
        <source>Open a conversation or start a new one first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1 is not an AITBC address; nothing was sent.</source>
        <translation>%1 ist keine AITBC-Adresse; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message is empty; nothing was sent.</source>
        <translation>Die Nachricht ist leer; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is not an AITBC address.</source>
        <translation>%1 ist keine AITBC-Adresse.</translation>
    </message>
    <message>
        <source>That is the wallet you are writing from.</source>
        <translation>Das ist die Wallet, von der Sie schreiben.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>Add a &amp;keystore folder…</source>
        <translation>&amp;Keystore-Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Create a wallet…</source>
        <translation>Wallet &amp;anlegen…</translation>
    </message>
    <message>
        <source>Start a conversation…</source>
        <translation>Unterhaltung beginnen…</translation>
    </message>
    <message>
        <source>Open &amp;Nodes</source>
        <translation>Knoten ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Queued, encrypted. Unlock the wallet to send it.</source>
        <translation>Verschlüsselt in die Warteschlange gestellt. Entsperren Sie die Wallet, um sie zu senden.</translation>
    </message>
    <message>
        <source>Queued, encrypted for the recipient; one message per block leaves each wallet.</source>
        <translation>Für den Empfänger verschlüsselt in die Warteschlange gestellt; jede Wallet sendet eine Nachricht pro Block.</translation>
    </message>
    <message>
        <source>Encrypt the message end to end: only the recipient can read it (its agent card gives the key). The chain still shows who wrote to whom, and when.</source>
        <translation>Die Nachricht Ende-zu-Ende verschlüsseln: Nur der Empfänger kann sie lesen (seine Agentenkarte liefert den Schlüssel). Die Chain zeigt weiterhin, wer wem wann geschrieben hat.</translation>
    </message>
    <message>
        <source>Open a conversation to write a message.</source>
        <translation>Öffnen Sie eine Unterhaltung, um eine Nachricht zu schreiben.</translation>
    </message>
    <message>
        <source>This recipient has published no agent card with an encryption key, so the message can only be sent in clear.</source>
        <translation>Dieser Empfänger hat keine Agentenkarte mit einem Verschlüsselungsschlüssel veröffentlicht; die Nachricht kann daher nur unverschlüsselt gesendet werden.</translation>
    </message>
    <message>
        <source>No wallet to read or send messages with. Add the folder that holds your keystore files, or create a wallet.</source>
        <translation>Keine Wallet zum Lesen oder Senden von Nachrichten. Fügen Sie den Ordner mit Ihren Keystore-Dateien hinzu oder legen Sie eine Wallet an.</translation>
    </message>
    <message>
        <source>Cannot reach %1, so messages cannot be read: %2</source>
        <translation>%1 ist nicht erreichbar, daher können keine Nachrichten gelesen werden: %2</translation>
    </message>
    <message>
        <source>No node is selected, so messages cannot be read.</source>
        <translation>Kein Knoten ausgewählt, daher können keine Nachrichten gelesen werden.</translation>
    </message>
    <message>
        <source>No conversations yet. Start one to write to a wallet or an address.</source>
        <translation>Noch keine Unterhaltungen. Beginnen Sie eine, um an eine Wallet oder eine Adresse zu schreiben.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessagingService</name>
    <message>
        <source>Unlock the wallet %1 to publish its card.</source>
        <translation>Entsperren Sie die Wallet %1, um ihre Karte zu veröffentlichen.</translation>
    </message>
    <message>
        <source>No node that accepts messages is reachable yet: the card names its chain.</source>
        <translation>Noch ist kein Knoten erreichbar, der Nachrichten annimmt: Die Karte nennt dessen Chain.</translation>
    </message>
    <message>
        <source>The card cannot be published: %1</source>
        <translation>Die Karte kann nicht veröffentlicht werden: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Wallet name or AITBC address</source>
        <translation>Wallet-Name oder AITBC-Adresse</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Several wallets are called &quot;%1&quot;: pick one from the list or type the address.</source>
        <translation>Mehrere Wallets heißen „%1“: Wählen Sie eine aus der Liste oder geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Not an AITBC address, and no wallet has that name. An address starts with &quot;ait1&quot; followed by 40 hexadecimal digits or a 58-character bech32 part.</source>
        <translation>Keine AITBC-Adresse, und keine Wallet hat diesen Namen. Eine Adresse beginnt mit „ait1“, gefolgt von 40 Hexadezimalziffern oder einem 58 Zeichen langen bech32-Teil.</translation>
    </message>
    <message>
        <source>%1 is not an AITBC address.</source>
        <translation>%1 ist keine AITBC-Adresse.</translation>
    </message>
    <message>
        <source>That is the wallet you are writing from.</source>
        <translation>Das ist die Wallet, von der Sie schreiben.</translation>
    </message>
    <message>
        <source>Messages will go to %1.</source>
        <translation>Nachrichten gehen an %1.</translation>
    </message>
    <message>
        <source>Type a wallet name or an address.</source>
        <translation>Geben Sie einen Wallet-Namen oder eine Adresse ein.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodeRegistry</name>
    <message>
        <source>The %1 request ended without an answer.</source>
        <translation>Die Anfrage „%1“ endete ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodeTableModel</name>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>RPC: %1</source>
        <translation>RPC: %1</translation>
    </message>
    <message>
        <source>chain.db: %1</source>
        <translation>chain.db: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Kopf-Hash</translation>
    </message>
    <message>
        <source>Head age</source>
        <translation>Kopf-Alter</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message numerus="yes">
        <source>This node holds %n block(s) without their transactions (the first at height %1): balances and messages read from it are wrong. Read from the leader, or resync this node with its transactions.</source>
        <translation>
            <numerusform>Dieser Knoten hat %n Block ohne seine Transaktionen (bei Höhe %1): Von ihm gelesene Guthaben und Nachrichten sind falsch. Lesen Sie vom Leader oder synchronisieren Sie diesen Knoten mit seinen Transaktionen neu.</numerusform>
            <numerusform>Dieser Knoten hat %n Blöcke ohne ihre Transaktionen (der erste bei Höhe %1): Von ihm gelesene Guthaben und Nachrichten sind falsch. Lesen Sie vom Leader oder synchronisieren Sie diesen Knoten mit seinen Transaktionen neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, lacks transactions</source>
        <translation>Erreichbar, Transaktionen fehlen</translation>
    </message>
    <message>
        <source>Does not answer; asked again in %1 s.</source>
        <translation>Antwortet nicht; neue Anfrage in %1 s.</translation>
    </message>
    <message>
        <source>Via agent, no report yet</source>
        <translation>Über Agent, noch kein Bericht</translation>
    </message>
    <message>
        <source>report %1 old</source>
        <translation>Bericht %1 alt</translation>
    </message>
    <message>
        <source>Via agent, node unreadable (%1)</source>
        <translation>Über Agent, Knoten nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>Via agent, lacks transactions (%1)</source>
        <translation>Über Agent, Transaktionen fehlen (%1)</translation>
    </message>
    <message>
        <source>Via agent (%1)</source>
        <translation>Über Agent (%1)</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::Nodes</name>
    <message>
        <source>Genesis node</source>
        <translation>Genesis-Knoten</translation>
    </message>
    <message>
        <source>Follower node</source>
        <translation>Follower-Knoten</translation>
    </message>
    <message>
        <source>Local node</source>
        <translation>Lokaler Knoten</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodesPane</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>RPC %1</source>
        <translation>RPC %1</translation>
    </message>
    <message>
        <source>chain.db %1</source>
        <translation>chain.db %1</translation>
    </message>
    <message>
        <source>(discovered from the node)</source>
        <translation>(vom Knoten ermittelt)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>status “%1”</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>chains %1</source>
        <translation>Chains %1</translation>
    </message>
    <message>
        <source>proposer %1</source>
        <translation>Proposer %1</translation>
    </message>
    <message numerus="yes">
        <source>height %1 · %2 · %3 · %n transaction(s)</source>
        <translation>
            <numerusform>Höhe %1 · %2 · %3 · %n Transaktion</numerusform>
            <numerusform>Höhe %1 · %2 · %3 · %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Remove the node profile “%1”?</source>
        <translation>Das Knotenprofil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit Node…</source>
        <translation>Knoten bearbeiten…</translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Opens a second dashboard window with its own leader and follower on this computer</source>
        <translation>Öffnet ein zweites Dashboard-Fenster mit eigenem Leader und Follower auf diesem Computer</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No node is configured. Add the address of an AITBC node, or start the demo to try the dashboard with a leader and a follower on this computer.</source>
        <translation>Es ist kein Knoten konfiguriert. Fügen Sie die Adresse eines AITBC-Knotens hinzu oder starten Sie die Demo, um das Dashboard mit einem Leader und einem Follower auf diesem Computer auszuprobieren.</translation>
    </message>
    <message>
        <source>“%1” does not answer at %2: no AITBC node seems to run there. Edit the node to point at yours, or start the demo to try the dashboard.</source>
        <translation>„%1“ antwortet unter %2 nicht: Dort scheint kein AITBC-Knoten zu laufen. Bearbeiten Sie den Knoten, sodass er auf Ihren zeigt, oder starten Sie die Demo, um das Dashboard auszuprobieren.</translation>
    </message>
    <message>
        <source>None of the %1 nodes answers. Check that they run and that their addresses are right, or start the demo to try the dashboard.</source>
        <translation>Keiner der %1 Knoten antwortet. Prüfen Sie, ob sie laufen und ihre Adressen stimmen, oder starten Sie die Demo, um das Dashboard auszuprobieren.</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::OutboxDialog</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <source>in mempool</source>
        <translation>im Mempool</translation>
    </message>
    <message>
        <source>confirmed at %1</source>
        <translation>bestätigt bei Höhe %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>one pending transaction per sender</source>
        <translation>eine ausstehende Transaktion je Absender</translation>
    </message>
    <message>
        <source>node unreachable: %1</source>
        <translation>Knoten nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>insufficient balance for the fee: %1</source>
        <translation>Guthaben reicht nicht für die Gebühr: %1</translation>
    </message>
    <message>
        <source>wallet locked: unlock %1 to send</source>
        <translation>Wallet gesperrt: Entsperren Sie %1 zum Senden</translation>
    </message>
    <message>
        <source>waiting for a block</source>
        <translation>wartet auf einen Block</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>vom Bediener abgebrochen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Change fee…</source>
        <translation>Gebühr ändern…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change fee</source>
        <translation>Gebühr ändern</translation>
    </message>
    <message>
        <source>Fee for message %1:</source>
        <translation>Gebühr für Nachricht %1:</translation>
    </message>
    <message>
        <source>Cannot open the outbox: %1</source>
        <translation>Der Postausgang kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Der Postausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Message %1 cancelled; it will not be sent.</source>
        <translation>Nachricht %1 abgebrochen; sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Message %1 queued again.</source>
        <translation>Nachricht %1 erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Message %1 will be sent with fee %2.</source>
        <translation>Nachricht %1 wird mit der Gebühr %2 gesendet.</translation>
    </message>
    <message>
        <source>Encrypted end to end for the recipient</source>
        <translation>Ende-zu-Ende für den Empfänger verschlüsselt</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Zu kurz: %1 von mindestens %2 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>Weak (about %n bit(s)): add words or other kinds of characters.</source>
        <translation>
            <numerusform>Schwach (etwa %n Bit): Fügen Sie Wörter oder andere Zeichenarten hinzu.</numerusform>
            <numerusform>Schwach (etwa %n Bit): Fügen Sie Wörter oder andere Zeichenarten hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fair (about %n bit(s)).</source>
        <translation>
            <numerusform>Mittel (etwa %n Bit).</numerusform>
            <numerusform>Mittel (etwa %n Bit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strong (about %n bit(s)).</source>
        <translation>
            <numerusform>Stark (etwa %n Bit).</numerusform>
            <numerusform>Stark (etwa %n Bit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Very strong (about %n bit(s)).</source>
        <translation>
            <numerusform>Sehr stark (etwa %n Bit).</numerusform>
            <numerusform>Sehr stark (etwa %n Bit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ProfileEditor</name>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation>Knoten bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leader (proposer)</source>
        <translation>Leader (Proposer)</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Choose chain.db</source>
        <translation>chain.db wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation>Geben Sie dem Knoten einen Namen.</translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation>Ein anderer Knoten heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter an RPC URL, a chain.db path, or both.</source>
        <translation>Geben Sie eine RPC-URL, einen chain.db-Pfad oder beides ein.</translation>
    </message>
    <message>
        <source>The RPC URL must look like http://host:port.</source>
        <translation>Die RPC-URL muss die Form http://host:port haben.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the RPC URL: AITBC nodes take none, and they would be stored in the settings file.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der RPC-URL: AITBC-Knoten verwenden keine, und sie würden in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The agent address must be an AITBC address (ait1 and 40 hex digits, or a 62-character bech32 address).</source>
        <translation>Die Agent-Adresse muss eine AITBC-Adresse sein (ait1 und 40 Hexadezimalziffern oder eine 62 Zeichen lange bech32-Adresse).</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ResponderController</name>
    <message>
        <source>Wallet locked: responder stopped</source>
        <translation>Wallet gesperrt: Responder angehalten</translation>
    </message>
    <message>
        <source>Node changed: responder stopped</source>
        <translation>Knoten gewechselt: Responder angehalten</translation>
    </message>
    <message>
        <source>Unlock the wallet first: the responder signs its replies with it.</source>
        <translation>Entsperren Sie zuerst die Wallet: Der Responder signiert seine Antworten damit.</translation>
    </message>
    <message>
        <source>Select a node first.</source>
        <translation>Wählen Sie zuerst einen Knoten.</translation>
    </message>
    <message>
        <source>Now answering verified messages only</source>
        <translation>Beantwortet jetzt nur verifizierte Nachrichten</translation>
    </message>
    <message>
        <source>Now answering verified and unsigned messages</source>
        <translation>Beantwortet jetzt verifizierte und unsignierte Nachrichten</translation>
    </message>
    <message>
        <source>Responder not restarted: %1</source>
        <translation>Responder nicht neu gestartet: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>A node unreachable</source>
        <translation>Knoten nicht erreichbar</translation>
    </message>
    <message>
        <source>A node falling behind</source>
        <translation>Knoten fällt zurück</translation>
    </message>
    <message>
        <source>A fork between nodes</source>
        <translation>Fork zwischen Knoten</translation>
    </message>
    <message>
        <source>A follower missing transactions</source>
        <translation>Follower ohne Transaktionen</translation>
    </message>
    <message>
        <source>The responder&apos;s fee budget spent</source>
        <translation>Gebührenbudget des Responders aufgebraucht</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <source>Blocks behind before a node counts as behind</source>
        <translation>Rückstand in Blöcken, ab dem ein Knoten als zurückliegend gilt</translation>
    </message>
    <message>
        <source>A node is &amp;behind after:</source>
        <translation>Ein Knoten liegt &amp;zurück ab:</translation>
    </message>
    <message>
        <source>Closing the window keeps the dashboard and its responder in the &amp;tray</source>
        <translation>Beim Schließen des Fensters bleiben das Dashboard und sein Responder im Info&amp;bereich</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ShortcutsHelp</name>
    <message>
        <source>Show the pane of that number (View menu)</source>
        <translation>Den Bereich mit dieser Nummer anzeigen (Menü „Ansicht“)</translation>
    </message>
    <message>
        <source>Send the message (in the message box)</source>
        <translation>Die Nachricht senden (im Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation>Eine neue Zeile in der Nachricht beginnen</translation>
    </message>
    <message>
        <source>Send the message (anywhere in Messages)</source>
        <translation>Die Nachricht senden (überall im Bereich „Nachrichten“)</translation>
    </message>
    <message>
        <source>Search the open conversation</source>
        <translation>Die offene Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>Move to the next field (tables and the message box let it through)</source>
        <translation>Zum nächsten Feld wechseln (Tabellen und das Nachrichtenfeld lassen die Taste durch)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Open the details of a message</source>
        <translation>Die Details einer Nachricht öffnen</translation>
    </message>
    <message>
        <source>A walkthrough of the dashboard and the aitbc-agent command line is in README.md, sections &quot;Layout&quot; and &quot;Command-line tool&quot;.</source>
        <translation>Eine Einführung in das Dashboard und die Kommandozeile aitbc-agent finden Sie in README.md, Abschnitte „Layout“ und „Command-line tool“.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncFindingsModel</name>
    <message>
        <source>Chains fork here: the block hashes differ from this height on</source>
        <translation>Hier beginnt eine Fork: Ab dieser Höhe unterscheiden sich die Block-Hashes</translation>
    </message>
    <message>
        <source>Hashes differ from here on, but the fork point failed the parent-link check</source>
        <translation>Ab hier unterscheiden sich die Hashes, aber der Fork-Punkt hat die Prüfung der Vorgänger-Verknüpfung nicht bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) only on one of the two nodes</source>
        <translation>
            <numerusform>%n Block nur auf einem der beiden Knoten</numerusform>
            <numerusform>%n Blöcke nur auf einem der beiden Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) imported without their transactions</source>
        <translation>
            <numerusform>%n Block ohne seine Transaktionen importiert</numerusform>
            <numerusform>%n Blöcke ohne ihre Transaktionen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Double-click to open block %1 on both nodes side by side</source>
        <translation>Doppelklicken Sie, um Block %1 beider Knoten nebeneinander zu öffnen</translation>
    </message>
    <message>
        <source>Heights</source>
        <translation>Höhen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncModel</name>
    <message>
        <source>node closed</source>
        <translation>Knoten geschlossen</translation>
    </message>
    <message>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncPane</name>
    <message>
        <source>Choose two nodes to compare.</source>
        <translation>Wählen Sie zwei Knoten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose two different nodes to compare.</source>
        <translation>Wählen Sie zwei verschiedene Knoten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>&amp;Whole fleet</source>
        <translation>&amp;Gesamte Flotte</translation>
    </message>
    <message>
        <source>Compare every node with the reference node in one table</source>
        <translation>Jeden Knoten in einer Tabelle mit dem Referenzknoten vergleichen</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Add nodes to see the fleet.</source>
        <translation>Fügen Sie Knoten hinzu, um die Flotte zu sehen.</translation>
    </message>
    <message>
        <source>In step: all %1 nodes keep up with %2.</source>
        <translation>Synchron: Alle %1 Knoten halten mit %2 Schritt.</translation>
    </message>
    <message>
        <source>Comparing %1 of %2 nodes with %3…</source>
        <translation>%1 von %2 Knoten werden mit %3 verglichen…</translation>
    </message>
    <message>
        <source>Problem: %1 of %2 nodes need attention; worst: %3.</source>
        <translation>Problem: %1 von %2 Knoten brauchen Aufmerksamkeit; am dringendsten: %3.</translation>
    </message>
    <message>
        <source>%1 more findings in the table below.</source>
        <translation>%1 weitere Befunde in der Tabelle unten.</translation>
    </message>
    <message>
        <source>The Sync pane compares nodes: whether a follower keeps up with its leader, holds the transactions of its blocks, or is on another chain. It needs at least two nodes: add the leader and a follower by their RPC address or chain.db, or a node you cannot reach by the address of the agent running next to it.</source>
        <translation>Der Bereich „Sync“ vergleicht Knoten: ob ein Follower mit seinem Leader Schritt hält, die Transaktionen seiner Blöcke hat oder auf einer anderen Chain ist. Er braucht mindestens zwei Knoten: Fügen Sie den Leader und einen Follower über ihre RPC-Adresse oder chain.db hinzu oder einen Knoten, den Sie nicht erreichen, über die Adresse des Agenten, der neben ihm läuft.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SystemdUnitState</name>
    <message>
        <source>Asking systemd about %1…</source>
        <translation>systemd wird nach %1 gefragt…</translation>
    </message>
    <message>
        <source>systemd is not reachable (no D-Bus connection): the state of %1 cannot be shown here. On the machine that runs it: aitbc-agent service status.</source>
        <translation>systemd ist nicht erreichbar (keine D-Bus-Verbindung): Der Zustand von %1 kann hier nicht angezeigt werden. Auf dem Rechner, der den Dienst ausführt: aitbc-agent service status.</translation>
    </message>
    <message>
        <source>systemd is not reachable over D-Bus (%1): the state of %2 cannot be shown here. On the machine that runs it: aitbc-agent service status.</source>
        <translation>systemd ist über D-Bus nicht erreichbar (%1): Der Zustand von %2 kann hier nicht angezeigt werden. Auf dem Rechner, der den Dienst ausführt: aitbc-agent service status.</translation>
    </message>
    <message>
        <source>%1 is not installed here (aitbc-agent service install writes it).</source>
        <translation>%1 ist hier nicht installiert (aitbc-agent service install richtet den Dienst ein).</translation>
    </message>
    <message>
        <source>systemd did not say how %1 is: %2</source>
        <translation>systemd hat den Zustand von %1 nicht mitgeteilt: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ThreadMessagesModel</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>queued (%1)</source>
        <translation>in Warteschlange (%1)</translation>
    </message>
    <message>
        <source>in the mempool</source>
        <translation>im Mempool</translation>
    </message>
    <message>
        <source>confirmed at height %1</source>
        <translation>bestätigt bei Höhe %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht signiert</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ gesendet</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more character(s))</source>
        <translation>
            <numerusform>%1 … (%n weiteres Zeichen)</numerusform>
            <numerusform>%1 … (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>unverified (%1)</source>
        <translation>nicht verifiziert (%1)</translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n message(s) as read</source>
        <translation>
            <numerusform>%n Nachricht als gelesen bestätigt</numerusform>
            <numerusform>%n Nachrichten als gelesen bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: unlock the wallet to read</source>
        <translation>Gesperrt: Entsperren Sie die Wallet zum Lesen</translation>
    </message>
    <message>
        <source>Encrypted for another key: this wallet cannot read it</source>
        <translation>Für einen anderen Schlüssel verschlüsselt: Diese Wallet kann sie nicht lesen</translation>
    </message>
    <message>
        <source>Encrypted, but changed after it was written: not shown</source>
        <translation>Verschlüsselt, aber nach dem Schreiben verändert: nicht angezeigt</translation>
    </message>
    <message>
        <source>Encrypted in a form this version cannot read</source>
        <translation>In einer Form verschlüsselt, die diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more character(s) in the details)</source>
        <translation>
            <numerusform>%1 … (%n weiteres Zeichen in den Details)</numerusform>
            <numerusform>%1 … (%n weitere Zeichen in den Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, acknowledged at height %2</source>
        <translation>%1, bei Höhe %2 bestätigt</translation>
    </message>
    <message>
        <source>You, %1: %2. %3</source>
        <translation>Sie, %1: %2. %3</translation>
    </message>
    <message>
        <source>Received %1: %2. %3</source>
        <translation>Empfangen %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::UnlockDialog</name>
    <message>
        <source>Unlock Wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Enter the password of wallet “%1”.</source>
        <translation>Geben Sie das Passwort der Wallet „%1“ ein.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the remembered password cannot be read. Please enter it.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar, daher kann das gemerkte Passwort nicht gelesen werden. Bitte geben Sie es ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s password.</source>
        <translation>Geben Sie das Passwort der Wallet ein.</translation>
    </message>
    <message>
        <source>The password remembered in the keychain no longer opens this wallet. Please enter the current password.</source>
        <translation>Das im Schlüsselbund gemerkte Passwort öffnet diese Wallet nicht mehr. Bitte geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>Falsches Passwort. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The wallet is unlocked, but the system keychain is not available, so the password was not remembered.</source>
        <translation>Die Wallet ist entsperrt, aber der System-Schlüsselbund ist nicht verfügbar; das Passwort wurde daher nicht gemerkt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletManager</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A wallet name must not be empty, start with a dot or contain a slash.</source>
        <translation>Ein Wallet-Name darf nicht leer sein, nicht mit einem Punkt beginnen und keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The operation was interrupted before it finished.</source>
        <translation>Der Vorgang wurde vor seinem Abschluss unterbrochen.</translation>
    </message>
    <message>
        <source>The balance request ended without an answer.</source>
        <translation>Die Guthabenabfrage endete ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletTableModel</name>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No account on this node yet: balance 0, the address cannot send.</source>
        <translation>Noch kein Konto auf diesem Knoten: Guthaben 0, die Adresse kann nicht senden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Next nonce</source>
        <translation>Nächste Nonce</translation>
    </message>
    <message>
        <source>Unlocked (demo)</source>
        <translation>Entsperrt (Demo)</translation>
    </message>
    <message>
        <source>%1 AIT</source>
        <translation>%1 AIT</translation>
    </message>
    <message>
        <source>The demo&apos;s agent signs with this wallet in the background, so the idle lock leaves it unlocked. Lock Now still locks it.</source>
        <translation>Der Agent der Demo signiert im Hintergrund mit dieser Wallet, daher lässt die Inaktivitätssperre sie entsperrt. „Jetzt sperren“ sperrt sie trotzdem.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::Wallets</name>
    <message>
        <source>File too large for a keystore</source>
        <translation>Datei zu groß für einen Keystore</translation>
    </message>
    <message>
        <source>Cannot read file: %1</source>
        <translation>Datei nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletsPane</name>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;New Wallet…</source>
        <translation>&amp;Neue Wallet…</translation>
    </message>
    <message>
        <source>&amp;Unlock Selected…</source>
        <translation>Auswahl &amp;entsperren…</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Add Keystore &amp;Folder…</source>
        <translation>Keystore-&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add Keystore F&amp;ile…</source>
        <translation>Keystore-&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keystore(s))</source>
        <translation>
            <numerusform>%1 (%n Keystore)</numerusform>
            <numerusform>%1 (%n Keystores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added automatically for this session</source>
        <translation>Für diese Sitzung automatisch hinzugefügt</translation>
    </message>
    <message>
        <source>Add Keystore Folder</source>
        <translation>Keystore-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Keystore File</source>
        <translation>Keystore-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>Keystore-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No node selected: balances unknown</source>
        <translation>Kein Knoten gewählt: Guthaben unbekannt</translation>
    </message>
    <message>
        <source>Balances on %1 at height %2</source>
        <translation>Guthaben auf %1 bei Höhe %2</translation>
    </message>
    <message>
        <source>Balances on %1</source>
        <translation>Guthaben auf %1</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Pfad kop&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>No wallets yet. A wallet is a keystore file, as the AITBC command line writes them. Add the folder that holds yours, create a new wallet, or start the demo network, which comes with funded wallets.</source>
        <translation>Noch keine Wallets. Eine Wallet ist eine Keystore-Datei, wie sie die AITBC-Kommandozeile schreibt. Fügen Sie den Ordner mit Ihren Wallets hinzu, legen Sie eine neue Wallet an oder starten Sie das Demo-Netz, das Wallets mit Guthaben mitbringt.</translation>
    </message>
    <message>
        <source>Create a Wallet…</source>
        <translation>Wallet anlegen…</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Opens a second dashboard window with its own leader, follower and funded wallets on this computer</source>
        <translation>Öffnet ein zweites Dashboard-Fenster mit eigenem Leader, Follower und Wallets mit Guthaben auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked wallets lock in %n second(s) for lack of activity. Move the mouse or press a key to keep them unlocked.</source>
        <translation>
            <numerusform>Entsperrte Wallets werden in %n Sekunde wegen Inaktivität gesperrt. Bewegen Sie die Maus oder drücken Sie eine Taste, damit sie entsperrt bleiben.</numerusform>
            <numerusform>Entsperrte Wallets werden in %n Sekunden wegen Inaktivität gesperrt. Bewegen Sie die Maus oder drücken Sie eine Taste, damit sie entsperrt bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wallets were locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Die Wallets wurden nach %n Minute ohne Aktivität gesperrt.</numerusform>
            <numerusform>Die Wallets wurden nach %n Minuten ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallets were locked after a time without activity.</source>
        <translation>Die Wallets wurden nach einer Zeit ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>The password of wallet “%1” was changed. Copies of the keystore file made before (backups) still open with the old password only: replace them with the current file.</source>
        <translation>Das Passwort der Wallet „%1“ wurde geändert. Früher angelegte Kopien der Keystore-Datei (Sicherungen) lassen sich weiterhin nur mit dem alten Passwort öffnen: Ersetzen Sie sie durch die aktuelle Datei.</translation>
    </message>
    <message>
        <source>Wallet created in %1. Back up this file now, to another disk or device, and keep its password: the file holds the only copy of the key, and neither the key nor the password can be recovered.</source>
        <translation>Wallet in %1 angelegt. Sichern Sie diese Datei jetzt auf einem anderen Laufwerk oder Gerät und bewahren Sie ihr Passwort auf: Die Datei enthält die einzige Kopie des Schlüssels, und weder der Schlüssel noch das Passwort können wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::Authorship</name>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>forged (%1)</source>
        <translation>gefälscht (%1)</translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::MessageSender</name>
    <message>
        <source>Outbox unavailable: %1</source>
        <translation>Postausgang nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Could not write the message to the outbox: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the outbox: %1</source>
        <translation>Der Postausgang konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The node does not tell its chain id; messages wait.</source>
        <translation>Der Knoten nennt seine Chain-ID nicht; Nachrichten warten.</translation>
    </message>
    <message>
        <source>Message %1 to %2 confirmed at height %3 (%4)</source>
        <translation>Nachricht %1 an %2 bei Höhe %3 bestätigt (%4)</translation>
    </message>
    <message>
        <source>nonce %1 was used by another transaction (account nonce now %2)</source>
        <translation>Nonce %1 wurde von einer anderen Transaktion verwendet (Konto-Nonce jetzt %2)</translation>
    </message>
    <message>
        <source>waiting for the wallet %1 to be unlocked</source>
        <translation>wartet auf das Entsperren der Wallet %1</translation>
    </message>
    <message>
        <source>cannot build the transaction: %1</source>
        <translation>Transaktion kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Message %1: re-signing with nonce %2 (%3)</source>
        <translation>Nachricht %1: wird mit Nonce %2 neu signiert (%3)</translation>
    </message>
    <message>
        <source>the stored transaction is unreadable</source>
        <translation>die gespeicherte Transaktion ist nicht lesbar</translation>
    </message>
    <message>
        <source>Sent message %1 to %2: in the mempool (%3)</source>
        <translation>Nachricht %1 an %2 gesendet: im Mempool (%3)</translation>
    </message>
    <message>
        <source>waiting for the next block: %1</source>
        <translation>wartet auf den nächsten Block: %1</translation>
    </message>
    <message>
        <source>The node refused message %1: %2</source>
        <translation>Der Knoten hat Nachricht %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>node unavailable, will retry: %1</source>
        <translation>Knoten nicht verfügbar, neuer Versuch folgt: %1</translation>
    </message>
    <message>
        <source>not sent: %1 has no valid agent card with an encryption key on this chain, and an encrypted message is never sent in clear</source>
        <translation>nicht gesendet: %1 hat auf dieser Chain keine gültige Agentenkarte mit einem Verschlüsselungsschlüssel, und eine verschlüsselte Nachricht wird nie unverschlüsselt gesendet</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
    <message>
        <source>cannot encrypt the message: %1</source>
        <translation>die Nachricht kann nicht verschlüsselt werden: %1</translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::Responder</name>
    <message>
        <source>the current head</source>
        <translation>des aktuellen Kopfs</translation>
    </message>
    <message>
        <source>Responder stopped</source>
        <translation>Responder angehalten</translation>
    </message>
    <message>
        <source>Cannot save the responder state: %1. Stopping so nothing is answered twice.</source>
        <translation>Der Responder-Zustand kann nicht gespeichert werden: %1. Der Responder wird angehalten, damit nichts doppelt beantwortet wird.</translation>
    </message>
    <message>
        <source>Node unavailable: %1</source>
        <translation>Knoten nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Answering messages above height %1</source>
        <translation>Nachrichten oberhalb der Höhe %1 werden beantwortet</translation>
    </message>
    <message>
        <source>Could not queue the reply to %1; will try again</source>
        <translation>Die Antwort auf %1 konnte nicht in die Warteschlange gestellt werden; neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Responder started for %1 (%2 rule(s), from height %3; answering %4%5; at most %6 replies and %7 per sender per %8 s; fee budget %9)</source>
        <translation>Responder für %1 gestartet (%2 Regel(n), ab Höhe %3; beantwortet %4%5; höchstens %6 Antworten und %7 je Absender pro %8 s; Gebührenbudget: %9)</translation>
    </message>
    <message>
        <source>verified messages only</source>
        <translation>nur verifizierte Nachrichten</translation>
    </message>
    <message>
        <source>verified and unsigned messages</source>
        <translation>verifizierte und unsignierte Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source> from %n allowed sender(s)</source>
        <translation>
            <numerusform> von %n zugelassenen Absender</numerusform>
            <numerusform> von %n zugelassenen Absendern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>authorship unknown</source>
        <translation>Urheberschaft unbekannt</translation>
    </message>
    <message>
        <source>The reply to %1 (%2) is on chain (%3)</source>
        <translation>Die Antwort auf %1 (%2) ist in der Chain (%3)</translation>
    </message>
    <message>
        <source>The node refused the reply to %1 (%2): %3; sending it again in %4 s</source>
        <translation>Der Knoten hat die Antwort auf %1 (%2) abgelehnt: %3; erneutes Senden in %4 s</translation>
    </message>
    <message>
        <source>Sending the reply to %1 (%2) again (retry %3)</source>
        <translation>Die Antwort auf %1 (%2) wird erneut gesendet (Wiederholung %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 (%3) at height %4 is already answered on chain (%5)</source>
        <translation>„%1“ von %2 (%3) bei Höhe %4 ist in der Chain bereits beantwortet (%5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 (%3) at height %4 already has a reply in the outbox</source>
        <translation>„%1“ von %2 (%3) bei Höhe %4 hat bereits eine Antwort im Postausgang</translation>
    </message>
    <message>
        <source>Not answering &quot;%1&quot; from %2 (%3) at height %4: %5</source>
        <translation>„%1“ von %2 (%3) bei Höhe %4 wird nicht beantwortet: %5</translation>
    </message>
    <message>
        <source>Received &quot;%1&quot; from %2 (%3) at height %4: replying &quot;%5&quot;</source>
        <translation>„%1“ von %2 (%3) bei Höhe %4 empfangen: Antwort „%5“</translation>
    </message>
    <message>
        <source>Acknowledging %1 message(s) of %2</source>
        <translation>Empfang von %1 Nachricht(en) von %2 wird bestätigt</translation>
    </message>
    <message>
        <source>Not answering the status request from %1 (%2) at height %3: %4</source>
        <translation>Die Statusanfrage von %1 (%2) bei Höhe %3 wird nicht beantwortet: %4</translation>
    </message>
    <message>
        <source>Could not queue the status report for %1; will try again</source>
        <translation>Der Statusbericht für %1 konnte nicht in die Warteschlange gestellt werden; neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Status request from %1 (%2) at height %3: reporting height %4%5</source>
        <translation>Statusanfrage von %1 (%2) bei Höhe %3: Höhe %4 wird gemeldet%5</translation>
    </message>
    <message>
        <source> (node unavailable: %1)</source>
        <translation> (Knoten nicht verfügbar: %1)</translation>
    </message>
    <message>
        <source>An encrypted message from %1 at height %2 cannot be opened (%3); not answered</source>
        <translation>Eine verschlüsselte Nachricht von %1 bei Höhe %2 kann nicht geöffnet werden (%3); nicht beantwortet</translation>
    </message>
</context>
</TS>
