// Compile-time SyntaxWarnings, as CPython 3.11's compiler emits them:
// `x is 1` ("is" with a literal), calling a literal or display ("'tuple'
// object is not callable; perhaps you missed a comma?"), subscripting one
// that cannot be subscripted or indexing a sequence literal with a literal of
// the wrong type, and `assert (test, msg)`.
//
// Invariants
// - The checks look at the AST after constant folding, as CPython's run
//   after its AST optimiser: `x is -1` and `assert (1, 2)` see constants.
// - A warning goes through warnings.warn_explicit (the module is imported on
//   first use), so -W options, filters and the message format are the
//   warnings module's. When the filters turn it into an error, the
//   SyntaxWarning is replaced by a SyntaxError with the same message at the
//   same location, as CPython's compiler_warn does.
// - The location is the current unit's (the expression or statement being
//   compiled), so the line printed is the one CPython reports.
#include "frontend/compiler_internal.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace coil::frontend {

using namespace ast;

namespace {

// warnings.warn_explicit(message, SyntaxWarning, filename, lineno); -1 with
// the exception set when it raised.
int emit_syntax_warning(Object* filename, int lineno, const std::string& message) {
  Interpreter* interp = ThreadState::current()->interp;
  Object* warnings = interp->modules ? dict_getitem_str(interp->modules, "warnings") : nullptr;
  Object* owned = nullptr;
  if (!warnings) {
    Object* import = interp->builtins ? dict_getitem_str(interp->builtins, "__import__") : nullptr;
    Object* name = import ? str_from_utf8("warnings") : nullptr;
    owned = name ? object_call_one(import, name) : nullptr;
    xdecref(name);
    if (!owned) {
      err_clear(); // no warnings module to be had: nothing to show
      return 0;
    }
    warnings = owned;
  }
  Object* text = str_from_utf8(message);
  Object* line = text ? int_from_i64(lineno) : nullptr;
  Object* r = nullptr;
  if (line) {
    Object* args[] = {text, static_cast<Object*>(SyntaxWarning), filename, line};
    r = object_call_method(warnings, "warn_explicit", args, 4);
  }
  xdecref(text);
  xdecref(line);
  xdecref(owned);
  if (!r)
    return -1;
  decref(r);
  return 0;
}

const char* constant_type_name(const Constant* c) {
  using K = ConstantValue::Kind;
  switch (c->value.kind) {
  case K::None:
    return "NoneType";
  case K::True:
  case K::False:
    return "bool";
  case K::Ellipsis:
    return "ellipsis";
  case K::Int:
    return "int";
  case K::Float:
    return "float";
  case K::Complex:
    return "complex";
  case K::Str:
    return "str";
  case K::Bytes:
    return "bytes";
  case K::Object:
    return c->value.object->type->name;
  }
  return "object";
}

// CPython's infer_type: the type an expression certainly has, or nullptr.
const char* inferred_type_name(const Expr* e) {
  switch (e->kind) {
  case ExprKind::Tuple:
    return "tuple";
  case ExprKind::List:
  case ExprKind::ListComp:
    return "list";
  case ExprKind::Dict:
  case ExprKind::DictComp:
    return "dict";
  case ExprKind::Set:
  case ExprKind::SetComp:
    return "set";
  case ExprKind::GeneratorExp:
    return "generator";
  case ExprKind::Lambda:
    return "function";
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    return "str";
  case ExprKind::Constant:
    return constant_type_name(static_cast<const Constant*>(e));
  default:
    return nullptr;
  }
}

// None, True, False and ... may be compared with `is`; other constants not.
bool allowed_with_is(const Expr* e) {
  if (e->kind != ExprKind::Constant)
    return true;
  using K = ConstantValue::Kind;
  K k = static_cast<const Constant*>(e)->value.kind;
  return k == K::None || k == K::True || k == K::False || k == K::Ellipsis;
}

bool constant_is(const Expr* e, bool (*pred)(Object*), std::initializer_list<ConstantValue::Kind> kinds) {
  auto* c = static_cast<const Constant*>(e);
  if (c->value.kind == ConstantValue::Kind::Object)
    return pred(c->value.object);
  for (auto k : kinds)
    if (c->value.kind == k)
      return true;
  return false;
}

} // namespace

void Compiler::warn(const std::string& msg) {
  if (emit_syntax_warning(filename_, u_->loc.line, msg) == 0)
    return;
  if (err_matches(SyntaxWarning)) {
    err_clear();
    error(msg);
  }
  fail_runtime();
}

void Compiler::check_compare(Compare* e) {
  bool left = allowed_with_is(e->left);
  for (size_t i = 0; i < e->ops.size(); i++) {
    bool right = allowed_with_is(e->comparators[i]);
    CmpOpKind op = e->ops[i];
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && !(left && right)) {
      warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?");
      return;
    }
    left = right;
  }
}

void Compiler::check_caller(Expr* func) {
  switch (func->kind) {
  case ExprKind::Constant:
  case ExprKind::Tuple:
  case ExprKind::List:
  case ExprKind::ListComp:
  case ExprKind::Dict:
  case ExprKind::DictComp:
  case ExprKind::Set:
  case ExprKind::SetComp:
  case ExprKind::GeneratorExp:
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    warn(fmt::format("'{}' object is not callable; perhaps you missed a comma?", inferred_type_name(func)));
    return;
  default:
    return;
  }
}

void Compiler::check_subscript(Subscript* e) {
  using K = ConstantValue::Kind;
  Expr* value = e->value;
  // The subscripted object: numbers, None, ..., sets, generators, lambdas.
  bool unsubscriptable = false;
  switch (value->kind) {
  case ExprKind::Constant:
    unsubscriptable = constant_is(
        value,
        [](Object* o) { return int_check(o) || float_check(o) || complex_check(o) || anyset_check(o); },
        {K::None, K::Ellipsis, K::Int, K::Float, K::Complex, K::True, K::False});
    break;
  case ExprKind::Set:
  case ExprKind::SetComp:
  case ExprKind::GeneratorExp:
  case ExprKind::Lambda:
    unsubscriptable = true;
    break;
  default:
    break;
  }
  if (unsubscriptable) {
    warn(fmt::format("'{}' object is not subscriptable; perhaps you missed a comma?",
                     inferred_type_name(value)));
    return;
  }
  // A sequence literal indexed by a literal that is neither an int nor a slice.
  const char* index_type = inferred_type_name(e->slice);
  if (!index_type || e->slice->kind == ExprKind::Slice)
    return;
  if (e->slice->kind == ExprKind::Constant &&
      constant_is(e->slice, [](Object* o) { return int_check(o); }, {K::Int, K::True, K::False}))
    return;
  switch (value->kind) {
  case ExprKind::Constant:
    if (!constant_is(value, [](Object* o) { return str_check(o) || bytes_check(o) || tuple_check(o); },
                     {K::Str, K::Bytes}))
      return;
    [[fallthrough]];
  case ExprKind::Tuple:
  case ExprKind::List:
  case ExprKind::ListComp:
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    warn(fmt::format("{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                     inferred_type_name(value), index_type));
    return;
  default:
    return;
  }
}

void Compiler::check_assert(Assert* s) {
  Expr* t = s->test;
  bool nonempty_tuple = (t->kind == ExprKind::Tuple && !static_cast<Tuple*>(t)->elts.empty()) ||
                        (t->kind == ExprKind::Constant &&
                         constant_is(t, [](Object* o) { return tuple_check(o) && tuple_size(o) > 0; }, {}));
  if (nonempty_tuple)
    warn("assertion is always true, perhaps remove parentheses?");
}

} // namespace coil::frontend
