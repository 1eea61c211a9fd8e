#pragma once

#include "util/error.h"

#include <QtGlobal>

namespace aitbc::test {

/// For `QVERIFY(test::succeeded(node.start()))`: a failure is logged with its message first, so the test
/// output says why, not only that.
template <typename T, typename E> bool succeeded(const Result<T, E>& result) {
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result.ok();
}

} // namespace aitbc::test
