// Compiler driver: compilation units (one per code object), blocks,
// constants/names tables, name resolution to opcodes, error reporting.
//
// Invariants
// - `u_` is the unit being compiled; `stack_` holds the enclosing ones.
// - Constants are deduplicated by const_key (type + value, recursively for
//   tuples/frozensets), so 0, 0.0, False and -0.0 stay distinct as in CPython.
// - Errors are thrown as CompileError after filling err_ and caught in
//   Compiler::compile; no C++ exception crosses the public API.
#include <algorithm>
#include <cstring>

#include "bytecode/opcodes.h"
#include "frontend/compiler_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::frontend {

using namespace bytecode;

bool op_has_target(int op) {
  if (op >= 256)
    return op != POP_BLOCK;
  return bytecode::is_jump(op) || op == FOR_ITER || op == SEND;
}
bool op_is_uncond_jump(int op) {
  return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD ||
         op == JUMP_BACKWARD_NO_INTERRUPT;
}
bool op_is_scope_exit(int op) {
  return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

int pseudo_stack_effect(int op, int oparg, bool jump) {
  switch (op) {
  case SETUP_FINALLY:
    return jump ? 1 : 0;
  case SETUP_CLEANUP:
    return jump ? 2 : 0;
  case SETUP_WITH:
    return jump ? 1 : 0;
  case POP_BLOCK:
  case JUMP:
  case JUMP_NO_INTERRUPT:
    return 0;
  case POP_JUMP_IF_FALSE:
  case POP_JUMP_IF_TRUE:
  case POP_JUMP_IF_NONE:
  case POP_JUMP_IF_NOT_NONE:
    return -1;
  default:
    return bytecode::stack_effect(op, oparg, jump);
  }
}

bool Block::nofallthrough() const {
  if (instrs.empty())
    return false;
  int op = instrs.back().op;
  return op_is_scope_exit(op) || op_is_uncond_jump(op);
}
bool Block::exits_scope() const {
  return !instrs.empty() && op_is_scope_exit(instrs.back().op);
}

Unit::~Unit() {
  for (Object* o : consts)
    decref(o);
}

// ---------------------------------------------------------------- const keys

std::string const_key(Object* o) {
  char buf[64];
  if (o == None)
    return "N";
  if (o == Ellipsis)
    return "E";
  if (o == True)
    return "T";
  if (o == False)
    return "F";
  if (int_check_exact(o))
    return "i" + int_to_string(o, 16);
  if (float_check_exact(o)) {
    double d = float_value(o);
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    snprintf(buf, sizeof buf, "f%016llx", (unsigned long long)bits);
    return buf;
  }
  if (o->type == &ComplexType) {
    auto* c = static_cast<ComplexObject*>(o);
    uint64_t a, b;
    std::memcpy(&a, &c->real, 8);
    std::memcpy(&b, &c->imag, 8);
    snprintf(buf, sizeof buf, "c%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
    return buf;
  }
  if (str_check_exact(o)) {
    std::string k = "s";
    ssize n = str_length(o);
    for (ssize i = 0; i < n; i++) {
      uint32_t cp = str_char_at(o, i);
      k.append(reinterpret_cast<const char*>(&cp), 4);
    }
    return k;
  }
  if (o->type == &BytesType)
    return "b" + std::string(bytes_view(o));
  if (tuple_check_exact(o)) {
    std::string k = "t(";
    for (ssize i = 0; i < tuple_size(o); i++) {
      std::string sub = const_key(tuple_get(o, i));
      k += std::to_string(sub.size()) + ":" + sub;
    }
    return k + ")";
  }
  if (o->type == &FrozenSetType) {
    std::vector<std::string> keys;
    ssize pos = 0;
    Object* key;
    hash_t h;
    while (set_next(o, &pos, &key, &h))
      keys.push_back(const_key(key));
    std::sort(keys.begin(), keys.end());
    std::string k = "z(";
    for (auto& s : keys)
      k += std::to_string(s.size()) + ":" + s;
    return k + ")";
  }
  snprintf(buf, sizeof buf, "p%p", static_cast<void*>(o));
  return buf;
}

// ---------------------------------------------------------------- errors

void Compiler::error(const std::string& msg) {
  err_.type = "SyntaxError";
  err_.message = msg;
  err_.lineno = u_ ? u_->loc.line : 0;
  err_.offset = u_ ? u_->loc.col + 1 : 0;
  err_.end_lineno = u_ ? u_->loc.end_line : 0;
  err_.end_offset = u_ ? u_->loc.end_col + 1 : 0;
  throw CompileError{};
}

void Compiler::error_at(const ast::Node* n, const std::string& msg) {
  set_loc(n);
  error(msg);
}

void Compiler::fail_runtime() {
  err_.message.clear();
  throw CompileError{};
}

// ---------------------------------------------------------------- units

void Compiler::enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int lineno) {
  auto unit = std::make_unique<Unit>();
  Unit* u = unit.get();
  u->ste = st_.lookup(key);
  u->scope_type = type;
  u->name = name;
  u->firstlineno = lineno;
  if (u_)
    u->private_name = u_->private_name;
  if (!u->ste)
    error("internal error: missing symbol table entry");
  for (auto& v : u->ste->varnames) {
    u->varnames_idx[v] = int(u->varnames.size());
    u->varnames.push_back(v);
  }
  std::vector<std::string> cells, frees;
  for (auto& n : u->ste->order) {
    ScopeKind k = u->ste->scope_of(n);
    if (k == ScopeKind::Cell)
      cells.push_back(n);
    if (k == ScopeKind::Free || (u->ste->flags_of(n) & DEF_FREE_CLASS))
      frees.push_back(n);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (u->ste->needs_class_closure)
    cells.push_back("__class__");
  for (auto& n : cells) {
    u->cellvars_idx[n] = int(u->cellvars.size());
    u->cellvars.push_back(n);
  }
  for (auto& n : frees) {
    u->freevars_idx[n] = int(u->freevars.size());
    u->freevars.push_back(n);
  }
  if (u_)
    stack_.push_back(std::move(unit));
  else
    stack_.push_back(std::move(unit));
  u_ = u;
  u->entry = new_block();
  u->cur = u->entry;

  // __qualname__
  if (type != ScopeType::Module && stack_.size() > 1) {
    Unit* parent = stack_[stack_.size() - 2].get();
    std::string base;
    bool global = false;
    if (type == ScopeType::Function || type == ScopeType::AsyncFunction || type == ScopeType::Class) {
      std::string mangled = mangle(parent->private_name, name);
      if (parent->ste->scope_of(mangled) == ScopeKind::GlobalExplicit)
        global = true;
    }
    if (!global && parent->scope_type != ScopeType::Module) {
      if (parent->scope_type == ScopeType::Function || parent->scope_type == ScopeType::AsyncFunction ||
          parent->scope_type == ScopeType::Lambda)
        base = parent->qualname + ".<locals>";
      else
        base = parent->qualname;
    }
    u->qualname = base.empty() ? name : base + "." + name;
  } else {
    u->qualname = name;
  }

  if (type == ScopeType::Module)
    u->loc = Location{0, 1, 0, 0};
  else
    u->loc = Location{lineno, lineno, 0, 0};
  addop(RESUME, 0);
  if (type == ScopeType::Module)
    u->loc = Location{-1, -1, -1, -1};
}

Object* Compiler::exit_scope_assemble(bool add_none) {
  Object* code = assemble_unit(*this, u_, add_none);
  stack_.pop_back();
  u_ = stack_.empty() ? nullptr : stack_.back().get();
  if (!code)
    fail_runtime();
  return code;
}

Block* Compiler::new_block() {
  auto b = std::make_unique<Block>();
  Block* raw = b.get();
  raw->id = int(u_->blocks.size());
  if (!u_->blocks.empty())
    u_->blocks.back()->alloc_next = raw;
  u_->blocks.push_back(std::move(b));
  return raw;
}

void Compiler::use_next_block(Block* b) {
  u_->cur->next = b;
  u_->cur = b;
}

// A jump or scope exit ends its block: later instructions start a new one.
static bool ends_block(Block* b) {
  if (b->instrs.empty())
    return false;
  int op = b->instrs.back().op;
  return (op_has_target(op) && !is_block_push(op) && op != POP_BLOCK) || op_is_scope_exit(op);
}

void Compiler::addop(int op, int arg) {
  if (ends_block(u_->cur))
    next_block();
  Instr i;
  i.op = op;
  i.arg = arg;
  i.loc = u_->loc;
  u_->cur->instrs.push_back(i);
}

void Compiler::addop_jump(int op, Block* target) {
  if (ends_block(u_->cur))
    next_block();
  Instr i;
  i.op = op;
  i.target = target;
  i.loc = u_->loc;
  u_->cur->instrs.push_back(i);
}

ConstCache::~ConstCache() {
  for (auto& kv : map_)
    decref(kv.second);
}

Object* ConstCache::merge(Object* o) {
  std::string k = const_key(o);
  auto it = map_.find(k);
  if (it != map_.end())
    return newref(it->second);
  Object* result = nullptr;
  if (tuple_check_exact(o)) {
    // Items are replaced in place by their shared equals, as CPython's
    // merge_consts_recursive does: the tuple stays the object the folder made
    // (the one the parse-object list holds), only fresh constants reach here.
    ssize n = tuple_size(o);
    for (ssize i = 0; i < n; i++) {
      Object* old = tuple_get(o, i);
      Object* item = merge(old);
      if (!item)
        return nullptr;
      if (item != old) {
        tuple_set(o, i, item);
        decref(old);
      } else {
        decref(item);
      }
    }
    result = newref(o);
  } else if (o->type == &FrozenSetType && set_size(o) > 0) {
    // Rebuilt from its iteration order (which can change what repr shows).
    Object* items = tuple_new(set_size(o));
    if (!items)
      return nullptr;
    ssize pos = 0, i = 0;
    Object* key;
    hash_t h;
    while (set_next(o, &pos, &key, &h)) {
      Object* item = merge(key);
      if (!item) {
        decref(items);
        return nullptr;
      }
      tuple_set(items, i++, item);
    }
    result = frozenset_new(items);
    decref(items);
    if (!result)
      return nullptr;
  } else {
    result = newref(o);
  }
  map_.emplace(std::move(k), newref(result));
  return result;
}

int Compiler::add_const(Object* o) {
  std::string k = const_key(o);
  auto it = u_->const_index.find(k);
  if (it != u_->const_index.end())
    return it->second;
  Object* c = const_cache_.merge(o);
  if (!c)
    fail_runtime();
  int idx = int(u_->consts.size());
  u_->consts.push_back(c);
  u_->const_index[k] = idx;
  return idx;
}

void Compiler::addop_load_const(Object* o) {
  addop(LOAD_CONST, add_const(o));
}
void Compiler::addop_load_const_new(Object* o) {
  if (!o)
    fail_runtime();
  int idx = add_const(o);
  decref(o);
  addop(LOAD_CONST, idx);
}

int Compiler::add_name(const std::string& name) {
  auto it = u_->names_idx.find(name);
  if (it != u_->names_idx.end())
    return it->second;
  int idx = int(u_->names.size());
  u_->names.push_back(name);
  u_->names_idx[name] = idx;
  return idx;
}

void Compiler::addop_name(int op, const std::string& name, bool mangle_it) {
  int idx = add_name(mangle_it ? mangle_name(name) : name);
  if (op == LOAD_GLOBAL)
    idx <<= 1;
  addop(op, idx);
}

ScopeKind Compiler::scope_of(const std::string& mangled) {
  return u_->ste->scope_of(mangled);
}

int Compiler::lookup_arg(const std::string& name) {
  // Raw cell/free index (cells first, then frees); the assembler maps it to
  // the localsplus index once all plain locals are known.
  auto c = u_->cellvars_idx.find(name);
  if (c != u_->cellvars_idx.end())
    return c->second;
  auto f = u_->freevars_idx.find(name);
  if (f != u_->freevars_idx.end())
    return int(u_->cellvars.size()) + f->second;
  error("internal error: no cell/free slot for '" + name + "'");
}

void Compiler::forbidden_name(const std::string& name, ast::ExprContext ctx) {
  if (name != "__debug__")
    return;
  if (ctx == ast::ExprContext::Store)
    error("cannot assign to __debug__");
  if (ctx == ast::ExprContext::Del)
    error("cannot delete __debug__");
}

void Compiler::nameop(const std::string& raw, ast::ExprContext ctx) {
  forbidden_name(raw, ctx);
  std::string name = mangle_name(raw);
  enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
  ScopeKind scope = scope_of(name);
  bool is_function = u_->ste->type == BlockType::Function;
  int arg = 0;
  switch (scope) {
  case ScopeKind::Free: {
    // A class body can hold a name both as its own cell and as a free
    // variable (__class__ of an enclosing class); a free name refers to the
    // free slot.
    optype = OP_DEREF;
    auto f = u_->freevars_idx.find(name);
    arg = f != u_->freevars_idx.end() ? int(u_->cellvars.size()) + f->second : lookup_arg(name);
    break;
  }
  case ScopeKind::Cell:
    optype = OP_DEREF;
    arg = lookup_arg(name);
    break;
  case ScopeKind::Local:
    if (is_function)
      optype = OP_FAST;
    break;
  case ScopeKind::GlobalImplicit:
    if (is_function)
      optype = OP_GLOBAL;
    break;
  case ScopeKind::GlobalExplicit:
    optype = OP_GLOBAL;
    break;
  default:
    break;
  }
  using ast::ExprContext;
  switch (optype) {
  case OP_DEREF: {
    int op = ctx == ExprContext::Load    ? (u_->ste->type == BlockType::Class ? LOAD_CLASSDEREF : LOAD_DEREF)
             : ctx == ExprContext::Store ? STORE_DEREF
                                         : DELETE_DEREF;
    addop(op, arg);
    return;
  }
  case OP_FAST: {
    auto it = u_->varnames_idx.find(name);
    int idx;
    if (it == u_->varnames_idx.end()) {
      idx = int(u_->varnames.size());
      u_->varnames.push_back(name);
      u_->varnames_idx[name] = idx;
    } else {
      idx = it->second;
    }
    addop(ctx == ExprContext::Load ? LOAD_FAST : ctx == ExprContext::Store ? STORE_FAST : DELETE_FAST, idx);
    return;
  }
  case OP_GLOBAL: {
    int idx = add_name(name);
    if (ctx == ExprContext::Load)
      addop(LOAD_GLOBAL, idx << 1);
    else
      addop(ctx == ExprContext::Store ? STORE_GLOBAL : DELETE_GLOBAL, idx);
    return;
  }
  case OP_NAME: {
    int idx = add_name(name);
    addop(ctx == ExprContext::Load ? LOAD_NAME : ctx == ExprContext::Store ? STORE_NAME : DELETE_NAME, idx);
    return;
  }
  }
}

void Compiler::push_fblock(FBlockType t, Block* b, Block* exit, const void* datum) {
  if (u_->fblocks.size() >= 20)
    error("too many statically nested blocks");
  u_->fblocks.push_back(FBlock{t, b, exit, datum});
}
void Compiler::pop_fblock() {
  u_->fblocks.pop_back();
}

// ---------------------------------------------------------------- entry

Object* Compiler::compile(ast::Mod* mod) {
  std::string fname = str_to_std(filename_);
  err_.filename = fname;
  try {
    bool fut = (opts_.flags & CO_FUTURE_ANNOTATIONS) != 0;
    if (mod->kind != ast::ModKind::Expression && !parse_future(mod, fut))
      return nullptr;
    if (fut)
      future_flags_ |= CO_FUTURE_ANNOTATIONS;
    if (!st_.build(mod, fname, err_, fut))
      return nullptr;
    enter_scope("<module>", ScopeType::Module, mod, 1);
    Object* code = nullptr;
    switch (mod->kind) {
    case ast::ModKind::Module:
      body(mod->body, true);
      code = exit_scope_assemble(true);
      break;
    case ast::ModKind::Interactive:
      interactive_ = true;
      visit_stmts(mod->body);
      code = exit_scope_assemble(true);
      break;
    case ast::ModKind::Expression:
      visit_expr(mod->expr);
      code = exit_scope_assemble(false);
      break;
    }
    return code;
  } catch (CompileError&) {
    stack_.clear();
    u_ = nullptr;
    return nullptr;
  }
}

// CPython's future.c: leading `from __future__ import ...` statements
// (after an optional docstring) select features; unknown ones are errors.
bool Compiler::parse_future(ast::Mod* mod, bool& annotations) {
  auto& body = mod->body;
  size_t i = 0;
  if (!body.empty() && body[0]->kind == ast::StmtKind::Expr &&
      static_cast<ast::ExprStmt*>(body[0])->value->kind == ast::ExprKind::Constant) {
    auto& v = static_cast<ast::Constant*>(static_cast<ast::ExprStmt*>(body[0])->value)->value;
    if (v.kind == ast::ConstantValue::Kind::Str)
      i = 1;
  }
  bool done = false;
  int prev_line = 0;
  auto fail = [&](ast::Stmt* st, const std::string& msg, int offset) {
    err_.type = "SyntaxError";
    err_.message = msg;
    err_.lineno = err_.end_lineno = st->lineno;
    err_.offset = err_.end_offset = offset;
    return false;
  };
  for (; i < body.size(); i++) {
    ast::Stmt* st = body[i];
    if (done && st->lineno > prev_line)
      return true;
    prev_line = st->lineno;
    if (st->kind == ast::StmtKind::ImportFrom && static_cast<ast::ImportFrom*>(st)->has_module &&
        static_cast<ast::ImportFrom*>(st)->module == "__future__") {
      if (done)
        return fail(st, "from __future__ imports must occur at the beginning of the file", st->col_offset);
      for (auto* a : static_cast<ast::ImportFrom*>(st)->names) {
        const std::string& f = a->name;
        if (f == "nested_scopes" || f == "generators" || f == "division" || f == "absolute_import" ||
            f == "with_statement" || f == "print_function" || f == "unicode_literals" ||
            f == "generator_stop" || f == "barry_as_FLUFL")
          continue;
        if (f == "annotations") {
          annotations = true;
          continue;
        }
        if (f == "braces")
          return fail(st, "not a chance", st->col_offset + 1);
        return fail(st, "future feature " + f + " is not defined", st->col_offset + 1);
      }
      future_lineno_ = st->lineno;
    } else {
      done = true;
    }
  }
  return true;
}

Object* compile_module(ast::Mod* mod, ast::Arena& arena, Object* filename, const CompileOptions& opts,
                       SyntaxErrorInfo& error, std::vector<Object*>* parse_objects) {
  bool fut = (opts.flags & CO_FUTURE_ANNOTATIONS) != 0;
  if (mod->kind != ast::ModKind::Expression) {
    size_t i = 0;
    auto& b = mod->body;
    if (!b.empty() && b[0]->kind == ast::StmtKind::Expr &&
        static_cast<ast::ExprStmt*>(b[0])->value->kind == ast::ExprKind::Constant)
      i = 1;
    for (; i < b.size() && b[i]->kind == ast::StmtKind::ImportFrom; i++) {
      auto* f = static_cast<ast::ImportFrom*>(b[i]);
      if (!f->has_module || f->module != "__future__")
        break;
      for (auto* a : f->names)
        if (a->name == "annotations")
          fut = true;
    }
  }
  std::vector<Object*> local;
  std::vector<Object*>& objs = parse_objects ? *parse_objects : local;
  struct DropLocal {
    std::vector<Object*>& v;
    ~DropLocal() {
      for (Object* o : v)
        decref(o);
    }
  } drop{local};
  // CPython's parser interns every identifier (string constants equal to one
  // are then replaced by it when code objects intern their constants).
  for (auto& [id, uses] : arena.name_uses) {
    Object* s = str_intern_utf8(id);
    if (!s)
      return nullptr;
    objs.push_back(s);
    for (int i = 1; i < uses; i++)
      objs.push_back(newref(s));
  }
  if (!fold_constants(mod, arena, opts.optimize, fut, &objs)) {
    error.message.clear();
    return nullptr;
  }
  Compiler c(filename, opts, error);
  return c.compile(mod);
}

} // namespace coil::frontend
