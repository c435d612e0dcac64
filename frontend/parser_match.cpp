// The match statement and its patterns (PEP 634), as CPython 3.11 parses them.
//
// Invariants: `match` is only a keyword when the line parses as
// `match <subject>:` NEWLINE (checked speculatively); `case` only inside a
// match block. Pattern nodes carry CPython's positions (groups return the
// inner pattern).
#include "frontend/parser_impl.h"

namespace coil::frontend {

using namespace ast;

Stmt* Parser::match_stmt() {
  const Token& t = cur();
  const Token& nx = peek();
  // Quick rejections: these can only be an expression statement / assignment.
  if (nx.kind == TokKind::Newline || nx.kind == TokKind::EndMarker ||
      (nx.kind == TokKind::Op && (nx.op == Op::Equal || nx.op == Op::Dot || nx.op == Op::Colon ||
                                  nx.op == Op::Comma || nx.op == Op::RPar || nx.op == Op::Semi)))
    return nullptr;
  size_t save = pos_;
  SyntaxErrorInfo saved = err_;
  Expr* subject = nullptr;
  bool missing_colon = false;
  try {
    advance();
    const Token& first = cur();
    Expr* e = star_named_expression();
    if (check(Op::Comma)) {
      auto* tup = arena_.make<Tuple>();
      tup->elts.push_back(e);
      while (accept(Op::Comma)) {
        if (check(Op::Colon))
          break;
        tup->elts.push_back(star_named_expression());
      }
      Pos s = start(first), en = prev_end();
      tup->lineno = s.line, tup->col_offset = s.col, tup->end_lineno = en.line, tup->end_col_offset = en.col;
      tup->ctx = ExprContext::Load;
      e = tup;
    }
    if (!check(Op::Colon)) {
      // invalid_match_stmt: "match" subject NEWLINE (when it cannot be an expression statement).
      if (cur().kind == TokKind::Newline &&
          (nx.kind == TokKind::Name || nx.kind == TokKind::Number || nx.kind == TokKind::String))
        missing_colon = true;
      throw ParseFailure{};
    }
    subject = e;
  } catch (ParseFailure&) {
    subject = nullptr;
  }
  if (missing_colon)
    raise_last("expected ':'");
  if (!subject) {
    pos_ = save;
    err_ = saved;
    return nullptr;
  }
  advance(); // ':'
  if (cur().kind != TokKind::Newline)
    syntax_error_here();
  advance();
  if (cur().kind != TokKind::Indent)
    raise_last("expected an indented block after 'match' statement on line " + std::to_string(t.lineno),
               "IndentationError");
  advance();
  auto* m = arena_.make<Match>();
  m->subject = subject;
  while (cur().kind != TokKind::Dedent && cur().kind != TokKind::EndMarker) {
    if (!is_soft("case"))
      syntax_error_here();
    const Token& ct = advance();
    auto* c = arena_.make<MatchCase>();
    c->pattern = patterns();
    if (accept(Kw::If))
      c->guard = named_expression();
    if (!accept(Op::Colon)) {
      if (cur().kind == TokKind::Newline)
        raise_at("expected ':'", cur());
      syntax_error_here();
    }
    c->body = block("'case' statement", ct.lineno);
    m->cases.push_back(c);
  }
  if (cur().kind == TokKind::Dedent)
    advance();
  Pos e = last_nonws_end();
  m->lineno = t.lineno, m->col_offset = t.col, m->end_lineno = e.line, m->end_col_offset = e.col;
  return m;
}

namespace {
bool is_wildcard(const Token& t) {
  return t.kind == TokKind::Name && t.kw == Kw::None && t.ident() == "_";
}
} // namespace

// maybe_star_pattern: '*' NAME | pattern
static Pattern* star_or_pattern(Parser& p) {
  if (p.check(Op::Star)) {
    const Token& st = p.advance();
    const Token& n = p.expect_name();
    auto* s = p.mk<MatchStar>(Parser::start(st), Parser::end(n));
    if (!is_wildcard(n)) {
      s->name = std::string(n.ident());
      s->has_name = true;
    }
    return s;
  }
  return p.pattern();
}

Pattern* Parser::patterns() {
  const Token& first = cur();
  Pattern* p = star_or_pattern(*this);
  if (!check(Op::Comma)) {
    if (p->kind == PatternKind::MatchStar) {
      auto* seq = mk<MatchSequence>(start(first), end(p));
      seq->patterns.push_back(p);
      return seq;
    }
    return p;
  }
  auto* seq = arena_.make<MatchSequence>();
  seq->patterns.push_back(p);
  while (accept(Op::Comma)) {
    if (check(Op::Colon) || check(Kw::If))
      break;
    seq->patterns.push_back(star_or_pattern(*this));
  }
  Pos s = start(first), e = prev_end();
  seq->lineno = s.line, seq->col_offset = s.col, seq->end_lineno = e.line, seq->end_col_offset = e.col;
  return seq;
}

Pattern* Parser::pattern() {
  Pos s0 = start(cur());
  Pattern* p = or_pattern();
  if (accept(Kw::As)) {
    const Token& n = cur();
    if (is_wildcard(n))
      raise_at("cannot use '_' as a target", n);
    if (n.kind != TokKind::Name || n.kw != Kw::None) {
      if (starts_expression(n)) {
        size_t save = pos_;
        Expr* bad = nullptr;
        try {
          bad = expression();
        } catch (ParseFailure&) {
        }
        pos_ = save;
        if (bad)
          raise_node(std::string("invalid pattern target"), bad);
      }
      syntax_error_here();
    }
    advance();
    auto* as = mk<MatchAs>(s0, end(n));
    as->pattern = p;
    as->name = std::string(n.ident());
    as->has_name = true;
    return as;
  }
  return p;
}

Pattern* Parser::or_pattern() {
  Pos s = start(cur());
  Pattern* first = closed_pattern();
  if (!check(Op::VBar))
    return first;
  auto* o = arena_.make<MatchOr>();
  o->patterns.push_back(first);
  while (accept(Op::VBar))
    o->patterns.push_back(closed_pattern());
  Pos e = prev_end();
  o->lineno = s.line, o->col_offset = s.col, o->end_lineno = e.line, o->end_col_offset = e.col;
  return o;
}

Expr* Parser::signed_number() {
  const Token& t = cur();
  if (check(Op::Minus)) {
    advance();
    if (cur().kind != TokKind::Number)
      syntax_error_here();
    const Token& n = advance();
    Expr* num = number(n);
    auto* u = mk<UnaryOp>(start(t), end(n));
    u->op = UnaryOpKind::USub;
    u->operand = num;
    return u;
  }
  if (t.kind != TokKind::Number)
    syntax_error_here();
  advance();
  return number(t);
}

// A literal or value pattern's expression (also mapping keys).
Expr* Parser::pattern_value_expr() {
  const Token& t = cur();
  if (t.kind == TokKind::Number || t.is(Op::Minus)) {
    Expr* real = signed_number();
    if (check(Op::Plus) || check(Op::Minus)) {
      OperatorKind op = check(Op::Plus) ? OperatorKind::Add : OperatorKind::Sub;
      advance();
      if (cur().kind != TokKind::Number)
        syntax_error_here();
      const Token& n = advance();
      Expr* imag = number(n);
      auto* c = static_cast<Constant*>(imag);
      if (c->value.kind != ConstantValue::Kind::Complex)
        raise_node("imaginary number required in complex literal", imag);
      auto* b = mk<BinOp>(start(real), end(imag));
      b->left = real;
      b->op = op;
      b->right = imag;
      return b;
    }
    return real;
  }
  if (t.kind == TokKind::String) {
    Expr* s = strings();
    if (s->kind == ExprKind::JoinedStr)
      raise_node("patterns may only match literals and attribute lookups", s);
    return s;
  }
  if (t.is(Kw::NoneKw) || t.is(Kw::True) || t.is(Kw::False)) {
    advance();
    auto* c = mk<Constant>(start(t), end(t));
    c->value.kind = t.kw == Kw::NoneKw ? ConstantValue::Kind::None
                    : t.kw == Kw::True ? ConstantValue::Kind::True
                                       : ConstantValue::Kind::False;
    return c;
  }
  if (t.kind == TokKind::Name && t.kw == Kw::None) {
    advance();
    Expr* e = mk<Name>(start(t), end(t));
    static_cast<Name*>(e)->id = std::string(t.ident());
    static_cast<Name*>(e)->ctx = ExprContext::Load;
    while (accept(Op::Dot)) {
      const Token& n = expect_name();
      auto* a = mk<Attribute>(start(e), end(n));
      a->value = e;
      a->attr = std::string(n.ident());
      a->ctx = ExprContext::Load;
      e = a;
    }
    return e;
  }
  syntax_error_here();
}

Pattern* Parser::closed_pattern() {
  const Token& t = cur();
  if (t.is(Kw::NoneKw) || t.is(Kw::True) || t.is(Kw::False)) {
    advance();
    auto* s = mk<MatchSingleton>(start(t), end(t));
    s->value.kind = t.kw == Kw::NoneKw ? ConstantValue::Kind::None
                    : t.kw == Kw::True ? ConstantValue::Kind::True
                                       : ConstantValue::Kind::False;
    return s;
  }
  if (t.kind == TokKind::Number || t.is(Op::Minus) || t.kind == TokKind::String) {
    Expr* v = pattern_value_expr();
    auto* mv = mk<MatchValue>(start(v), end(v));
    mv->value = v;
    return mv;
  }
  if (t.kind == TokKind::Name && t.kw == Kw::None) {
    const Token& nx = peek();
    if (!nx.is(Op::Dot) && !nx.is(Op::LPar)) {
      advance();
      auto* as = mk<MatchAs>(start(t), end(t));
      if (!is_wildcard(t)) {
        as->name = std::string(t.ident());
        as->has_name = true;
      }
      return as;
    }
    Expr* v = pattern_value_expr();
    if (!check(Op::LPar)) {
      auto* mv = mk<MatchValue>(start(v), end(v));
      mv->value = v;
      return mv;
    }
    // Class pattern.
    advance();
    auto* c = arena_.make<MatchClass>();
    c->cls = v;
    while (!check(Op::RPar)) {
      if (cur().kind == TokKind::Name && cur().kw == Kw::None && peek().is(Op::Equal)) {
        const Token& n = advance();
        advance();
        c->kwd_attrs.push_back(std::string(n.ident()));
        c->kwd_patterns.push_back(pattern());
      } else {
        Pattern* p = pattern();
        if (!c->kwd_attrs.empty())
          raise_node("positional patterns follow keyword patterns", p);
        c->patterns.push_back(p);
      }
      if (!accept(Op::Comma))
        break;
    }
    expect(Op::RPar);
    Pos s = start(v), e = prev_end();
    c->lineno = s.line, c->col_offset = s.col, c->end_lineno = e.line, c->end_col_offset = e.col;
    return c;
  }
  if (t.is(Op::LPar) || t.is(Op::LSqb)) {
    bool paren = t.is(Op::LPar);
    Op closer = paren ? Op::RPar : Op::RSqb;
    advance();
    if (paren && !check(closer)) {
      Pattern* first = star_or_pattern(*this);
      if (accept(Op::RPar)) {
        if (first->kind != PatternKind::MatchStar)
          return first; // group
        auto* seq = mk<MatchSequence>(start(t), prev_end());
        seq->patterns.push_back(first);
        return seq;
      }
      auto* seq = arena_.make<MatchSequence>();
      seq->patterns.push_back(first);
      while (accept(Op::Comma)) {
        if (check(closer))
          break;
        seq->patterns.push_back(star_or_pattern(*this));
      }
      expect(closer);
      Pos s = start(t), e = prev_end();
      seq->lineno = s.line, seq->col_offset = s.col, seq->end_lineno = e.line, seq->end_col_offset = e.col;
      return seq;
    }
    auto* seq = arena_.make<MatchSequence>();
    while (!check(closer)) {
      seq->patterns.push_back(star_or_pattern(*this));
      if (!accept(Op::Comma))
        break;
    }
    expect(closer);
    Pos s = start(t), e = prev_end();
    seq->lineno = s.line, seq->col_offset = s.col, seq->end_lineno = e.line, seq->end_col_offset = e.col;
    return seq;
  }
  if (t.is(Op::LBrace)) {
    advance();
    auto* m = arena_.make<MatchMapping>();
    while (!check(Op::RBrace)) {
      if (accept(Op::DoubleStar)) {
        const Token& n = expect_name();
        m->rest = std::string(n.ident());
        m->has_rest = true;
        accept(Op::Comma);
        break;
      }
      Expr* k = pattern_value_expr();
      expect(Op::Colon);
      m->keys.push_back(k);
      m->patterns.push_back(pattern());
      if (!accept(Op::Comma))
        break;
    }
    expect(Op::RBrace);
    Pos s = start(t), e = prev_end();
    m->lineno = s.line, m->col_offset = s.col, m->end_lineno = e.line, m->end_col_offset = e.col;
    return m;
  }
  syntax_error_here();
}

} // namespace coil::frontend
