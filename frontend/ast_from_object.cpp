// Instances of lib/_ast.py's node classes -> frontend AST (compile(tree)).
//
// Invariants
// - Follows CPython 3.11's obj2ast_* order: a node's position attributes are
//   read before its kind is decided (isinstance against the sum's
//   constructors in ASDL order), then its fields in ASDL order. Messages are
//   CPython's: `required field "x" missing from T` (attribute absent),
//   `field 'x' is required for T` (None), `T field "x" must be a list, not a
//   U`, `expected some sort of S, but got R`.
// - The checks of CPython's PyAST_Validate that the compiler relies on
//   (expression contexts, empty bodies/targets, argument counts, constant
//   types, reserved identifiers) are made during the conversion.
// - Every node is allocated in the caller's arena; on failure the partial
//   tree is left to the arena and nullptr returned with the error set.
#include <cstring>
#include <string>

#include "frontend/ast_objects.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"

namespace coil::frontend {

using namespace ast;

namespace {

void copy_positions(Node* to, const Node& from) {
  to->lineno = from.lineno;
  to->col_offset = from.col_offset;
  to->end_lineno = from.end_lineno;
  to->end_col_offset = from.end_col_offset;
}

const char* ctx_label(ExprContext c) {
  return c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del";
}

bool valid_constant(Object* v) {
  if (v == None || v == Ellipsis || int_check(v) || float_check(v) || complex_check(v) || str_check(v) ||
      bytes_check(v))
    return true;
  if (tuple_check_exact(v)) {
    for (ssize i = 0; i < tuple_size(v); i++)
      if (!valid_constant(tuple_get(v, i)))
        return false;
    return true;
  }
  if (v->type == &FrozenSetType) {
    Object* it = object_get_iter(v);
    if (!it)
      return false;
    bool ok = true;
    while (Object* item = iter_next(it)) {
      ok = ok && valid_constant(item);
      decref(item);
    }
    decref(it);
    return ok;
  }
  return false;
}

class FromObject {
public:
  FromObject(Object* ns, Arena& arena) : ns_(ns), arena_(arena) {}
  Mod* mod(Object* o, const char* mode);

private:
  Object* ns_;
  Arena& arena_;

  // Index of the first of `names` that `o` is an instance of, -1 if none,
  // -2 on error.
  int which(Object* o, std::initializer_list<const char*> names) {
    int i = 0;
    for (const char* n : names) {
      Object* cls = dict_getitem_str(ns_, n);
      if (cls) {
        int r = object_isinstance(o, cls);
        if (r < 0)
          return -2;
        if (r)
          return i;
      }
      i++;
    }
    return -1;
  }
  bool expected(const char* sort, Object* o) {
    Object* r = object_repr(o);
    if (r) {
      err_format(TypeError, "expected some sort of {}, but got {}", sort, str_to_std(r));
      decref(r);
    }
    return false;
  }
  // New reference to field `name`; TypeError when absent.
  Object* get(Object* o, const char* name, const char* owner) {
    int error = 0;
    Object* key = str_from_utf8(name);
    if (!key)
      return nullptr;
    Object* v = object_lookup_attr(o, key, &error);
    decref(key);
    if (!v && !error)
      err_format(TypeError, "required field \"{}\" missing from {}", name, owner);
    return v;
  }
  // Optional field: *out is a new reference or nullptr when absent/None.
  bool opt(Object* o, const char* name, Object** out) {
    int error = 0;
    Object* key = str_from_utf8(name);
    if (!key)
      return false;
    Object* v = object_lookup_attr(o, key, &error);
    decref(key);
    if (error)
      return false;
    if (v == None) {
      decref(v);
      v = nullptr;
    }
    *out = v;
    return true;
  }
  bool to_int(Object* v, int* out) {
    if (!int_check(v)) {
      Object* r = object_repr(v);
      if (r) {
        err_format(ValueError, "invalid integer value: {}", str_to_std(r));
        decref(r);
      }
      return false;
    }
    return index_as_c_int(v, out);
  }
  bool int_field(Object* o, const char* name, const char* owner, int* out) {
    Object* v = get(o, name, owner);
    if (!v)
      return false;
    bool ok = to_int(v, out);
    decref(v);
    return ok;
  }
  bool ident(Object* v, std::string* out) {
    if (!str_check_exact(v)) {
      err_set_string(TypeError, "AST identifier must be of type str");
      return false;
    }
    const char* p = str_as_utf8(v);
    if (!p)
      return false;
    *out = p;
    return true;
  }
  bool ident_field(Object* o, const char* name, const char* owner, std::string* out) {
    Object* v = get(o, name, owner);
    if (!v)
      return false;
    if (v == None) {
      decref(v);
      err_format(ValueError, "field '{}' is required for {}", name, owner);
      return false;
    }
    bool ok = ident(v, out);
    decref(v);
    return ok;
  }
  bool opt_ident(Object* o, const char* name, std::string* out, bool* present) {
    Object* v = nullptr;
    if (!opt(o, name, &v))
      return false;
    *present = v != nullptr;
    bool ok = !v || ident(v, out);
    xdecref(v);
    return ok;
  }
  bool opt_string(Object* o, const char* name, std::string* out) {
    Object* v = nullptr;
    if (!opt(o, name, &v))
      return false;
    if (v && !str_check_exact(v)) {
      decref(v);
      err_set_string(TypeError, "AST string must be of type str");
      return false;
    }
    if (v) {
      const char* p = str_as_utf8(v);
      if (p)
        *out = p;
      decref(v);
      return p != nullptr;
    }
    return true;
  }
  // The list in field `name`: borrowed through *holder (a new reference).
  Object* list_field(Object* o, const char* name, const char* owner) {
    Object* v = get(o, name, owner);
    if (v && !list_check(v)) {
      err_format(TypeError, "{} field \"{}\" must be a list, not a {}", owner, name, type_name_of(v));
      decref(v);
      return nullptr;
    }
    return v;
  }
  template <class T, class F>
  bool seq(Object* o, const char* name, const char* owner, std::vector<T>& out, F convert) {
    Object* l = list_field(o, name, owner);
    if (!l)
      return false;
    bool ok = true;
    for (ssize i = 0; ok && i < list_size(l); i++) {
      Object* item = newref(list_get(l, i));
      T value{};
      ok = convert(item, &value);
      decref(item);
      if (ok)
        out.push_back(value);
    }
    decref(l);
    return ok;
  }
  bool positions(Object* o, const char* owner, Node* n) {
    if (!int_field(o, "lineno", owner, &n->lineno) || !int_field(o, "col_offset", owner, &n->col_offset))
      return false;
    n->end_lineno = n->lineno;
    n->end_col_offset = n->col_offset;
    for (auto [name, slot] :
         {std::pair{"end_lineno", &n->end_lineno}, std::pair{"end_col_offset", &n->end_col_offset}}) {
      Object* v = nullptr;
      if (!opt(o, name, &v))
        return false;
      bool ok = !v || to_int(v, slot);
      xdecref(v);
      if (!ok)
        return false;
    }
    return true;
  }
  bool empty_check(bool empty, const char* what, const char* owner) {
    if (empty)
      err_format(ValueError, "empty {} on {}", what, owner);
    return !empty;
  }

