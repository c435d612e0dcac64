// The frontend's entry point for the runtime: source text -> code object.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace coil::frontend {

// Parses and compiles `source`. mode is "exec", "eval" or "single"; flags
// are compile()'s (CO_FUTURE_* bits are honoured); optimize is -O's level
// (-1 means the interpreter's). Returns a new code object, or nullptr with
// SyntaxError/IndentationError/TabError (msg, filename, lineno, offset,
// text, end_lineno, end_offset) or another exception set.
Object* compile_source(std::string_view source, Object* filename, const char* mode, int flags, int optimize);

// compile() of an `ast` tree (lib/_ast.py's classes): validated, converted
// and compiled; with PyCF_ONLY_AST the tree itself. TypeError for any other
// object.
Object* compile_object(Object* tree, Object* filename, const char* mode, int flags, int optimize);

// Installs compile_source/compile_object as Interpreter::main()->compile_hook.
void frontend_register();

} // namespace coil::frontend
