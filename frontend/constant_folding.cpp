// AST-level constant folding, as CPython 3.11's ast_opt.c: binary/unary
// operators on constants (with its size limits), constant subscripts,
// tuples of constants, `in [..]`/`in {..}` and for-loop iterables turned
// into tuples/frozensets, `not (a is b)` -> `a is not b`, and __debug__.
//
// Invariants
// - Folding replaces the pointer to a node in its parent by a new Constant
//   node (Kind::Object, owning its value) allocated in the tree's arena.
// - Any error while evaluating (ZeroDivisionError, OverflowError, ...) is
//   cleared and the expression is left unfolded, as CPython does.
#include <climits>

#include "frontend/ast_objects.h"
#include "frontend/compiler.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/stack_guard.h"

namespace coil::frontend {

using namespace ast;

namespace {

constexpr size_t MAX_INT_SIZE = 128; // bits
constexpr ssize MAX_COLLECTION_SIZE = 256;
constexpr ssize MAX_STR_SIZE = 4096;
constexpr ssize MAX_TOTAL_ITEMS = 1024;

Object* value_of(const ConstantValue& v) {
  return constant_value_object(v);
}

size_t num_bits(Object* o) {
  if (!int_check(o))
    return 0;
  auto* i = static_cast<IntObject*>(o);
  if (!i->is_big) {
    uint64_t v = i->small < 0 ? uint64_t(-(i->small + 1)) + 1 : uint64_t(i->small);
    size_t n = 0;
    while (v) {
      n++;
      v >>= 1;
    }
    return n;
  }
  return mpz_sizeinbase(i->big, 2);
}

bool is_int(Object* o) {
  return int_check(o);
}

// Total number of items in nested tuples/frozensets, bounded by `limit`; -1 when over.
ssize check_complexity(Object* o, ssize limit) {
  if (tuple_check(o)) {
    limit -= tuple_size(o);
    for (ssize i = 0; limit >= 0 && i < tuple_size(o); i++)
      limit = check_complexity(tuple_get(o, i), limit);
    return limit;
  }
  if (o->type == &FrozenSetType) {
    limit -= set_size(o);
    ssize pos = 0;
    Object* k;
    hash_t h;
    while (limit >= 0 && set_next(o, &pos, &k, &h))
      limit = check_complexity(k, limit);
  }
  return limit;
}

class Folder {
public:
  Folder(Arena& arena, int optimize, bool fut, std::vector<Object*>* parse_objects)
      : arena_(arena), parse_objects_(parse_objects), optimize_(optimize), future_annotations_(fut) {
    // CPython 3.11 bounds the AST passes by 3 levels per Python recursion
    // level: RecursionError "... during compilation" past the limit. A
    // compile()/exec()/eval() call counts as one level, as the builtin call
    // does in CPython.
    if (ThreadState* ts = ThreadState::current()) {
      ts_ = ts;
      int py = ts->py_recursion_depth;
      depth_ = (py > 0 ? py + 1 : 0) * 3;
      limit_ = ts->interp->recursion_limit * 3;
    }
  }
  bool ok = true;

  void mod(Mod* m) {
    if (m->kind == ModKind::Expression)
      expr(m->expr);
    else
      body(m->body);
  }

private:
  Arena& arena_;
  std::vector<Object*>* parse_objects_; // owned references; nullptr: keep none
  int optimize_;
  bool future_annotations_;
  ThreadState* ts_ = nullptr;
  int depth_ = 0, limit_ = INT_MAX;

  // Counts one nesting level; false (RecursionError set, ok cleared) past
  // the limit or near the end of the native stack.
  bool enter() {
    if (!ok)
      return false;
    if (++depth_ > limit_ || (ts_ && stack_exhausted(ts_))) {
      --depth_;
      ok = false;
      err_set_string(RecursionError, "maximum recursion depth exceeded during compilation");
      return false;
    }
    return true;
  }

  void annotation(Expr*& e) {
    if (e && !future_annotations_)
      expr(e);
  }

