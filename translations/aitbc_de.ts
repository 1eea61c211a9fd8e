<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>MessagesPane</name>
    <message>
        <source>&amp;Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet whose messages are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Nachrichten</translation>
    </message>
    <message>
        <source>Select a message to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (try &quot;ping&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the trigger matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder log</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unexpected answer to %1 (not the AITBC RPC shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node needs an RPC URL or a chain.db path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid RPC URL &apos;%1&apos; (expected e.g. http://127.0.0.1:8006)</source>
        <translation type="unfinished"></translation>
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
    <name>SyncPane</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync findings</source>
        <translation type="unfinished"></translation>
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
        <translation>Passwort ä&amp;ndern…</translation>
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
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>aitbc::chain::DbNode</name>
    <message>
        <source>a chain.db source is read-only: configure the node&apos;s RPC URL to send transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::chain::RpcNode</name>
    <message>
        <source>block %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::chain::RpcTransport</name>
    <message>
        <source>invalid node URL &apos;%1&apos; (expected e.g. http://127.0.0.1:8006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 MB from %2, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1 through the proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page instead of JSON (HTTP %2): is this the node&apos;s RPC address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page &quot;%2&quot; instead of JSON (HTTP %3): is this the node&apos;s RPC address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent invalid JSON (%2 at byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML error page &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s rate limit was exceeded (%1); retry in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2%3</source>
        <translation type="unfinished"></translation>
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
    <name>aitbc::gui::BlockPairDialog</name>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no block at this height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_count %1, %2 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions on the first node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions on the second node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction counted by the block but not held by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions counted by the block but not held by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished">Höhe %1</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::BlockStrip</name>
    <message>
        <source>Block comparison strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block missing on one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash differs (fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished">Passwort ändern</translation>
    </message>
    <message>
        <source>New password for wallet “%1”</source>
        <translation type="unfinished">Neues Passwort für die Wallet „%1“</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished">Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation type="unfinished">Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished">Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished">Das aktuelle Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::CreateWalletDialog</name>
    <message>
        <source>New Wallet</source>
        <translation type="unfinished">Neue Wallet</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation type="unfinished">Geben Sie der Wallet einen Namen.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation type="unfinished">Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished">Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::DemoRunner</name>
    <message>
        <source>Leader (demo)</source>
        <translation type="unfinished">Leader (Demo)</translation>
    </message>
    <message>
        <source>Follower (demo)</source>
        <translation type="unfinished">Follower (Demo)</translation>
    </message>
    <message>
        <source>This build has no embedded devnet.</source>
        <translation type="unfinished">Diese Version enthält kein eingebettetes Devnet.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::HeightChart</name>
    <message>
        <source>Block height over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heights yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::InMemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation type="unfinished">Arbeitsspeicher</translation>
    </message>
    <message>
        <source>No secret service is available.</source>
        <translation type="unfinished">Kein Secret Service verfügbar.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished">System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MainWindow</name>
    <message>
        <source>AITBC Dashboard</source>
        <translation type="unfinished">AITBC Dashboard</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished">Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh Nodes</source>
        <translation type="unfinished">Knoten &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished">&amp;Wallet</translation>
    </message>
    <message>
        <source>&amp;Lock All Wallets</source>
        <translation type="unfinished">Alle Wallets &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished">&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AITBC Dashboard</source>
        <translation type="unfinished">Ü&amp;ber AITBC Dashboard</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation type="unfinished">Knoten:</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished">Gewählter Knoten</translation>
    </message>
    <message>
        <source>Node whose data the balances and the status bar show</source>
        <translation type="unfinished">Knoten, dessen Daten Guthaben und Statusleiste zeigen</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation type="unfinished">Kein Knoten gewählt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Verbinde…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished">Erreichbar</translation>
    </message>
    <message>
        <source>Healthy (%1)</source>
        <translation type="unfinished">Gesund (%1)</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished">Nicht erreichbar</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished">Höhe %1</translation>
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
        <translation type="unfinished">Über AITBC Dashboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Wallets, nodes, agent messages and sync diagnostics for AITBC networks.
Settings file: %1</source>
        <translation type="unfinished">Wallets, Knoten, Agenten-Nachrichten und Sync-Diagnose für AITBC-Netze.
Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
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
        <source>Agent message threads between your wallets and other addresses, with a durable outbox and an autonomous responder, will appear here.</source>
        <translation>Hier erscheinen die Nachrichtenverläufe der Agenten zwischen Ihren Wallets und anderen Adressen, mit dauerhaftem Postausgang und autonomem Beantworter.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>A block-by-block comparison of two nodes (lag, divergence point, missing transactions) will appear here.</source>
        <translation>Hier erscheint ein blockweiser Vergleich zweier Knoten (Rückstand, Abzweigpunkt, fehlende Transaktionen).</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessagesPane</name>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be opened (%1): sending is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a wallet to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued. Unlock the wallet to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued; one message per block leaves each wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodeTableModel</name>
    <message>
        <source>Follower</source>
        <translation type="unfinished">Follower</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished">Leader</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Verbinde…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished">Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished">Nicht erreichbar</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished">n. v.</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="unfinished">%1
(%2)</translation>
    </message>
    <message>
        <source>RPC: %1</source>
        <translation type="unfinished">RPC: %1</translation>
    </message>
    <message>
        <source>chain.db: %1</source>
        <translation type="unfinished">chain.db: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Höhe</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished">Kopf-Hash</translation>
    </message>
    <message>
        <source>Head age</source>
        <translation type="unfinished">Kopf-Alter</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation type="unfinished">Mempool</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished">Letzter Fehler</translation>
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
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished">Details: %1</translation>
    </message>
    <message>
        <source>RPC %1</source>
        <translation type="unfinished">RPC %1</translation>
    </message>
    <message>
        <source>chain.db %1</source>
        <translation type="unfinished">chain.db %1</translation>
    </message>
    <message>
        <source>(discovered from the node)</source>
        <translation type="unfinished">(vom Knoten ermittelt)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Verbinde…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished">erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished">nicht erreichbar</translation>
    </message>
    <message>
        <source>status “%1”</source>
        <translation type="unfinished">Status „%1“</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished">Protokoll %1</translation>
    </message>
    <message>
        <source>chains %1</source>
        <translation type="unfinished">Chains %1</translation>
    </message>
    <message>
        <source>proposer %1</source>
        <translation type="unfinished">Proposer %1</translation>
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
        <translation type="unfinished">keiner</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation type="unfinished">Knoten entfernen</translation>
    </message>
    <message>
        <source>Remove the node profile “%1”?</source>
        <translation type="unfinished">Das Knotenprofil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ProfileEditor</name>
    <message>
        <source>Add Node</source>
        <translation type="unfinished">Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation type="unfinished">Knoten bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Leader (proposer)</source>
        <translation type="unfinished">Leader (Proposer)</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation type="unfinished">Follower</translation>
    </message>
    <message>
        <source>Choose chain.db</source>
        <translation type="unfinished">chain.db wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation type="unfinished">SQLite-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation type="unfinished">Geben Sie dem Knoten einen Namen.</translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation type="unfinished">Ein anderer Knoten heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter an RPC URL, a chain.db path, or both.</source>
        <translation type="unfinished">Geben Sie eine RPC-URL, einen chain.db-Pfad oder beides ein.</translation>
    </message>
    <message>
        <source>The RPC URL must look like http://host:port.</source>
        <translation type="unfinished">Die RPC-URL muss die Form http://host:port haben.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ResponderController</name>
    <message>
        <source>Wallet locked: responder stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node changed: responder stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet first: the responder signs its replies with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished">Systemstandard</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"> s</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncFindingsModel</name>
    <message>
        <source>Chains fork here: the block hashes differ from this height on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes differ from here on, but the fork point failed the parent-link check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) only on one of the two nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) imported without their transactions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open block %1 on both nodes side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncModel</name>
    <message>
        <source>node closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SyncPane</name>
    <message>
        <source>Choose two nodes to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different nodes to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::UnlockDialog</name>
    <message>
        <source>Unlock Wallet</source>
        <translation type="unfinished">Wallet entsperren</translation>
    </message>
    <message>
        <source>Enter the password of wallet “%1”.</source>
        <translation type="unfinished">Geben Sie das Passwort der Wallet „%1“ ein.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the remembered password cannot be read. Please enter it.</source>
        <translation type="unfinished">Der System-Schlüsselbund ist nicht verfügbar, daher kann das gemerkte Passwort nicht gelesen werden. Bitte geben Sie es ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation type="unfinished">Der System-Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s password.</source>
        <translation type="unfinished">Geben Sie das Passwort der Wallet ein.</translation>
    </message>
    <message>
        <source>The password remembered in the keychain no longer opens this wallet. Please enter the current password.</source>
        <translation type="unfinished">Das im Schlüsselbund gemerkte Passwort öffnet diese Wallet nicht mehr. Bitte geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation type="unfinished">Falsches Passwort. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The wallet is unlocked, but the system keychain is not available, so the password was not remembered.</source>
        <translation type="unfinished">Die Wallet ist entsperrt, aber der System-Schlüsselbund ist nicht verfügbar; das Passwort wurde daher nicht gemerkt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished">Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished">Passwort anzeigen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished">Die Feststelltaste ist aktiv.</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletManager</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A wallet name must not be empty, start with a dot or contain a slash.</source>
        <translation type="unfinished">Ein Wallet-Name darf nicht leer sein, nicht mit einem Punkt beginnen und keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished">%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletTableModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished">nicht lesbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Gesperrt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished">nicht verfügbar</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished">%1
%2</translation>
    </message>
    <message>
        <source>No account on this node yet: balance 0, the address cannot send.</source>
        <translation type="unfinished">Noch kein Konto auf diesem Knoten: Guthaben 0, die Adresse kann nicht senden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished">Guthaben</translation>
    </message>
    <message>
        <source>Next nonce</source>
        <translation type="unfinished">Nächste Nonce</translation>
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
        <translation type="unfinished">Wallets</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished">Entsperren…</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation type="unfinished">Jetzt sperren</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished">Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;New Wallet…</source>
        <translation type="unfinished">&amp;Neue Wallet…</translation>
    </message>
    <message>
        <source>&amp;Unlock Selected…</source>
        <translation type="unfinished">Auswahl &amp;entsperren…</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation type="unfinished">Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Add Keystore &amp;Folder…</source>
        <translation type="unfinished">Keystore-&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add Keystore F&amp;ile…</source>
        <translation type="unfinished">Keystore-&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished">%1 (fehlt)</translation>
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
        <translation type="unfinished">Für diese Sitzung automatisch hinzugefügt</translation>
    </message>
    <message>
        <source>Add Keystore Folder</source>
        <translation type="unfinished">Keystore-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Keystore File</source>
        <translation type="unfinished">Keystore-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation type="unfinished">Keystore-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No node selected: balances unknown</source>
        <translation type="unfinished">Kein Knoten gewählt: Guthaben unbekannt</translation>
    </message>
    <message>
        <source>Balances on %1 at height %2</source>
        <translation type="unfinished">Guthaben auf %1 bei Höhe %2</translation>
    </message>
    <message>
        <source>Balances on %1</source>
        <translation type="unfinished">Guthaben auf %1</translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::ConversationListModel</name>
    <message>
        <source>%1 (%2 unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation with %1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::MessageSender</name>
    <message>
        <source>Outbox unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the message to the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node does not tell its chain id; messages wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 to %2 confirmed at height %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce %1 was used by another transaction (account nonce now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the wallet %1 to be unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: re-signing with nonce %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored transaction is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent message %1 to %2: in the mempool (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the next block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node unavailable, will retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::Responder</name>
    <message>
        <source>Responder started for %1 (%2 rule(s), from height %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the responder state: %1. Stopping so nothing is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering messages above height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering &quot;%1&quot; from %2 at height %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the reply to %1; will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &quot;%1&quot; from %2 at height %3: replying &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::ThreadMessagesModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more character(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::sync</name>
    <message>
        <source>1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 block/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 at the same height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 behind %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, catching up at %1 (about %2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, importing at %1 but not closing the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 since height %3 imported without their transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing below the shorter head (%2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork at height %1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the chains do not link cleanly there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 idle longer than the heartbeat %2 (first before height %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with different state roots (expected at REF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
