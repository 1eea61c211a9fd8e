<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityWatch</name>
    <message>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more new message(s) to %1</source>
        <translation>
            <numerusform>%n more new message to %1</numerusform>
            <numerusform>%n more new messages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responder of %1 spent its daily fee budget and stopped answering; it answers again as the fees of the last 24 hours fall out of the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <source>1 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be read from or sent through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is running and that its address is right (Nodes pane, Test connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on another chain than %2 from height %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks, balances and messages on %1 from height %2 on are not the ones %3 has; transactions sent through it may never reach %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using %1; resync it from %2 (delete its chain data and let it import again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2 below its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History read from %1 has gaps: messages and transfers in those blocks are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1; resync %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 without their transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances and messages read from %1 are wrong: it has the blocks but not the transactions in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a node that holds the transactions; resync %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read balances and messages from %1; resync %2 with transactions if it must answer reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 behind %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transactions and messages are not on %1 yet; its balances are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1 until %2 catches up; if the gap keeps growing, restart %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step: %1 keeps up with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step: all %1 nodes keep up with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1 (and %2 more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <source>New Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthWatch</name>
    <message>
        <source>Node unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 blocks behind (height %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node missing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 blocks without their transactions (the first at height %3): balances and messages read from it are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have different blocks at height %3: one of them is on another chain.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to a wallet or address you have no conversation with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified senders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only messages signed by the key of their sender address. Unsigned messages (other tools) are logged and not answered; forged ones never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outgoing message, why it waits, and cancel, retry or change its fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the responder&apos;s rules and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rea&amp;d receipts (acknowledgments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this wallet is unlocked, tell the senders of verified messages you open that you read them (one acknowledgment message each, with the usual fee)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodesPane</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrengthMeter</name>
    <message>
        <source>Choose a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters (it has %2). Anyone who gets a copy of the keystore file can try passwords offline without limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Node Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RPC URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;chain.db:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain.db path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/aitbc/data/chain.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chain.db file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovered from the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the wallet of the agent next to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is also reached through its agent (aitbc-agent daemon --answer-status): its signed status reports describe the node when it cannot be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>unexpected answer to %1 (not the AITBC RPC shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid RPC URL &apos;%1&apos; (expected e.g. http://127.0.0.1:8006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RPC URL &apos;%1&apos; contains a user name or password; AITBC nodes take no credentials, and a URL with them would be logged and stored: remove &apos;user:password@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent address &apos;%1&apos; is not an AITBC address (expected ait1 and 40 hex digits, or a 62-character ait1... bech32 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node needs an RPC URL, a chain.db path or an agent address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock wallets after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh nodes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the dashboard starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletsPane</name>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 redirected to another server (%2); only redirects to the same scheme, host and port are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer beyond the JSON limits, ignored: %2 at byte %3</source>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentReportPoller</name>
    <message>
        <source>No wallet is unlocked: the dashboard cannot ask agent %1 for a status report. Unlock a wallet to ask; reports already on chain are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader node to send the status request to agent %1 through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked agent %1 for a status report; waiting for its signed reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentTableModel</name>
    <message>
        <source>The card and the transaction carrying it are signed by the agent&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s own signature is valid, but the transaction carrying it is not signed by the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to this agent can be encrypted end to end for the key its card publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::AgentsPane</name>
    <message>
        <source>Message this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents that announced themselves with a signed card on the chain of the selected node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the card of an unlocked wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name other agents see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this agent does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ping, encrypted, acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the card with the wallet&apos;s key and send it through the outbox (it costs the node&apos;s fee). A newer card replaces the older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found up to block %1</source>
        <translation>
            <numerusform>%n agent found up to block %1</numerusform>
            <numerusform>%n agents found up to block %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock a wallet to publish its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the card to the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is in the outbox (message %1); it is listed here once it is in a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be written to the outbox.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction, held by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions, all held by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction, not held by this node (imported without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions, none held by this node (imported without them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions, only %2 held by this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs between the two nodes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for wallet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Anyone with a copy of the keystore file can try passwords offline, so length matters most.</source>
        <translation>
            <numerusform>At least %n character. Anyone with a copy of the keystore file can try passwords offline, so length matters most.</numerusform>
            <numerusform>At least %n characters. Anyone with a copy of the keystore file can try passwords offline, so length matters most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ChatDelegate</name>
    <message>
        <source>Encrypted end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter for the details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ConnectionTest</name>
    <message>
        <source>This profile cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node is at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node answers but has no blocks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ConversationListModel</name>
    <message numerus="yes">
        <source>%1
%n message(s)</source>
        <translation>
            <numerusform>%1
%n message</numerusform>
            <numerusform>%1
%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation with %1, %n unread</source>
        <translation>
            <numerusform>Conversation with %1, %n unread</numerusform>
            <numerusform>Conversation with %1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::CreateWalletDialog</name>
    <message>
        <source>New Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Anyone with a copy of the keystore file can try passwords offline, so length matters most.</source>
        <translation>
            <numerusform>At least %n character. Anyone with a copy of the keystore file can try passwords offline, so length matters most.</numerusform>
            <numerusform>At least %n characters. Anyone with a copy of the keystore file can try passwords offline, so length matters most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::DemoRunner</name>
    <message>
        <source>Leader (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::FleetModel</name>
    <message>
        <source>the head request ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks without transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · via agent, report %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · via agent, no report yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::FollowNewest</name>
    <message>
        <source>Jump to newest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the newest message and keep following new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to newest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::HealthTray</name>
    <message>
        <source>AITBC Dashboard: all nodes healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AITBC Dashboard: a node is unreachable or behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AITBC Dashboard: no node has answered yet</source>
        <translation type="unfinished"></translation>
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
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (seconds before the last poll)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::InMemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::LocalServiceLabel</name>
    <message>
        <source>Local agent service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local agent service: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MainWindow</name>
    <message>
        <source>AITBC Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock All Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AITBC Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node whose data the balances and the status bar show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n wallet(s) unlocked</source>
        <translation>
            <numerusform>%1 of %n wallet unlocked</numerusform>
            <numerusform>%1 of %n wallets unlocked</numerusform>
        </translation>
    </message>
    <message>
        <source>About AITBC Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AITBC Dashboard&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets, nodes, agent messages and sync diagnostics for AITBC networks.
Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wallets lock in %n second(s) for lack of activity.</source>
        <translation>
            <numerusform>Wallets lock in %n second for lack of activity.</numerusform>
            <numerusform>Wallets lock in %n seconds for lack of activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallets were locked for lack of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessageDetailsDialog</name>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
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
        <source>Block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: queued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: in the mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: failed. The node refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transaction &amp;hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessageWidget</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
        <source>Choose a wallet to send from.</source>
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
    <message>
        <source>reading %1; no leader node to send through: messages wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1, sending through the leader %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation or start a new one to write a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 · fee %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation or start a new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AITBC address; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AITBC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the wallet you are writing from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;keystore folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, encrypted. Unlock the wallet to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, encrypted for the recipient; one message per block leaves each wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the message end to end: only the recipient can read it (its agent card gives the key). The chain still shows who wrote to whom, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation to write a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient has published no agent card with an encryption key, so the message can only be sent in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet to read or send messages with. Add the folder that holds your keystore files, or create a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1, so messages cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is selected, so messages cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. Start one to write to a wallet or an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::MessagingService</name>
    <message>
        <source>Unlock the wallet %1 to publish its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node that accepts messages is reachable yet: the card names its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet name or AITBC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several wallets are called &quot;%1&quot;: pick one from the list or type the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an AITBC address, and no wallet has that name. An address starts with &quot;ait1&quot; followed by 40 hexadecimal digits or a 58-character bech32 part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AITBC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the wallet you are writing from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages will go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a wallet name or an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodeRegistry</name>
    <message>
        <source>The %1 request ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodeTableModel</name>
    <message>
        <source>Follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain.db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This node holds %n block(s) without their transactions (the first at height %1): balances and messages read from it are wrong. Read from the leader, or resync this node with its transactions.</source>
        <translation>
            <numerusform>This node holds %n block without its transactions (at height %1): balances and messages read from it are wrong. Read from the leader, or resync this node with its transactions.</numerusform>
            <numerusform>This node holds %n blocks without their transactions (the first at height %1): balances and messages read from it are wrong. Read from the leader, or resync this node with its transactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, lacks transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not answer; asked again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via agent, no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via agent, node unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via agent, lacks transactions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via agent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::Nodes</name>
    <message>
        <source>Genesis node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::NodesPane</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain.db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(discovered from the node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>height %1 · %2 · %3 · %n transaction(s)</source>
        <translation>
            <numerusform>height %1 · %2 · %3 · %n transaction</numerusform>
            <numerusform>height %1 · %2 · %3 · %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the node profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second dashboard window with its own leader and follower on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is configured. Add the address of an AITBC node, or start the demo to try the dashboard with a leader and a follower on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not answer at %2: no AITBC node seems to run there. Edit the node to point at yours, or start the demo to try the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 nodes answers. Check that they run and that their addresses are right, or start the demo to try the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::OutboxDialog</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one pending transaction per sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient balance for the fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet locked: unlock %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for message %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cancelled; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 will be sent with fee %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted end to end for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Weak (about %n bit(s)): add words or other kinds of characters.</source>
        <translation>
            <numerusform>Weak (about %n bit): add words or other kinds of characters.</numerusform>
            <numerusform>Weak (about %n bits): add words or other kinds of characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fair (about %n bit(s)).</source>
        <translation>
            <numerusform>Fair (about %n bit).</numerusform>
            <numerusform>Fair (about %n bits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strong (about %n bit(s)).</source>
        <translation>
            <numerusform>Strong (about %n bit).</numerusform>
            <numerusform>Strong (about %n bits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Very strong (about %n bit(s)).</source>
        <translation>
            <numerusform>Very strong (about %n bit).</numerusform>
            <numerusform>Very strong (about %n bits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ProfileEditor</name>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader (proposer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chain.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the node a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an RPC URL, a chain.db path, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC URL must look like http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the RPC URL: AITBC nodes take none, and they would be stored in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent address must be an AITBC address (ait1 and 40 hex digits, or a 62-character bech32 address).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Now answering verified messages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now answering verified and unsigned messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder not restarted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fork between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follower missing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responder&apos;s fee budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks behind before a node counts as behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node is &amp;behind after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the dashboard and its responder in the &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ShortcutsHelp</name>
    <message>
        <source>Show the pane of that number (View menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (in the message box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (anywhere in Messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next field (tables and the message box let it through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walkthrough of the dashboard and the aitbc-agent command line is in README.md, sections &quot;Layout&quot; and &quot;Command-line tool&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n block only on one of the two nodes</numerusform>
            <numerusform>%n blocks only on one of the two nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) imported without their transactions</source>
        <translation>
            <numerusform>%n block imported without their transactions</numerusform>
            <numerusform>%n blocks imported without their transactions</numerusform>
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
    <message>
        <source>&amp;Whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every node with the reference node in one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add nodes to see the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step: all %1 nodes keep up with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 of %2 nodes with %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1 of %2 nodes need attention; worst: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more findings in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sync pane compares nodes: whether a follower keeps up with its leader, holds the transactions of its blocks, or is on another chain. It needs at least two nodes: add the leader and a follower by their RPC address or chain.db, or a node you cannot reach by the address of the agent running next to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::SystemdUnitState</name>
    <message>
        <source>Asking systemd about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd is not reachable (no D-Bus connection): the state of %1 cannot be shown here. On the machine that runs it: aitbc-agent service status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd is not reachable over D-Bus (%1): the state of %2 cannot be shown here. On the machine that runs it: aitbc-agent service status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed here (aitbc-agent service install writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd did not say how %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::ThreadMessagesModel</name>
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
        <translation>
            <numerusform>%1 … (%n more character)</numerusform>
            <numerusform>%1 … (%n more characters)</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n message(s) as read</source>
        <translation>
            <numerusform>Acknowledged %n message as read</numerusform>
            <numerusform>Acknowledged %n messages as read</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: unlock the wallet to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted for another key: this wallet cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, but changed after it was written: not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted in a form this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more character(s) in the details)</source>
        <translation>
            <numerusform>%1 … (%n more character in the details)</numerusform>
            <numerusform>%1 … (%n more characters in the details)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, acknowledged at height %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::UnlockDialog</name>
    <message>
        <source>Unlock Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of wallet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the remembered password cannot be read. Please enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password remembered in the keychain no longer opens this wallet. Please enter the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is unlocked, but the system keychain is not available, so the password was not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletManager</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet name must not be empty, start with a dot or contain a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was interrupted before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance request ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletTableModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account on this node yet: balance 0, the address cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s agent signs with this wallet in the background, so the idle lock leaves it unlocked. Lock Now still locks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::Wallets</name>
    <message>
        <source>File too large for a keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::gui::WalletsPane</name>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keystore &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keystore F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keystore(s))</source>
        <translation>
            <numerusform>%1 (%n keystore)</numerusform>
            <numerusform>%1 (%n keystores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added automatically for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keystore Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keystore File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node selected: balances unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances on %1 at height %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallets yet. A wallet is a keystore file, as the AITBC command line writes them. Add the folder that holds yours, create a new wallet, or start the demo network, which comes with funded wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second dashboard window with its own leader, follower and funded wallets on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked wallets lock in %n second(s) for lack of activity. Move the mouse or press a key to keep them unlocked.</source>
        <translation>
            <numerusform>Unlocked wallets lock in %n second for lack of activity. Move the mouse or press a key to keep them unlocked.</numerusform>
            <numerusform>Unlocked wallets lock in %n seconds for lack of activity. Move the mouse or press a key to keep them unlocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wallets were locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Wallets were locked after %n minute without activity.</numerusform>
            <numerusform>Wallets were locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallets were locked after a time without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of wallet “%1” was changed. Copies of the keystore file made before (backups) still open with the old password only: replace them with the current file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet created in %1. Back up this file now, to another disk or device, and keep its password: the file holds the only copy of the key, and neither the key nor the password can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::Authorship</name>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged (%1)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>not sent: %1 has no valid agent card with an encryption key on this chain, and an encrypted message is never sent in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aitbc::messaging::Responder</name>
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
        <source>Could not queue the reply to %1; will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder started for %1 (%2 rule(s), from height %3; answering %4%5; at most %6 replies and %7 per sender per %8 s; fee budget %9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified messages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified and unsigned messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> from %n allowed sender(s)</source>
        <translation>
            <numerusform> from %n allowed sender</numerusform>
            <numerusform> from %n allowed senders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorship unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 (%2) is on chain (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the reply to %1 (%2): %3; sending it again in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the reply to %1 (%2) again (retry %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 (%3) at height %4 is already answered on chain (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 (%3) at height %4 already has a reply in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering &quot;%1&quot; from %2 (%3) at height %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &quot;%1&quot; from %2 (%3) at height %4: replying &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging %1 message(s) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering the status request from %1 (%2) at height %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the status report for %1; will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status request from %1 (%2) at height %3: reporting height %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (node unavailable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted message from %1 at height %2 cannot be opened (%3); not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