  static bool is_docstring(const std::vector<Stmt*>& b) {
    if (b.empty() || b[0]->kind != StmtKind::Expr)
      return false;
    Expr* e = static_cast<ExprStmt*>(b[0])->value;
    if (e->kind != ExprKind::Constant)
      return false;
    auto& v = static_cast<Constant*>(e)->value;
    return v.kind == ConstantValue::Kind::Str ||
           (v.kind == ConstantValue::Kind::Object && str_check_exact(v.object));
  }

  void body(std::vector<Stmt*>& stmts) {
    bool had_doc = is_docstring(stmts);
    stmts_(stmts);
    if (!had_doc && is_docstring(stmts)) {
      // A folded string must not become a docstring.
      auto* st = static_cast<ExprStmt*>(stmts[0]);
      auto* js = arena_.make<JoinedStr>();
      copy_pos(js, st);
      js->values.push_back(st->value);
      st->value = js;
    }
  }

  static void copy_pos(Node* to, const Node* from) {
    to->lineno = from->lineno;
    to->col_offset = from->col_offset;
    to->end_lineno = from->end_lineno;
    to->end_col_offset = from->end_col_offset;
  }

  // Replaces *slot by a Constant holding `val` (stolen). A null `val` means
  // evaluation failed: clear the error and keep the expression.
  void make_const(Expr*& slot, Object* val) {
    if (!val) {
      if (err_matches(KeyboardInterrupt)) {
        ok = false;
        return;
      }
      err_clear();
      return;
    }
    auto* c = arena_.make<Constant>();
    copy_pos(c, slot);
    c->value.kind = ConstantValue::Kind::Object;
    c->value.object = val;
    slot = c;
    // CPython's ast_opt puts every folded value in the parser's arena too.
    if (parse_objects_)
      parse_objects_->push_back(newref(val));
  }

  static Object* const_value(Expr* e) { return value_of(static_cast<Constant*>(e)->value); }

  Object* make_const_tuple(const std::vector<Expr*>& elts) {
    for (auto* e : elts)
      if (e->kind != ExprKind::Constant)
        return nullptr;
    Object* t = tuple_new(ssize(elts.size()));
    if (!t)
      return nullptr;
    for (size_t i = 0; i < elts.size(); i++) {
      Object* v = const_value(elts[i]);
      if (!v) {
        decref(t);
        return nullptr;
      }
      tuple_set(t, ssize(i), v);
    }
    return t;
  }

  void stmts_(std::vector<Stmt*>& v) {
    for (auto* s : v)
      stmt(s);
  }
  void exprs(std::vector<Expr*>& v) {
    for (auto*& e : v)
      if (e)
        expr(e);
  }
  void opt(Expr*& e) {
    if (e)
      expr(e);
  }

  void arguments(Arguments* a) {
    for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (auto* arg : *v)
        annotation(arg->annotation);
    if (a->vararg)
      annotation(a->vararg->annotation);
    if (a->kwarg)
      annotation(a->kwarg->annotation);
    exprs(a->kw_defaults);
    exprs(a->defaults);
  }

  void comprehensions(std::vector<Comprehension*>& gens) {
    for (auto* g : gens) {
      expr(g->target);
      expr(g->iter);
      exprs(g->ifs);
      fold_iter(g->iter);
    }
  }

  void fold_iter(Expr*& arg) {
    Object* val = nullptr;
    if (arg->kind == ExprKind::List) {
      auto* l = static_cast<List*>(arg);
      for (auto* e : l->elts)
        if (e->kind == ExprKind::Starred)
          return;
      auto* t = arena_.make<ast::Tuple>();
      copy_pos(t, l);
      t->elts = l->elts;
      t->ctx = l->ctx;
      arg = t;
      val = make_const_tuple(t->elts);
    } else if (arg->kind == ExprKind::Set) {
      val = make_const_tuple(static_cast<ast::Set*>(arg)->elts);
      if (val) {
        Object* fs = frozenset_new(val);
        decref(val);
        val = fs;
        if (!val) {
          make_const(arg, nullptr);
          return;
        }
      }
    } else {
      return;
    }
    if (val)
      make_const(arg, val);
    else if (err_occurred())
      make_const(arg, nullptr);
  }

