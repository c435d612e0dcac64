// ast_dump (CPython's ast.dump(tree, include_attributes=...) text) and
// ConstantValue's copy/destruction.
//
// Invariants
// - Field order and omission follow CPython 3.11's Python.asdl: optional
//   fields (`?`) are left out when absent, lists are always shown.
// - Constant values print with Python's repr; ints are converted to decimal
//   with GMP, floats use the shortest round-trip digits (CPython's 'r' mode),
//   str uses Unicode printability from ICU (as str.isprintable).
// - ConstantValue::Kind::Object owns one reference (xdecref on destruction).
#include <gmp.h>
#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <cstring>

#include "frontend/ast.h"
#include "runtime/object.h"
#include "runtime/objects/str.h"

namespace coil::ast {

ConstantValue::~ConstantValue() {
  xdecref(object);
}

ConstantValue::ConstantValue(const ConstantValue& o)
    : kind(o.kind), int_text(o.int_text), number(o.number), str(o.str), bytes(o.bytes), object(o.object),
      parsed(o.parsed) {
  xincref(object);
}

ConstantValue& ConstantValue::operator=(const ConstantValue& o) {
  if (this == &o)
    return *this;
  xincref(o.object);
  Object* old = object;
  kind = o.kind;
  int_text = o.int_text;
  number = o.number;
  str = o.str;
  bytes = o.bytes;
  object = o.object;
  parsed = o.parsed;
  xdecref(old);
  return *this;
}

namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool py_printable(char32_t c) {
  if (c == ' ')
    return true;
  if (c >= 0xD800 && c <= 0xDFFF)
    return false;
  switch (u_charType(static_cast<UChar32>(c))) {
  case U_CONTROL_CHAR:
  case U_FORMAT_CHAR:
  case U_SURROGATE:
  case U_PRIVATE_USE_CHAR:
  case U_UNASSIGNED:
  case U_LINE_SEPARATOR:
  case U_PARAGRAPH_SEPARATOR:
  case U_SPACE_SEPARATOR:
    return false;
  default:
    return true;
  }
}

std::string str_repr(const std::u32string& s) {
  bool has_sq = s.find(U'\'') != std::u32string::npos;
  bool has_dq = s.find(U'"') != std::u32string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out;
  out.push_back(q);
  char buf[16];
  for (char32_t c : s) {
    if (c == static_cast<char32_t>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      out += buf;
    } else if (c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else if (py_printable(c)) {
      append_utf8(out, c);
    } else if (c <= 0xFF) {
      snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      out += buf;
    } else if (c <= 0xFFFF) {
      snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
      out += buf;
    }
  }
  out.push_back(q);
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos;
  bool has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  char buf[8];
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

// Python's repr of a double ('r' format); add_dot_0 as float.__repr__, not for complex parts.
std::string double_repr(double v, bool add_dot_0) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v < 0 ? "-inf" : "inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  bool neg = false;
  if (sci[0] == '-') {
    neg = true;
    sci.erase(0, 1);
  }
  size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::stoi(sci.substr(epos + 1));
  std::string digits;
  for (char c : mant)
    if (c != '.')
      digits.push_back(c);
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  int decpt = exp + 1;
  int nd = static_cast<int>(digits.size());
  std::string out = neg ? "-" : "";
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int e = decpt - 1;
    snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += buf;
  } else if (decpt <= 0) {
    out += "0.";
    out += std::string(-decpt, '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out += std::string(decpt - nd, '0');
    if (add_dot_0)
      out += ".0";
  } else {
    out += digits.substr(0, decpt);
    out += '.';
    out += digits.substr(decpt);
  }
  return out;
}

std::string int_repr(const std::string& text) {
  std::string t = text;
  int base = 10;
  if (t.size() > 1 && t[0] == '0') {
    char p = static_cast<char>(tolower(t[1]));
    if (p == 'x')
      base = 16;
    else if (p == 'o')
      base = 8;
    else if (p == 'b')
      base = 2;
    if (base != 10)
      t.erase(0, 2);
  }
  bool all_digits = base == 10;
  if (all_digits) {
    size_t i = 0;
    while (i + 1 < t.size() && t[i] == '0')
      i++;
    return t.substr(i);
  }
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, t.c_str(), base);
  char* s = mpz_get_str(nullptr, 10, z);
  std::string out(s);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(s, strlen(s) + 1);
  mpz_clear(z);
  return out;
}

std::string constant_repr(const ConstantValue& v) {
  switch (v.kind) {
  case ConstantValue::Kind::None:
    return "None";
  case ConstantValue::Kind::True:
    return "True";
  case ConstantValue::Kind::False:
    return "False";
  case ConstantValue::Kind::Ellipsis:
    return "Ellipsis";
  case ConstantValue::Kind::Int:
    return int_repr(v.int_text);
  case ConstantValue::Kind::Float:
    return double_repr(v.number, true);
  case ConstantValue::Kind::Complex:
    return double_repr(v.number, false) + "j";
  case ConstantValue::Kind::Str:
    return str_repr(v.str);
  case ConstantValue::Kind::Bytes:
    return bytes_repr(v.bytes);
  case ConstantValue::Kind::Object: {
    Object* r = object_repr(v.object);
    if (!r)
      return "<repr failed>";
    std::string s = str_to_std(r);
    decref(r);
    return s;
  }
  }
  return "None";
}

const char* op_name(OperatorKind k) {
  static const char* n[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                            "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return n[static_cast<int>(k)];
}
const char* unary_name(UnaryOpKind k) {
  static const char* n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[static_cast<int>(k)];
}
const char* cmp_name(CmpOpKind k) {
  static const char* n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[static_cast<int>(k)];
}
const char* ctx_name(ExprContext c) {
  return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}

std::string ident_repr(const std::string& utf8) {
  std::u32string s;
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i++]);
    if (c < 0x80) {
      s.push_back(c);
      continue;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> n);
    for (int k = 0; k < n && i < utf8.size(); k++)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i++]) & 0x3F);
    s.push_back(cp);
  }
  return str_repr(s);
}