  bool expr(Object* o, Expr** out, ExprContext ctx, bool none_ok);
  bool expr_field(Object* o, const char* name, const char* owner, Expr** out,
                  ExprContext ctx = ExprContext::Load) {
    Object* v = get(o, name, owner);
    if (!v)
      return false;
    if (v == None) {
      decref(v);
      err_format(ValueError, "field '{}' is required for {}", name, owner);
      return false;
    }
    bool ok = expr(v, out, ctx, false);
    decref(v);
    return ok;
  }
  bool opt_expr(Object* o, const char* name, Expr** out, ExprContext ctx = ExprContext::Load) {
    Object* v = nullptr;
    if (!opt(o, name, &v))
      return false;
    bool ok = !v || expr(v, out, ctx, false);
    xdecref(v);
    return ok;
  }
  bool exprs(Object* o, const char* name, const char* owner, std::vector<Expr*>& out,
             ExprContext ctx = ExprContext::Load, bool none_ok = false) {
    return seq(o, name, owner, out, [&](Object* item, Expr** e) { return expr(item, e, ctx, none_ok); });
  }
  bool stmt(Object* o, Stmt** out);
  bool stmts(Object* o, const char* name, const char* owner, std::vector<Stmt*>& out) {
    return seq(o, name, owner, out, [&](Object* item, Stmt** s) { return stmt(item, s); });
  }
  bool body(Object* o, const char* owner, std::vector<Stmt*>& out) {
    return stmts(o, "body", owner, out) && empty_check(out.empty(), "body", owner);
  }
  bool pattern(Object* o, Pattern** out);
  bool patterns(Object* o, const char* name, const char* owner, std::vector<Pattern*>& out) {
    return seq(o, name, owner, out, [&](Object* item, Pattern** p) { return pattern(item, p); });
  }
  bool constant(Object* v, ConstantValue* out);
  bool simple(Object* o, const char* sort, std::initializer_list<const char*> names, int* out) {
    int k = which(o, names);
    if (k == -2)
      return false;
    if (k < 0)
      return expected(sort, o);
    *out = k;
    return true;
  }
  bool simple_field(Object* o, const char* name, const char* owner, const char* sort,
                    std::initializer_list<const char*> names, int* out) {
    Object* v = get(o, name, owner);
    if (!v)
      return false;
    if (v == None) {
      decref(v);
      err_format(ValueError, "field '{}' is required for {}", name, owner);
      return false;
    }
    bool ok = simple(v, sort, names, out);
    decref(v);
    return ok;
  }
  bool operator_field(Object* o, const char* owner, OperatorKind* out) {
    int k = 0;
    bool ok = simple_field(o, "op", owner, "operator",
                           {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
                            "BitXor", "BitAnd", "FloorDiv"},
                           &k);
    *out = static_cast<OperatorKind>(k);
    return ok;
  }
  bool ctx_field(Object* o, const char* owner, ExprContext want, ExprContext* out) {
    int k = 0;
    if (!simple_field(o, "ctx", owner, "expr_context", {"Load", "Store", "Del"}, &k))
      return false;
    *out = static_cast<ExprContext>(k);
    if (*out != want) {
      err_format(ValueError, "expression must have {} context but has {} instead", ctx_label(want),
                 ctx_label(*out));
      return false;
    }
    return true;
  }
  bool keywords(Object* o, const char* owner, std::vector<Keyword*>& out);
  bool comprehensions(Object* o, const char* owner, std::vector<Comprehension*>& out);
  bool arguments(Object* o, Arguments** out);
  bool arg(Object* o, Arg** out);
};

bool FromObject::constant(Object* v, ConstantValue* out) {
  using K = ConstantValue::Kind;
  if (!valid_constant(v)) {
    if (!err_occurred())
      err_format(TypeError, "got an invalid type in Constant: {}", type_name_of(v));
    return false;
  }
  if (v == None) {
    out->kind = K::None;
  } else if (v == True) {
    out->kind = K::True;
  } else if (v == False) {
    out->kind = K::False;
  } else if (v == Ellipsis) {
    out->kind = K::Ellipsis;
  } else if (str_check_exact(v)) {
    out->kind = K::Str;
    ssize n = str_length(v);
    out->str.reserve(static_cast<size_t>(n));
    for (ssize i = 0; i < n; i++)
      out->str.push_back(str_char_at(v, i));
  } else if (v->type == &BytesType) {
    out->kind = K::Bytes;
    out->bytes.assign(bytes_view(v));
  } else if (float_check_exact(v)) {
    out->kind = K::Float;
    out->number = float_value(v);
  } else {
    out->kind = K::Object;
    out->object = newref(v);
  }
  return true;
}

bool FromObject::keywords(Object* o, const char* owner, std::vector<Keyword*>& out) {
  return seq(o, "keywords", owner, out, [&](Object* item, Keyword** k) {
    auto* kw = arena_.make<Keyword>();
    *k = kw;
    return positions(item, "keyword", kw) && opt_ident(item, "arg", &kw->arg, &kw->has_arg) &&
           expr_field(item, "value", "keyword", &kw->value);
  });
}

bool FromObject::comprehensions(Object* o, const char* owner, std::vector<Comprehension*>& out) {
  return seq(o, "generators", owner, out,
             [&](Object* item, Comprehension** c) {
               auto* comp = arena_.make<Comprehension>();
               *c = comp;
               int is_async = 0;
               bool ok = expr_field(item, "target", "comprehension", &comp->target, ExprContext::Store) &&
                         expr_field(item, "iter", "comprehension", &comp->iter) &&
                         exprs(item, "ifs", "comprehension", comp->ifs) &&
                         int_field(item, "is_async", "comprehension", &is_async);
               comp->is_async = is_async != 0;
               return ok;
             }) &&
         empty_check(out.empty(), "generators", owner);
}

bool FromObject::arg(Object* o, Arg** out) {
  auto* a = arena_.make<Arg>();
  *out = a;
  return positions(o, "arg", a) && ident_field(o, "arg", "arg", &a->arg) &&
         opt_expr(o, "annotation", &a->annotation) && opt_string(o, "type_comment", &a->type_comment);
}

bool FromObject::arguments(Object* o, Arguments** out) {
  auto* a = arena_.make<Arguments>();
  *out = a;
  auto args = [&](const char* name, std::vector<Arg*>& v) {
    return seq(o, name, "arguments", v, [&](Object* item, Arg** x) { return arg(item, x); });
  };
  auto opt_arg = [&](const char* name, Arg** x) {
    Object* v = nullptr;
    if (!opt(o, name, &v))
      return false;
    bool ok = !v || arg(v, x);
    xdecref(v);
    return ok;
  };
  if (!args("posonlyargs", a->posonlyargs) || !args("args", a->args) || !opt_arg("vararg", &a->vararg) ||
      !args("kwonlyargs", a->kwonlyargs) ||
      !exprs(o, "kw_defaults", "arguments", a->kw_defaults, ExprContext::Load, true) ||
      !opt_arg("kwarg", &a->kwarg) || !exprs(o, "defaults", "arguments", a->defaults))
    return false;
  if (a->defaults.size() > a->posonlyargs.size() + a->args.size()) {
    err_set_string(ValueError, "more positional defaults than args on arguments");
    return false;
  }
  if (a->kw_defaults.size() != a->kwonlyargs.size()) {
    err_set_string(ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
    return false;
  }
  return true;
}

bool FromObject::expr(Object* o, Expr** out, ExprContext ctx, bool none_ok) {
  if (o == None) {
    if (none_ok) {
      *out = nullptr;
      return true;
    }
    err_set_string(ValueError, "None disallowed in expression list");
    return false;
  }
  Node pos;
  if (!positions(o, "expr", &pos))
    return false;
  int k = which(o, {"BoolOp",    "NamedExpr", "BinOp",     "UnaryOp",   "Lambda",   "IfExp",
                    "Dict",      "Set",       "ListComp",  "SetComp",   "DictComp", "GeneratorExp",
                    "Await",     "Yield",     "YieldFrom", "Compare",   "Call",     "FormattedValue",
                    "JoinedStr", "Constant",  "Attribute", "Subscript", "Starred",  "Name",
                    "List",      "Tuple",     "Slice"});
  if (k == -2)
    return false;
  if (k < 0)
    return expected("expr", o);
  auto kind = static_cast<ExprKind>(k);
  bool has_ctx = kind == ExprKind::Attribute || kind == ExprKind::Subscript || kind == ExprKind::Starred ||
                 kind == ExprKind::Name || kind == ExprKind::List || kind == ExprKind::Tuple;
  if (!has_ctx && ctx != ExprContext::Load) {
    err_format(ValueError, "expression which can't be assigned to in {} context", ctx_label(ctx));
    return false;
  }
  Expr* e = nullptr;
  bool ok = false;
  const ExprContext L = ExprContext::Load;
  switch (kind) {
  case ExprKind::BoolOp: {
    auto* x = arena_.make<BoolOp>();
    e = x;
    int op = 0;
    ok = simple_field(o, "op", "BoolOp", "boolop", {"And", "Or"}, &op) &&
         exprs(o, "values", "BoolOp", x->values);
    x->op = static_cast<BoolOpKind>(op);
    if (ok && x->values.size() < 2) {
      err_set_string(ValueError, "BoolOp with less than 2 values");
      ok = false;
    }
    break;
  }
  case ExprKind::NamedExpr: {
    auto* x = arena_.make<NamedExpr>();
    e = x;
    ok = expr_field(o, "target", "NamedExpr", &x->target, ExprContext::Store) &&
         expr_field(o, "value", "NamedExpr", &x->value);
    break;
  }
  case ExprKind::BinOp: {
    auto* x = arena_.make<BinOp>();
    e = x;
    ok = expr_field(o, "left", "BinOp", &x->left) && operator_field(o, "BinOp", &x->op) &&
         expr_field(o, "right", "BinOp", &x->right);
    break;
  }
  case ExprKind::UnaryOp: {
    auto* x = arena_.make<UnaryOp>();
    e = x;
    int op = 0;
    ok = simple_field(o, "op", "UnaryOp", "unaryop", {"Invert", "Not", "UAdd", "USub"}, &op) &&
         expr_field(o, "operand", "UnaryOp", &x->operand);
    x->op = static_cast<UnaryOpKind>(op);
    break;
  }
  case ExprKind::Lambda: {
    auto* x = arena_.make<Lambda>();
    e = x;
    Object* a = get(o, "args", "Lambda");
    ok = a && arguments(a, &x->args) && expr_field(o, "body", "Lambda", &x->body);
    xdecref(a);
    break;
  }
  case ExprKind::IfExp: {
    auto* x = arena_.make<IfExp>();
    e = x;
    ok = expr_field(o, "test", "IfExp", &x->test) && expr_field(o, "body", "IfExp", &x->body) &&
         expr_field(o, "orelse", "IfExp", &x->orelse);
    break;
  }
  case ExprKind::Dict: {
    auto* x = arena_.make<Dict>();
    e = x;
    ok = exprs(o, "keys", "Dict", x->keys, L, true) && exprs(o, "values", "Dict", x->values);
    if (ok && x->keys.size() != x->values.size()) {
      err_set_string(ValueError, "Dict doesn't have the same number of keys as values");
      ok = false;
    }
    break;
  }
  case ExprKind::Set: {
    auto* x = arena_.make<Set>();
    e = x;
    ok = exprs(o, "elts", "Set", x->elts);
    break;
  }
  case ExprKind::ListComp:
  case ExprKind::SetComp:
  case ExprKind::GeneratorExp: {
    const char* name = kind == ExprKind::ListComp  ? "ListComp"
                       : kind == ExprKind::SetComp ? "SetComp"
                                                   : "GeneratorExp";
    Expr** elt;
    std::vector<Comprehension*>* gens;
    if (kind == ExprKind::ListComp) {
      auto* x = arena_.make<ListComp>();
      e = x, elt = &x->elt, gens = &x->generators;
    } else if (kind == ExprKind::SetComp) {
      auto* x = arena_.make<SetComp>();
      e = x, elt = &x->elt, gens = &x->generators;
    } else {
      auto* x = arena_.make<GeneratorExp>();
      e = x, elt = &x->elt, gens = &x->generators;
    }
    ok = expr_field(o, "elt", name, elt) && comprehensions(o, name, *gens);
    break;
  }
  case ExprKind::DictComp: {
    auto* x = arena_.make<DictComp>();
    e = x;
    ok = expr_field(o, "key", "DictComp", &x->key) && expr_field(o, "value", "DictComp", &x->value) &&
         comprehensions(o, "DictComp", x->generators);
    break;
  }
  case ExprKind::Await: {
    auto* x = arena_.make<Await>();
    e = x;
    ok = expr_field(o, "value", "Await", &x->value);
    break;
  }
  case ExprKind::Yield: {
    auto* x = arena_.make<Yield>();
    e = x;
    ok = opt_expr(o, "value", &x->value);
    break;
  }
  case ExprKind::YieldFrom: {
    auto* x = arena_.make<YieldFrom>();
    e = x;
    ok = expr_field(o, "value", "YieldFrom", &x->value);
    break;
  }
  case ExprKind::Compare: {
    auto* x = arena_.make<Compare>();
    e = x;
    ok = expr_field(o, "left", "Compare", &x->left) &&
         seq(o, "ops", "Compare", x->ops,
             [&](Object* item, CmpOpKind* op) {
               int c = 0;
               bool r = simple(item, "cmpop",
                               {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}, &c);
               *op = static_cast<CmpOpKind>(c);
               return r;
             }) &&
         exprs(o, "comparators", "Compare", x->comparators);
    if (ok && x->comparators.empty()) {
      err_set_string(ValueError, "Compare with no comparators");
      ok = false;
    } else if (ok && x->comparators.size() != x->ops.size()) {
      err_set_string(ValueError, "Compare has a different number of comparators and operands");
      ok = false;
    }
    break;
  }
  case ExprKind::Call: {
    auto* x = arena_.make<Call>();
    e = x;
    ok = expr_field(o, "func", "Call", &x->func) && exprs(o, "args", "Call", x->args) &&
         keywords(o, "Call", x->keywords);
    break;
  }
  case ExprKind::FormattedValue: {
    auto* x = arena_.make<FormattedValue>();
    e = x;
    ok = expr_field(o, "value", "FormattedValue", &x->value) &&
         int_field(o, "conversion", "FormattedValue", &x->conversion) &&
         opt_expr(o, "format_spec", &x->format_spec);
    break;
  }
  case ExprKind::JoinedStr: {
    auto* x = arena_.make<JoinedStr>();
    e = x;
    ok = exprs(o, "values", "JoinedStr", x->values);
    break;
  }
  case ExprKind::Constant: {
    auto* x = arena_.make<Constant>();
    e = x;
    Object* v = get(o, "value", "Constant");
    ok = v && constant(v, &x->value) && opt_string(o, "kind", &x->kind);
    xdecref(v);
    break;
  }
  case ExprKind::Attribute: {
    auto* x = arena_.make<Attribute>();
    e = x;
    ok = expr_field(o, "value", "Attribute", &x->value) && ident_field(o, "attr", "Attribute", &x->attr) &&
         ctx_field(o, "Attribute", ctx, &x->ctx);
    break;
  }
  case ExprKind::Subscript: {
    auto* x = arena_.make<Subscript>();
    e = x;
    ok = expr_field(o, "value", "Subscript", &x->value) && expr_field(o, "slice", "Subscript", &x->slice) &&
         ctx_field(o, "Subscript", ctx, &x->ctx);
    break;
  }
  case ExprKind::Starred: {
    auto* x = arena_.make<Starred>();
    e = x;
    ok = expr_field(o, "value", "Starred", &x->value, ctx) && ctx_field(o, "Starred", ctx, &x->ctx);
    break;
  }
  case ExprKind::Name: {
    auto* x = arena_.make<Name>();
    e = x;
    ok = ident_field(o, "id", "Name", &x->id) && ctx_field(o, "Name", ctx, &x->ctx);
    if (ok && (x->id == "None" || x->id == "True" || x->id == "False")) {
      err_format(ValueError, "identifier field can't represent '{}' constant", x->id);
      ok = false;
    }
    break;
  }
  case ExprKind::List: {
    auto* x = arena_.make<List>();
    e = x;
    ok = exprs(o, "elts", "List", x->elts, ctx) && ctx_field(o, "List", ctx, &x->ctx);
    break;
  }
  case ExprKind::Tuple: {
    auto* x = arena_.make<Tuple>();
    e = x;
    ok = exprs(o, "elts", "Tuple", x->elts, ctx) && ctx_field(o, "Tuple", ctx, &x->ctx);
    break;
  }
  case ExprKind::Slice: {
    auto* x = arena_.make<Slice>();
    e = x;
    ok = opt_expr(o, "lower", &x->lower) && opt_expr(o, "upper", &x->upper) && opt_expr(o, "step", &x->step);
    break;
  }
  }
  if (!ok)
    return false;
  copy_positions(e, pos);
  *out = e;
  return true;
}

bool FromObject::pattern(Object* o, Pattern** out) {
  Node pos;
  if (!positions(o, "pattern", &pos))
    return false;
  int k = which(o, {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
                    "MatchStar", "MatchAs", "MatchOr"});
  if (k == -2)
    return false;
  if (k < 0)
    return expected("pattern", o);
  Pattern* p = nullptr;
  bool ok = false;
  switch (static_cast<PatternKind>(k)) {
  case PatternKind::MatchValue: {
    auto* x = arena_.make<MatchValue>();
    p = x;
    ok = expr_field(o, "value", "MatchValue", &x->value);
    break;
  }
  case PatternKind::MatchSingleton: {
    auto* x = arena_.make<MatchSingleton>();
    p = x;
    Object* v = get(o, "value", "MatchSingleton");
    ok = v && constant(v, &x->value);
    xdecref(v);
    break;
  }
  case PatternKind::MatchSequence: {
    auto* x = arena_.make<MatchSequence>();
    p = x;
    ok = patterns(o, "patterns", "MatchSequence", x->patterns);
    break;
  }
  case PatternKind::MatchMapping: {
    auto* x = arena_.make<MatchMapping>();
    p = x;
    ok = exprs(o, "keys", "MatchMapping", x->keys) && patterns(o, "patterns", "MatchMapping", x->patterns) &&
         opt_ident(o, "rest", &x->rest, &x->has_rest);
    break;
  }
  case PatternKind::MatchClass: {
    auto* x = arena_.make<MatchClass>();
    p = x;
    ok = expr_field(o, "cls", "MatchClass", &x->cls) && patterns(o, "patterns", "MatchClass", x->patterns) &&
         seq(o, "kwd_attrs", "MatchClass", x->kwd_attrs,
             [&](Object* item, std::string* s) { return ident(item, s); }) &&
         patterns(o, "kwd_patterns", "MatchClass", x->kwd_patterns);
    break;
  }
  case PatternKind::MatchStar: {
    auto* x = arena_.make<MatchStar>();
    p = x;
    ok = opt_ident(o, "name", &x->name, &x->has_name);
    break;
  }
  case PatternKind::MatchAs: {
    auto* x = arena_.make<MatchAs>();
    p = x;
    Object* v = nullptr;
    ok = opt(o, "pattern", &v) && (!v || pattern(v, &x->pattern)) &&
         opt_ident(o, "name", &x->name, &x->has_name);
    xdecref(v);
    break;
  }
  case PatternKind::MatchOr: {
    auto* x = arena_.make<MatchOr>();
    p = x;
    ok = patterns(o, "patterns", "MatchOr", x->patterns);
    break;
  }
  }
  if (!ok)
    return false;
  copy_positions(p, pos);
  *out = p;
  return true;
}

bool FromObject::stmt(Object* o, Stmt** out) {
  if (o == None) {
    err_set_string(ValueError, "None disallowed in statement list");
    return false;
  }
  Node pos;
  if (!positions(o, "stmt", &pos))
    return false;
  int k = which(o, {"FunctionDef", "AsyncFunctionDef",
                    "ClassDef",    "Return",
                    "Delete",      "Assign",
                    "AugAssign",   "AnnAssign",
                    "For",         "AsyncFor",
                    "While",       "If",
                    "With",        "AsyncWith",
                    "Match",       "Raise",
                    "Try",         "TryStar",
                    "Assert",      "Import",
                    "ImportFrom",  "Global",
                    "Nonlocal",    "Expr",
                    "Pass",        "Break",
                    "Continue"});
  if (k == -2)
    return false;
  if (k < 0)
    return expected("stmt", o);
  auto kind = static_cast<StmtKind>(k);
  Stmt* s = nullptr;
  bool ok = false;
  const ExprContext Store = ExprContext::Store;
  switch (kind) {
  case StmtKind::FunctionDef:
  case StmtKind::AsyncFunctionDef: {
    const char* name = kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef";
    auto* x = arena_.make<FunctionDef>(kind == StmtKind::AsyncFunctionDef);
    s = x;
    Object* a = nullptr;
    ok = ident_field(o, "name", name, &x->name) && (a = get(o, "args", name)) != nullptr &&
         arguments(a, &x->args) && body(o, name, x->body) &&
         exprs(o, "decorator_list", name, x->decorator_list) && opt_expr(o, "returns", &x->returns) &&
         opt_string(o, "type_comment", &x->type_comment);
    xdecref(a);
    break;
  }
  case StmtKind::ClassDef: {
    auto* x = arena_.make<ClassDef>();
    s = x;
    ok = ident_field(o, "name", "ClassDef", &x->name) && exprs(o, "bases", "ClassDef", x->bases) &&
         keywords(o, "ClassDef", x->keywords) && body(o, "ClassDef", x->body) &&
         exprs(o, "decorator_list", "ClassDef", x->decorator_list);
    break;
  }
  case StmtKind::Return: {
    auto* x = arena_.make<Return>();
    s = x;
    ok = opt_expr(o, "value", &x->value);
    break;
  }
  case StmtKind::Delete: {
    auto* x = arena_.make<Delete>();
    s = x;
    ok = exprs(o, "targets", "Delete", x->targets, ExprContext::Del) &&
         empty_check(x->targets.empty(), "targets", "Delete");
    break;
  }
  case StmtKind::Assign: {
    auto* x = arena_.make<Assign>();
    s = x;
    ok = exprs(o, "targets", "Assign", x->targets, Store) && expr_field(o, "value", "Assign", &x->value) &&
         opt_string(o, "type_comment", &x->type_comment) &&
         empty_check(x->targets.empty(), "targets", "Assign");
    break;
  }
  case StmtKind::AugAssign: {
    auto* x = arena_.make<AugAssign>();
    s = x;
    ok = expr_field(o, "target", "AugAssign", &x->target, Store) && operator_field(o, "AugAssign", &x->op) &&
         expr_field(o, "value", "AugAssign", &x->value);
    break;
  }
  case StmtKind::AnnAssign: {
    auto* x = arena_.make<AnnAssign>();
    s = x;
    int simple_flag = 0;
    ok = expr_field(o, "target", "AnnAssign", &x->target, Store) &&
         expr_field(o, "annotation", "AnnAssign", &x->annotation) && opt_expr(o, "value", &x->value) &&
         int_field(o, "simple", "AnnAssign", &simple_flag);
    x->simple = simple_flag != 0;
    break;
  }
  case StmtKind::For:
  case StmtKind::AsyncFor: {
    const char* name = kind == StmtKind::For ? "For" : "AsyncFor";
    auto* x = arena_.make<For>(kind == StmtKind::AsyncFor);
    s = x;
    ok = expr_field(o, "target", name, &x->target, Store) && expr_field(o, "iter", name, &x->iter) &&
         body(o, name, x->body) && stmts(o, "orelse", name, x->orelse) &&
         opt_string(o, "type_comment", &x->type_comment);
    break;
  }
  case StmtKind::While: {
    auto* x = arena_.make<While>();
    s = x;
    ok = expr_field(o, "test", "While", &x->test) && body(o, "While", x->body) &&
         stmts(o, "orelse", "While", x->orelse);
    break;
  }
  case StmtKind::If: {
    auto* x = arena_.make<If>();
    s = x;
    ok = expr_field(o, "test", "If", &x->test) && body(o, "If", x->body) &&
         stmts(o, "orelse", "If", x->orelse);
    break;
  }
  case StmtKind::With:
  case StmtKind::AsyncWith: {
    const char* name = kind == StmtKind::With ? "With" : "AsyncWith";
    auto* x = arena_.make<With>(kind == StmtKind::AsyncWith);
    s = x;
    ok = seq(o, "items", name, x->items,
             [&](Object* item, WithItem** w) {
               auto* wi = arena_.make<WithItem>();
               *w = wi;
               return expr_field(item, "context_expr", "withitem", &wi->context_expr) &&
                      opt_expr(item, "optional_vars", &wi->optional_vars, Store);
             }) &&
         body(o, name, x->body) && opt_string(o, "type_comment", &x->type_comment) &&
         empty_check(x->items.empty(), "items", name);
    break;
  }
  case StmtKind::Match: {
    auto* x = arena_.make<Match>();
    s = x;
    ok = expr_field(o, "subject", "Match", &x->subject) &&
         seq(o, "cases", "Match", x->cases,
             [&](Object* item, MatchCase** c) {
               auto* mc = arena_.make<MatchCase>();
               *c = mc;
               Object* p = get(item, "pattern", "match_case");
               bool r = p && pattern(p, &mc->pattern) && opt_expr(item, "guard", &mc->guard) &&
                        body(item, "match_case", mc->body);
               xdecref(p);
               return r;
             }) &&
         empty_check(x->cases.empty(), "cases", "Match");
    break;
  }
  case StmtKind::Raise: {
    auto* x = arena_.make<Raise>();
    s = x;
    ok = opt_expr(o, "exc", &x->exc) && opt_expr(o, "cause", &x->cause);
    if (ok && x->cause && !x->exc) {
      err_set_string(ValueError, "Raise with cause but no exception");
      ok = false;
    }
    break;
  }
  case StmtKind::Try:
  case StmtKind::TryStar: {
    const char* name = kind == StmtKind::Try ? "Try" : "TryStar";
    auto* x = arena_.make<Try>(kind == StmtKind::TryStar);
    s = x;
    ok = body(o, name, x->body) &&
         seq(o, "handlers", name, x->handlers,
             [&](Object* item, ExceptHandler** h) {
               auto* eh = arena_.make<ExceptHandler>();
               *h = eh;
               if (!positions(item, "excepthandler", eh))
                 return false;
               int hk = which(item, {"ExceptHandler"});
               if (hk == -2)
                 return false;
               if (hk < 0)
                 return expected("excepthandler", item);
               return opt_expr(item, "type", &eh->type) &&
                      opt_ident(item, "name", &eh->name, &eh->has_name) &&
                      body(item, "ExceptHandler", eh->body);
             }) &&
         stmts(o, "orelse", name, x->orelse) && stmts(o, "finalbody", name, x->finalbody);
    if (ok && x->handlers.empty() && x->finalbody.empty()) {
      err_format(ValueError, "{} has neither except handlers nor finalbody", name);
      ok = false;
    } else if (ok && x->handlers.empty() && !x->orelse.empty()) {
      err_format(ValueError, "{} has orelse but no except handlers", name);
      ok = false;
    }
    break;
  }
  case StmtKind::Assert: {
    auto* x = arena_.make<Assert>();
    s = x;
    ok = expr_field(o, "test", "Assert", &x->test) && opt_expr(o, "msg", &x->msg);
    break;
  }
  case StmtKind::Import:
  case StmtKind::ImportFrom: {
    const char* name = kind == StmtKind::Import ? "Import" : "ImportFrom";
    std::vector<Alias*> aliases;
    auto alias = [&](Object* item, Alias** a) {
      auto* al = arena_.make<Alias>();
      *a = al;
      return positions(item, "alias", al) && ident_field(item, "name", "alias", &al->name) &&
             opt_ident(item, "asname", &al->asname, &al->has_asname);
    };
    if (kind == StmtKind::Import) {
      auto* x = arena_.make<Import>();
      s = x;
      ok = seq(o, "names", name, x->names, alias) && empty_check(x->names.empty(), "names", name);
    } else {
      auto* x = arena_.make<ImportFrom>();
      s = x;
      Object* lv = nullptr;
      ok = opt_ident(o, "module", &x->module, &x->has_module) && seq(o, "names", name, x->names, alias) &&
           opt(o, "level", &lv) && (!lv || to_int(lv, &x->level)) &&
           empty_check(x->names.empty(), "names", name);
      xdecref(lv);
      if (ok && x->level < 0) {
        err_set_string(ValueError, "Negative ImportFrom level");
        ok = false;
      }
    }
    break;
  }
  case StmtKind::Global:
  case StmtKind::Nonlocal: {
    const char* name = kind == StmtKind::Global ? "Global" : "Nonlocal";
    std::vector<std::string>* names;
    if (kind == StmtKind::Global) {
      auto* x = arena_.make<Global>();
      s = x, names = &x->names;
    } else {
      auto* x = arena_.make<Nonlocal>();
      s = x, names = &x->names;
    }
    ok = seq(o, "names", name, *names, [&](Object* item, std::string* str) { return ident(item, str); }) &&
         empty_check(names->empty(), "names", name);
    break;
  }
  case StmtKind::Expr: {
    auto* x = arena_.make<ExprStmt>();
    s = x;
    ok = expr_field(o, "value", "Expr", &x->value);
    break;
  }
  case StmtKind::Pass:
    s = arena_.make<Pass>();
    ok = true;
    break;
  case StmtKind::Break:
    s = arena_.make<Break>();
    ok = true;
    break;
  case StmtKind::Continue:
    s = arena_.make<Continue>();
    ok = true;
    break;
  }
  if (!ok)
    return false;
  copy_positions(s, pos);
  *out = s;
  return true;
}

Mod* FromObject::mod(Object* o, const char* mode) {
  const char* want = std::strcmp(mode, "exec") == 0   ? "Module"
                     : std::strcmp(mode, "eval") == 0 ? "Expression"
                                                      : "Interactive";
  int k = which(o, {want});
  if (k == -2)
    return nullptr;
  if (k < 0) {
    err_format(TypeError, "expected {} node, got {}", want, type_name_of(o));
    return nullptr;
  }
  auto* m = arena_.make<Mod>();
  if (std::strcmp(want, "Module") == 0) {
    m->kind = ModKind::Module;
    if (!stmts(o, "body", "Module", m->body))
      return nullptr;
    Object* ignores = list_field(o, "type_ignores", "Module");
    xdecref(ignores);
    return ignores ? m : nullptr;
  }
  if (std::strcmp(want, "Expression") == 0) {
    m->kind = ModKind::Expression;
    return expr_field(o, "body", "Expression", &m->expr) ? m : nullptr;
  }
  m->kind = ModKind::Interactive;
  return stmts(o, "body", "Interactive", m->body) ? m : nullptr;
}

} // namespace

Mod* ast_from_object(Object* tree, Object* ns, const char* mode, Arena& arena) {
  FromObject conv(ns, arena);
  return conv.mod(tree, mode);
}

} // namespace coil::frontend
