#include "chain/types.h"

namespace aitbc::chain {

QString protocolName(Protocol p) {
    switch (p) {
    case Protocol::April:
        return QStringLiteral("april");
    case Protocol::Ref:
        return QStringLiteral("ref");
    case Protocol::Head:
        return QStringLiteral("head");
    case Protocol::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace aitbc::chain