  // ---- printf-style formatting with only %s/%r/%a becomes an f-string
  static bool is_str_constant(Expr* e, std::u32string* out) {
    if (e->kind != ExprKind::Constant)
      return false;
    auto& v = static_cast<Constant*>(e)->value;
    if (v.kind == ConstantValue::Kind::Str) {
      *out = v.str;
      return true;
    }
    if (v.kind == ConstantValue::Kind::Object && str_check(v.object)) {
      out->clear();
      for (ssize i = 0; i < str_length(v.object); i++)
        out->push_back(char32_t(str_char_at(v.object, i)));
      return true;
    }
    return false;
  }

  Constant* str_constant(const std::u32string& s) {
    auto* c = arena_.make<Constant>();
    c->lineno = c->end_lineno = c->col_offset = c->end_col_offset = -1;
    c->value.kind = ConstantValue::Kind::Str;
    c->value.str = s;
    return c;
  }

  // Literal text up to the next lone '%' ("%%" becomes "%"), or null if empty.
  Expr* parse_literal(const std::u32string& fmt, size_t* ppos) {
    size_t start = *ppos, pos = start;
    std::u32string text;
    while (pos < fmt.size()) {
      if (fmt[pos] != U'%') {
        text.push_back(fmt[pos]);
        pos++;
      } else if (pos + 1 < fmt.size() && fmt[pos + 1] == U'%') {
        text.push_back(U'%');
        pos += 2;
      } else {
        break;
      }
    }
    *ppos = pos;
    if (pos == start)
      return nullptr;
    return str_constant(text);
  }

  // One conversion after '%': flags, width and precision of at most 2 digits.
  Expr* parse_format(const std::u32string& fmt, size_t* ppos, Expr* arg) {
    constexpr int MAXDIGITS = 3;
    size_t pos = *ppos, len = fmt.size();
    char32_t ch = 0;
    bool ljust = false;
    int width = -1, prec = -1;
    auto next = [&]() {
      if (pos >= len)
        return false;
      ch = fmt[pos++];
      return true;
    };
    while (true) {
      if (!next())
        return nullptr;
      if (ch == U'-') {
        ljust = true;
        continue;
      }
      if (ch == U'+' || ch == U' ' || ch == U'#' || ch == U'0')
        continue;
      break;
    }
    if (ch >= U'0' && ch <= U'9') {
      width = 0;
      int digits = 0;
      while (ch >= U'0' && ch <= U'9') {
        width = width * 10 + int(ch - U'0');
        if (!next())
          return nullptr;
        if (++digits >= MAXDIGITS)
          return nullptr;
      }
    }
    if (ch == U'.') {
      if (!next())
        return nullptr;
      prec = 0;
      if (ch >= U'0' && ch <= U'9') {
        int digits = 0;
        while (ch >= U'0' && ch <= U'9') {
          prec = prec * 10 + int(ch - U'0');
          if (!next())
            return nullptr;
          if (++digits >= MAXDIGITS)
            return nullptr;
        }
      }
    }
    if (ch != U's' && ch != U'r' && ch != U'a')
      return nullptr;
    *ppos = pos;
    std::string spec;
    if (!ljust && width > 0)
      spec += '>';
    if (width >= 0)
      spec += std::to_string(width);
    if (prec >= 0)
      spec += "." + std::to_string(prec);
    auto* fv = arena_.make<FormattedValue>();
    copy_pos(fv, arg);
    fv->value = arg;
    fv->conversion = int(ch);
    if (!spec.empty())
      fv->format_spec = str_constant(std::u32string(spec.begin(), spec.end()));
    return fv;
  }

