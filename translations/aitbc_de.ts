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
    <name>aitbc::gui::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Change Password</source>
        <translation>
            <numerusform>Passwort ändern</numerusform>
            <numerusform>Passwort ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New password for wallet “%1”</source>
        <translation>
            <numerusform>Neues Passwort für die Wallet „%1“</numerusform>
            <numerusform>Neues Passwort für die Wallet „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change</source>
        <translation>
            <numerusform>Ä&amp;ndern</numerusform>
            <numerusform>Ä&amp;ndern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password.</source>
        <translation>
            <numerusform>Wählen Sie ein neues Passwort.</numerusform>
            <numerusform>Wählen Sie ein neues Passwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The two new passwords differ.</source>
        <translation>
            <numerusform>Die beiden neuen Passwörter stimmen nicht überein.</numerusform>
            <numerusform>Die beiden neuen Passwörter stimmen nicht überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current password is wrong.</source>
        <translation>
            <numerusform>Das aktuelle Passwort ist falsch.</numerusform>
            <numerusform>Das aktuelle Passwort ist falsch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::CreateWalletDialog</name>
    <message numerus="yes">
        <source>New Wallet</source>
        <translation>
            <numerusform>Neue Wallet</numerusform>
            <numerusform>Neue Wallet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create</source>
        <translation>
            <numerusform>&amp;Anlegen</numerusform>
            <numerusform>&amp;Anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the wallet a name.</source>
        <translation>
            <numerusform>Geben Sie der Wallet einen Namen.</numerusform>
            <numerusform>Geben Sie der Wallet einen Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password.</source>
        <translation>
            <numerusform>Wählen Sie ein Passwort.</numerusform>
            <numerusform>Wählen Sie ein Passwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The two passwords differ.</source>
        <translation>
            <numerusform>Die beiden Passwörter stimmen nicht überein.</numerusform>
            <numerusform>Die beiden Passwörter stimmen nicht überein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::DemoRunner</name>
    <message numerus="yes">
        <source>Leader (demo)</source>
        <translation>
            <numerusform>Leader (Demo)</numerusform>
            <numerusform>Leader (Demo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follower (demo)</source>
        <translation>
            <numerusform>Follower (Demo)</numerusform>
            <numerusform>Follower (Demo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::InMemorySecretStore</name>
    <message numerus="yes">
        <source>memory</source>
        <translation>
            <numerusform>Arbeitsspeicher</numerusform>
            <numerusform>Arbeitsspeicher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::KeychainSecretStore</name>
    <message numerus="yes">
        <source>system keychain</source>
        <translation>
            <numerusform>System-Schlüsselbund</numerusform>
            <numerusform>System-Schlüsselbund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MainWindow</name>
    <message numerus="yes">
        <source>AITBC Dashboard</source>
        <translation>
            <numerusform>AITBC Dashboard</numerusform>
            <numerusform>AITBC Dashboard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Panes</source>
        <translation>
            <numerusform>Bereiche</numerusform>
            <numerusform>Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;File</source>
        <translation>
            <numerusform>&amp;Datei</numerusform>
            <numerusform>&amp;Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Settings…</source>
        <translation>
            <numerusform>&amp;Einstellungen…</numerusform>
            <numerusform>&amp;Einstellungen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quit</source>
        <translation>
            <numerusform>&amp;Beenden</numerusform>
            <numerusform>&amp;Beenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;View</source>
        <translation>
            <numerusform>&amp;Ansicht</numerusform>
            <numerusform>&amp;Ansicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refresh Nodes</source>
        <translation>
            <numerusform>Knoten &amp;aktualisieren</numerusform>
            <numerusform>Knoten &amp;aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Wallet</source>
        <translation>
            <numerusform>&amp;Wallet</numerusform>
            <numerusform>&amp;Wallet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Lock All Wallets</source>
        <translation>
            <numerusform>Alle Wallets &amp;sperren</numerusform>
            <numerusform>Alle Wallets &amp;sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Node</source>
        <translation>
            <numerusform>&amp;Knoten</numerusform>
            <numerusform>&amp;Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Help</source>
        <translation>
            <numerusform>&amp;Hilfe</numerusform>
            <numerusform>&amp;Hilfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;About AITBC Dashboard</source>
        <translation>
            <numerusform>Ü&amp;ber AITBC Dashboard</numerusform>
            <numerusform>Ü&amp;ber AITBC Dashboard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node:</source>
        <translation>
            <numerusform>Knoten:</numerusform>
            <numerusform>Knoten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected node</source>
        <translation>
            <numerusform>Gewählter Knoten</numerusform>
            <numerusform>Gewählter Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node whose data the balances and the status bar show</source>
        <translation>
            <numerusform>Knoten, dessen Daten Guthaben und Statusleiste zeigen</numerusform>
            <numerusform>Knoten, dessen Daten Guthaben und Statusleiste zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No node selected</source>
        <translation>
            <numerusform>Kein Knoten gewählt</numerusform>
            <numerusform>Kein Knoten gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting…</source>
        <translation>
            <numerusform>Verbinde…</numerusform>
            <numerusform>Verbinde…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reachable</source>
        <translation>
            <numerusform>Erreichbar</numerusform>
            <numerusform>Erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Healthy (%1)</source>
        <translation>
            <numerusform>Gesund (%1)</numerusform>
            <numerusform>Gesund (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unreachable</source>
        <translation>
            <numerusform>Nicht erreichbar</numerusform>
            <numerusform>Nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Height %1</source>
        <translation>
            <numerusform>Höhe %1</numerusform>
            <numerusform>Höhe %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n wallet(s) unlocked</source>
        <translation>
            <numerusform>%1 von %n Wallet entsperrt</numerusform>
            <numerusform>%1 von %n Wallets entsperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About AITBC Dashboard</source>
        <translation>
            <numerusform>Über AITBC Dashboard</numerusform>
            <numerusform>Über AITBC Dashboard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</numerusform>
            <numerusform>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wallets, nodes, agent messages and sync diagnostics for AITBC networks.
Settings file: %1</source>
        <translation>
            <numerusform>Wallets, Knoten, Agenten-Nachrichten und Sync-Diagnose für AITBC-Netze.
Einstellungsdatei: %1</numerusform>
            <numerusform>Wallets, Knoten, Agenten-Nachrichten und Sync-Diagnose für AITBC-Netze.
Einstellungsdatei: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close</source>
        <translation>
            <numerusform>Schließen</numerusform>
            <numerusform>Schließen</numerusform>
        </translation>
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
    <name>aitbc::gui::NodeTableModel</name>
    <message numerus="yes">
        <source>Follower</source>
        <translation>
            <numerusform>Follower</numerusform>
            <numerusform>Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leader</source>
        <translation>
            <numerusform>Leader</numerusform>
            <numerusform>Leader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting…</source>
        <translation>
            <numerusform>Verbinde…</numerusform>
            <numerusform>Verbinde…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reachable</source>
        <translation>
            <numerusform>Erreichbar</numerusform>
            <numerusform>Erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unreachable</source>
        <translation>
            <numerusform>Nicht erreichbar</numerusform>
            <numerusform>Nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>n/a</source>
        <translation>
            <numerusform>n. v.</numerusform>
            <numerusform>n. v.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
(%2)</source>
        <translation>
            <numerusform>%1
(%2)</numerusform>
            <numerusform>%1
(%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RPC: %1</source>
        <translation>
            <numerusform>RPC: %1</numerusform>
            <numerusform>RPC: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chain.db: %1</source>
        <translation>
            <numerusform>chain.db: %1</numerusform>
            <numerusform>chain.db: %1</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Nodes</source>
        <translation>
            <numerusform>Knoten</numerusform>
            <numerusform>Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details</source>
        <translation>
            <numerusform>Details</numerusform>
            <numerusform>Details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details: %1</source>
        <translation>
            <numerusform>Details: %1</numerusform>
            <numerusform>Details: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RPC %1</source>
        <translation>
            <numerusform>RPC %1</numerusform>
            <numerusform>RPC %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chain.db %1</source>
        <translation>
            <numerusform>chain.db %1</numerusform>
            <numerusform>chain.db %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(discovered from the node)</source>
        <translation>
            <numerusform>(vom Knoten ermittelt)</numerusform>
            <numerusform>(vom Knoten ermittelt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting…</source>
        <translation>
            <numerusform>Verbinde…</numerusform>
            <numerusform>Verbinde…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reachable</source>
        <translation>
            <numerusform>erreichbar</numerusform>
            <numerusform>erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unreachable</source>
        <translation>
            <numerusform>nicht erreichbar</numerusform>
            <numerusform>nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status “%1”</source>
        <translation>
            <numerusform>Status „%1“</numerusform>
            <numerusform>Status „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>protocol %1</source>
        <translation>
            <numerusform>Protokoll %1</numerusform>
            <numerusform>Protokoll %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chains %1</source>
        <translation>
            <numerusform>Chains %1</numerusform>
            <numerusform>Chains %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>proposer %1</source>
        <translation>
            <numerusform>Proposer %1</numerusform>
            <numerusform>Proposer %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>height %1 · %2 · %3 · %n transaction(s)</source>
        <translation>
            <numerusform>Höhe %1 · %2 · %3 · %n Transaktion</numerusform>
            <numerusform>Höhe %1 · %2 · %3 · %n Transaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none</source>
        <translation>
            <numerusform>keiner</numerusform>
            <numerusform>keiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Node</source>
        <translation>
            <numerusform>Knoten entfernen</numerusform>
            <numerusform>Knoten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the node profile “%1”?</source>
        <translation>
            <numerusform>Das Knotenprofil „%1“ entfernen?</numerusform>
            <numerusform>Das Knotenprofil „%1“ entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove</source>
        <translation>
            <numerusform>Entfernen</numerusform>
            <numerusform>Entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ProfileEditor</name>
    <message numerus="yes">
        <source>Add Node</source>
        <translation>
            <numerusform>Knoten hinzufügen</numerusform>
            <numerusform>Knoten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit Node</source>
        <translation>
            <numerusform>Knoten bearbeiten</numerusform>
            <numerusform>Knoten bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save</source>
        <translation>
            <numerusform>Speichern</numerusform>
            <numerusform>Speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leader (proposer)</source>
        <translation>
            <numerusform>Leader (Proposer)</numerusform>
            <numerusform>Leader (Proposer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follower</source>
        <translation>
            <numerusform>Follower</numerusform>
            <numerusform>Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose chain.db</source>
        <translation>
            <numerusform>chain.db wählen</numerusform>
            <numerusform>chain.db wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation>
            <numerusform>SQLite-Datenbanken (*.db);;Alle Dateien (*)</numerusform>
            <numerusform>SQLite-Datenbanken (*.db);;Alle Dateien (*)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the node a name.</source>
        <translation>
            <numerusform>Geben Sie dem Knoten einen Namen.</numerusform>
            <numerusform>Geben Sie dem Knoten einen Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another node is already called “%1”.</source>
        <translation>
            <numerusform>Ein anderer Knoten heißt bereits „%1“.</numerusform>
            <numerusform>Ein anderer Knoten heißt bereits „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter an RPC URL, a chain.db path, or both.</source>
        <translation>
            <numerusform>Geben Sie eine RPC-URL, einen chain.db-Pfad oder beides ein.</numerusform>
            <numerusform>Geben Sie eine RPC-URL, einen chain.db-Pfad oder beides ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The RPC URL must look like http://host:port.</source>
        <translation>
            <numerusform>Die RPC-URL muss die Form http://host:port haben.</numerusform>
            <numerusform>Die RPC-URL muss die Form http://host:port haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::QAbstractTableModel</name>
    <message numerus="yes">
        <source>Name</source>
        <translation>
            <numerusform>Name</numerusform>
            <numerusform>Name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Address</source>
        <translation>
            <numerusform>Adresse</numerusform>
            <numerusform>Adresse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Layout</source>
        <translation>
            <numerusform>Format</numerusform>
            <numerusform>Format</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State</source>
        <translation>
            <numerusform>Zustand</numerusform>
            <numerusform>Zustand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance</source>
        <translation>
            <numerusform>Guthaben</numerusform>
            <numerusform>Guthaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next nonce</source>
        <translation>
            <numerusform>Nächste Nonce</numerusform>
            <numerusform>Nächste Nonce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Role</source>
        <translation>
            <numerusform>Rolle</numerusform>
            <numerusform>Rolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status</source>
        <translation>
            <numerusform>Status</numerusform>
            <numerusform>Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protocol</source>
        <translation>
            <numerusform>Protokoll</numerusform>
            <numerusform>Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Height</source>
        <translation>
            <numerusform>Höhe</numerusform>
            <numerusform>Höhe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Head hash</source>
        <translation>
            <numerusform>Kopf-Hash</numerusform>
            <numerusform>Kopf-Hash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Head age</source>
        <translation>
            <numerusform>Kopf-Alter</numerusform>
            <numerusform>Kopf-Alter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mempool</source>
        <translation>
            <numerusform>Mempool</numerusform>
            <numerusform>Mempool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last error</source>
        <translation>
            <numerusform>Letzter Fehler</numerusform>
            <numerusform>Letzter Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::QMetaObject</name>
    <message numerus="yes">
        <source>No secret service is available.</source>
        <translation>
            <numerusform>Kein Secret Service verfügbar.</numerusform>
            <numerusform>Kein Secret Service verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This build has no embedded devnet.</source>
        <translation>
            <numerusform>Diese Version enthält kein eingebettetes Devnet.</numerusform>
            <numerusform>Diese Version enthält kein eingebettetes Devnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SettingsDialog</name>
    <message numerus="yes">
        <source>OK</source>
        <translation>
            <numerusform>OK</numerusform>
            <numerusform>OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>System default</source>
        <translation>
            <numerusform>Systemstandard</numerusform>
            <numerusform>Systemstandard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> min</numerusform>
            <numerusform> min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never</source>
        <translation>
            <numerusform>Nie</numerusform>
            <numerusform>Nie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> s</source>
        <translation>
            <numerusform> s</numerusform>
            <numerusform> s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::UnlockDialog</name>
    <message numerus="yes">
        <source>Unlock Wallet</source>
        <translation>
            <numerusform>Wallet entsperren</numerusform>
            <numerusform>Wallet entsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the password of wallet “%1”.</source>
        <translation>
            <numerusform>Geben Sie das Passwort der Wallet „%1“ ein.</numerusform>
            <numerusform>Geben Sie das Passwort der Wallet „%1“ ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unlock</source>
        <translation>
            <numerusform>&amp;Entsperren</numerusform>
            <numerusform>&amp;Entsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel</source>
        <translation>
            <numerusform>Abbrechen</numerusform>
            <numerusform>Abbrechen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not available, so the remembered password cannot be read. Please enter it.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund ist nicht verfügbar, daher kann das gemerkte Passwort nicht gelesen werden. Bitte geben Sie es ein.</numerusform>
            <numerusform>Der System-Schlüsselbund ist nicht verfügbar, daher kann das gemerkte Passwort nicht gelesen werden. Bitte geben Sie es ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain refused access: %1</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat den Zugriff verweigert: %1</numerusform>
            <numerusform>Der System-Schlüsselbund hat den Zugriff verweigert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the wallet's password.</source>
        <translation>
            <numerusform>Geben Sie das Passwort der Wallet ein.</numerusform>
            <numerusform>Geben Sie das Passwort der Wallet ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password remembered in the keychain no longer opens this wallet. Please enter the current password.</source>
        <translation>
            <numerusform>Das im Schlüsselbund gemerkte Passwort öffnet diese Wallet nicht mehr. Bitte geben Sie das aktuelle Passwort ein.</numerusform>
            <numerusform>Das im Schlüsselbund gemerkte Passwort öffnet diese Wallet nicht mehr. Bitte geben Sie das aktuelle Passwort ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. Please try again.</source>
        <translation>
            <numerusform>Falsches Passwort. Bitte versuchen Sie es erneut.</numerusform>
            <numerusform>Falsches Passwort. Bitte versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet is unlocked, but the system keychain is not available, so the password was not remembered.</source>
        <translation>
            <numerusform>Die Wallet ist entsperrt, aber der System-Schlüsselbund ist nicht verfügbar; das Passwort wurde daher nicht gemerkt.</numerusform>
            <numerusform>Die Wallet ist entsperrt, aber der System-Schlüsselbund ist nicht verfügbar; das Passwort wurde daher nicht gemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close</source>
        <translation>
            <numerusform>Schließen</numerusform>
            <numerusform>Schließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide password</source>
        <translation>
            <numerusform>Passwort verbergen</numerusform>
            <numerusform>Passwort verbergen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show password</source>
        <translation>
            <numerusform>Passwort anzeigen</numerusform>
            <numerusform>Passwort anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caps Lock is on.</source>
        <translation>
            <numerusform>Die Feststelltaste ist aktiv.</numerusform>
            <numerusform>Die Feststelltaste ist aktiv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletManager</name>
    <message numerus="yes">
        <source>Cannot read %1: %2</source>
        <translation>
            <numerusform>%1 kann nicht gelesen werden: %2</numerusform>
            <numerusform>%1 kann nicht gelesen werden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A wallet name must not be empty, start with a dot or contain a slash.</source>
        <translation>
            <numerusform>Ein Wallet-Name darf nicht leer sein, nicht mit einem Punkt beginnen und keinen Schrägstrich enthalten.</numerusform>
            <numerusform>Ein Wallet-Name darf nicht leer sein, nicht mit einem Punkt beginnen und keinen Schrägstrich enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot create the folder %1.</source>
        <translation>
            <numerusform>Der Ordner %1 kann nicht angelegt werden.</numerusform>
            <numerusform>Der Ordner %1 kann nicht angelegt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot create %1: %2</source>
        <translation>
            <numerusform>%1 kann nicht angelegt werden: %2</numerusform>
            <numerusform>%1 kann nicht angelegt werden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot write %1: %2</source>
        <translation>
            <numerusform>%1 kann nicht geschrieben werden: %2</numerusform>
            <numerusform>%1 kann nicht geschrieben werden: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletTableModel</name>
    <message numerus="yes">
        <source>unreadable</source>
        <translation>
            <numerusform>nicht lesbar</numerusform>
            <numerusform>nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Error</source>
        <translation>
            <numerusform>Fehler</numerusform>
            <numerusform>Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocked</source>
        <translation>
            <numerusform>Entsperrt</numerusform>
            <numerusform>Entsperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked</source>
        <translation>
            <numerusform>Gesperrt</numerusform>
            <numerusform>Gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unavailable</source>
        <translation>
            <numerusform>nicht verfügbar</numerusform>
            <numerusform>nicht verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2</source>
        <translation>
            <numerusform>%1
%2</numerusform>
            <numerusform>%1
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No account on this node yet: balance 0, the address cannot send.</source>
        <translation>
            <numerusform>Noch kein Konto auf diesem Knoten: Guthaben 0, die Adresse kann nicht senden.</numerusform>
            <numerusform>Noch kein Konto auf diesem Knoten: Guthaben 0, die Adresse kann nicht senden.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Wallets</source>
        <translation>
            <numerusform>Wallets</numerusform>
            <numerusform>Wallets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock…</source>
        <translation>
            <numerusform>Entsperren…</numerusform>
            <numerusform>Entsperren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock Now</source>
        <translation>
            <numerusform>Jetzt sperren</numerusform>
            <numerusform>Jetzt sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy Address</source>
        <translation>
            <numerusform>Adresse kopieren</numerusform>
            <numerusform>Adresse kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New Wallet…</source>
        <translation>
            <numerusform>&amp;Neue Wallet…</numerusform>
            <numerusform>&amp;Neue Wallet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unlock Selected…</source>
        <translation>
            <numerusform>Auswahl &amp;entsperren…</numerusform>
            <numerusform>Auswahl &amp;entsperren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy Address</source>
        <translation>
            <numerusform>Adresse &amp;kopieren</numerusform>
            <numerusform>Adresse &amp;kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Keystore &amp;Folder…</source>
        <translation>
            <numerusform>Keystore-&amp;Ordner hinzufügen…</numerusform>
            <numerusform>Keystore-&amp;Ordner hinzufügen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Keystore F&amp;ile…</source>
        <translation>
            <numerusform>Keystore-&amp;Datei hinzufügen…</numerusform>
            <numerusform>Keystore-&amp;Datei hinzufügen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (missing)</source>
        <translation>
            <numerusform>%1 (fehlt)</numerusform>
            <numerusform>%1 (fehlt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keystore(s))</source>
        <translation>
            <numerusform>%1 (%n Keystore)</numerusform>
            <numerusform>%1 (%n Keystores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added automatically for this session</source>
        <translation>
            <numerusform>Für diese Sitzung automatisch hinzugefügt</numerusform>
            <numerusform>Für diese Sitzung automatisch hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Keystore Folder</source>
        <translation>
            <numerusform>Keystore-Ordner hinzufügen</numerusform>
            <numerusform>Keystore-Ordner hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Keystore File</source>
        <translation>
            <numerusform>Keystore-Datei hinzufügen</numerusform>
            <numerusform>Keystore-Datei hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keystore files (*.json);;All files (*)</source>
        <translation>
            <numerusform>Keystore-Dateien (*.json);;Alle Dateien (*)</numerusform>
            <numerusform>Keystore-Dateien (*.json);;Alle Dateien (*)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No node selected: balances unknown</source>
        <translation>
            <numerusform>Kein Knoten gewählt: Guthaben unbekannt</numerusform>
            <numerusform>Kein Knoten gewählt: Guthaben unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balances on %1 at height %2</source>
        <translation>
            <numerusform>Guthaben auf %1 bei Höhe %2</numerusform>
            <numerusform>Guthaben auf %1 bei Höhe %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balances on %1</source>
        <translation>
            <numerusform>Guthaben auf %1</numerusform>
            <numerusform>Guthaben auf %1</numerusform>
        </translation>
    </message>
</context>
</TS>
