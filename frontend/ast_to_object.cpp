// Frontend AST -> instances of lib/_ast.py's node classes (ast.parse).
//
// Invariants
// - Field names and order are CPython 3.11's Python.asdl; optional fields
//   that are absent become None, sequences become lists.
// - Nodes with positions (stmt, expr, excepthandler, arg, keyword, alias,
//   pattern) get lineno/col_offset/end_lineno/end_col_offset from the
//   frontend node (already CPython's values: UTF-8 byte columns).
// - expr_context and operator nodes are shared within one tree, as CPython
//   shares its singletons.
// - After the first failure every helper returns nullptr without calling
//   Python again (failed_), so the pending exception is the first one.
#include <cstring>
#include <initializer_list>
#include <map>
#include <string>

#include "frontend/ast_objects.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"

namespace coil::frontend {

using namespace ast;

Object* constant_value_object(const ConstantValue& v) {
  using K = ConstantValue::Kind;
  if (v.parsed) // the parser's object (compile_module's parse-object list)
    return newref(v.parsed);
  switch (v.kind) {
  case K::None:
    return newref(None);
  case K::True:
    return newref(True);
  case K::False:
    return newref(False);
  case K::Ellipsis:
    return newref(Ellipsis);
  case K::Int:
    return int_from_literal(v.int_text);
  case K::Float:
    return float_from_double(v.number);
  case K::Complex:
    return complex_from_doubles(0.0, v.number);
  case K::Str:
    return str_from_u32(v.str);
  case K::Bytes:
    return bytes_from(v.bytes);
  case K::Object:
    return newref(v.object);
  }
  return newref(None);
}

namespace {

struct Field {
  const char* name;
  Object* value; // new reference, or nullptr after a failure
};

class ToObject {
public:
  explicit ToObject(Object* ns) : ns_(ns) {}
  ~ToObject() {
    for (auto& [name, obj] : shared_)
      decref(obj);
  }
  Object* mod(const Mod* m);

private:
  Object* ns_;
  bool failed_ = false;
  std::map<std::string, Object*> shared_;

  Object* fail() {
    failed_ = true;
    return nullptr;
  }
  Object* make(const char* cls, const Node* pos, std::initializer_list<Field> fields);
  Object* shared(const char* cls);
  Object* str(const std::string& s) {
    if (failed_)
      return nullptr;
    Object* r = str_from_utf8(s);
    return r ? r : fail();
  }
  Object* opt_str(bool present, const std::string& s) { return present ? str(s) : newref(None); }
  Object* integer(int64_t v) {
    if (failed_)
      return nullptr;
    Object* r = int_from_i64(v);
    return r ? r : fail();
  }
  template <class T, class F> Object* list(const std::vector<T>& items, F convert) {
    if (failed_)
      return nullptr;
    Object* l = list_new(0);
    if (!l)
      return fail();
    for (const T& item : items) {
      Object* o = convert(item);
      if (!o || list_append(l, o) < 0) {
        xdecref(o);
        decref(l);
        return fail();
      }
      decref(o);
    }
    return l;
  }
  Object* stmts(const std::vector<Stmt*>& v) {
    return list(v, [this](Stmt* s) { return stmt(s); });
  }
  Object* exprs(const std::vector<Expr*>& v) {
    return list(v, [this](Expr* e) { return expr(e); });
  }
  Object* strs(const std::vector<std::string>& v) {
    return list(v, [this](const std::string& s) { return str(s); });
  }
  Object* patterns(const std::vector<Pattern*>& v) {
    return list(v, [this](Pattern* p) { return pattern(p); });
  }
  Object* keywords(const std::vector<Keyword*>& v);
  Object* comprehensions(const std::vector<Comprehension*>& v);
  Object* constant(const ConstantValue& v) {
    if (failed_)
      return nullptr;
    Object* r = constant_value_object(v);
    return r ? r : fail();
  }
  Object* ctx(ExprContext c) {
    return shared(c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del");
  }
  Object* expr(const Expr* e);
  Object* stmt(const Stmt* s);
  Object* pattern(const Pattern* p);
  Object* arguments(const Arguments* a);
  Object* arg(const Arg* a);
  Object* handler(const ExceptHandler* h);
};

Object* ToObject::shared(const char* cls) {
  if (failed_)
    return nullptr;
  auto it = shared_.find(cls);
  if (it != shared_.end())
    return newref(it->second);
  Object* o = make(cls, nullptr, {});
  if (!o)
    return nullptr;
  shared_[cls] = newref(o);
  return o;
}

Object* ToObject::make(const char* cls, const Node* pos, std::initializer_list<Field> fields) {
  Object* obj = nullptr;
  if (!failed_) {
    Object* type = dict_getitem_str(ns_, cls);
    if (!type)
      err_format(SystemError, "_ast has no node class {}", cls);
    else
      obj = object_call_noargs(type);
  }
  bool ok = obj != nullptr;
  for (const Field& f : fields) {
    if (ok && (!f.value || object_setattr_str(obj, f.name, f.value) < 0))
      ok = false;
    xdecref(f.value);
  }
  if (ok && pos) {
    const std::pair<const char*, int> attrs[] = {{"lineno", pos->lineno},
                                                 {"col_offset", pos->col_offset},
                                                 {"end_lineno", pos->end_lineno},
                                                 {"end_col_offset", pos->end_col_offset}};
    for (const auto& [name, value] : attrs) {
      Object* v = int_from_i64(value);
      if (!v || object_setattr_str(obj, name, v) < 0) {
        xdecref(v);
        ok = false;
        break;
      }
      decref(v);
    }
  }
  if (!ok) {
    xdecref(obj);
    return fail();
  }
  return obj;
}

const char* operator_name(OperatorKind k) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(k)];
}
const char* unary_name(UnaryOpKind k) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(k)];
}
const char* cmp_name(CmpOpKind k) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(k)];
}

