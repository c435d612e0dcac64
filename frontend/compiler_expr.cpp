// Expressions: operators, comparisons, calls (PRECALL/CALL/KW_NAMES,
// LOAD_METHOD, CALL_FUNCTION_EX), displays with starred items, f-strings,
// lambdas, comprehensions (nested functions in 3.11), yield/await.
#include "frontend/ast_objects.h"
#include "frontend/compiler_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::frontend {

using namespace ast;
using namespace bytecode;

void update_attr_location(Compiler& c, Attribute* attr); // compiler_stmt.cpp

namespace {
constexpr int STACK_USE_GUIDELINE = 30;
enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

int binop_arg(OperatorKind op) {
  switch (op) {
  case OperatorKind::Add:
    return NB_ADD;
  case OperatorKind::Sub:
    return NB_SUBTRACT;
  case OperatorKind::Mult:
    return NB_MULTIPLY;
  case OperatorKind::MatMult:
    return NB_MATRIX_MULTIPLY;
  case OperatorKind::Div:
    return NB_TRUE_DIVIDE;
  case OperatorKind::Mod:
    return NB_REMAINDER;
  case OperatorKind::Pow:
    return NB_POWER;
  case OperatorKind::LShift:
    return NB_LSHIFT;
  case OperatorKind::RShift:
    return NB_RSHIFT;
  case OperatorKind::BitOr:
    return NB_OR;
  case OperatorKind::BitXor:
    return NB_XOR;
  case OperatorKind::BitAnd:
    return NB_AND;
  case OperatorKind::FloorDiv:
    return NB_FLOOR_DIVIDE;
  }
  return 0;
}

} // namespace

Object* Compiler::constant_object(const ConstantValue& v) {
  return constant_value_object(v);
}

bool Compiler::is_const_expr(Expr* e) {
  return e && e->kind == ExprKind::Constant;
}

void Compiler::visit_expr(Expr* e) {
  Location saved = u_->loc;
  set_loc(e);
  visit_expr1(e);
  u_->loc = saved;
}

void Compiler::addcompare(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    addop(COMPARE_OP, CMP_EQ);
    break;
  case CmpOpKind::NotEq:
    addop(COMPARE_OP, CMP_NE);
    break;
  case CmpOpKind::Lt:
    addop(COMPARE_OP, CMP_LT);
    break;
  case CmpOpKind::LtE:
    addop(COMPARE_OP, CMP_LE);
    break;
  case CmpOpKind::Gt:
    addop(COMPARE_OP, CMP_GT);
    break;
  case CmpOpKind::GtE:
    addop(COMPARE_OP, CMP_GE);
    break;
  case CmpOpKind::Is:
    addop(IS_OP, 0);
    break;
  case CmpOpKind::IsNot:
    addop(IS_OP, 1);
    break;
  case CmpOpKind::In:
    addop(CONTAINS_OP, 0);
    break;
  case CmpOpKind::NotIn:
    addop(CONTAINS_OP, 1);
    break;
  }
}

void Compiler::jump_if(Expr* e, Block* next, bool cond) {
  // CPython 3.11 leaves a comparison's location current after testing it
  // (its jumps and what follows carry it); other tests keep the outer one.
  if (e->kind == ExprKind::Compare)
    set_loc(e);
  switch (e->kind) {
  case ExprKind::UnaryOp:
    if (static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
      jump_if(static_cast<UnaryOp*>(e)->operand, next, !cond);
      return;
    }
    break;
  case ExprKind::BoolOp: {
    auto* b = static_cast<BoolOp*>(e);
    size_t n = b->values.size() - 1;
    bool cond2 = b->op == BoolOpKind::Or;
    Block* next2 = next;
    if (cond2 != cond)
      next2 = new_block();
    for (size_t i = 0; i < n; i++)
      jump_if(b->values[i], next2, cond2);
    jump_if(b->values[n], next, cond);
    if (next2 != next)
      use_next_block(next2);
    return;
  }
  case ExprKind::IfExp: {
    auto* i = static_cast<IfExp*>(e);
    Block* end = new_block();
    Block* next2 = new_block();
    jump_if(i->test, next2, false);
    jump_if(i->body, next, cond);
    Location saved = u_->loc;
    unset_loc();
    addop_jump(JUMP, end);
    u_->loc = saved;
    use_next_block(next2);
    jump_if(i->orelse, next, cond);
    use_next_block(end);
    return;
  }
  case ExprKind::Compare: {
    auto* c = static_cast<Compare*>(e);
    size_t n = c->ops.size() - 1;
    if (n > 0) {
      check_compare(c);
      Block* cleanup = new_block();
      visit_expr(c->left);
      for (size_t i = 0; i < n; i++) {
        visit_expr(c->comparators[i]);
        addop(SWAP, 2);
        addop(COPY, 2);
        addcompare(c->ops[i]);
        addop_jump(POP_JUMP_IF_FALSE, cleanup);
        next_block();
      }
      visit_expr(c->comparators[n]);
      addcompare(c->ops[n]);
      addop_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
      Block* end = new_block();
      Location saved = u_->loc;
      unset_loc();
      addop_jump(JUMP, end);
      u_->loc = saved;
      use_next_block(cleanup);
      addop(POP_TOP);
      if (!cond) {
        unset_loc();
        addop_jump(JUMP, next);
        u_->loc = saved;
      }
      use_next_block(end);
      return;
    }
    break;
  }
  default:
    break;
  }
  visit_expr(e);
  addop_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  next_block();
}

