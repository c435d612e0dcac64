// Serialisation of code objects and constants in the format of CPython's
// `marshal` module (version 4 and older), used by the `marshal` module and
// the bytecode cache (interp/pycache.cpp).
//
// Invariants
// - Data values (None, bools, ints, floats, complex, str, bytes, tuples,
//   lists, dicts, sets, frozensets, Ellipsis, StopIteration) produce the
//   bytes CPython 3.11 produces: same type codes, FLAG_REF on objects whose
//   reference count is not 1 (version >= 3), back-references for repeats,
//   set elements sorted by their own serialisation.
// - Code objects use CPython 3.11's TYPE_CODE field order (argcount,
//   posonlyargcount, kwonlyargcount, stacksize, flags, co_code, consts,
//   names, localsplusnames, localspluskinds, filename, name, qualname,
//   firstlineno, linetable, exceptiontable); the bytes differ from CPython's
//   only where Coil's compiler emits different code.
// - The reader never trusts a length field: it allocates in proportion to
//   the bytes actually present, bounds recursion at MARSHAL_MAX_DEPTH, and
//   reports every defect as CPython's exception (ValueError "bad marshal
//   data (...)", EOFError, TypeError "NULL object in marshal data for ...").
// - Unlike CPython, a back-reference to a tuple, frozenset or code object
//   that is still being read is "bad marshal data (invalid reference)", so
//   hostile data cannot build a tuple containing itself (whose hash or
//   comparison would recurse without end).
// - Code objects read back are checked for internal consistency (field
//   types, localsplus sizes, argument counts against locals) and their
//   bytecode is verified (verify_code) before code_new.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil::bytecode {

constexpr int MARSHAL_VERSION = 4; // marshal.version
constexpr int MARSHAL_MAX_DEPTH = 2000;

// Appends the serialisation of `obj` to `out`. Returns false with an
// exception set (ValueError "unmarshallable object" / "object too deeply
// nested to marshal").
bool marshal_write(Object* obj, int version, std::string& out);
// marshal.dumps: a new bytes object, or nullptr with an exception set.
Object* marshal_dumps(Object* obj, int version);
// Reads one object from the start of `data`; *consumed (if given) receives
// the number of bytes used. New reference, or nullptr with an exception set.
Object* marshal_read(std::string_view data, size_t* consumed);
// marshal.load: reads one object from a binary file, calling file.read(n)
// for exactly the bytes needed (later objects stay in the file).
Object* marshal_read_file(Object* file);

// Checks that a code object's bytecode can be run safely: valid opcodes
// followed by their inline caches, EXTENDED_ARG chains, operands within
// co_consts/co_names/localsplus, jump targets inside the code, and a stack
// that never goes below zero nor above co_stacksize on any path. Returns
// false with ValueError "bad marshal data (...)" set otherwise.
bool verify_code(Object* code);

} // namespace coil::bytecode