Object* ToObject::keywords(const std::vector<Keyword*>& v) {
  return list(v, [this](Keyword* k) {
    return make("keyword", k, {{"arg", opt_str(k->has_arg, k->arg)}, {"value", expr(k->value)}});
  });
}

Object* ToObject::comprehensions(const std::vector<Comprehension*>& v) {
  return list(v, [this](Comprehension* c) {
    return make("comprehension", nullptr,
                {{"target", expr(c->target)},
                 {"iter", expr(c->iter)},
                 {"ifs", exprs(c->ifs)},
                 {"is_async", integer(c->is_async ? 1 : 0)}});
  });
}

Object* ToObject::arg(const Arg* a) {
  if (!a)
    return failed_ ? nullptr : newref(None);
  return make("arg", a,
              {{"arg", str(a->arg)},
               {"annotation", expr(a->annotation)},
               {"type_comment", opt_str(!a->type_comment.empty(), a->type_comment)}});
}

Object* ToObject::arguments(const Arguments* a) {
  auto args = [this](const std::vector<Arg*>& v) { return list(v, [this](Arg* x) { return arg(x); }); };
  return make("arguments", nullptr,
              {{"posonlyargs", args(a->posonlyargs)},
               {"args", args(a->args)},
               {"vararg", arg(a->vararg)},
               {"kwonlyargs", args(a->kwonlyargs)},
               {"kw_defaults", exprs(a->kw_defaults)},
               {"kwarg", arg(a->kwarg)},
               {"defaults", exprs(a->defaults)}});
}

Object* ToObject::handler(const ExceptHandler* h) {
  return make("ExceptHandler", h,
              {{"type", expr(h->type)}, {"name", opt_str(h->has_name, h->name)}, {"body", stmts(h->body)}});
}