void Compiler::boolop(BoolOp* e) {
  Block* end = new_block();
  int jumpi = e->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; i++) {
    visit_expr(e->values[i]);
    addop_jump(jumpi, end);
    next_block();
  }
  visit_expr(e->values[n]);
  use_next_block(end);
}

void Compiler::compare(Compare* e) {
  check_compare(e);
  visit_expr(e->left);
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    visit_expr(e->comparators[0]);
    addcompare(e->ops[0]);
    return;
  }
  Block* cleanup = new_block();
  for (size_t i = 0; i < n; i++) {
    visit_expr(e->comparators[i]);
    addop(SWAP, 2);
    addop(COPY, 2);
    addcompare(e->ops[i]);
    addop_jump(JUMP_IF_FALSE_OR_POP, cleanup);
    next_block();
  }
  visit_expr(e->comparators[n]);
  addcompare(e->ops[n]);
  Block* end = new_block();
  Location saved = u_->loc;
  unset_loc();
  addop_jump(JUMP, end);
  u_->loc = saved;
  use_next_block(cleanup);
  addop(SWAP, 2);
  addop(POP_TOP);
  use_next_block(end);
}

// ---------------------------------------------------------------- calls

void Compiler::call_simple_kw_helper(const std::vector<Keyword*>& kws, int n) {
  Object* names = tuple_new(n);
  if (!names)
    fail_runtime();
  for (int i = 0; i < n; i++) {
    Object* s = str_from_utf8(kws[i]->arg);
    if (!s) {
      decref(names);
      fail_runtime();
    }
    tuple_set(names, i, s);
  }
  int idx = add_const(names);
  decref(names);
  addop(KW_NAMES, idx);
}

