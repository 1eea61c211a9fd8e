#pragma once

#include "cli.h"

#include <QList>

namespace aitbc::cli {

// One function per cmd_*.cpp file, each returning the commands that file implements.
QList<Command> agentCommands();
QList<Command> askStatusCommands();
QList<Command> daemonCommands();
QList<Command> keystoreCommands();
QList<Command> messageCommands();
QList<Command> messagesCommands();
QList<Command> nodeCommands();
QList<Command> outboxCommands();
QList<Command> serviceCommands();
QList<Command> syncCommands();
QList<Command> txCommands();

/// Every command of aitbc-agent: the table main() looks commands up in and prints the usage from.
QList<Command> commands();

} // namespace aitbc::cli
