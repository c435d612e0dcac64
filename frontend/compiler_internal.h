// Internal state of the code generator, shared by the compiler*.cpp files.
//
// Invariants
// - Code is generated into a control-flow graph of Blocks; pseudo opcodes
//   (values >= 256) stand for jumps whose direction is not yet known and for
//   exception-block setup/teardown, exactly as CPython 3.11's compile.c.
// - Every instruction carries the source location that was current when it
//   was emitted; line -1 means "artificial" (filled in by propagation).
// - The assembler (compiler_flowgraph.cpp) turns the graph into code units,
//   the line table and the exception table.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"
#include "frontend/compiler.h"
#include "frontend/symtable.h"

namespace coil::frontend {

using bytecode::Location;

enum PseudoOp : int {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
};

inline bool is_pseudo_jump(int op) {
  return op >= JUMP && op <= POP_JUMP_IF_NOT_NONE;
}
inline bool is_block_push(int op) {
  return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
}
bool op_has_target(int op);
bool op_is_uncond_jump(int op);
bool op_is_scope_exit(int op); // RETURN_VALUE, RAISE_VARARGS, RERAISE
int pseudo_stack_effect(int op, int oparg, bool jump);

struct Block;

struct Instr {
  int op = 0;
  int arg = 0;
  Block* target = nullptr;
  Location loc;
  Block* except = nullptr; // handler, filled by label_exception_targets
};

struct Block {
  std::vector<Instr> instrs;
  Block* next = nullptr; // layout order / fall-through successor
  Block* alloc_next = nullptr;
  int predecessors = 0;
  int startdepth = -1000000;
  int offset = 0;
  bool visited = false;
  bool except_handler = false;
  bool preserve_lasti = false;
  bool cold = false;
  bool warm = false;
  int id = 0;
  Instr* last() { return instrs.empty() ? nullptr : &instrs.back(); }
  bool nofallthrough() const;
  bool exits_scope() const;
};

enum class FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator
};
struct FBlock {
  FBlockType type;
  Block* block;
  Block* exit;
  const void* datum; // finally body (vector<Stmt*>*), with stmt, or handler name (std::string*)
};

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// One compilation's constant cache: every code object compiled together
// shares one object per equal constant (const_key), recursively inside
// tuples and frozensets, as CPython's compiler-wide constant merging.
class ConstCache {
public:
  ConstCache() = default;
  ConstCache(const ConstCache&) = delete;
  ConstCache& operator=(const ConstCache&) = delete;
  ~ConstCache();
  // The shared object equal to `o` (new reference; nullptr with an exception
  // set on error). The first time a non-empty frozenset is seen it is rebuilt
  // from its iteration order with merged items, as CPython does.
  Object* merge(Object* o);

private:
  std::unordered_map<std::string, Object*> map_; // owned references
};

// One code object being compiled.
struct Unit {
  Scope* ste = nullptr;
  ScopeType scope_type = ScopeType::Module;
  std::string name, qualname, private_name;
  std::vector<std::unique_ptr<Block>> blocks;
  Block* entry = nullptr;
  Block* cur = nullptr;
  // name tables: value -> index, in insertion order
  std::vector<Object*> consts; // owned references
  std::unordered_map<std::string, int> const_index;
  std::vector<std::string> names, varnames, cellvars, freevars;
  std::unordered_map<std::string, int> names_idx, varnames_idx, cellvars_idx, freevars_idx;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 0;
  Location loc;
  std::vector<FBlock> fblocks;
  bool in_inlined_comp = false;
  ~Unit();
};

class Compiler {
public:
  Compiler(Object* filename, const CompileOptions& opts, SyntaxErrorInfo& err)
      : filename_(filename), opts_(opts), err_(err) {}
  Object* compile(ast::Mod* mod);

  // ---- error handling (a thrown CompileError unwinds to compile())
  struct CompileError {};
  [[noreturn]] void error(const std::string& msg);
  [[noreturn]] void error_at(const ast::Node* n, const std::string& msg);
  [[noreturn]] void fail_runtime(); // a Python exception is already set

  // ---- compile-time SyntaxWarnings (compiler_warnings.cpp)
  void warn(const std::string& msg); // at the current location; an error if the filters say so
  void check_compare(ast::Compare* e);
  void check_caller(ast::Expr* func);
  void check_subscript(ast::Subscript* e); // a Load subscript
  void check_assert(ast::Assert* s);

