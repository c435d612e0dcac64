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
// With parse_objects, *parse_objects receives the list of parse objects
// (see compile_module) for the caller to keep while the code runs.
Object* compile_source(std::string_view source, Object* filename, const char* mode, int flags, int optimize,
                       Object** parse_objects = nullptr);

// The checks CPython makes on a script file's bytes before parsing it
// (tokenizer.h: check_script_bytes). Returns 0, or -1 with SyntaxError set.
int check_script_source(std::string_view raw, Object* filename);

// compile() of an `ast` tree (lib/_ast.py's classes): validated, converted
// and compiled; with PyCF_ONLY_AST the tree itself. TypeError for any other
// object.
Object* compile_object(Object* tree, Object* filename, const char* mode, int flags, int optimize);

// Installs compile_source/compile_object as Interpreter::main()->compile_hook.
void frontend_register();

} // namespace coil::frontend
