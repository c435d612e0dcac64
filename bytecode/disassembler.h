// Text disassembly of code objects, identical to CPython 3.11's dis.dis()
// (show_caches=False, adaptive=False).
#pragma once

#include <string>

#include "runtime/object.h"

namespace coil::bytecode {

// Appends the disassembly of `code` (a CodeObject) to `out`; with
// `recursive`, nested code objects in co_consts follow as
// "Disassembly of <code object ...>:" sections, as dis.dis does.
// Returns false with a Python exception set if a constant's repr fails.
bool disassemble(Object* code, std::string& out, bool recursive = true);

} // namespace coil::bytecode