class Dumper {
public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}

  std::string dump(const Node* n);

private:
  struct Fields {
    std::string name;
    std::vector<std::string> parts;
    void add(const char* f, const std::string& v) { parts.push_back(std::string(f) + "=" + v); }
  };
  std::string finish(Fields& f, const Node* n, bool has_attrs) {
    if (attrs_ && has_attrs) {
      f.add("lineno", std::to_string(n->lineno));
      f.add("col_offset", std::to_string(n->col_offset));
      f.add("end_lineno", std::to_string(n->end_lineno));
      f.add("end_col_offset", std::to_string(n->end_col_offset));
    }
    std::string out = f.name + "(";
    for (size_t i = 0; i < f.parts.size(); i++) {
      if (i)
        out += ", ";
      out += f.parts[i];
    }
    out += ")";
    return out;
  }
  template <class T> std::string list(const std::vector<T*>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); i++) {
      if (i)
        out += ", ";
      out += v[i] ? dump(v[i]) : "None";
    }
    return out + "]";
  }
  std::string strs(const std::vector<std::string>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); i++) {
      if (i)
        out += ", ";
      out += ident_repr(v[i]);
    }
    return out + "]";
  }
  void opt(Fields& f, const char* name, const Node* n) {
    if (n)
      f.add(name, dump(n));
  }
  std::string expr(const Expr* e);
  std::string stmt(const Stmt* s);
  std::string pattern(const Pattern* p);

  bool attrs_;
};

