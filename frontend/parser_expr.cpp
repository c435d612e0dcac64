// Expressions: CPython 3.11's expression grammar, one function per rule.
//
// Invariants: every function starts at its first token (pos_) and returns a
// node whose positions span exactly the tokens CPython's rule would consume
// (parenthesised groups return the inner node with its own positions).
#include <cstdlib>
#include <cstring>

#include "frontend/parser_impl.h"
#include "runtime/thread_state.h"

namespace coil::frontend {

using namespace ast;

bool Parser::starts_expression(const Token& t) {
  switch (t.kind) {
  case TokKind::Name:
    return t.kw == Kw::None || t.kw == Kw::True || t.kw == Kw::False || t.kw == Kw::NoneKw ||
           t.kw == Kw::Lambda || t.kw == Kw::Not || t.kw == Kw::Await;
  case TokKind::Number:
  case TokKind::String:
    return true;
  case TokKind::Op:
    return t.op == Op::LPar || t.op == Op::LSqb || t.op == Op::LBrace || t.op == Op::Minus ||
           t.op == Op::Plus || t.op == Op::Tilde || t.op == Op::Ellipsis;
  default:
    return false;
  }
}

Expr* Parser::star_expressions() {
  const Token& first = cur();
  Expr* e = star_expression();
  if (!check(Op::Comma))
    return e;
  auto* t = arena_.make<Tuple>();
  t->elts.push_back(e);
  while (accept(Op::Comma)) {
    if (!starts_expression(cur()) && !check(Op::Star))
      break;
    t->elts.push_back(star_expression());
  }
  Pos s = start(first), en = prev_end();
  t->lineno = s.line;
  t->col_offset = s.col;
  t->end_lineno = en.line;
  t->end_col_offset = en.col;
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::star_expression() {
  if (check(Op::Star)) {
    const Token& st = advance();
    Expr* v = bitwise_or();
    auto* s = mk<Starred>(start(st), prev_end());
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (check(Op::Star)) {
    const Token& st = advance();
    Expr* v = bitwise_or();
    auto* s = mk<Starred>(start(st), prev_end());
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return named_expression();
}

bool Parser::is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
  case ExprKind::BoolOp:
  case ExprKind::Compare:
  case ExprKind::Lambda:
  case ExprKind::IfExp:
  case ExprKind::Starred:
  case ExprKind::NamedExpr:
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    return false;
  case ExprKind::UnaryOp:
    return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
  default:
    return true;
  }
}

bool Parser::parenthesized(const Expr* e, const Token& first) {
  return first.is(Op::LPar) && (e->lineno != first.lineno || e->col_offset != first.col);
}

// The leftmost atom of a primary/binary expression chain.
static const Expr* leftmost_atom(const Expr* e) {
  for (;;) {
    switch (e->kind) {
    case ExprKind::Attribute:
      e = static_cast<const Attribute*>(e)->value;
      break;
    case ExprKind::Subscript:
      e = static_cast<const Subscript*>(e)->value;
      break;
    case ExprKind::Call:
      e = static_cast<const Call*>(e)->func;
      break;
    case ExprKind::BinOp:
      e = static_cast<const BinOp*>(e)->left;
      break;
    default:
      return e;
    }
  }
}

// CPython's invalid_named_expression, tried where a named expression `e`
// (starting at token `first_pos`) is followed by '='.
void Parser::invalid_named_assign(Expr* e, size_t first_pos) {
  const Token& first = at(first_pos);
  bool name_alt = e->kind == ExprKind::Name && first.kind == TokKind::Name && pos_ == first_pos + 1;
  bool bor_alt = false;
  if (!name_alt && (is_bitwise_or_level(e) || parenthesized(e, first))) {
    // !(list|tuple|genexp|'True'|'None'|'False') at the start of the expression.
    const Expr* l = leftmost_atom(e);
    bool excluded = false;
    if (l->lineno == first.lineno && l->col_offset == first.col) {
      if (l->kind == ExprKind::List || l->kind == ExprKind::Tuple || l->kind == ExprKind::GeneratorExp)
        excluded = true;
      if (l->kind == ExprKind::Constant) {
        auto k = static_cast<const Constant*>(l)->value.kind;
        excluded = k == ConstantValue::Kind::True || k == ConstantValue::Kind::False ||
                   k == ConstantValue::Kind::None;
      }
    }
    bor_alt = !excluded;
  }
  if (!name_alt && !bor_alt)
    return;
  size_t save = pos_;
  SyntaxErrorInfo saved = err_;
  Expr* b = nullptr;
  no_invalid_++;
  try {
    advance();
    b = bitwise_or();
    if (check(Op::Equal) || check(Op::ColonEqual))
      b = nullptr;
  } catch (ParseFailure&) {
    b = nullptr;
  }
  no_invalid_--;
  pos_ = save;
  err_ = saved;
  if (!b)
    return;
  if (name_alt)
    raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start(e), end(b));
  raise_node(std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
             e);
}

// CPython's invalid_expression / invalid_legacy_expression: an expression `a`
// (from token `first_pos`) directly followed by the start of another one.
void Parser::invalid_expression(Expr* a, size_t first_pos) {
  const Token& first = at(first_pos);
  bool legacy = a->kind == ExprKind::Name && first.kind == TokKind::Name && pos_ == first_pos + 1 &&
                (static_cast<Name*>(a)->id == "print" || static_cast<Name*>(a)->id == "exec");
  bool soft = first.kind == TokKind::Name && first.kw == Kw::None &&
              (first.ident() == "match" || first.ident() == "case" || first.ident() == "_");
  bool name_string = first.kind == TokKind::Name && at(first_pos + 1).kind == TokKind::String;
  size_t save = pos_;
  SyntaxErrorInfo saved = err_;
  if (!legacy && !soft && !name_string) {
    Expr* b = nullptr;
    bool inside = false;
    no_invalid_++;
    try {
      b = expression();
      inside = prev().level > 0;
    } catch (ParseFailure&) {
      b = nullptr;
    }
    no_invalid_--;
    pos_ = save;
    err_ = saved;
    if (b && inside)
      raise("invalid syntax. Perhaps you forgot a comma?", start(a), end(b));
  }
  if (a->kind == ExprKind::Name && first.kind == TokKind::Name && pos_ == first_pos + 1 &&
      (static_cast<Name*>(a)->id == "print" || static_cast<Name*>(a)->id == "exec")) {
    Expr* b = nullptr;
    no_invalid_++;
    try {
      b = star_expressions();
    } catch (ParseFailure&) {
      b = nullptr;
    }
    no_invalid_--;
    pos_ = save;
    err_ = saved;
    if (b) {
      const std::string& id = static_cast<Name*>(a)->id;
      raise("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", start(a), end(b));
    }
  }
}

Expr* Parser::named_expression(bool invalid_ok) {
  if (cur().kind == TokKind::Name && cur().kw == Kw::None && peek().is(Op::ColonEqual)) {
    const Token& nt = advance();
    advance();
    auto* target = mk<Name>(start(nt), end(nt));
    target->id = std::string(nt.ident());
    target->ctx = ExprContext::Store;
    Expr* v = expression();
    auto* ne = mk<NamedExpr>(start(nt), prev_end());
    ne->target = target;
    ne->value = v;
    return ne;
  }
  size_t first_pos = pos_;
  Expr* e = expression();
  if (check(Op::ColonEqual))
    raise_node(std::string("cannot use assignment expressions with ") + expr_name(e), e);
  if (invalid_ok && !no_invalid_ && check(Op::Equal))
    invalid_named_assign(e, first_pos);
  return e;
}

Expr* Parser::expression() {
  if (check(Kw::Lambda))
    return lambdef();
  Pos s0 = start(cur());
  size_t first_pos = pos_;
  Expr* body = disjunction();
  if (!no_invalid_ && first_pos != no_invalid_at_ && starts_expression(cur()))
    invalid_expression(body, first_pos);
  if (check(Kw::If)) {
    advance();
    Expr* test = disjunction();
    if (!accept(Kw::Else)) {
      if (!check(Op::Colon))
        raise("expected 'else' after 'if' expression", start(body), end(test));
      syntax_error_here();
    }
    no_invalid_at_ = pos_;
    LevelGuard lg(*this, 1);
    Expr* orelse = expression();
    no_invalid_at_ = static_cast<size_t>(-1);
    auto* e = mk<IfExp>(s0, prev_end());
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
  }
  return body;
}

Expr* Parser::yield_expr() {
  const Token& y = expect(Kw::Yield);
  if (accept(Kw::From)) {
    Expr* v = expression();
    auto* e = mk<YieldFrom>(start(y), prev_end());
    e->value = v;
    return e;
  }
  Expr* v = nullptr;
  if (starts_expression(cur()) || check(Op::Star))
    v = star_expressions();
  auto* e = mk<Yield>(start(y), prev_end());
  e->value = v;
  return e;
}

Expr* Parser::disjunction() {
  Pos s = start(cur());
  Expr* first = conjunction();
  if (!check(Kw::Or))
    return first;
  auto* b = arena_.make<BoolOp>();
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(Kw::Or))
    b->values.push_back(conjunction());
  Pos e = prev_end();
  b->lineno = s.line, b->col_offset = s.col, b->end_lineno = e.line, b->end_col_offset = e.col;
  return b;
}