  void optimize_format(Expr*& slot, const std::u32string& fmt, const std::vector<Expr*>& elts) {
    std::vector<Expr*> seq;
    size_t pos = 0, cnt = 0;
    while (true) {
      if (Expr* lit = parse_literal(fmt, &pos))
        seq.push_back(lit);
      if (pos >= fmt.size())
        break;
      if (cnt >= elts.size())
        return;
      pos++; // the '%'
      Expr* e = parse_format(fmt, &pos, elts[cnt]);
      cnt++;
      if (!e)
        return;
      seq.push_back(e);
    }
    if (cnt < elts.size())
      return;
    auto* js = arena_.make<JoinedStr>();
    copy_pos(js, slot);
    js->values = seq;
    slot = js;
  }

  void fold_binop(Expr*& slot) {
    auto* b = static_cast<BinOp*>(slot);
    if (b->left->kind != ExprKind::Constant)
      return;
    std::u32string fmt;
    if (b->op == OperatorKind::Mod && b->right->kind == ExprKind::Tuple && is_str_constant(b->left, &fmt)) {
      auto& elts = static_cast<ast::Tuple*>(b->right)->elts;
      for (auto* e : elts)
        if (e->kind == ExprKind::Starred)
          goto no_format;
      optimize_format(slot, fmt, elts);
      return;
    }
  no_format:
    if (b->right->kind != ExprKind::Constant)
      return;
    Object* lv = const_value(b->left);
    Object* rv = const_value(b->right);
    if (!lv || !rv) {
      xdecref(lv);
      xdecref(rv);
      make_const(slot, nullptr);
      return;
    }
    Object* res = nullptr;
    bool refuse = false;
    switch (b->op) {
    case OperatorKind::Add:
      res = binary_op(lv, rv, NB_ADD);
      break;
    case OperatorKind::Sub:
      res = binary_op(lv, rv, NB_SUBTRACT);
      break;
    case OperatorKind::Mult: {
      if (is_int(lv) && is_int(rv) && !int_is_zero(lv) && !int_is_zero(rv)) {
        if (num_bits(lv) + num_bits(rv) > MAX_INT_SIZE)
          refuse = true;
      } else {
        Object* n = is_int(lv) ? lv : is_int(rv) ? rv : nullptr;
        Object* seq = n == lv ? rv : lv;
        if (n && (tuple_check(seq) || seq->type == &FrozenSetType)) {
          ssize size = object_length(seq);
          if (size < 0) {
            err_clear();
            refuse = true;
          } else if (size) {
            bool of = false;
            int64_t k = int_as_i64(n, &of);
            if (of || k < 0 || k > MAX_COLLECTION_SIZE / size)
              refuse = true;
            else if (k && check_complexity(seq, MAX_TOTAL_ITEMS / k) < 0)
              refuse = true;
          }
        } else if (n && (str_check(seq) || bytes_check(seq))) {
          ssize size = object_length(seq);
          if (size < 0) {
            err_clear();
            refuse = true;
          } else if (size) {
            bool of = false;
            int64_t k = int_as_i64(n, &of);
            if (of || k < 0 || k > MAX_STR_SIZE / size)
              refuse = true;
          }
        }
      }
      if (!refuse)
        res = binary_op(lv, rv, NB_MULTIPLY);
      break;
    }
    case OperatorKind::Div:
      res = binary_op(lv, rv, NB_TRUE_DIVIDE);
      break;
    case OperatorKind::FloorDiv:
      res = binary_op(lv, rv, NB_FLOOR_DIVIDE);
      break;
    case OperatorKind::Mod:
      if (str_check(lv) || bytes_check(lv))
        refuse = true;
      else
        res = binary_op(lv, rv, NB_REMAINDER);
      break;
    case OperatorKind::Pow:
      if (is_int(lv) && is_int(rv) && !int_is_zero(lv) && int_sign(rv) > 0) {
        size_t vbits = num_bits(lv);
        bool of = false;
        int64_t w = int_as_i64(rv, &of);
        if (of || (w > 0 && vbits > MAX_INT_SIZE / size_t(w)))
          refuse = true;
      }
      if (!refuse)
        res = number_power(lv, rv, None);
      break;
    case OperatorKind::LShift:
      if (is_int(lv) && is_int(rv) && !int_is_zero(lv) && !int_is_zero(rv)) {
        if (int_sign(rv) < 0) {
          res = binary_op(lv, rv, NB_LSHIFT); // raises ValueError: negative shift count
          break;
        }
        bool of = false;
        int64_t w = int_as_i64(rv, &of);
        size_t vbits = num_bits(lv);
        if (of || size_t(w) > MAX_INT_SIZE || vbits > MAX_INT_SIZE - size_t(w))
          refuse = true;
      }
      if (!refuse)
        res = binary_op(lv, rv, NB_LSHIFT);
      break;
    case OperatorKind::RShift:
      res = binary_op(lv, rv, NB_RSHIFT);
      break;
    case OperatorKind::BitOr:
      res = binary_op(lv, rv, NB_OR);
      break;
    case OperatorKind::BitXor:
      res = binary_op(lv, rv, NB_XOR);
      break;
    case OperatorKind::BitAnd:
      res = binary_op(lv, rv, NB_AND);
      break;
    case OperatorKind::MatMult:
      res = binary_op(lv, rv, NB_MATRIX_MULTIPLY);
      break;
    }
    decref(lv);
    decref(rv);
    if (refuse)
      return;
    make_const(slot, res);
  }

