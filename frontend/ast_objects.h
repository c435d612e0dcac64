// The `ast` module's objects <-> the frontend's AST (frontend/ast.h).
//
// The node classes are Python classes defined by lib/_ast.py; both
// directions find them by name in that module's namespace (a dict), so the
// frontend needs nothing from the interpreter.
#pragma once

#include "frontend/ast.h"
#include "runtime/object.h"

namespace coil::frontend {

// CPython's compile() flag asking for the tree instead of code.
constexpr int PyCF_ONLY_AST = 0x400;

// A Python tree (Module/Expression/Interactive instances) for `mod`.
// `ns` is lib/_ast.py's module dict. New reference, nullptr with an error.
Object* ast_to_object(const ast::Mod* mod, Object* ns);

// A frontend tree from a Python one, checked as CPython's obj2ast and
// PyAST_Validate do (same exception types and messages). `mode` is "exec",
// "eval" or "single" (the node type it requires). nullptr with an error.
ast::Mod* ast_from_object(Object* tree, Object* ns, const char* mode, ast::Arena& arena);

// The Python object of a literal (new reference).
Object* constant_value_object(const ast::ConstantValue& v);

} // namespace coil::frontend
