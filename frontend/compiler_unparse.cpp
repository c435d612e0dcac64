// Expression -> source text, as CPython 3.11's ast_unparse.c, used for
// annotations under `from __future__ import annotations`.
//
// Invariants
// - Output is what CPython stores in __annotations__ (minimal parentheses
//   by precedence level, reprs of constants, "1e309" for infinities).
#include <cmath>

#include "frontend/compiler_internal.h"
#include "runtime/objects/float.h"
#include "runtime/objects/str.h"

namespace coil::frontend {

using namespace ast;

namespace {

enum Prec {
  PR_TUPLE,
  PR_TEST,
  PR_OR,
  PR_AND,
  PR_NOT,
  PR_CMP,
  PR_EXPR,
  PR_BOR = PR_EXPR,
  PR_BXOR,
  PR_BAND,
  PR_SHIFT,
  PR_ARITH,
  PR_TERM,
  PR_FACTOR,
  PR_POWER,
  PR_AWAIT,
  PR_ATOM
};

class Unparser {
public:
  explicit Unparser(Compiler& c) : c_(c) {}
  std::string out;

  void expr(Expr* e, int level) {
    switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* b = static_cast<BoolOp*>(e);
      int pr = b->op == BoolOpKind::And ? PR_AND : PR_OR;
      open(level > pr);
      for (size_t i = 0; i < b->values.size(); i++) {
        if (i)
          out += b->op == BoolOpKind::And ? " and " : " or ";
        expr(b->values[i], pr + 1);
      }
      close(level > pr);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<BinOp*>(e);
      const char* op = "";
      int pr = PR_ARITH;
      switch (b->op) {
      case OperatorKind::Add:
        op = " + ";
        pr = PR_ARITH;
        break;
      case OperatorKind::Sub:
        op = " - ";
        pr = PR_ARITH;
        break;
      case OperatorKind::Mult:
        op = " * ";
        pr = PR_TERM;
        break;
      case OperatorKind::MatMult:
        op = " @ ";
        pr = PR_TERM;
        break;
      case OperatorKind::Div:
        op = " / ";
        pr = PR_TERM;
        break;
      case OperatorKind::Mod:
        op = " % ";
        pr = PR_TERM;
        break;
      case OperatorKind::FloorDiv:
        op = " // ";
        pr = PR_TERM;
        break;
      case OperatorKind::LShift:
        op = " << ";
        pr = PR_SHIFT;
        break;
      case OperatorKind::RShift:
        op = " >> ";
        pr = PR_SHIFT;
        break;
      case OperatorKind::BitOr:
        op = " | ";
        pr = PR_BOR;
        break;
      case OperatorKind::BitXor:
        op = " ^ ";
        pr = PR_BXOR;
        break;
      case OperatorKind::BitAnd:
        op = " & ";
        pr = PR_BAND;
        break;
      case OperatorKind::Pow:
        op = " ** ";
        pr = PR_POWER;
        break;
      }
      int rassoc = b->op == OperatorKind::Pow ? 1 : 0;
      open(level > pr);
      expr(b->left, pr + rassoc);
      out += op;
      expr(b->right, pr + 1 - rassoc);
      close(level > pr);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<UnaryOp*>(e);
      const char* op = "";
      int pr = PR_FACTOR;
      switch (u->op) {
      case UnaryOpKind::Invert:
        op = "~";
        break;
      case UnaryOpKind::Not:
        op = "not ";
        pr = PR_NOT;
        break;
      case UnaryOpKind::UAdd:
        op = "+";
        break;
      case UnaryOpKind::USub:
        op = "-";
        break;
      }
      open(level > pr);
      out += op;
      expr(u->operand, pr);
      close(level > pr);
      break;
    }
    case ExprKind::Lambda: {
      auto* l = static_cast<Lambda*>(e);
      open(level > PR_TEST);
      size_t n = l->args->posonlyargs.size() + l->args->args.size() + l->args->kwonlyargs.size() +
                 (l->args->vararg ? 1 : 0) + (l->args->kwarg ? 1 : 0);
      out += n ? "lambda " : "lambda";
      args(l->args);
      out += ": ";
      expr(l->body, PR_TEST);
      close(level > PR_TEST);
      break;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      open(level > PR_TEST);
      expr(i->body, PR_TEST + 1);
      out += " if ";
      expr(i->test, PR_TEST + 1);
      out += " else ";
      expr(i->orelse, PR_TEST);
      close(level > PR_TEST);
      break;
    }
    case ExprKind::Dict: {
      auto* d = static_cast<Dict*>(e);
      out += "{";
      for (size_t i = 0; i < d->values.size(); i++) {
        if (i)
          out += ", ";
        if (d->keys[i]) {
          expr(d->keys[i], PR_TEST);
          out += ": ";
          expr(d->values[i], PR_TEST);
        } else {
          out += "**";
          expr(d->values[i], PR_EXPR);
        }
      }
      out += "}";
      break;
    }
    case ExprKind::Set:
      out += "{";
      seq(static_cast<ast::Set*>(e)->elts, PR_TEST);
      out += "}";
      break;
    case ExprKind::GeneratorExp:
      out += "(";
      expr(static_cast<GeneratorExp*>(e)->elt, PR_TEST);
      comps(static_cast<GeneratorExp*>(e)->generators);
      out += ")";
      break;
    case ExprKind::ListComp:
      out += "[";
      expr(static_cast<ListComp*>(e)->elt, PR_TEST);
      comps(static_cast<ListComp*>(e)->generators);
      out += "]";
      break;
    case ExprKind::SetComp:
      out += "{";
      expr(static_cast<SetComp*>(e)->elt, PR_TEST);
      comps(static_cast<SetComp*>(e)->generators);
      out += "}";
      break;
    case ExprKind::DictComp:
      out += "{";
      expr(static_cast<DictComp*>(e)->key, PR_TEST);
      out += ": ";
      expr(static_cast<DictComp*>(e)->value, PR_TEST);
      comps(static_cast<DictComp*>(e)->generators);
      out += "}";
      break;
    case ExprKind::Yield:
      if (!static_cast<Yield*>(e)->value) {
        out += "(yield)";
      } else {
        out += "(yield ";
        expr(static_cast<Yield*>(e)->value, PR_TEST);
        out += ")";
      }
      break;
    case ExprKind::YieldFrom:
      out += "(yield from ";
      expr(static_cast<YieldFrom*>(e)->value, PR_TEST);
      out += ")";
      break;
    case ExprKind::Await:
      open(level > PR_AWAIT);
      out += "await ";
      expr(static_cast<Await*>(e)->value, PR_ATOM);
      close(level > PR_AWAIT);
      break;
    case ExprKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      open(level > PR_CMP);
      expr(c->left, PR_CMP + 1);
      for (size_t i = 0; i < c->ops.size(); i++) {
        static const char* const ops[] = {" == ", " != ", " < ",      " <= ", " > ",
                                          " >= ", " is ", " is not ", " in ", " not in "};
        out += ops[int(c->ops[i])];
        expr(c->comparators[i], PR_CMP + 1);
      }
      close(level > PR_CMP);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<Call*>(e);
      expr(c->func, PR_ATOM);
      if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == ExprKind::GeneratorExp) {
        expr(c->args[0], PR_TEST);
        break;
      }
      out += "(";
      bool first = true;
      for (auto* a : c->args) {
        if (!first)
          out += ", ";
        first = false;
        expr(a, PR_TEST);
      }
      for (auto* k : c->keywords) {
        if (!first)
          out += ", ";
        first = false;
        if (k->has_arg) {
          out += k->arg;
          out += "=";
          expr(k->value, PR_TEST);
        } else {
          out += "**";
          expr(k->value, PR_EXPR);
        }
      }
      out += ")";
      break;
    }
    case ExprKind::Constant:
      constant(static_cast<Constant*>(e));
      break;
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: {
      std::string body;
      fstring_part(e, body);
      Object* s = str_from_utf8(body);
      if (!s)
        c_.fail_runtime();
      Object* r = object_repr(s);
      decref(s);
      if (!r)
        c_.fail_runtime();
      out += "f" + str_to_std(r);
      decref(r);
      break;
    }
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      expr(a->value, PR_ATOM);
      bool int_const = false;
      if (a->value->kind == ExprKind::Constant) {
        auto& v = static_cast<Constant*>(a->value)->value;
        int_const = v.kind == ConstantValue::Kind::Int ||
                    (v.kind == ConstantValue::Kind::Object && v.object->type == &IntType);
      }
      out += int_const ? " ." : ".";
      out += a->attr;
      break;
    }
    case ExprKind::Subscript:
      expr(static_cast<Subscript*>(e)->value, PR_ATOM);
      out += "[";
      expr(static_cast<Subscript*>(e)->slice, PR_TUPLE);
      out += "]";
      break;
    case ExprKind::Starred:
      out += "*";
      expr(static_cast<Starred*>(e)->value, PR_EXPR);
      break;
    case ExprKind::Name:
      out += static_cast<Name*>(e)->id;
      break;
    case ExprKind::List:
      out += "[";
      seq(static_cast<List*>(e)->elts, PR_TEST);
      out += "]";
      break;
    case ExprKind::Tuple: {
      auto& elts = static_cast<ast::Tuple*>(e)->elts;
      if (elts.empty()) {
        out += "()";
        break;
      }
      open(level > PR_TUPLE);
      seq(elts, PR_TEST);
      if (elts.size() == 1)
        out += ",";
      close(level > PR_TUPLE);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      if (s->lower)
        expr(s->lower, PR_TEST);
      out += ":";
      if (s->upper)
        expr(s->upper, PR_TEST);
      if (s->step) {
        out += ":";
        expr(s->step, PR_TEST);
      }
      break;
    }
    case ExprKind::NamedExpr:
      open(level > PR_TUPLE);
      expr(static_cast<NamedExpr*>(e)->target, PR_ATOM);
      out += " := ";
      expr(static_cast<NamedExpr*>(e)->value, PR_ATOM);
      close(level > PR_TUPLE);
      break;
    }
  }

