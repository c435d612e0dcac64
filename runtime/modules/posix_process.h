// The process functions of the `posix` module (posix_process.cpp).
#pragma once

#include "runtime/object.h"

namespace coil {

// Adds fork, register_at_fork, wait, waitpid, the W* status functions and
// the WNOHANG/WUNTRACED/WCONTINUED constants to the posix module. 0/-1.
int posix_add_process_functions(Object* module);

} // namespace coil