  void fold_unaryop(Expr*& slot) {
    auto* u = static_cast<UnaryOp*>(slot);
    Expr* arg = u->operand;
    if (arg->kind != ExprKind::Constant) {
      if (u->op == UnaryOpKind::Not && arg->kind == ExprKind::Compare) {
        auto* c = static_cast<Compare*>(arg);
        if (c->ops.size() == 1) {
          CmpOpKind op = c->ops[0];
          bool done = true;
          switch (op) {
          case CmpOpKind::Is:
            c->ops[0] = CmpOpKind::IsNot;
            break;
          case CmpOpKind::IsNot:
            c->ops[0] = CmpOpKind::Is;
            break;
          case CmpOpKind::In:
            c->ops[0] = CmpOpKind::NotIn;
            break;
          case CmpOpKind::NotIn:
            c->ops[0] = CmpOpKind::In;
            break;
          default:
            done = false;
          }
          if (done) {
            // The comparison (with its own position) replaces the `not`.
            slot = c;
          }
        }
      }
      return;
    }
    Object* v = const_value(arg);
    if (!v) {
      make_const(slot, nullptr);
      return;
    }
    Object* res = nullptr;
    switch (u->op) {
    case UnaryOpKind::Invert:
      res = number_invert(v);
      break;
    case UnaryOpKind::Not: {
      int t = object_is_true(v);
      res = t < 0 ? nullptr : bool_from(!t);
      break;
    }
    case UnaryOpKind::UAdd:
      res = number_positive(v);
      break;
    case UnaryOpKind::USub:
      res = number_negative(v);
      break;
    }
    decref(v);
    make_const(slot, res);
  }

  // The object CPython's parser makes for a number, string or bytes literal
  // (before folding replaces it), kept in the parse-object list.
  void make_parsed(Constant* c) {
    using K = ConstantValue::Kind;
    K k = c->value.kind;
    if (!parse_objects_ || c->value.parsed ||
        !(k == K::Int || k == K::Float || k == K::Complex || k == K::Str || k == K::Bytes))
      return;
    Object* o = value_of(c->value);
    if (!o) {
      ok = false;
      return;
    }
    parse_objects_->push_back(o);
    c->value.parsed = o;
  }

  void expr(Expr*& e) {
    if (!enter())
      return;
    if (e->kind == ExprKind::Constant)
      make_parsed(static_cast<Constant*>(e));
    expr_(e);
    --depth_;
  }