private:
  Compiler& c_;

  void open(bool b) {
    if (b)
      out += "(";
  }
  void close(bool b) {
    if (b)
      out += ")";
  }
  void seq(const std::vector<Expr*>& v, int level) {
    for (size_t i = 0; i < v.size(); i++) {
      if (i)
        out += ", ";
      expr(v[i], level);
    }
  }
  void comps(const std::vector<Comprehension*>& gens) {
    for (auto* g : gens) {
      out += g->is_async ? " async for " : " for ";
      expr(g->target, PR_TUPLE);
      out += " in ";
      expr(g->iter, PR_TEST + 1);
      for (auto* cond : g->ifs) {
        out += " if ";
        expr(cond, PR_TEST + 1);
      }
    }
  }
  void arg_with_default(Arg* a, Expr* dflt) {
    out += a->arg;
    if (dflt) {
      out += "=";
      expr(dflt, PR_TEST);
    }
  }
  void args(Arguments* a) {
    bool first = true;
    auto sep = [&] {
      if (!first)
        out += ", ";
      first = false;
    };
    size_t npos = a->posonlyargs.size() + a->args.size();
    size_t ndefaults = a->defaults.size();
    size_t i = 0;
    for (auto* arg : a->posonlyargs) {
      sep();
      arg_with_default(arg, i + ndefaults >= npos ? a->defaults[i + ndefaults - npos] : nullptr);
      i++;
    }
    if (!a->posonlyargs.empty()) {
      sep();
      out += "/";
    }
    for (auto* arg : a->args) {
      sep();
      arg_with_default(arg, i + ndefaults >= npos ? a->defaults[i + ndefaults - npos] : nullptr);
      i++;
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      out += "*";
      if (a->vararg)
        out += a->vararg->arg;
    }
    for (size_t k = 0; k < a->kwonlyargs.size(); k++) {
      sep();
      arg_with_default(a->kwonlyargs[k], k < a->kw_defaults.size() ? a->kw_defaults[k] : nullptr);
    }
    if (a->kwarg) {
      sep();
      out += "**";
      out += a->kwarg->arg;
    }
  }

  void constant(Constant* c) {
    if (c->value.kind == ConstantValue::Kind::Ellipsis) {
      out += "...";
      return;
    }
    out += c->kind; // "u" prefix kept, as CPython
    Object* v = c_.constant_object(c->value);
    if (!v)
      c_.fail_runtime();
    Object* r = object_repr(v);
    bool inf_fix = (float_check_exact(v) && std::isinf(float_value(v))) || v->type == &ComplexType;
    decref(v);
    if (!r)
      c_.fail_runtime();
    std::string s = str_to_std(r);
    decref(r);
    if (inf_fix) {
      std::string fixed;
      for (size_t i = 0; i < s.size();) {
        if (s.compare(i, 3, "inf") == 0) {
          fixed += "1e309";
          i += 3;
        } else {
          fixed += s[i++];
        }
      }
      s = fixed;
    }
    out += s;
  }

  // The body of an f-string (without quotes), braces doubled in literals.
  void fstring_part(Expr* e, std::string& body) {
    if (e->kind == ExprKind::JoinedStr) {
      for (auto* v : static_cast<JoinedStr*>(e)->values)
        fstring_part(v, body);
      return;
    }
    if (e->kind == ExprKind::Constant) {
      Object* v = c_.constant_object(static_cast<Constant*>(e)->value);
      if (!v)
        c_.fail_runtime();
      std::string s = str_check(v) ? str_to_std(v) : std::string();
      decref(v);
      for (char ch : s) {
        if (ch == '{' || ch == '}')
          body += ch;
        body += ch;
      }
      return;
    }
    auto* f = static_cast<FormattedValue*>(e);
    Unparser inner(c_);
    inner.expr(f->value, PR_TEST + 1);
    body += "{";
    if (!inner.out.empty() && inner.out[0] == '{')
      body += " ";
    body += inner.out;
    if (f->conversion > 0) {
      body += "!";
      body += char(f->conversion);
    }
    if (f->format_spec) {
      body += ":";
      fstring_part(f->format_spec, body);
    }
    body += "}";
  }
};

} // namespace

std::string unparse_annotation(Compiler& c, Expr* e) {
  Unparser u(c);
  u.expr(e, PR_TEST);
  return u.out;
}

} // namespace coil::frontend