Expr* Parser::conjunction() {
  Pos s = start(cur());
  Expr* first = inversion();
  if (!check(Kw::And))
    return first;
  auto* b = arena_.make<BoolOp>();
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept(Kw::And))
    b->values.push_back(inversion());
  Pos e = prev_end();
  b->lineno = s.line, b->col_offset = s.col, b->end_lineno = e.line, b->end_col_offset = e.col;
  return b;
}

Expr* Parser::inversion() {
  if (check(Kw::Not)) {
    const Token& t = advance();
    LevelGuard lg(*this, 1);
    Expr* v = inversion();
    auto* u = mk<UnaryOp>(start(t), prev_end());
    u->op = UnaryOpKind::Not;
    u->operand = v;
    return u;
  }
  return comparison();
}

Expr* Parser::comparison() {
  Pos s = start(cur());
  Expr* left = bitwise_or();
  Compare* cmp = nullptr;
  for (;;) {
    CmpOpKind op;
    const Token& t = cur();
    if (t.kind == TokKind::Op) {
      switch (t.op) {
      case Op::EqEqual:
        op = CmpOpKind::Eq;
        break;
      case Op::NotEqual:
        if (t.text == "<>") // only valid with barry_as_FLUFL
          goto done;
        op = CmpOpKind::NotEq;
        break;
      case Op::Less:
        op = CmpOpKind::Lt;
        break;
      case Op::LessEqual:
        op = CmpOpKind::LtE;
        break;
      case Op::Greater:
        op = CmpOpKind::Gt;
        break;
      case Op::GreaterEqual:
        op = CmpOpKind::GtE;
        break;
      default:
        goto done;
      }
      advance();
    } else if (t.is(Kw::In)) {
      op = CmpOpKind::In;
      advance();
    } else if (t.is(Kw::Not) && peek().is(Kw::In)) {
      op = CmpOpKind::NotIn;
      advance();
      advance();
    } else if (t.is(Kw::Is)) {
      advance();
      op = accept(Kw::Not) ? CmpOpKind::IsNot : CmpOpKind::Is;
    } else {
      break;
    }
    if (!cmp) {
      cmp = arena_.make<Compare>();
      cmp->left = left;
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(bitwise_or());
  }
done:
  if (!cmp)
    return left;
  Pos e = prev_end();
  cmp->lineno = s.line, cmp->col_offset = s.col, cmp->end_lineno = e.line, cmp->end_col_offset = e.col;
  return cmp;
}

namespace {
BinOp* make_binop(Arena& arena, Pos s, Expr* l, OperatorKind op, Expr* r, Pos e) {
  auto* b = arena.make<BinOp>();
  b->left = l;
  b->op = op;
  b->right = r;
  b->lineno = s.line, b->col_offset = s.col;
  b->end_lineno = e.line, b->end_col_offset = e.col;
  return b;
}
} // namespace

Expr* Parser::bitwise_or() {
  Pos s = start(cur());
  Expr* l = bitwise_xor();
  while (check(Op::VBar)) {
    advance();
    {
      Expr* r = bitwise_xor();
      l = make_binop(arena_, s, l, OperatorKind::BitOr, r, prev_end());
    }
  }
  return l;
}

Expr* Parser::bitwise_xor() {
  Pos s = start(cur());
  Expr* l = bitwise_and();
  while (check(Op::Circumflex)) {
    advance();
    {
      Expr* r = bitwise_and();
      l = make_binop(arena_, s, l, OperatorKind::BitXor, r, prev_end());
    }
  }
  return l;
}

Expr* Parser::bitwise_and() {
  Pos s = start(cur());
  Expr* l = shift_expr();
  while (check(Op::Amper)) {
    advance();
    {
      Expr* r = shift_expr();
      l = make_binop(arena_, s, l, OperatorKind::BitAnd, r, prev_end());
    }
  }
  return l;
}

Expr* Parser::shift_expr() {
  Pos s = start(cur());
  Expr* l = sum();
  for (;;) {
    if (check(Op::LeftShift)) {
      advance();
      {
        Expr* r = sum();
        l = make_binop(arena_, s, l, OperatorKind::LShift, r, prev_end());
      }
    } else if (check(Op::RightShift)) {
      advance();
      {
        Expr* r = sum();
        l = make_binop(arena_, s, l, OperatorKind::RShift, r, prev_end());
      }
    } else {
      return l;
    }
  }
}

Expr* Parser::sum() {
  Pos s = start(cur());
  Expr* l = term();
  for (;;) {
    if (check(Op::Plus)) {
      advance();
      {
        Expr* r = term();
        l = make_binop(arena_, s, l, OperatorKind::Add, r, prev_end());
      }
    } else if (check(Op::Minus)) {
      advance();
      {
        Expr* r = term();
        l = make_binop(arena_, s, l, OperatorKind::Sub, r, prev_end());
      }
    } else {
      return l;
    }
  }
}

Expr* Parser::term() {
  Pos s = start(cur());
  Expr* l = factor();
  for (;;) {
    OperatorKind op;
    if (check(Op::Star))
      op = OperatorKind::Mult;
    else if (check(Op::Slash))
      op = OperatorKind::Div;
    else if (check(Op::DoubleSlash))
      op = OperatorKind::FloorDiv;
    else if (check(Op::Percent))
      op = OperatorKind::Mod;
    else if (check(Op::At))
      op = OperatorKind::MatMult;
    else
      return l;
    advance();
    {
      Expr* r = factor();
      l = make_binop(arena_, s, l, op, r, prev_end());
    }
  }
}

Expr* Parser::factor() {
  UnaryOpKind op;
  if (check(Op::Plus))
    op = UnaryOpKind::UAdd;
  else if (check(Op::Minus))
    op = UnaryOpKind::USub;
  else if (check(Op::Tilde))
    op = UnaryOpKind::Invert;
  else
    return power();
  const Token& t = advance();
  LevelGuard lg(*this, 1);
  Expr* v = factor();
  auto* u = mk<UnaryOp>(start(t), prev_end());
  u->op = op;
  u->operand = v;
  return u;
}

Expr* Parser::power() {
  Pos s = start(cur());
  Expr* l = await_primary();
  if (check(Op::DoubleStar)) {
    advance();
    {
      LevelGuard lg(*this, 2);
      Expr* r = factor();
      return make_binop(arena_, s, l, OperatorKind::Pow, r, prev_end());
    }
  }
  return l;
}

Expr* Parser::await_primary() {
  if (check(Kw::Await)) {
    const Token& t = advance();
    Expr* v = primary();
    auto* a = mk<Await>(start(t), prev_end());
    a->value = v;
    return a;
  }
  return primary();
}

Expr* Parser::primary() {
  Pos s0 = start(cur());
  Expr* e = atom();
  for (;;) {
    if (check(Op::Dot)) {
      advance();
      const Token& n = expect_name();
      auto* a = mk<Attribute>(s0, end(n));
      a->value = e;
      a->attr = std::string(n.ident());
      a->ctx = ExprContext::Load;
      e = a;
    } else if (check(Op::LPar)) {
      auto* c = arena_.make<Call>();
      c->func = e;
      call_args(c);
      Pos s = s0, en = prev_end();
      c->lineno = s.line, c->col_offset = s.col, c->end_lineno = en.line, c->end_col_offset = en.col;
      e = c;
    } else if (check(Op::LSqb)) {
      advance();
      Expr* sl = slices();
      if (!check(Op::RSqb)) {
        if (starts_expression(cur()))
          comma_check(sl, Op::RSqb);
        syntax_error_here();
      }
      advance();
      auto* s = mk<Subscript>(s0, prev_end());
      s->value = e;
      s->slice = sl;
      s->ctx = ExprContext::Load;
      e = s;
    } else {
      return e;
    }
  }
}

Expr* Parser::slices() {
  const Token& first = cur();
  Expr* s = slice();
  if (!check(Op::Comma) && s->kind != ExprKind::Starred)
    return s;
  auto* t = arena_.make<Tuple>();
  t->elts.push_back(s);
  while (accept(Op::Comma)) {
    if (check(Op::RSqb))
      break;
    t->elts.push_back(slice());
  }
  Pos st = start(first), en = prev_end();
  t->lineno = st.line, t->col_offset = st.col, t->end_lineno = en.line, t->end_col_offset = en.col;
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::slice() {
  if (check(Op::Star))
    return star_expression();
  const Token& first = cur();
  Expr* lower = nullptr;
  if (!check(Op::Colon)) {
    lower = named_expression();
    if (!check(Op::Colon))
      return lower;
  }
  advance(); // ':'
  Expr* upper = nullptr;
  Expr* step = nullptr;
  if (!check(Op::Colon) && !check(Op::Comma) && !check(Op::RSqb))
    upper = expression();
  if (accept(Op::Colon)) {
    if (!check(Op::Comma) && !check(Op::RSqb))
      step = expression();
  }
  auto* s = mk<Slice>(start(first), prev_end());
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

Expr* Parser::number(const Token& t) {
  auto* c = mk<Constant>(start(t), end(t));
  std::string s;
  s.reserve(t.text.size());
  for (char ch : t.text)
    if (ch != '_')
      s.push_back(ch);
  char last = s.back();
  bool radix = s.size() > 1 && s[0] == '0' && strchr("xXoObB", s[1]);
  if (last == 'j' || last == 'J') {
    s.pop_back();
    c->value.kind = ConstantValue::Kind::Complex;
    c->value.number = strtod(s.c_str(), nullptr);
  } else if (!radix && s.find_first_of(".eE") != std::string::npos) {
    c->value.kind = ConstantValue::Kind::Float;
    c->value.number = strtod(s.c_str(), nullptr);
  } else {
    // The int/str conversion limit applies to decimal literals too: CPython
    // reports it as a SyntaxError on the literal's lines, columns unknown.
    Interpreter* interp = Interpreter::main();
    int limit = interp ? interp->config.int_max_str_digits : 4300;
    if (!radix && limit > 0 && s.size() > static_cast<size_t>(limit)) {
      set_error(
          "Exceeds the limit (" + std::to_string(limit) +
              " digits) for integer string conversion: value has " + std::to_string(s.size()) +
              " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
              "huge integer literals to avoid decimal conversion limits.",
          start(t), end(t), "SyntaxError");
      err_.offset = 0;
      err_.end_offset = 0;
      throw ParseFailure{};
    }
    c->value.kind = ConstantValue::Kind::Int;
    c->value.int_text = std::move(s);
  }
  return c;
}

Expr* Parser::atom() {
  LevelGuard lg(*this, 0); // native-stack check: brackets nest through atom
  const Token& t = cur();
  switch (t.kind) {
  case TokKind::Name: {
    if (t.kw == Kw::None) {
      advance();
      auto* n = mk<Name>(start(t), end(t));
      n->id = std::string(t.ident());
      n->ctx = ExprContext::Load;
      return n;
    }
    ConstantValue::Kind k;
    if (t.kw == Kw::True)
      k = ConstantValue::Kind::True;
    else if (t.kw == Kw::False)
      k = ConstantValue::Kind::False;
    else if (t.kw == Kw::NoneKw)
      k = ConstantValue::Kind::None;
    else
      syntax_error_here();
    advance();
    auto* c = mk<Constant>(start(t), end(t));
    c->value.kind = k;
    return c;
  }
  case TokKind::Number:
    advance();
    return number(t);
  case TokKind::String:
    return strings();
  case TokKind::Op:
    switch (t.op) {
    case Op::LPar:
      return paren_atom();
    case Op::LSqb:
      return list_atom();
    case Op::LBrace:
      return brace_atom();
    case Op::Ellipsis: {
      advance();
      auto* c = mk<Constant>(start(t), end(t));
      c->value.kind = ConstantValue::Kind::Ellipsis;
      return c;
    }
    default:
      break;
    }
    break;
  default:
    break;
  }
  syntax_error_here();
}

// After an element inside brackets: raise CPython's "Perhaps you forgot a comma?" when another expression
// follows directly, else a generic syntax error.
void Parser::comma_check(Expr* prev_elem, Op closer) {
  (void)closer;
  bool excluded = false;
  if (prev_elem->kind == ExprKind::Name) {
    auto* n = static_cast<Name*>(prev_elem);
    if (cur().kind == TokKind::String || n->id == "print" || n->id == "exec" || n->id == "match" ||
        n->id == "case" || n->id == "_")
      excluded = true;
  }
  switch (prev_elem->kind) {
  case ExprKind::Lambda:
  case ExprKind::IfExp:
  case ExprKind::Starred:
  case ExprKind::NamedExpr:
  case ExprKind::Slice:
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    excluded = true;
    break;
  default:
    break;
  }
  if (!excluded && starts_expression(cur())) {
    size_t save = pos_;
    SyntaxErrorInfo saved = err_;
    Expr* b = nullptr;
    no_invalid_++;
    try {
      b = expression();
    } catch (ParseFailure&) {
      b = nullptr;
    }
    no_invalid_--;
    pos_ = save;
    err_ = saved;
    if (b)
      raise("invalid syntax. Perhaps you forgot a comma?", start(prev_elem), end(b));
  }
  syntax_error_here();
}

Expr* Parser::paren_atom() {
  const Token& lp = advance();
  if (check(Op::DoubleStar) && !no_invalid_) {
    // invalid_group: '(' '**' expression ')'
    const Token& ds = cur();
    size_t save = pos_;
    SyntaxErrorInfo saved = err_;
    bool bad = false;
    try {
      advance();
      expression();
      bad = check(Op::RPar);
    } catch (ParseFailure&) {
    }
    pos_ = save;
    err_ = saved;
    if (bad)
      raise_tok("cannot use double starred expression here", ds);
  }
  if (check(Op::RPar)) {
    advance();
    auto* t = mk<Tuple>(start(lp), prev_end());
    t->ctx = ExprContext::Load;
    return t;
  }
  if (check(Kw::Yield)) {
    Expr* y = yield_expr();
    if (!accept(Op::RPar))
      syntax_error_here();
    return y;
  }
  Expr* first = star_named_expression();
  if (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))) {
    if (first->kind == ExprKind::Starred)
      raise_node("iterable unpacking cannot be used in comprehension", first);
    auto gens = for_if_clauses();
    if (!accept(Op::RPar))
      syntax_error_here();
    auto* g = mk<GeneratorExp>(start(lp), prev_end());
    g->elt = first;
    g->generators = std::move(gens);
    return g;
  }
  if (accept(Op::RPar)) {
    if (first->kind == ExprKind::Starred)
      raise_node("cannot use starred expression here", first);
    return first;
  }
  if (!check(Op::Comma))
    comma_check(first, Op::RPar);
  auto* t = arena_.make<Tuple>();
  t->elts.push_back(first);
  while (accept(Op::Comma)) {
    if (check(Op::RPar))
      break;
    t->elts.push_back(star_named_expression());
    if (!check(Op::Comma) && !check(Op::RPar))
      comma_check(t->elts.back(), Op::RPar);
  }
  expect(Op::RPar);
  Pos s = start(lp), e = prev_end();
  t->lineno = s.line, t->col_offset = s.col, t->end_lineno = e.line, t->end_col_offset = e.col;
  t->ctx = ExprContext::Load;
  return t;
}

Expr* Parser::list_atom() {
  const Token& lb = advance();
  auto* l = arena_.make<List>();
  l->ctx = ExprContext::Load;
  if (!check(Op::RSqb)) {
    Expr* first = star_named_expression();
    if (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))) {
      if (first->kind == ExprKind::Starred)
        raise_node("iterable unpacking cannot be used in comprehension", first);
      auto gens = for_if_clauses();
      if (!accept(Op::RSqb))
        syntax_error_here();
      auto* c = mk<ListComp>(start(lb), prev_end());
      c->elt = first;
      c->generators = std::move(gens);
      return c;
    }
    l->elts.push_back(first);
    for (;;) {
      if (check(Op::RSqb))
        break;
      if (l->elts.size() > 1)
        comprehension_target_check(l->elts, nullptr);
      if (!accept(Op::Comma))
        comma_check(l->elts.back(), Op::RSqb);
      comprehension_target_check(l->elts, &prev());
      if (check(Op::RSqb))
        break;
      l->elts.push_back(star_named_expression());
    }
  }
  advance();
  Pos s = start(lb), e = prev_end();
  l->lineno = s.line, l->col_offset = s.col, l->end_lineno = e.line, l->end_col_offset = e.col;
  return l;
}