  // ---- units and blocks (compiler.cpp)
  void enter_scope(const std::string& name, ScopeType type, const ast::Node* key, int lineno);
  Object* exit_scope_assemble(bool add_none); // assembles the current unit, pops it
  Block* new_block();
  void use_next_block(Block* b);
  void next_block() { use_next_block(new_block()); }
  void addop(int op, int arg = 0);
  void addop_noarg(int op) { addop(op, 0); }
  void addop_jump(int op, Block* target);
  void addop_load_const(Object* o);     // borrowed
  void addop_load_const_new(Object* o); // steals
  void addop_name(int op, const std::string& name, bool mangle_it = true);
  int add_const(Object* o); // borrowed; returns index
  int add_name(const std::string& name);
  void nameop(const std::string& name, ast::ExprContext ctx);
  void forbidden_name(const std::string& name, ast::ExprContext ctx); // "cannot assign to __debug__"
  void check_debug_args(ast::Arguments* args);
  void set_loc(const ast::Node* n) {
    u_->loc = Location{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
  }
  void unset_loc() { u_->loc = Location{-1, -1, -1, -1}; }
  std::string mangle_name(const std::string& name) const { return mangle(u_->private_name, name); }
  int lookup_arg(const std::string& name); // localsplus index of a cell/free var
  void push_fblock(FBlockType t, Block* b, Block* exit, const void* datum = nullptr);
  void pop_fblock();
  Unit* unit() { return u_; }
  ScopeKind scope_of(const std::string& mangled);

  // ---- statements (compiler_stmt.cpp)
  void visit_stmt(ast::Stmt* s);
  void visit_stmts(const std::vector<ast::Stmt*>& v);
  void body(const std::vector<ast::Stmt*>& stmts, bool allow_docstring);
  void unwind_fblock(const FBlock& fb, bool preserve_tos);
  void unwind_fblock_stack(bool preserve_tos, const FBlock** loop);
  void function_def(ast::FunctionDef* s);
  void class_def(ast::ClassDef* s);
  void make_closure(Object* code, int flags, const std::string& qualname);
  int default_arguments(ast::Arguments* args);
  int visit_annotations(ast::Arguments* args, ast::Expr* returns, const ast::Node* loc);
  void call_exit_with_nones();
  void add_yield_from(bool await);
  void pop_except_and_reraise();
  void try_except(ast::Try* s);
  void try_finally(ast::Try* s);
  void try_star_except(ast::Try* s);
  void try_star_finally(ast::Try* s);
  void with(ast::With* s, int pos);
  void async_with(ast::With* s, int pos);
  void for_stmt(ast::For* s);
  void async_for(ast::For* s);
  void while_stmt(ast::While* s);
  void if_stmt(ast::If* s);
  void import(ast::Import* s);
  void import_from(ast::ImportFrom* s);
  void assert_stmt(ast::Assert* s);
  void annassign(ast::AnnAssign* s);
  void augassign(ast::AugAssign* s);
  void check_ann_expr(ast::Expr* e);

  // ---- expressions (compiler_expr.cpp)
  void visit_expr(ast::Expr* e);
  void visit_expr1(ast::Expr* e);
  void visit_exprs(const std::vector<ast::Expr*>& v) {
    for (auto* e : v)
      visit_expr(e);
  }
  void jump_if(ast::Expr* e, Block* target, bool cond);
  void boolop(ast::BoolOp* e);
  void compare(ast::Compare* e);
  void addcompare(ast::CmpOpKind op);
  void call(ast::Call* e);
  bool maybe_optimize_method_call(ast::Call* e);
  void call_helper(int n, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& kws);
  void call_simple_kw_helper(const std::vector<ast::Keyword*>& kws, int nkwelts);
  void subkwargs(const std::vector<ast::Keyword*>& kws, size_t begin, size_t end);
  void starunpack_helper(const std::vector<ast::Expr*>& elts, int pushed, int build, int add, int extend,
                         bool tuple);
  bool unpack_helper(const std::vector<ast::Expr*>& elts);
  void assignment_helper(const std::vector<ast::Expr*>& elts);
  void list_or_tuple(const std::vector<ast::Expr*>& elts, ast::ExprContext ctx, bool tuple);
  void dict(ast::Dict* e);
  void subdict(ast::Dict* e, size_t begin, size_t end);
  void joined_str(ast::JoinedStr* e);
  void formatted_value(ast::FormattedValue* e);
  void subscript(ast::Subscript* e);
  void slice(ast::Slice* e);
  void attribute(ast::Attribute* e);
  void lambda(ast::Lambda* e);
  void comprehension(ast::Expr* e, const char* name, ScopeType t,
                     const std::vector<ast::Comprehension*>& gens, ast::Expr* elt, ast::Expr* val, int kind);
  void comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t idx, int depth,
                               ast::Expr* elt, ast::Expr* val, int kind);
  void sync_comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t idx, int depth,
                                    ast::Expr* elt, ast::Expr* val, int kind);
  void async_comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t idx, int depth,
                                     ast::Expr* elt, ast::Expr* val, int kind);
  Object* constant_object(const ast::ConstantValue& v); // new reference
  bool is_const_expr(ast::Expr* e);

  // ---- patterns (compiler_pattern.cpp)
  void match_stmt(ast::Match* s);

  Object* filename_;
  ConstCache const_cache_;
  CompileOptions opts_;
  SyntaxErrorInfo& err_;
  SymbolTable st_;
  std::vector<std::unique_ptr<Unit>> stack_;
  Unit* u_ = nullptr;
  int nested_blocks_ = 0;
  bool interactive_ = false;
  int future_flags_ = 0;
  int future_lineno_ = -1; // line of the last leading __future__ import
  bool parse_future(ast::Mod* mod, bool& annotations);
};

// Source text of an annotation as CPython's ast_unparse (compiler_unparse.cpp).
std::string unparse_annotation(Compiler& c, ast::Expr* e);

// Flow-graph passes and the assembler (compiler_flowgraph.cpp).
Object* assemble_unit(Compiler& c, Unit* u, bool add_none);

// Constant identity key (type + value) used to deduplicate co_consts.
std::string const_key(Object* o);

} // namespace coil::frontend