std::string Dumper::expr(const Expr* e) {
  Fields f;
  switch (e->kind) {
  case ExprKind::BoolOp: {
    auto* x = static_cast<const BoolOp*>(e);
    f.name = "BoolOp";
    f.add("op", x->op == BoolOpKind::And ? "And()" : "Or()");
    f.add("values", list(x->values));
    break;
  }
  case ExprKind::NamedExpr: {
    auto* x = static_cast<const NamedExpr*>(e);
    f.name = "NamedExpr";
    f.add("target", dump(x->target));
    f.add("value", dump(x->value));
    break;
  }
  case ExprKind::BinOp: {
    auto* x = static_cast<const BinOp*>(e);
    f.name = "BinOp";
    f.add("left", dump(x->left));
    f.add("op", std::string(op_name(x->op)) + "()");
    f.add("right", dump(x->right));
    break;
  }
  case ExprKind::UnaryOp: {
    auto* x = static_cast<const UnaryOp*>(e);
    f.name = "UnaryOp";
    f.add("op", std::string(unary_name(x->op)) + "()");
    f.add("operand", dump(x->operand));
    break;
  }
  case ExprKind::Lambda: {
    auto* x = static_cast<const Lambda*>(e);
    f.name = "Lambda";
    f.add("args", dump(x->args));
    f.add("body", dump(x->body));
    break;
  }
  case ExprKind::IfExp: {
    auto* x = static_cast<const IfExp*>(e);
    f.name = "IfExp";
    f.add("test", dump(x->test));
    f.add("body", dump(x->body));
    f.add("orelse", dump(x->orelse));
    break;
  }
  case ExprKind::Dict: {
    auto* x = static_cast<const Dict*>(e);
    f.name = "Dict";
    f.add("keys", list(x->keys));
    f.add("values", list(x->values));
    break;
  }
  case ExprKind::Set: {
    f.name = "Set";
    f.add("elts", list(static_cast<const Set*>(e)->elts));
    break;
  }
  case ExprKind::ListComp: {
    auto* x = static_cast<const ListComp*>(e);
    f.name = "ListComp";
    f.add("elt", dump(x->elt));
    f.add("generators", list(x->generators));
    break;
  }
  case ExprKind::SetComp: {
    auto* x = static_cast<const SetComp*>(e);
    f.name = "SetComp";
    f.add("elt", dump(x->elt));
    f.add("generators", list(x->generators));
    break;
  }
  case ExprKind::DictComp: {
    auto* x = static_cast<const DictComp*>(e);
    f.name = "DictComp";
    f.add("key", dump(x->key));
    f.add("value", dump(x->value));
    f.add("generators", list(x->generators));
    break;
  }
  case ExprKind::GeneratorExp: {
    auto* x = static_cast<const GeneratorExp*>(e);
    f.name = "GeneratorExp";
    f.add("elt", dump(x->elt));
    f.add("generators", list(x->generators));
    break;
  }
  case ExprKind::Await:
    f.name = "Await";
    f.add("value", dump(static_cast<const Await*>(e)->value));
    break;
  case ExprKind::Yield:
    f.name = "Yield";
    opt(f, "value", static_cast<const Yield*>(e)->value);
    break;
  case ExprKind::YieldFrom:
    f.name = "YieldFrom";
    f.add("value", dump(static_cast<const YieldFrom*>(e)->value));
    break;
  case ExprKind::Compare: {
    auto* x = static_cast<const Compare*>(e);
    f.name = "Compare";
    f.add("left", dump(x->left));
    std::string ops = "[";
    for (size_t i = 0; i < x->ops.size(); i++) {
      if (i)
        ops += ", ";
      ops += cmp_name(x->ops[i]);
      ops += "()";
    }
    f.add("ops", ops + "]");
    f.add("comparators", list(x->comparators));
    break;
  }
  case ExprKind::Call: {
    auto* x = static_cast<const Call*>(e);
    f.name = "Call";
    f.add("func", dump(x->func));
    f.add("args", list(x->args));
    f.add("keywords", list(x->keywords));
    break;
  }
  case ExprKind::FormattedValue: {
    auto* x = static_cast<const FormattedValue*>(e);
    f.name = "FormattedValue";
    f.add("value", dump(x->value));
    f.add("conversion", std::to_string(x->conversion));
    opt(f, "format_spec", x->format_spec);
    break;
  }
  case ExprKind::JoinedStr:
    f.name = "JoinedStr";
    f.add("values", list(static_cast<const JoinedStr*>(e)->values));
    break;
  case ExprKind::Constant: {
    auto* x = static_cast<const Constant*>(e);
    f.name = "Constant";
    f.add("value", constant_repr(x->value));
    if (!x->kind.empty())
      f.add("kind", ident_repr(x->kind));
    break;
  }
  case ExprKind::Attribute: {
    auto* x = static_cast<const Attribute*>(e);
    f.name = "Attribute";
    f.add("value", dump(x->value));
    f.add("attr", ident_repr(x->attr));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::Subscript: {
    auto* x = static_cast<const Subscript*>(e);
    f.name = "Subscript";
    f.add("value", dump(x->value));
    f.add("slice", dump(x->slice));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::Starred: {
    auto* x = static_cast<const Starred*>(e);
    f.name = "Starred";
    f.add("value", dump(x->value));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::Name: {
    auto* x = static_cast<const Name*>(e);
    f.name = "Name";
    f.add("id", ident_repr(x->id));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::List: {
    auto* x = static_cast<const List*>(e);
    f.name = "List";
    f.add("elts", list(x->elts));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::Tuple: {
    auto* x = static_cast<const Tuple*>(e);
    f.name = "Tuple";
    f.add("elts", list(x->elts));
    f.add("ctx", ctx_name(x->ctx));
    break;
  }
  case ExprKind::Slice: {
    auto* x = static_cast<const Slice*>(e);
    f.name = "Slice";
    opt(f, "lower", x->lower);
    opt(f, "upper", x->upper);
    opt(f, "step", x->step);
    break;
  }
  }
  return finish(f, e, true);
}

std::string Dumper::stmt(const Stmt* s) {
  Fields f;
  switch (s->kind) {
  case StmtKind::FunctionDef:
  case StmtKind::AsyncFunctionDef: {
    auto* x = static_cast<const FunctionDef*>(s);
    f.name = s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef";
    f.add("name", ident_repr(x->name));
    f.add("args", dump(x->args));
    f.add("body", list(x->body));
    f.add("decorator_list", list(x->decorator_list));
    opt(f, "returns", x->returns);
    if (!x->type_comment.empty())
      f.add("type_comment", ident_repr(x->type_comment));
    break;
  }
  case StmtKind::ClassDef: {
    auto* x = static_cast<const ClassDef*>(s);
    f.name = "ClassDef";
    f.add("name", ident_repr(x->name));
    f.add("bases", list(x->bases));
    f.add("keywords", list(x->keywords));
    f.add("body", list(x->body));
    f.add("decorator_list", list(x->decorator_list));
    break;
  }
  case StmtKind::Return:
    f.name = "Return";
    opt(f, "value", static_cast<const Return*>(s)->value);
    break;
  case StmtKind::Delete:
    f.name = "Delete";
    f.add("targets", list(static_cast<const Delete*>(s)->targets));
    break;
  case StmtKind::Assign: {
    auto* x = static_cast<const Assign*>(s);
    f.name = "Assign";
    f.add("targets", list(x->targets));
    f.add("value", dump(x->value));
    if (!x->type_comment.empty())
      f.add("type_comment", ident_repr(x->type_comment));
    break;
  }
  case StmtKind::AugAssign: {
    auto* x = static_cast<const AugAssign*>(s);
    f.name = "AugAssign";
    f.add("target", dump(x->target));
    f.add("op", std::string(op_name(x->op)) + "()");
    f.add("value", dump(x->value));
    break;
  }
  case StmtKind::AnnAssign: {
    auto* x = static_cast<const AnnAssign*>(s);
    f.name = "AnnAssign";
    f.add("target", dump(x->target));
    f.add("annotation", dump(x->annotation));
    opt(f, "value", x->value);
    f.add("simple", x->simple ? "1" : "0");
    break;
  }
  case StmtKind::For:
  case StmtKind::AsyncFor: {
    auto* x = static_cast<const For*>(s);
    f.name = s->kind == StmtKind::For ? "For" : "AsyncFor";
    f.add("target", dump(x->target));
    f.add("iter", dump(x->iter));
    f.add("body", list(x->body));
    f.add("orelse", list(x->orelse));
    if (!x->type_comment.empty())
      f.add("type_comment", ident_repr(x->type_comment));
    break;
  }
  case StmtKind::While: {
    auto* x = static_cast<const While*>(s);
    f.name = "While";
    f.add("test", dump(x->test));
    f.add("body", list(x->body));
    f.add("orelse", list(x->orelse));
    break;
  }
  case StmtKind::If: {
    auto* x = static_cast<const If*>(s);
    f.name = "If";
    f.add("test", dump(x->test));
    f.add("body", list(x->body));
    f.add("orelse", list(x->orelse));
    break;
  }
  case StmtKind::With:
  case StmtKind::AsyncWith: {
    auto* x = static_cast<const With*>(s);
    f.name = s->kind == StmtKind::With ? "With" : "AsyncWith";
    f.add("items", list(x->items));
    f.add("body", list(x->body));
    if (!x->type_comment.empty())
      f.add("type_comment", ident_repr(x->type_comment));
    break;
  }
  case StmtKind::Match: {
    auto* x = static_cast<const Match*>(s);
    f.name = "Match";
    f.add("subject", dump(x->subject));
    f.add("cases", list(x->cases));
    break;
  }
  case StmtKind::Raise: {
    auto* x = static_cast<const Raise*>(s);
    f.name = "Raise";
    opt(f, "exc", x->exc);
    opt(f, "cause", x->cause);
    break;
  }
  case StmtKind::Try:
  case StmtKind::TryStar: {
    auto* x = static_cast<const Try*>(s);
    f.name = s->kind == StmtKind::Try ? "Try" : "TryStar";
    f.add("body", list(x->body));
    f.add("handlers", list(x->handlers));
    f.add("orelse", list(x->orelse));
    f.add("finalbody", list(x->finalbody));
    break;
  }
  case StmtKind::Assert: {
    auto* x = static_cast<const Assert*>(s);
    f.name = "Assert";
    f.add("test", dump(x->test));
    opt(f, "msg", x->msg);
    break;
  }
  case StmtKind::Import:
    f.name = "Import";
    f.add("names", list(static_cast<const Import*>(s)->names));
    break;
  case StmtKind::ImportFrom: {
    auto* x = static_cast<const ImportFrom*>(s);
    f.name = "ImportFrom";
    if (x->has_module)
      f.add("module", ident_repr(x->module));
    f.add("names", list(x->names));
    f.add("level", std::to_string(x->level));
    break;
  }
  case StmtKind::Global:
    f.name = "Global";
    f.add("names", strs(static_cast<const Global*>(s)->names));
    break;
  case StmtKind::Nonlocal:
    f.name = "Nonlocal";
    f.add("names", strs(static_cast<const Nonlocal*>(s)->names));
    break;
  case StmtKind::Expr:
    f.name = "Expr";
    f.add("value", dump(static_cast<const ExprStmt*>(s)->value));
    break;
  case StmtKind::Pass:
    f.name = "Pass";
    break;
  case StmtKind::Break:
    f.name = "Break";
    break;
  case StmtKind::Continue:
    f.name = "Continue";
    break;
  }
  return finish(f, s, true);
}

std::string Dumper::pattern(const Pattern* p) {
  Fields f;
  switch (p->kind) {
  case PatternKind::MatchValue:
    f.name = "MatchValue";
    f.add("value", dump(static_cast<const MatchValue*>(p)->value));
    break;
  case PatternKind::MatchSingleton:
    f.name = "MatchSingleton";
    f.add("value", constant_repr(static_cast<const MatchSingleton*>(p)->value));
    break;
  case PatternKind::MatchSequence:
    f.name = "MatchSequence";
    f.add("patterns", list(static_cast<const MatchSequence*>(p)->patterns));
    break;
  case PatternKind::MatchMapping: {
    auto* x = static_cast<const MatchMapping*>(p);
    f.name = "MatchMapping";
    f.add("keys", list(x->keys));
    f.add("patterns", list(x->patterns));
    if (x->has_rest)
      f.add("rest", ident_repr(x->rest));
    break;
  }
  case PatternKind::MatchClass: {
    auto* x = static_cast<const MatchClass*>(p);
    f.name = "MatchClass";
    f.add("cls", dump(x->cls));
    f.add("patterns", list(x->patterns));
    f.add("kwd_attrs", strs(x->kwd_attrs));
    f.add("kwd_patterns", list(x->kwd_patterns));
    break;
  }
  case PatternKind::MatchStar: {
    auto* x = static_cast<const MatchStar*>(p);
    f.name = "MatchStar";
    if (x->has_name)
      f.add("name", ident_repr(x->name));
    break;
  }
  case PatternKind::MatchAs: {
    auto* x = static_cast<const MatchAs*>(p);
    f.name = "MatchAs";
    opt(f, "pattern", x->pattern);
    if (x->has_name)
      f.add("name", ident_repr(x->name));
    break;
  }
  case PatternKind::MatchOr:
    f.name = "MatchOr";
    f.add("patterns", list(static_cast<const MatchOr*>(p)->patterns));
    break;
  }
  return finish(f, p, true);
}

std::string Dumper::dump(const Node* n) {
  if (!n)
    return "None";
  if (auto* e = dynamic_cast<const Expr*>(n))
    return expr(e);
  if (auto* s = dynamic_cast<const Stmt*>(n))
    return stmt(s);
  if (auto* p = dynamic_cast<const Pattern*>(n))
    return pattern(p);
  Fields f;
  if (auto* m = dynamic_cast<const Mod*>(n)) {
    switch (m->kind) {
    case ModKind::Module:
      f.name = "Module";
      f.add("body", list(m->body));
      f.add("type_ignores", "[]");
      break;
    case ModKind::Interactive:
      f.name = "Interactive";
      f.add("body", list(m->body));
      break;
    case ModKind::Expression:
      f.name = "Expression";
      f.add("body", dump(m->expr));
      break;
    }
    return finish(f, n, false);
  }
  if (auto* c = dynamic_cast<const Comprehension*>(n)) {
    f.name = "comprehension";
    f.add("target", dump(c->target));
    f.add("iter", dump(c->iter));
    f.add("ifs", list(c->ifs));
    f.add("is_async", c->is_async ? "1" : "0");
    return finish(f, n, false);
  }
  if (auto* a = dynamic_cast<const Arguments*>(n)) {
    f.name = "arguments";
    f.add("posonlyargs", list(a->posonlyargs));
    f.add("args", list(a->args));
    opt(f, "vararg", a->vararg);
    f.add("kwonlyargs", list(a->kwonlyargs));
    f.add("kw_defaults", list(a->kw_defaults));
    opt(f, "kwarg", a->kwarg);
    f.add("defaults", list(a->defaults));
    return finish(f, n, false);
  }
  if (auto* a = dynamic_cast<const Arg*>(n)) {
    f.name = "arg";
    f.add("arg", ident_repr(a->arg));
    opt(f, "annotation", a->annotation);
    if (!a->type_comment.empty())
      f.add("type_comment", ident_repr(a->type_comment));
    return finish(f, n, true);
  }
  if (auto* k = dynamic_cast<const Keyword*>(n)) {
    f.name = "keyword";
    if (k->has_arg)
      f.add("arg", ident_repr(k->arg));
    f.add("value", dump(k->value));
    return finish(f, n, true);
  }
  if (auto* a = dynamic_cast<const Alias*>(n)) {
    f.name = "alias";
    f.add("name", ident_repr(a->name));
    if (a->has_asname)
      f.add("asname", ident_repr(a->asname));
    return finish(f, n, true);
  }
  if (auto* w = dynamic_cast<const WithItem*>(n)) {
    f.name = "withitem";
    f.add("context_expr", dump(w->context_expr));
    opt(f, "optional_vars", w->optional_vars);
    return finish(f, n, false);
  }
  if (auto* h = dynamic_cast<const ExceptHandler*>(n)) {
    f.name = "ExceptHandler";
    opt(f, "type", h->type);
    if (h->has_name)
      f.add("name", ident_repr(h->name));
    f.add("body", list(h->body));
    return finish(f, n, true);
  }
  if (auto* c = dynamic_cast<const MatchCase*>(n)) {
    f.name = "match_case";
    f.add("pattern", dump(c->pattern));
    opt(f, "guard", c->guard);
    f.add("body", list(c->body));
    return finish(f, n, false);
  }
  return "<?>";
}

} // namespace

std::string ast_dump(const Node* node, bool include_attributes) {
  return Dumper(include_attributes).dump(node);
}

} // namespace coil::ast