Expr* Parser::brace_atom() {
  const Token& lb = advance();
  if (accept(Op::RBrace)) {
    return mk<Dict>(start(lb), prev_end());
  }
  bool is_dict;
  Expr* first_key = nullptr;
  Expr* first_val = nullptr;
  const Token* dstar = nullptr;
  if (check(Op::DoubleStar)) {
    dstar = &advance();
    first_val = bitwise_or();
    is_dict = true;
  } else {
    first_key = star_named_expression();
    is_dict = check(Op::Colon);
    if (is_dict) {
      if (first_key->kind == ExprKind::Starred)
        syntax_error_here();
      dict_value_check();
      first_val = expression();
    }
  }
  bool comp = check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For));
  if (comp) {
    if (is_dict && !first_key)
      raise_tok("dict unpacking cannot be used in dict comprehension", *dstar);
    if (!is_dict && first_key->kind == ExprKind::Starred)
      raise_node("iterable unpacking cannot be used in comprehension", first_key);
    auto gens = for_if_clauses();
    if (!accept(Op::RBrace))
      syntax_error_here();
    if (is_dict) {
      auto* d = mk<DictComp>(start(lb), prev_end());
      d->key = first_key;
      d->value = first_val;
      d->generators = std::move(gens);
      return d;
    }
    auto* s = mk<SetComp>(start(lb), prev_end());
    s->elt = first_key;
    s->generators = std::move(gens);
    return s;
  }
  if (is_dict) {
    auto* d = arena_.make<Dict>();
    d->keys.push_back(first_key);
    d->values.push_back(first_val);
    for (;;) {
      if (check(Op::RBrace))
        break;
      if (!accept(Op::Comma))
        comma_check(d->values.back(), Op::RBrace);
      if (check(Op::RBrace))
        break;
      if (accept(Op::DoubleStar)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
      } else {
        no_invalid_at_ = pos_;
        Expr* k = expression();
        no_invalid_at_ = static_cast<size_t>(-1);
        if (!check(Op::Colon)) {
          if (!no_invalid_)
            raise("':' expected after dictionary key", Pos{k->lineno, k->end_col_offset - 1},
                  Pos{k->end_lineno, -1});
          syntax_error_here();
        }
        dict_value_check();
        d->keys.push_back(k);
        d->values.push_back(expression());
      }
    }
    advance();
    Pos s = start(lb), e = prev_end();
    d->lineno = s.line, d->col_offset = s.col, d->end_lineno = e.line, d->end_col_offset = e.col;
    return d;
  }
  auto* st = arena_.make<Set>();
  st->elts.push_back(first_key);
  for (;;) {
    if (check(Op::RBrace))
      break;
    if (st->elts.size() > 1)
      comprehension_target_check(st->elts, nullptr);
    if (!accept(Op::Comma))
      comma_check(st->elts.back(), Op::RBrace);
    comprehension_target_check(st->elts, &prev());
    if (check(Op::RBrace))
      break;
    st->elts.push_back(star_named_expression());
  }
  advance();
  Pos s = start(lb), e = prev_end();
  st->lineno = s.line, st->col_offset = s.col, st->end_lineno = e.line, st->end_col_offset = e.col;
  return st;
}