void Compiler::subkwargs(const std::vector<Keyword*>& kws, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (size_t i = begin; i < end; i++)
      visit_expr(kws[i]->value);
    Object* keys = tuple_new(ssize(n));
    for (size_t i = begin; i < end; i++)
      tuple_set(keys, ssize(i - begin), str_from_utf8(kws[i]->arg));
    addop_load_const_new(keys);
    addop(BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  if (big) {
    Location saved = u_->loc;
    unset_loc();
    addop(BUILD_MAP, 0);
    u_->loc = saved;
  }
  for (size_t i = begin; i < end; i++) {
    addop_load_const_new(str_from_utf8(kws[i]->arg));
    visit_expr(kws[i]->value);
    if (big) {
      Location saved = u_->loc;
      unset_loc();
      addop(MAP_ADD, 1);
      u_->loc = saved;
    }
  }
  if (!big)
    addop(BUILD_MAP, int(n));
}

static void validate_keywords(Compiler& c, const std::vector<Keyword*>& kws) {
  for (size_t i = 0; i < kws.size(); i++) {
    if (!kws[i]->has_arg)
      continue;
    c.forbidden_name(kws[i]->arg, ExprContext::Store);
    for (size_t j = i + 1; j < kws.size(); j++)
      if (kws[j]->has_arg && kws[j]->arg == kws[i]->arg)
        c.error_at(kws[j], "keyword argument repeated: " + kws[i]->arg);
  }
}

void Compiler::call_helper(int n, const std::vector<Expr*>& args, const std::vector<Keyword*>& kws) {
  validate_keywords(*this, kws);
  size_t nelts = args.size(), nkwelts = kws.size();
  bool ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
  for (auto* a : args)
    if (a->kind == ExprKind::Starred)
      ex = true;
  for (auto* k : kws)
    if (!k->has_arg)
      ex = true;
  if (!ex) {
    for (auto* a : args)
      visit_expr(a);
    if (nkwelts) {
      for (auto* k : kws)
        visit_expr(k->value);
      call_simple_kw_helper(kws, int(nkwelts));
    }
    addop(PRECALL, n + int(nelts + nkwelts));
    addop(CALL, n + int(nelts + nkwelts));
    return;
  }
  if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred)
    visit_expr(static_cast<Starred*>(args[0])->value);
  else
    starunpack_helper(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
  if (nkwelts) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; i++) {
      Keyword* kw = kws[i];
      if (!kw->has_arg) {
        if (nseen) {
          subkwargs(kws, i - nseen, i);
          if (have_dict)
            addop(DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          addop(BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kw->value);
        addop(DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(kws, nkwelts - nseen, nkwelts);
      if (have_dict)
        addop(DICT_MERGE, 1);
    }
  }
  addop(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

bool Compiler::maybe_optimize_method_call(Call* e) {
  Expr* meth = e->func;
  if (meth->kind != ExprKind::Attribute || static_cast<Attribute*>(meth)->ctx != ExprContext::Load)
    return false;
  auto* attr = static_cast<Attribute*>(meth);
  if (attr->value->kind == ExprKind::Name) {
    int flags = st_.top()->flags_of(static_cast<Name*>(attr->value)->id);
    if (flags & DEF_IMPORT)
      return false;
  }
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= size_t(STACK_USE_GUIDELINE))
    return false;
  for (auto* a : e->args)
    if (a->kind == ExprKind::Starred)
      return false;
  for (auto* k : e->keywords)
    if (!k->has_arg)
      return false;
  validate_keywords(*this, e->keywords);
  visit_expr(attr->value);
  set_loc(attr);
  update_attr_location(*this, attr);
  addop_name(LOAD_METHOD, attr->attr);
  visit_exprs(e->args);
  if (kwdsl) {
    for (auto* k : e->keywords)
      visit_expr(k->value);
    call_simple_kw_helper(e->keywords, int(kwdsl));
  }
  set_loc(e);
  update_attr_location(*this, attr);
  addop(PRECALL, int(argsl + kwdsl));
  addop(CALL, int(argsl + kwdsl));
  return true;
}

void Compiler::call(Call* e) {
  if (maybe_optimize_method_call(e))
    return;
  check_caller(e->func);
  set_loc(e->func);
  addop(PUSH_NULL);
  set_loc(e);
  visit_expr(e->func);
  call_helper(0, e->args, e->keywords);
}

// ---------------------------------------------------------------- displays

static bool all_const(const std::vector<Expr*>& v, size_t begin, size_t end) {
  for (size_t i = begin; i < end; i++)
    if (!v[i] || v[i]->kind != ExprKind::Constant)
      return false;
  return true;
}

void Compiler::starunpack_helper(const std::vector<Expr*>& elts, int pushed, int build, int add, int extend,
                                 bool tuple) {
  size_t n = elts.size();
  if (n > 2 && all_const(elts, 0, n)) {
    Object* folded = tuple_new(ssize(n));
    if (!folded)
      fail_runtime();
    for (size_t i = 0; i < n; i++) {
      Object* v = constant_object(static_cast<Constant*>(elts[i])->value);
      if (!v) {
        decref(folded);
        fail_runtime();
      }
      tuple_set(folded, ssize(i), v);
    }
    if (tuple && !pushed) {
      addop_load_const_new(folded);
    } else {
      if (add == SET_ADD) {
        Object* fs = frozenset_new(folded);
        decref(folded);
        if (!fs)
          fail_runtime();
        folded = fs;
      }
      addop(build, pushed);
      addop_load_const_new(folded);
      addop(extend, 1);
      if (tuple)
        addop(LIST_TO_TUPLE);
    }
    return;
  }
  bool big = n + pushed > size_t(STACK_USE_GUIDELINE);
  bool seen_star = false;
  for (auto* e : elts)
    if (e->kind == ExprKind::Starred)
      seen_star = true;
  if (!seen_star && !big) {
    for (auto* e : elts)
      visit_expr(e);
    addop(tuple ? BUILD_TUPLE : build, int(n) + pushed);
    return;
  }
  bool built = false;
  if (big) {
    addop(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    Expr* e = elts[i];
    if (e->kind == ExprKind::Starred) {
      if (!built) {
        addop(build, int(i) + pushed);
        built = true;
      }
      visit_expr(static_cast<Starred*>(e)->value);
      addop(extend, 1);
    } else {
      visit_expr(e);
      if (built)
        addop(add, 1);
    }
  }
  if (tuple)
    addop(LIST_TO_TUPLE);
}

bool Compiler::unpack_helper(const std::vector<Expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    Expr* e = elts[i];
    if (e->kind == ExprKind::Starred && !seen_star) {
      if (i >= (1 << 8) || (n - i - 1) >= (size_t(INT32_MAX) >> 8))
        error("too many expressions in star-unpacking assignment");
      addop(UNPACK_EX, int(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (e->kind == ExprKind::Starred) {
      error("multiple starred expressions in assignment");
    }
  }
  if (!seen_star)
    addop(UNPACK_SEQUENCE, int(n));
  return true;
}

void Compiler::assignment_helper(const std::vector<Expr*>& elts) {
  unpack_helper(elts);
  for (auto* e : elts)
    visit_expr(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e);
}

void Compiler::list_or_tuple(const std::vector<Expr*>& elts, ExprContext ctx, bool tuple) {
  if (ctx == ExprContext::Store)
    assignment_helper(elts);
  else if (ctx == ExprContext::Load)
    starunpack_helper(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
  else
    visit_exprs(elts);
}

void Compiler::subdict(Dict* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && all_const(e->keys, begin, end)) {
    for (size_t i = begin; i < end; i++)
      visit_expr(e->values[i]);
    Object* keys = tuple_new(ssize(n));
    for (size_t i = begin; i < end; i++)
      tuple_set(keys, ssize(i - begin), constant_object(static_cast<Constant*>(e->keys[i])->value));
    addop_load_const_new(keys);
    addop(BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  if (big)
    addop(BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    visit_expr(e->keys[i]);
    visit_expr(e->values[i]);
    if (big)
      addop(MAP_ADD, 1);
  }
  if (!big)
    addop(BUILD_MAP, int(n));
}

void Compiler::dict(Dict* e) {
  size_t n = e->values.size(), elements = 0;
  bool have_dict = false;
  for (size_t i = 0; i < n; i++) {
    if (!e->keys[i]) {
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict)
          addop(DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        addop(BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      addop(DICT_UPDATE, 1);
    } else {
      if (elements * 2 > size_t(STACK_USE_GUIDELINE)) {
        subdict(e, i - elements, i + 1);
        if (have_dict)
          addop(DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict)
      addop(DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict)
    addop(BUILD_MAP, 0);
}

void Compiler::joined_str(JoinedStr* e) {
  size_t n = e->values.size();
  if (n > size_t(STACK_USE_GUIDELINE)) {
    addop_load_const_new(str_new_empty());
    addop_name(LOAD_METHOD, "join");
    addop(BUILD_LIST, 0);
    for (auto* v : e->values) {
      visit_expr(v);
      addop(LIST_APPEND, 1);
    }
    addop(PRECALL, 1);
    addop(CALL, 1);
    return;
  }
  visit_exprs(e->values);
  if (n != 1)
    addop(BUILD_STRING, int(n));
}

void Compiler::formatted_value(FormattedValue* e) {
  visit_expr(e->value);
  int oparg = 0;
  switch (e->conversion) {
  case 's':
    oparg = 1;
    break;
  case 'r':
    oparg = 2;
    break;
  case 'a':
    oparg = 3;
    break;
  case -1:
    oparg = 0;
    break;
  default:
    error("Unrecognized conversion character " + std::to_string(e->conversion));
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    oparg |= 4;
  }
  addop(FORMAT_VALUE, oparg);
}

void Compiler::subscript(Subscript* e) {
  int op = e->ctx == ExprContext::Load    ? BINARY_SUBSCR
           : e->ctx == ExprContext::Store ? STORE_SUBSCR
                                          : DELETE_SUBSCR;
  if (e->ctx == ExprContext::Load)
    check_subscript(e);
  visit_expr(e->value);
  visit_expr(e->slice);
  addop(op);
}

void Compiler::slice(Slice* s) {
  int n = 2;
  if (s->lower)
    visit_expr(s->lower);
  else
    addop_load_const(None);
  if (s->upper)
    visit_expr(s->upper);
  else
    addop_load_const(None);
  if (s->step) {
    n++;
    visit_expr(s->step);
  }
  addop(BUILD_SLICE, n);
}

void Compiler::attribute(Attribute* e) {
  visit_expr(e->value);
  update_attr_location(*this, e);
  if (e->ctx == ExprContext::Store)
    forbidden_name(e->attr, ExprContext::Store);
  int op = e->ctx == ExprContext::Load ? LOAD_ATTR : e->ctx == ExprContext::Store ? STORE_ATTR : DELETE_ATTR;
  addop_name(op, e->attr);
}

void Compiler::check_debug_args(Arguments* a) {
  for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (auto* arg : *v)
      forbidden_name(arg->arg, ExprContext::Store);
  if (a->vararg)
    forbidden_name(a->vararg->arg, ExprContext::Store);
  if (a->kwarg)
    forbidden_name(a->kwarg->arg, ExprContext::Store);
}

void Compiler::lambda(Lambda* e) {
  check_debug_args(e->args);
  int funcflags = default_arguments(e->args);
  enter_scope("<lambda>", ScopeType::Lambda, e, e->lineno);
  add_const(None);
  u_->argcount = int(e->args->args.size());
  u_->posonlyargcount = int(e->args->posonlyargs.size());
  u_->kwonlyargcount = int(e->args->kwonlyargs.size());
  visit_expr(e->body);
  Object* co;
  if (u_->ste->generator) {
    co = exit_scope_assemble(false);
  } else {
    addop(RETURN_VALUE);
    co = exit_scope_assemble(true);
  }
  make_closure(co, funcflags, "");
  decref(co);
}

// ---------------------------------------------------------------- comprehensions

void Compiler::comprehension(Expr* e, const char* name, ScopeType, const std::vector<Comprehension*>& gens,
                             Expr* elt, Expr* val, int kind) {
  ScopeType outer_type = u_->scope_type;
  Comprehension* outermost = gens[0];
  enter_scope(name, ScopeType::Comprehension, e, e->lineno);
  set_loc(e);
  bool is_async_generator = u_->ste->coroutine;
  if (is_async_generator && kind != COMP_GENEXP && outer_type != ScopeType::AsyncFunction &&
      outer_type != ScopeType::Comprehension)
    error("asynchronous comprehension outside of an asynchronous function");
  if (kind != COMP_GENEXP)
    addop(kind == COMP_LISTCOMP ? BUILD_LIST : kind == COMP_SETCOMP ? BUILD_SET : BUILD_MAP, 0);
  comprehension_generator(gens, 0, 0, elt, val, kind);
  if (kind != COMP_GENEXP)
    addop(RETURN_VALUE);
  Object* co = exit_scope_assemble(true);
  make_closure(co, 0, "");
  decref(co);
  visit_expr(outermost->iter);
  addop(outermost->is_async ? GET_AITER : GET_ITER);
  addop(PRECALL, 0);
  addop(CALL, 0);
  if (is_async_generator && kind != COMP_GENEXP) {
    addop(GET_AWAITABLE, 0);
    addop_load_const(None);
    add_yield_from(true);
  }
}

void Compiler::comprehension_generator(const std::vector<Comprehension*>& gens, size_t idx, int depth,
                                       Expr* elt, Expr* val, int kind) {
  if (gens[idx]->is_async)
    async_comprehension_generator(gens, idx, depth, elt, val, kind);
  else
    sync_comprehension_generator(gens, idx, depth, elt, val, kind);
}

static void comprehension_element(Compiler& c, Expr* elt, Expr* val, int kind, int depth) {
  switch (kind) {
  case COMP_GENEXP:
    c.visit_expr(elt);
    if (c.unit()->ste->generator && c.unit()->ste->coroutine)
      c.addop(ASYNC_GEN_WRAP);
    c.addop(YIELD_VALUE);
    c.addop(RESUME, 1);
    c.addop(POP_TOP);
    break;
  case COMP_LISTCOMP:
    c.visit_expr(elt);
    c.addop(LIST_APPEND, depth + 1);
    break;
  case COMP_SETCOMP:
    c.visit_expr(elt);
    c.addop(SET_ADD, depth + 1);
    break;
  case COMP_DICTCOMP:
    c.visit_expr(elt);
    c.visit_expr(val);
    c.addop(MAP_ADD, depth + 1);
    break;
  }
}

void Compiler::sync_comprehension_generator(const std::vector<Comprehension*>& gens, size_t idx, int depth,
                                            Expr* elt, Expr* val, int kind) {
  Block* start = new_block();
  Block* if_cleanup = new_block();
  Block* anchor = new_block();
  Comprehension* gen = gens[idx];
  if (idx == 0) {
    u_->argcount = 1;
    addop(LOAD_FAST, 0);
  } else {
    const std::vector<Expr*>* elts = nullptr;
    if (gen->iter->kind == ExprKind::List)
      elts = &static_cast<List*>(gen->iter)->elts;
    else if (gen->iter->kind == ExprKind::Tuple)
      elts = &static_cast<ast::Tuple*>(gen->iter)->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
      visit_expr((*elts)[0]);
      start = nullptr;
    }
    if (start) {
      visit_expr(gen->iter);
      addop(GET_ITER);
    }
  }
  if (start) {
    depth++;
    use_next_block(start);
    addop_jump(FOR_ITER, anchor);
    next_block();
  }
  visit_expr(gen->target);
  for (auto* cond : gen->ifs)
    jump_if(cond, if_cleanup, false);
  if (++idx < gens.size())
    comprehension_generator(gens, idx, depth, elt, val, kind);
  if (idx >= gens.size())
    comprehension_element(*this, elt, val, kind, depth);
  use_next_block(if_cleanup);
  if (start) {
    addop_jump(JUMP, start);
    use_next_block(anchor);
  }
}

void Compiler::async_comprehension_generator(const std::vector<Comprehension*>& gens, size_t idx, int depth,
                                             Expr* elt, Expr* val, int kind) {
  Block* start = new_block();
  Block* except = new_block();
  Block* if_cleanup = new_block();
  Comprehension* gen = gens[idx];
  if (idx == 0) {
    u_->argcount = 1;
    addop(LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    addop(GET_AITER);
  }
  use_next_block(start);
  push_fblock(FBlockType::AsyncComprehensionGenerator, start, nullptr);
  addop_jump(SETUP_FINALLY, except);
  addop(GET_ANEXT);
  addop_load_const(None);
  add_yield_from(true);
  addop(POP_BLOCK);
  visit_expr(gen->target);
  for (auto* cond : gen->ifs)
    jump_if(cond, if_cleanup, false);
  depth++;
  if (++idx < gens.size())
    comprehension_generator(gens, idx, depth, elt, val, kind);
  if (idx >= gens.size())
    comprehension_element(*this, elt, val, kind, depth);
  use_next_block(if_cleanup);
  addop_jump(JUMP, start);
  pop_fblock();
  use_next_block(except);
  addop(END_ASYNC_FOR);
}

// ---------------------------------------------------------------- dispatch

void Compiler::visit_expr1(Expr* e) {
  switch (e->kind) {
  case ExprKind::NamedExpr: {
    auto* n = static_cast<NamedExpr*>(e);
    visit_expr(n->value);
    addop(COPY, 1);
    visit_expr(n->target);
    break;
  }
  case ExprKind::BoolOp:
    boolop(static_cast<BoolOp*>(e));
    break;
  case ExprKind::BinOp: {
    auto* b = static_cast<BinOp*>(e);
    visit_expr(b->left);
    visit_expr(b->right);
    addop(BINARY_OP, binop_arg(b->op));
    break;
  }
  case ExprKind::UnaryOp: {
    auto* u = static_cast<UnaryOp*>(e);
    visit_expr(u->operand);
    switch (u->op) {
    case UnaryOpKind::Invert:
      addop(UNARY_INVERT);
      break;
    case UnaryOpKind::Not:
      addop(UNARY_NOT);
      break;
    case UnaryOpKind::UAdd:
      addop(UNARY_POSITIVE);
      break;
    case UnaryOpKind::USub:
      addop(UNARY_NEGATIVE);
      break;
    }
    break;
  }
  case ExprKind::Lambda:
    lambda(static_cast<Lambda*>(e));
    break;
  case ExprKind::IfExp: {
    auto* i = static_cast<IfExp*>(e);
    Block* end = new_block();
    Block* next = new_block();
    jump_if(i->test, next, false);
    visit_expr(i->body);
    Location saved = u_->loc;
    unset_loc();
    addop_jump(JUMP, end);
    u_->loc = saved;
    use_next_block(next);
    visit_expr(i->orelse);
    use_next_block(end);
    break;
  }
  case ExprKind::Dict:
    dict(static_cast<Dict*>(e));
    break;
  case ExprKind::Set:
    starunpack_helper(static_cast<Set*>(e)->elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
    break;
  case ExprKind::GeneratorExp: {
    auto* g = static_cast<GeneratorExp*>(e);
    comprehension(e, "<genexpr>", ScopeType::Comprehension, g->generators, g->elt, nullptr, COMP_GENEXP);
    break;
  }
  case ExprKind::ListComp: {
    auto* g = static_cast<ListComp*>(e);
    comprehension(e, "<listcomp>", ScopeType::Comprehension, g->generators, g->elt, nullptr, COMP_LISTCOMP);
    break;
  }
  case ExprKind::SetComp: {
    auto* g = static_cast<SetComp*>(e);
    comprehension(e, "<setcomp>", ScopeType::Comprehension, g->generators, g->elt, nullptr, COMP_SETCOMP);
    break;
  }
  case ExprKind::DictComp: {
    auto* g = static_cast<DictComp*>(e);
    comprehension(e, "<dictcomp>", ScopeType::Comprehension, g->generators, g->key, g->value, COMP_DICTCOMP);
    break;
  }
  case ExprKind::Yield: {
    if (u_->ste->type != BlockType::Function)
      error("'yield' outside function");
    auto* y = static_cast<Yield*>(e);
    if (y->value)
      visit_expr(y->value);
    else
      addop_load_const(None);
    if (u_->ste->generator && u_->ste->coroutine)
      addop(ASYNC_GEN_WRAP);
    addop(YIELD_VALUE);
    addop(RESUME, 1);
    break;
  }
  case ExprKind::YieldFrom:
    if (u_->ste->type != BlockType::Function)
      error("'yield' outside function");
    if (u_->scope_type == ScopeType::AsyncFunction)
      error("'yield from' inside async function");
    visit_expr(static_cast<YieldFrom*>(e)->value);
    addop(GET_YIELD_FROM_ITER);
    addop_load_const(None);
    add_yield_from(false);
    break;
  case ExprKind::Await:
    if (u_->ste->type != BlockType::Function)
      error("'await' outside function");
    if (u_->scope_type != ScopeType::AsyncFunction && u_->scope_type != ScopeType::Comprehension)
      error("'await' outside async function");
    visit_expr(static_cast<Await*>(e)->value);
    addop(GET_AWAITABLE, 0);
    addop_load_const(None);
    add_yield_from(true);
    break;
  case ExprKind::Compare:
    compare(static_cast<Compare*>(e));
    break;
  case ExprKind::Call:
    call(static_cast<Call*>(e));
    break;
  case ExprKind::Constant: {
    Object* o = constant_object(static_cast<Constant*>(e)->value);
    addop_load_const_new(o);
    break;
  }
  case ExprKind::JoinedStr:
    joined_str(static_cast<JoinedStr*>(e));
    break;
  case ExprKind::FormattedValue:
    formatted_value(static_cast<FormattedValue*>(e));
    break;
  case ExprKind::Attribute:
    attribute(static_cast<Attribute*>(e));
    break;
  case ExprKind::Subscript:
    subscript(static_cast<Subscript*>(e));
    break;
  case ExprKind::Starred:
    if (static_cast<Starred*>(e)->ctx == ExprContext::Store)
      error("starred assignment target must be in a list or tuple");
    error("can't use starred expression here");
  case ExprKind::Slice:
    slice(static_cast<Slice*>(e));
    break;
  case ExprKind::Name:
    nameop(static_cast<Name*>(e)->id, static_cast<Name*>(e)->ctx);
    break;
  case ExprKind::List:
    list_or_tuple(static_cast<List*>(e)->elts, static_cast<List*>(e)->ctx, false);
    break;
  case ExprKind::Tuple:
    list_or_tuple(static_cast<ast::Tuple*>(e)->elts, static_cast<ast::Tuple*>(e)->ctx, true);
    break;
  }
}

} // namespace coil::frontend