  void expr_(Expr*& e) {
    switch (e->kind) {
    case ExprKind::BoolOp:
      exprs(static_cast<BoolOp*>(e)->values);
      break;
    case ExprKind::NamedExpr:
      expr(static_cast<NamedExpr*>(e)->value);
      break;
    case ExprKind::BinOp:
      expr(static_cast<BinOp*>(e)->left);
      expr(static_cast<BinOp*>(e)->right);
      fold_binop(e);
      break;
    case ExprKind::UnaryOp:
      expr(static_cast<UnaryOp*>(e)->operand);
      fold_unaryop(e);
      break;
    case ExprKind::Lambda:
      arguments(static_cast<Lambda*>(e)->args);
      expr(static_cast<Lambda*>(e)->body);
      break;
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      expr(i->test);
      expr(i->body);
      expr(i->orelse);
      break;
    }
    case ExprKind::Dict:
      exprs(static_cast<Dict*>(e)->keys);
      exprs(static_cast<Dict*>(e)->values);
      break;
    case ExprKind::Set:
      exprs(static_cast<ast::Set*>(e)->elts);
      break;
    case ExprKind::ListComp:
      expr(static_cast<ListComp*>(e)->elt);
      comprehensions(static_cast<ListComp*>(e)->generators);
      break;
    case ExprKind::SetComp:
      expr(static_cast<SetComp*>(e)->elt);
      comprehensions(static_cast<SetComp*>(e)->generators);
      break;
    case ExprKind::DictComp:
      expr(static_cast<DictComp*>(e)->key);
      expr(static_cast<DictComp*>(e)->value);
      comprehensions(static_cast<DictComp*>(e)->generators);
      break;
    case ExprKind::GeneratorExp:
      expr(static_cast<GeneratorExp*>(e)->elt);
      comprehensions(static_cast<GeneratorExp*>(e)->generators);
      break;
    case ExprKind::Await:
      expr(static_cast<Await*>(e)->value);
      break;
    case ExprKind::Yield:
      opt(static_cast<Yield*>(e)->value);
      break;
    case ExprKind::YieldFrom:
      expr(static_cast<YieldFrom*>(e)->value);
      break;
    case ExprKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      expr(c->left);
      exprs(c->comparators);
      CmpOpKind last = c->ops.back();
      if (last == CmpOpKind::In || last == CmpOpKind::NotIn)
        fold_iter(c->comparators.back());
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<Call*>(e);
      expr(c->func);
      exprs(c->args);
      for (auto* k : c->keywords)
        expr(k->value);
      break;
    }
    case ExprKind::FormattedValue:
      expr(static_cast<FormattedValue*>(e)->value);
      opt(static_cast<FormattedValue*>(e)->format_spec);
      break;
    case ExprKind::JoinedStr:
      exprs(static_cast<JoinedStr*>(e)->values);
      break;
    case ExprKind::Attribute:
      expr(static_cast<Attribute*>(e)->value);
      break;
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      expr(s->value);
      expr(s->slice);
      if (s->ctx == ExprContext::Load && s->value->kind == ExprKind::Constant &&
          s->slice->kind == ExprKind::Constant) {
        Object* v = const_value(s->value);
        Object* i = const_value(s->slice);
        Object* r = (v && i) ? object_getitem(v, i) : nullptr;
        xdecref(v);
        xdecref(i);
        make_const(e, r);
      }
      break;
    }
    case ExprKind::Starred:
      expr(static_cast<Starred*>(e)->value);
      break;
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      opt(s->lower);
      opt(s->upper);
      opt(s->step);
      break;
    }
    case ExprKind::List:
      exprs(static_cast<List*>(e)->elts);
      break;
    case ExprKind::Tuple: {
      auto* t = static_cast<ast::Tuple*>(e);
      exprs(t->elts);
      if (t->ctx == ExprContext::Load) {
        Object* v = make_const_tuple(t->elts);
        if (v)
          make_const(e, v);
        else if (err_occurred())
          make_const(e, nullptr);
      }
      break;
    }
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(e);
      if (n->ctx == ExprContext::Load && n->id == "__debug__")
        make_const(e, bool_from(!optimize_));
      break;
    }
    case ExprKind::Constant:
      break;
    }
  }

  void pattern(Pattern* p) {
    switch (p->kind) {
    case PatternKind::MatchValue:
      expr(static_cast<MatchValue*>(p)->value);
      break;
    case PatternKind::MatchSequence:
      for (auto* q : static_cast<MatchSequence*>(p)->patterns)
        pattern(q);
      break;
    case PatternKind::MatchMapping: {
      auto* m = static_cast<MatchMapping*>(p);
      exprs(m->keys);
      for (auto* q : m->patterns)
        pattern(q);
      break;
    }
    case PatternKind::MatchClass: {
      auto* m = static_cast<MatchClass*>(p);
      expr(m->cls);
      for (auto* q : m->patterns)
        pattern(q);
      for (auto* q : m->kwd_patterns)
        pattern(q);
      break;
    }
    case PatternKind::MatchAs:
      if (static_cast<MatchAs*>(p)->pattern)
        pattern(static_cast<MatchAs*>(p)->pattern);
      break;
    case PatternKind::MatchOr:
      for (auto* q : static_cast<MatchOr*>(p)->patterns)
        pattern(q);
      break;
    default:
      break;
    }
  }

  void stmt(Stmt* s) {
    if (!enter())
      return;
    stmt_(s);
    --depth_;
  }

  void stmt_(Stmt* s) {
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* f = static_cast<FunctionDef*>(s);
      arguments(f->args);
      body(f->body);
      exprs(f->decorator_list);
      annotation(f->returns);
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<ClassDef*>(s);
      exprs(c->bases);
      for (auto* k : c->keywords)
        expr(k->value);
      body(c->body);
      exprs(c->decorator_list);
      break;
    }
    case StmtKind::Return:
      opt(static_cast<Return*>(s)->value);
      break;
    case StmtKind::Delete:
      exprs(static_cast<Delete*>(s)->targets);
      break;
    case StmtKind::Assign:
      exprs(static_cast<Assign*>(s)->targets);
      expr(static_cast<Assign*>(s)->value);
      break;
    case StmtKind::AugAssign:
      expr(static_cast<AugAssign*>(s)->target);
      expr(static_cast<AugAssign*>(s)->value);
      break;
    case StmtKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      expr(a->target);
      annotation(a->annotation);
      opt(a->value);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* f = static_cast<For*>(s);
      expr(f->target);
      expr(f->iter);
      stmts_(f->body);
      stmts_(f->orelse);
      if (s->kind == StmtKind::For)
        fold_iter(f->iter);
      break;
    }
    case StmtKind::While:
      expr(static_cast<While*>(s)->test);
      stmts_(static_cast<While*>(s)->body);
      stmts_(static_cast<While*>(s)->orelse);
      break;
    case StmtKind::If:
      expr(static_cast<If*>(s)->test);
      stmts_(static_cast<If*>(s)->body);
      stmts_(static_cast<If*>(s)->orelse);
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* w = static_cast<With*>(s);
      for (auto* i : w->items) {
        expr(i->context_expr);
        opt(i->optional_vars);
      }
      stmts_(w->body);
      break;
    }
    case StmtKind::Raise:
      opt(static_cast<Raise*>(s)->exc);
      opt(static_cast<Raise*>(s)->cause);
      break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<Try*>(s);
      stmts_(t->body);
      for (auto* h : t->handlers) {
        opt(h->type);
        stmts_(h->body);
      }
      stmts_(t->orelse);
      stmts_(t->finalbody);
      break;
    }
    case StmtKind::Assert:
      expr(static_cast<Assert*>(s)->test);
      opt(static_cast<Assert*>(s)->msg);
      break;
    case StmtKind::Expr:
      expr(static_cast<ExprStmt*>(s)->value);
      break;
    case StmtKind::Match: {
      auto* m = static_cast<Match*>(s);
      expr(m->subject);
      for (auto* c : m->cases) {
        pattern(c->pattern);
        opt(c->guard);
        stmts_(c->body);
      }
      break;
    }
    default:
      break;
    }
  }
};

} // namespace

bool fold_constants(Mod* mod, Arena& arena, int optimize, bool future_annotations,
                    std::vector<Object*>* parse_objects) {
  Folder f(arena, optimize, future_annotations, parse_objects);
  f.mod(mod);
  return f.ok;
}

} // namespace coil::frontend