std::vector<Comprehension*> Parser::for_if_clauses() {
  std::vector<Comprehension*> out;
  while (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))) {
    auto* c = arena_.make<Comprehension>();
    if (accept(Kw::Async))
      c->is_async = true;
    advance(); // for
    c->target = star_targets();
    if (!accept(Kw::In))
      syntax_error_here();
    c->iter = disjunction();
    while (check(Kw::If)) {
      advance();
      c->ifs.push_back(disjunction());
    }
    out.push_back(c);
  }
  return out;
}

Expr* Parser::target_elem() {
  if (check(Op::Star)) {
    const Token& st = advance();
    if (check(Op::Star))
      syntax_error_here();
    Expr* v = target_elem();
    auto* s = mk<Starred>(start(st), prev_end());
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return bitwise_or();
}

Expr* Parser::star_targets() {
  const Token& first = cur();
  Expr* e = target_elem();
  if (check(Op::Comma)) {
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(e);
    while (accept(Op::Comma)) {
      if (!starts_expression(cur()) && !check(Op::Star))
        break;
      t->elts.push_back(target_elem());
    }
    Pos s = start(first), en = prev_end();
    t->lineno = s.line, t->col_offset = s.col, t->end_lineno = en.line, t->end_col_offset = en.col;
    e = t;
  }
  set_target(e, ExprContext::Store, TargetsKind::For);
  return e;
}

void Parser::call_args(Call* call) {
  const Token& lp = advance(); // '('
  bool seen_kw = false, seen_kwunpack = false;
  bool bad_positional = false;
  Expr* last = nullptr;
  while (!check(Op::RPar)) {
    if (check(Op::Star)) {
      const Token& st = advance();
      if (seen_kwunpack)
        raise_at("iterable argument unpacking follows keyword argument unpacking", st);
      Expr* v = expression();
      auto* s = mk<Starred>(start(st), prev_end());
      s->value = v;
      s->ctx = ExprContext::Load;
      call->args.push_back(s);
      last = s;
      if (call->args.size() == 1 && call->keywords.empty() && !no_invalid_ &&
          (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))))
        raise_node("iterable unpacking cannot be used in comprehension", s);
    } else if (check(Op::DoubleStar)) {
      const Token& st = advance();
      Expr* v = expression();
      auto* k = mk<Keyword>(start(st), prev_end());
      k->value = v;
      call->keywords.push_back(k);
      seen_kwunpack = true;
      last = v;
    } else if (cur().kind == TokKind::Name && peek().is(Op::Equal)) {
      const Token& nt = advance();
      if (nt.kw != Kw::None) {
        if (nt.kw == Kw::True || nt.kw == Kw::False || nt.kw == Kw::NoneKw)
          raise(std::string("cannot assign to ") + std::string(nt.text), start(nt), end(cur()));
        syntax_error_here();
      }
      const Token& eq = advance();
      Expr* v = expression();
      if (!no_invalid_ && (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))))
        raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start(nt), end(eq));
      auto* k = mk<Keyword>(start(nt), prev_end());
      k->arg = std::string(nt.ident());
      k->has_arg = true;
      k->value = v;
      call->keywords.push_back(k);
      seen_kw = true;
      last = v;
    } else {
      Expr* e = named_expression(false);
      if (check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))) {
        if (!allow_genexp_arg_)
          syntax_error_here();
        auto gens = for_if_clauses();
        bool only = call->args.empty() && call->keywords.empty() && check(Op::RPar);
        if (!only) {
          raise("Generator expression must be parenthesized", start(e), prev_end());
        }
        advance();
        auto* g = mk<GeneratorExp>(start(lp), prev_end());
        g->elt = e;
        g->generators = std::move(gens);
        call->args.push_back(g);
        return;
      }
      if (check(Op::Equal)) {
        const Token& eq = cur();
        raise("expression cannot contain assignment, perhaps you meant \"==\"?", start(e), end(eq));
      }
      if (seen_kw || seen_kwunpack)
        bad_positional = true;
      call->args.push_back(e);
      last = e;
    }
    if (accept(Op::Comma))
      continue;
    if (check(Op::RPar))
      break;
    comma_check(last, Op::RPar);
  }
  advance();
  if (bad_positional)
    raise_at(seen_kwunpack ? "positional argument follows keyword argument unpacking"
                           : "positional argument follows keyword argument",
             toks_.back());
}

