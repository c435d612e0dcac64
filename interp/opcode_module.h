// The `_opcode` native module (interp/opcode_module.cpp): opcode tables for
// lib/opcode.py and lib/dis.py, generated from bytecode/opcodes.def.
#pragma once

namespace coil::interp {

// The module's import name. coil_interp is a plain static library, so the
// object file that registers `_opcode` is linked only when something refers
// to it: the executable refers to this symbol (cli/subcommands.cpp).
extern const char* const opcode_module_name;

} // namespace coil::interp
