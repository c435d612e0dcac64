// Symbol tables: which names a block binds and how every name resolves
// (CPython 3.11's symtable semantics).
//
// Invariants
// - One Scope per module, class, function, lambda and comprehension (3.11
//   compiles comprehensions as nested functions), keyed by the AST node that
//   opens it (FunctionDef, ClassDef, Lambda, *Comp/GeneratorExp, Mod).
// - `symbols` keeps first-seen order; names are stored mangled.
// - Parameters appear in `varnames` in CPython's order: positional-only,
//   positional, keyword-only, *args, **kwargs.
// - After analysis every symbol has exactly one resolved ScopeKind.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/parser.h"

namespace coil::frontend {

enum SymFlags : int {
  DEF_GLOBAL = 1,
  DEF_LOCAL = 2,
  DEF_PARAM = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_FREE = 32,
  DEF_FREE_CLASS = 64,
  DEF_IMPORT = 128,
  DEF_ANNOT = 256,
  DEF_COMP_ITER = 512,
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

enum class ScopeKind { Unknown = 0, Local, GlobalExplicit, GlobalImplicit, Free, Cell };
enum class BlockType { Function, Class, Module };

struct Scope {
  std::string name;
  BlockType type = BlockType::Module;
  const ast::Node* key = nullptr;
  std::vector<std::string> order; // symbol names in first-seen order
  std::unordered_map<std::string, int> flags;
  std::unordered_map<std::string, ScopeKind> scopes;
  std::vector<std::string> varnames; // parameters
  std::vector<Scope*> children;
  std::string private_name; // enclosing class name for mangling, empty if none
  bool nested = false, generator = false, coroutine = false, comprehension = false;
  bool varargs = false, varkeywords = false;
  bool free = false, child_free = false;
  bool needs_class_closure = false;
  bool returns_value = false;
  int lineno = 0, col_offset = 0;
  int comp_iter_target = 0; // visiting a comprehension target
  int comp_iter_expr = 0;   // visiting a comprehension iterable

  ScopeKind scope_of(const std::string& name) const {
    auto it = scopes.find(name);
    return it == scopes.end() ? ScopeKind::Unknown : it->second;
  }
  int flags_of(const std::string& name) const {
    auto it = flags.find(name);
    return it == flags.end() ? 0 : it->second;
  }
};

class SymbolTable {
public:
  // Builds and analyses the table for `mod`. Returns false and fills `error`.
  bool build(ast::Mod* mod, const std::string& filename, SyntaxErrorInfo& error,
             bool future_annotations = false);
  Scope* lookup(const ast::Node* key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : it->second;
  }
  Scope* top() const { return top_; }

private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> all_;
  std::unordered_map<const ast::Node*, Scope*> by_key_;
  Scope* top_ = nullptr;
};

// CPython's private-name mangling (_Py_Mangle): "__x" in class C is "_C__x".
std::string mangle(const std::string& private_name, const std::string& name);

} // namespace coil::frontend