Expr* Parser::lambdef() {
  const Token& lt = advance();
  LevelGuard lg(*this, 2);
  Arguments* args = parameters(true, Op::Colon);
  expect(Op::Colon);
  Expr* body = expression();
  auto* l = mk<Lambda>(start(lt), prev_end());
  l->args = args;
  l->body = body;
  return l;
}

Arguments* Parser::parameters(bool lambda, Op closer) {
  auto* a = arena_.make<Arguments>();
  bool seen_default = false, star_seen = false, slash_seen = false, default_before_slash = false;
  std::vector<Arg*> plain;
  auto param = [&](bool star_annotation) -> Arg* {
    const Token& n = expect_name();
    auto* arg = mk<Arg>(start(n), end(n));
    arg->arg = std::string(n.ident());
    if (!lambda && accept(Op::Colon)) {
      arg->annotation = star_annotation && check(Op::Star) ? star_expression() : expression();
      Pos e = prev_end();
      arg->end_lineno = e.line;
      arg->end_col_offset = e.col;
    }
    return arg;
  };
  while (!check(closer)) {
    if (check(Op::Slash)) {
      if (plain.empty() && !slash_seen && !star_seen) {
        no_invalid_++;
        bool comma = peek().is(Op::Comma);
        no_invalid_--;
        if (comma)
          raise_at("at least one argument must precede /", cur());
        syntax_error_here();
      }
      const Token& sl = advance();
      if (slash_seen)
        raise_at("/ may appear only once", sl);
      if (star_seen)
        raise_at("/ must be ahead of *", sl);
      if (check(Op::Star))
        raise_at("expected comma between / and *", cur());
      slash_seen = true;
      default_before_slash = seen_default;
      a->posonlyargs = std::move(plain);
      plain.clear();
    } else if (check(Op::Star)) {
      const Token& st = advance();
      if (star_seen)
        raise_at("* argument may appear only once", st);
      star_seen = true;
      if (check(Op::Comma) || check(closer)) {
        if (check(closer) || peek().is(Op::DoubleStar)) {
          if (lambda)
            raise_last("named arguments must follow bare *");
          raise_at("named arguments must follow bare *", st);
        }
      } else {
        a->vararg = param(true);
        if (check(Op::Equal))
          raise_at("var-positional argument cannot have default value", cur());
      }
    } else if (check(Op::DoubleStar)) {
      advance();
      a->kwarg = param(false);
      if (check(Op::Equal))
        raise_at("var-keyword argument cannot have default value", cur());
      accept(Op::Comma);
      if (!check(closer))
        raise_at("arguments cannot follow var-keyword argument", cur());
      break;
    } else {
      if (check(Op::LPar) && !seen_default && !star_seen && !slash_seen)
        parenthesized_params_check(lambda);
      if (cur().kind != TokKind::Name || cur().kw != Kw::None)
        syntax_error_here();
      Arg* p = param(false);
      Expr* def = nullptr;
      if (accept(Op::Equal)) {
        if (check(Op::RPar) || check(Op::Comma))
          raise_at("expected default value expression", prev());
        def = expression();
      }
      if (star_seen) {
        a->kwonlyargs.push_back(p);
        a->kw_defaults.push_back(def);
      } else {
        plain.push_back(p);
        if (def) {
          a->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          // CPython's rule needs the defaults before any '/' (or no '/').
          if (slash_seen && !default_before_slash)
            syntax_error_here();
          raise_node("non-default argument follows default argument", p);
        }
      }
    }
    if (!accept(Op::Comma))
      break;
  }
  a->args = std::move(plain);
  return a;
}

