// The abstract syntax tree, node for node CPython 3.11's Python.asdl.
//
// Invariants
// - Every node carries lineno/col_offset/end_lineno/end_col_offset exactly as
//   CPython's ast module reports them: lines 1-based, columns 0-based UTF-8
//   byte offsets. ast_dump() prints the same text as CPython's
//   ast.dump(tree, include_attributes=True) so tests compare with python3.
// - Nodes are owned by an Arena and freed with it; pointers between nodes
//   are plain, vectors hold children in source order. A nullptr child means
//   an optional field that is absent (CPython's None).
// - Identifiers are UTF-8, NFKC-normalised as CPython does.
// - No runtime objects live in the tree except in Constant values produced by
//   constant folding (ConstantValue::Kind::Object owns one reference) and
//   ConstantValue::parsed, a borrowed pointer into the compile's list of
//   parse objects (see compile_module).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace coil {
struct Object;
}

namespace coil::ast {

struct Node {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  virtual ~Node() = default;
};

class Arena {
public:
  template <class T, class... Args> T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }
  // How often each identifier occurs as a NAME token of the parsed source
  // (f-string expressions included): CPython's parser puts one reference
  // to the interned identifier in its arena per occurrence.
  std::unordered_map<std::string, int> name_uses;

private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class OperatorKind {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// A literal's value, decoded by the tokenizer/parser.
struct ConstantValue {
  enum class Kind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Object } kind = Kind::None;
  std::string int_text;     // Int: the literal with '_' removed, prefix kept ("0x1f", "123")
  double number = 0;        // Float: value; Complex: the imaginary part
  std::u32string str;       // Str: code points (lone surrogates allowed)
  std::string bytes;        // Bytes: raw bytes
  Object* object = nullptr; // Object: a folded constant (owned reference)
  // Int/Float/Complex/Str/Bytes: the object made for this literal when the
  // source was parsed (borrowed; owned by the compile's parse-object list).
  // Code generation and folding use it, so the constants in co_consts are
  // the parser's objects as in CPython.
  Object* parsed = nullptr;
  ~ConstantValue();
  ConstantValue() = default;
  ConstantValue(const ConstantValue&);
  ConstantValue& operator=(const ConstantValue&);
};

// ---------------------------------------------------------------- expressions
enum class ExprKind {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
};
struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr {
  BoolOp() : Expr(ExprKind::BoolOp) {}
  BoolOpKind op{};
  std::vector<Expr*> values;
};
struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  Expr* target = nullptr;
  Expr* value = nullptr;
};
struct BinOp : Expr {
  BinOp() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  OperatorKind op{};
  Expr* right = nullptr;
};
struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
  UnaryOpKind op{};
  Expr* operand = nullptr;
};
struct Lambda : Expr {
  Lambda() : Expr(ExprKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : Expr {
  IfExp() : Expr(ExprKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
// keys[i] == nullptr means `**values[i]`.
struct Dict : Expr {
  Dict() : Expr(ExprKind::Dict) {}
  std::vector<Expr*> keys;
  std::vector<Expr*> values;
};
struct Set : Expr {
  Set() : Expr(ExprKind::Set) {}
  std::vector<Expr*> elts;
};
struct ListComp : Expr {
  ListComp() : Expr(ExprKind::ListComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct SetComp : Expr {
  SetComp() : Expr(ExprKind::SetComp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct DictComp : Expr {
  DictComp() : Expr(ExprKind::DictComp) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension*> generators;
};
struct GeneratorExp : Expr {
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
  Expr* elt = nullptr;
  std::vector<Comprehension*> generators;
};
struct Await : Expr {
  Await() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};
struct Yield : Expr {
  Yield() : Expr(ExprKind::Yield) {}
  Expr* value = nullptr;
};
struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
  Expr* value = nullptr;
};
struct Compare : Expr {
  Compare() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};
struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<Keyword*> keywords;
};
// conversion: -1 none, 's', 'r', 'a'.
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;
  Expr* format_spec = nullptr;
};
struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
  std::vector<Expr*> values;
};
// kind is "u" for u-prefixed strings (CPython's Constant.kind), else empty.
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstantValue value;
  std::string kind;
};
struct Attribute : Expr {
  Attribute() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx{};
};
struct Subscript : Expr {
  Subscript() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx{};
};
struct Starred : Expr {
  Starred() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
  ExprContext ctx{};
};
struct Name : Expr {
  Name() : Expr(ExprKind::Name) {}
  std::string id;
  ExprContext ctx{};
};
struct List : Expr {
  List() : Expr(ExprKind::List) {}
  std::vector<Expr*> elts;
  ExprContext ctx{};
};
struct Tuple : Expr {
  Tuple() : Expr(ExprKind::Tuple) {}
  std::vector<Expr*> elts;
  ExprContext ctx{};
};
struct Slice : Expr {
  Slice() : Expr(ExprKind::Slice) {}
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------- helpers
struct Comprehension : Node {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
}; // no positions in CPython
struct Arg : Node {
  std::string arg;
  Expr* annotation = nullptr;
  std::string type_comment;
};
struct Arguments : Node { // no positions in CPython
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults; // nullptr where a kw-only arg has no default
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;
};
struct Keyword : Node {
  std::string arg; /* empty for **kwargs */
  bool has_arg = false;
  Expr* value = nullptr;
};
struct Alias : Node {
  std::string name;
  std::string asname;
  bool has_asname = false;
};
struct WithItem : Node {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
}; // no positions
struct Stmt;
struct ExceptHandler : Node {
  Expr* type = nullptr;
  std::string name;
  bool has_name = false;
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------- patterns
enum class PatternKind {
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr
};
struct Pattern : Node {
  explicit Pattern(PatternKind k) : kind(k) {}
  PatternKind kind;
};
struct MatchValue : Pattern {
  MatchValue() : Pattern(PatternKind::MatchValue) {}
  Expr* value = nullptr;
};
struct MatchSingleton : Pattern {
  MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
  ConstantValue value;
};
struct MatchSequence : Pattern {
  MatchSequence() : Pattern(PatternKind::MatchSequence) {}
  std::vector<Pattern*> patterns;
};
struct MatchMapping : Pattern {
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;
  bool has_rest = false;
};
struct MatchClass : Pattern {
  MatchClass() : Pattern(PatternKind::MatchClass) {}
  Expr* cls = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern {
  MatchStar() : Pattern(PatternKind::MatchStar) {}
  std::string name;
  bool has_name = false;
};
struct MatchAs : Pattern {
  MatchAs() : Pattern(PatternKind::MatchAs) {}
  Pattern* pattern = nullptr;
  std::string name;
  bool has_name = false;
};
struct MatchOr : Pattern {
  MatchOr() : Pattern(PatternKind::MatchOr) {}
  std::vector<Pattern*> patterns;
};
struct MatchCase : Node {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
}; // no positions

// ---------------------------------------------------------------- statements
enum class StmtKind {
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Match,
  Raise,
  Try,
  TryStar,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue
};
struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

// FunctionDef and AsyncFunctionDef share a node; kind tells which.
struct FunctionDef : Stmt {
  explicit FunctionDef(bool is_async = false)
      : Stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
  std::string type_comment;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : Stmt {
  Return() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};
struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  std::vector<Expr*> targets;
};
struct Assign : Stmt {
  Assign() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  std::string type_comment;
};
struct AugAssign : Stmt {
  AugAssign() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  OperatorKind op{};
  Expr* value = nullptr;
};
struct AnnAssign : Stmt {
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;
};
// For and AsyncFor share a node.
struct For : Stmt {
  explicit For(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncFor : StmtKind::For) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body, orelse;
  std::string type_comment;
};
struct While : Stmt {
  While() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body, orelse;
};
struct If : Stmt {
  If() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  std::vector<Stmt*> body, orelse;
};
// With and AsyncWith share a node.
struct With : Stmt {
  explicit With(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncWith : StmtKind::With) {}
  std::vector<WithItem*> items;
  std::vector<Stmt*> body;
  std::string type_comment;
};
struct Match : Stmt {
  Match() : Stmt(StmtKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
};
struct Raise : Stmt {
  Raise() : Stmt(StmtKind::Raise) {}
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
// Try and TryStar share a node.
struct Try : Stmt {
  explicit Try(bool star = false) : Stmt(star ? StmtKind::TryStar : StmtKind::Try) {}
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse, finalbody;
};
struct Assert : Stmt {
  Assert() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct Import : Stmt {
  Import() : Stmt(StmtKind::Import) {}
  std::vector<Alias*> names;
};
struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  std::string module;
  bool has_module = false;
  std::vector<Alias*> names;
  int level = 0;
};
struct Global : Stmt {
  Global() : Stmt(StmtKind::Global) {}
  std::vector<std::string> names;
};
struct Nonlocal : Stmt {
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
  std::vector<std::string> names;
};
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* value = nullptr;
};
struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};
struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};
struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

// ---------------------------------------------------------------- modules
enum class ModKind { Module, Interactive, Expression };
struct Mod : Node {
  ModKind kind = ModKind::Module;
  std::vector<Stmt*> body; // Module, Interactive
  Expr* expr = nullptr;    // Expression
};

// ast.dump(tree, include_attributes=true) text, CPython's format.
std::string ast_dump(const Node* node, bool include_attributes = true);

} // namespace coil::ast