Object* ToObject::expr(const Expr* e) {
  if (failed_)
    return nullptr;
  if (!e)
    return newref(None);
  switch (e->kind) {
  case ExprKind::BoolOp: {
    auto* x = static_cast<const BoolOp*>(e);
    return make("BoolOp", e,
                {{"op", shared(x->op == BoolOpKind::And ? "And" : "Or")}, {"values", exprs(x->values)}});
  }
  case ExprKind::NamedExpr: {
    auto* x = static_cast<const NamedExpr*>(e);
    return make("NamedExpr", e, {{"target", expr(x->target)}, {"value", expr(x->value)}});
  }
  case ExprKind::BinOp: {
    auto* x = static_cast<const BinOp*>(e);
    return make("BinOp", e,
                {{"left", expr(x->left)}, {"op", shared(operator_name(x->op))}, {"right", expr(x->right)}});
  }
  case ExprKind::UnaryOp: {
    auto* x = static_cast<const UnaryOp*>(e);
    return make("UnaryOp", e, {{"op", shared(unary_name(x->op))}, {"operand", expr(x->operand)}});
  }
  case ExprKind::Lambda: {
    auto* x = static_cast<const Lambda*>(e);
    return make("Lambda", e, {{"args", arguments(x->args)}, {"body", expr(x->body)}});
  }
  case ExprKind::IfExp: {
    auto* x = static_cast<const IfExp*>(e);
    return make("IfExp", e, {{"test", expr(x->test)}, {"body", expr(x->body)}, {"orelse", expr(x->orelse)}});
  }
  case ExprKind::Dict: {
    auto* x = static_cast<const Dict*>(e);
    return make("Dict", e, {{"keys", exprs(x->keys)}, {"values", exprs(x->values)}});
  }
  case ExprKind::Set:
    return make("Set", e, {{"elts", exprs(static_cast<const Set*>(e)->elts)}});
  case ExprKind::ListComp: {
    auto* x = static_cast<const ListComp*>(e);
    return make("ListComp", e, {{"elt", expr(x->elt)}, {"generators", comprehensions(x->generators)}});
  }
  case ExprKind::SetComp: {
    auto* x = static_cast<const SetComp*>(e);
    return make("SetComp", e, {{"elt", expr(x->elt)}, {"generators", comprehensions(x->generators)}});
  }
  case ExprKind::DictComp: {
    auto* x = static_cast<const DictComp*>(e);
    return make(
        "DictComp", e,
        {{"key", expr(x->key)}, {"value", expr(x->value)}, {"generators", comprehensions(x->generators)}});
  }
  case ExprKind::GeneratorExp: {
    auto* x = static_cast<const GeneratorExp*>(e);
    return make("GeneratorExp", e, {{"elt", expr(x->elt)}, {"generators", comprehensions(x->generators)}});
  }
  case ExprKind::Await:
    return make("Await", e, {{"value", expr(static_cast<const Await*>(e)->value)}});
  case ExprKind::Yield:
    return make("Yield", e, {{"value", expr(static_cast<const Yield*>(e)->value)}});
  case ExprKind::YieldFrom:
    return make("YieldFrom", e, {{"value", expr(static_cast<const YieldFrom*>(e)->value)}});
  case ExprKind::Compare: {
    auto* x = static_cast<const Compare*>(e);
    return make("Compare", e,
                {{"left", expr(x->left)},
                 {"ops", list(x->ops, [this](CmpOpKind k) { return shared(cmp_name(k)); })},
                 {"comparators", exprs(x->comparators)}});
  }
  case ExprKind::Call: {
    auto* x = static_cast<const Call*>(e);
    return make("Call", e,
                {{"func", expr(x->func)}, {"args", exprs(x->args)}, {"keywords", keywords(x->keywords)}});
  }
  case ExprKind::FormattedValue: {
    auto* x = static_cast<const FormattedValue*>(e);
    return make("FormattedValue", e,
                {{"value", expr(x->value)},
                 {"conversion", integer(x->conversion)},
                 {"format_spec", expr(x->format_spec)}});
  }
  case ExprKind::JoinedStr:
    return make("JoinedStr", e, {{"values", exprs(static_cast<const JoinedStr*>(e)->values)}});
  case ExprKind::Constant: {
    auto* x = static_cast<const Constant*>(e);
    return make("Constant", e, {{"value", constant(x->value)}, {"kind", opt_str(!x->kind.empty(), x->kind)}});
  }
  case ExprKind::Attribute: {
    auto* x = static_cast<const Attribute*>(e);
    return make("Attribute", e, {{"value", expr(x->value)}, {"attr", str(x->attr)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::Subscript: {
    auto* x = static_cast<const Subscript*>(e);
    return make("Subscript", e, {{"value", expr(x->value)}, {"slice", expr(x->slice)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::Starred: {
    auto* x = static_cast<const Starred*>(e);
    return make("Starred", e, {{"value", expr(x->value)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::Name: {
    auto* x = static_cast<const Name*>(e);
    return make("Name", e, {{"id", str(x->id)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::List: {
    auto* x = static_cast<const List*>(e);
    return make("List", e, {{"elts", exprs(x->elts)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::Tuple: {
    auto* x = static_cast<const Tuple*>(e);
    return make("Tuple", e, {{"elts", exprs(x->elts)}, {"ctx", ctx(x->ctx)}});
  }
  case ExprKind::Slice: {
    auto* x = static_cast<const Slice*>(e);
    return make("Slice", e, {{"lower", expr(x->lower)}, {"upper", expr(x->upper)}, {"step", expr(x->step)}});
  }
  }
  err_set_string(SystemError, "unknown expression kind");
  return fail();
}

Object* ToObject::pattern(const Pattern* p) {
  if (failed_)
    return nullptr;
  if (!p)
    return newref(None);
  switch (p->kind) {
  case PatternKind::MatchValue:
    return make("MatchValue", p, {{"value", expr(static_cast<const MatchValue*>(p)->value)}});
  case PatternKind::MatchSingleton:
    return make("MatchSingleton", p, {{"value", constant(static_cast<const MatchSingleton*>(p)->value)}});
  case PatternKind::MatchSequence:
    return make("MatchSequence", p, {{"patterns", patterns(static_cast<const MatchSequence*>(p)->patterns)}});
  case PatternKind::MatchMapping: {
    auto* x = static_cast<const MatchMapping*>(p);
    return make("MatchMapping", p,
                {{"keys", exprs(x->keys)},
                 {"patterns", patterns(x->patterns)},
                 {"rest", opt_str(x->has_rest, x->rest)}});
  }
  case PatternKind::MatchClass: {
    auto* x = static_cast<const MatchClass*>(p);
    return make("MatchClass", p,
                {{"cls", expr(x->cls)},
                 {"patterns", patterns(x->patterns)},
                 {"kwd_attrs", strs(x->kwd_attrs)},
                 {"kwd_patterns", patterns(x->kwd_patterns)}});
  }
  case PatternKind::MatchStar: {
    auto* x = static_cast<const MatchStar*>(p);
    return make("MatchStar", p, {{"name", opt_str(x->has_name, x->name)}});
  }
  case PatternKind::MatchAs: {
    auto* x = static_cast<const MatchAs*>(p);
    return make("MatchAs", p, {{"pattern", pattern(x->pattern)}, {"name", opt_str(x->has_name, x->name)}});
  }
  case PatternKind::MatchOr:
    return make("MatchOr", p, {{"patterns", patterns(static_cast<const MatchOr*>(p)->patterns)}});
  }
  err_set_string(SystemError, "unknown pattern kind");
  return fail();
}

Object* ToObject::stmt(const Stmt* s) {
  if (failed_)
    return nullptr;
  auto tc = [this](const std::string& t) { return opt_str(!t.empty(), t); };
  switch (s->kind) {
  case StmtKind::FunctionDef:
  case StmtKind::AsyncFunctionDef: {
    auto* x = static_cast<const FunctionDef*>(s);
    return make(s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef", s,
                {{"name", str(x->name)},
                 {"args", arguments(x->args)},
                 {"body", stmts(x->body)},
                 {"decorator_list", exprs(x->decorator_list)},
                 {"returns", expr(x->returns)},
                 {"type_comment", tc(x->type_comment)}});
  }
  case StmtKind::ClassDef: {
    auto* x = static_cast<const ClassDef*>(s);
    return make("ClassDef", s,
                {{"name", str(x->name)},
                 {"bases", exprs(x->bases)},
                 {"keywords", keywords(x->keywords)},
                 {"body", stmts(x->body)},
                 {"decorator_list", exprs(x->decorator_list)}});
  }
  case StmtKind::Return:
    return make("Return", s, {{"value", expr(static_cast<const Return*>(s)->value)}});
  case StmtKind::Delete:
    return make("Delete", s, {{"targets", exprs(static_cast<const Delete*>(s)->targets)}});
  case StmtKind::Assign: {
    auto* x = static_cast<const Assign*>(s);
    return make(
        "Assign", s,
        {{"targets", exprs(x->targets)}, {"value", expr(x->value)}, {"type_comment", tc(x->type_comment)}});
  }
  case StmtKind::AugAssign: {
    auto* x = static_cast<const AugAssign*>(s);
    return make(
        "AugAssign", s,
        {{"target", expr(x->target)}, {"op", shared(operator_name(x->op))}, {"value", expr(x->value)}});
  }
  case StmtKind::AnnAssign: {
    auto* x = static_cast<const AnnAssign*>(s);
    return make("AnnAssign", s,
                {{"target", expr(x->target)},
                 {"annotation", expr(x->annotation)},
                 {"value", expr(x->value)},
                 {"simple", integer(x->simple ? 1 : 0)}});
  }
  case StmtKind::For:
  case StmtKind::AsyncFor: {
    auto* x = static_cast<const For*>(s);
    return make(s->kind == StmtKind::For ? "For" : "AsyncFor", s,
                {{"target", expr(x->target)},
                 {"iter", expr(x->iter)},
                 {"body", stmts(x->body)},
                 {"orelse", stmts(x->orelse)},
                 {"type_comment", tc(x->type_comment)}});
  }
  case StmtKind::While: {
    auto* x = static_cast<const While*>(s);
    return make("While", s,
                {{"test", expr(x->test)}, {"body", stmts(x->body)}, {"orelse", stmts(x->orelse)}});
  }
  case StmtKind::If: {
    auto* x = static_cast<const If*>(s);
    return make("If", s, {{"test", expr(x->test)}, {"body", stmts(x->body)}, {"orelse", stmts(x->orelse)}});
  }
  case StmtKind::With:
  case StmtKind::AsyncWith: {
    auto* x = static_cast<const With*>(s);
    Object* items = list(x->items, [this](WithItem* w) {
      return make("withitem", nullptr,
                  {{"context_expr", expr(w->context_expr)}, {"optional_vars", expr(w->optional_vars)}});
    });
    return make(s->kind == StmtKind::With ? "With" : "AsyncWith", s,
                {{"items", items}, {"body", stmts(x->body)}, {"type_comment", tc(x->type_comment)}});
  }
  case StmtKind::Match: {
    auto* x = static_cast<const Match*>(s);
    Object* cases = list(x->cases, [this](MatchCase* c) {
      return make("match_case", nullptr,
                  {{"pattern", pattern(c->pattern)}, {"guard", expr(c->guard)}, {"body", stmts(c->body)}});
    });
    return make("Match", s, {{"subject", expr(x->subject)}, {"cases", cases}});
  }
  case StmtKind::Raise: {
    auto* x = static_cast<const Raise*>(s);
    return make("Raise", s, {{"exc", expr(x->exc)}, {"cause", expr(x->cause)}});
  }
  case StmtKind::Try:
  case StmtKind::TryStar: {
    auto* x = static_cast<const Try*>(s);
    return make(s->kind == StmtKind::Try ? "Try" : "TryStar", s,
                {{"body", stmts(x->body)},
                 {"handlers", list(x->handlers, [this](ExceptHandler* h) { return handler(h); })},
                 {"orelse", stmts(x->orelse)},
                 {"finalbody", stmts(x->finalbody)}});
  }
  case StmtKind::Assert: {
    auto* x = static_cast<const Assert*>(s);
    return make("Assert", s, {{"test", expr(x->test)}, {"msg", expr(x->msg)}});
  }
  case StmtKind::Import:
  case StmtKind::ImportFrom: {
    const std::vector<Alias*>& names = s->kind == StmtKind::Import ? static_cast<const Import*>(s)->names
                                                                   : static_cast<const ImportFrom*>(s)->names;
    Object* aliases = list(names, [this](Alias* a) {
      return make("alias", a, {{"name", str(a->name)}, {"asname", opt_str(a->has_asname, a->asname)}});
    });
    if (s->kind == StmtKind::Import)
      return make("Import", s, {{"names", aliases}});
    auto* x = static_cast<const ImportFrom*>(s);
    return make(
        "ImportFrom", s,
        {{"module", opt_str(x->has_module, x->module)}, {"names", aliases}, {"level", integer(x->level)}});
  }
  case StmtKind::Global:
    return make("Global", s, {{"names", strs(static_cast<const Global*>(s)->names)}});
  case StmtKind::Nonlocal:
    return make("Nonlocal", s, {{"names", strs(static_cast<const Nonlocal*>(s)->names)}});
  case StmtKind::Expr:
    return make("Expr", s, {{"value", expr(static_cast<const ExprStmt*>(s)->value)}});
  case StmtKind::Pass:
    return make("Pass", s, {});
  case StmtKind::Break:
    return make("Break", s, {});
  case StmtKind::Continue:
    return make("Continue", s, {});
  }
  err_set_string(SystemError, "unknown statement kind");
  return fail();
}

Object* ToObject::mod(const Mod* m) {
  switch (m->kind) {
  case ModKind::Module: {
    Object* ignores = failed_ ? nullptr : list_new(0);
    return make("Module", nullptr, {{"body", stmts(m->body)}, {"type_ignores", ignores ? ignores : fail()}});
  }
  case ModKind::Interactive:
    return make("Interactive", nullptr, {{"body", stmts(m->body)}});
  case ModKind::Expression:
    return make("Expression", nullptr, {{"body", expr(m->expr)}});
  }
  return err_set_string(SystemError, "unknown module kind");
}

} // namespace

Object* ast_to_object(const Mod* mod, Object* ns) {
  ToObject conv(ns);
  return conv.mod(mod);
}

} // namespace coil::frontend