// invalid_comprehension: '[' or '{' with several elements (or one and a trailing comma) before `for`.
void Parser::comprehension_target_check(const std::vector<Expr*>& elts, const Token* comma) {
  if (no_invalid_ || !(check(Kw::For) || (check(Kw::Async) && peek().is(Kw::For))))
    return;
  size_t save = pos_;
  SyntaxErrorInfo saved = err_;
  bool ok = false;
  no_invalid_++;
  try {
    for_if_clauses();
    ok = true;
  } catch (ParseFailure&) {
  }
  no_invalid_--;
  pos_ = save;
  err_ = saved;
  if (!ok)
    return;
  if (comma && elts.size() == 1)
    raise("did you forget parentheses around the comprehension target?", start(elts[0]), end(*comma));
  if (elts.size() > 1)
    raise("did you forget parentheses around the comprehension target?", start(elts[0]), end(elts.back()));
}

// After a dictionary key: consumes ':' and checks CPython's invalid_kvpair value errors.
void Parser::dict_value_check() {
  const Token& colon = advance();
  if (no_invalid_)
    return;
  if (check(Op::RBrace) || check(Op::Comma))
    raise_at("expression expected after dictionary key and ':'", colon);
  if (check(Op::Star)) {
    const Token& st = cur();
    size_t save = pos_;
    SyntaxErrorInfo saved = err_;
    bool ok = false;
    try {
      advance();
      bitwise_or();
      ok = true;
    } catch (ParseFailure&) {
    }
    if (ok)
      raise_from("cannot use a starred expression in a dictionary value", start(st));
    pos_ = save;
    err_ = saved;
  }
}

// invalid_parameters: '(' NAME (',' NAME)* [','] ')' among plain parameters.
void Parser::parenthesized_params_check(bool lambda) {
  size_t i = pos_ + 1;
  bool any = false;
  for (;;) {
    const Token& t = at(i);
    if (t.kind != TokKind::Name || t.kw != Kw::None)
      break;
    any = true;
    i++;
    if (!lambda && at(i).is(Op::Colon))
      return; // annotations: not worth emulating
    if (at(i).is(Op::Comma)) {
      i++;
      continue;
    }
    break;
  }
  if (any && at(i).is(Op::RPar))
    raise(lambda ? "Lambda expression parameters cannot be parenthesized"
                 : "Function parameters cannot be parenthesized",
          start(cur()), end(at(i)));
}

} // namespace coil::frontend
