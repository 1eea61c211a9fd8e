#pragma once

#include "util/when_finished.h"

namespace aitbc::messaging {

using util::whenFinished;

} // namespace aitbc::messaging
