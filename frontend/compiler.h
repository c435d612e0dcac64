// AST -> code objects (CPython 3.11's compiler, flow-graph optimiser and
// assembler). Public entry point of the code generator.
#pragma once

#include <string>

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "runtime/object.h"

namespace coil::frontend {

enum class CompileMode { Exec, Eval, Single };

struct CompileOptions {
  CompileMode mode = CompileMode::Exec;
  int optimize = 0; // -O level: 1 drops asserts and __debug__ code, 2 also docstrings
  int flags = 0;    // compile() flags (CO_FUTURE_ANNOTATIONS...)
  bool interactive = false;
};

// Folds constants in place as CPython 3.11's AST optimiser (ast_opt.c).
// Returns false with a Python exception set on failure (memory only).
// Annotations are left alone under `from __future__ import annotations`.
// With parse_objects, each number/string/bytes literal first gets the object
// CPython's parser would have made for it (appended, owned, to the list).
bool fold_constants(ast::Mod* mod, ast::Arena& arena, int optimize, bool future_annotations = false,
                    std::vector<Object*>* parse_objects = nullptr);

// Compiles a parsed module. Returns a new CodeObject, or nullptr and fills
// `error` (a SyntaxError found by the symbol table or the compiler). A
// non-syntax failure (memory) leaves a Python exception set and error.message empty.
//
// parse_objects receives (owned references) what CPython 3.11's parser puts
// in its arena: the interned identifier once per NAME occurrence
// (arena.name_uses) and one object per number, string or bytes literal,
// which is the object co_consts then holds unless an equal constant came
// first. CPython keeps that arena alive while it runs the main script and
// exec()/eval() source, which sys.getrefcount of a constant shows; the
// caller does the same by keeping the list. With nullptr the references are
// dropped when compilation ends (compile(), imports).
Object* compile_module(ast::Mod* mod, ast::Arena& arena, Object* filename, const CompileOptions& opts,
                       SyntaxErrorInfo& error, std::vector<Object*>* parse_objects = nullptr);

} // namespace coil::frontend
