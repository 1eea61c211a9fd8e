#include "command_table.h"

namespace aitbc::cli {

QList<Command> commands() {
    QList<Command> all;
    for (QList<Command> (*group)() :
         {agentCommands, askStatusCommands, daemonCommands, keystoreCommands, messageCommands,
          messagesCommands, nodeCommands, outboxCommands, serviceCommands, syncCommands, txCommands})
        all += group();
    return all;
}

} // namespace aitbc::cli
