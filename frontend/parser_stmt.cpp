// Statements: CPython 3.11's statement grammar (everything but match, which
// lives in parser_match.cpp).
//
// Invariants: a statement's position runs from its first token to the last
// token it consumed, or to the end of the last statement of its last block
// for compound statements (CPython's EXTRA).
#include "frontend/parser_impl.h"

namespace coil::frontend {

using namespace ast;

void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    Stmt* s = simple_stmt();
    out.push_back(s);
    if (accept(Op::Semi)) {
      if (cur().kind == TokKind::Newline)
        break;
      continue;
    }
    if (cur().kind != TokKind::Newline) {
      // Legacy print statement.
      if (s->kind == StmtKind::Expr) {
        Expr* v = static_cast<ExprStmt*>(s)->value;
        if (v->kind == ExprKind::Name &&
            (static_cast<Name*>(v)->id == "print" || static_cast<Name*>(v)->id == "exec") &&
            starts_expression(cur())) {
          size_t save = pos_;
          SyntaxErrorInfo saved = err_;
          Expr* b = nullptr;
          try {
            b = star_expressions();
          } catch (ParseFailure&) {
          }
          pos_ = save;
          err_ = saved;
          if (b) {
            const std::string& id = static_cast<Name*>(v)->id;
            raise("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", start(v),
                  end(b));
          }
        }
      }
      syntax_error_here();
    }
    break;
  }
  advance(); // NEWLINE
}

Stmt* Parser::simple_stmt() {
  const Token& t = cur();
  if (t.kind == TokKind::Name) {
    switch (t.kw) {
    case Kw::Pass:
      advance();
      return mk<Pass>(start(t), end(t));
    case Kw::Break:
      advance();
      return mk<Break>(start(t), end(t));
    case Kw::Continue:
      advance();
      return mk<Continue>(start(t), end(t));
    case Kw::Return: {
      advance();
      Expr* v = nullptr;
      if (starts_expression(cur()) || check(Op::Star))
        v = star_expressions();
      auto* r = mk<Return>(start(t), prev_end());
      r->value = v;
      return r;
    }
    case Kw::Raise: {
      advance();
      auto* r = arena_.make<Raise>();
      if (starts_expression(cur())) {
        r->exc = expression();
        if (accept(Kw::From))
          r->cause = expression();
      }
      Pos s = start(t), e = prev_end();
      r->lineno = s.line, r->col_offset = s.col, r->end_lineno = e.line, r->end_col_offset = e.col;
      return r;
    }
    case Kw::Global:
    case Kw::Nonlocal: {
      advance();
      std::vector<std::string> names;
      do {
        names.push_back(std::string(expect_name().ident()));
      } while (accept(Op::Comma));
      if (t.kw == Kw::Global) {
        auto* g = mk<Global>(start(t), prev_end());
        g->names = std::move(names);
        return g;
      }
      auto* g = mk<Nonlocal>(start(t), prev_end());
      g->names = std::move(names);
      return g;
    }
    case Kw::Del: {
      advance();
      size_t save = pos_;
      auto* d = arena_.make<Delete>();
      for (;;) {
        Expr* e = target_elem();
        d->targets.push_back(e);
        if (!accept(Op::Comma))
          break;
        if (check(Op::Semi) || cur().kind == TokKind::Newline)
          break;
      }
      if (!check(Op::Semi) && cur().kind != TokKind::Newline) {
        pos_ = save;
        Expr* e = star_expressions();
        if (const Expr* bad = invalid_target(e, TargetsKind::Del))
          raise_node(std::string("cannot delete ") + expr_name(bad), bad);
        syntax_error_here();
      }
      for (Expr* e : d->targets)
        set_target(e, ExprContext::Del, TargetsKind::Del);
      Pos s = start(t), e = prev_end();
      d->lineno = s.line, d->col_offset = s.col, d->end_lineno = e.line, d->end_col_offset = e.col;
      return d;
    }
    case Kw::Assert: {
      advance();
      auto* a = arena_.make<Assert>();
      a->test = expression();
      if (accept(Op::Comma))
        a->msg = expression();
      Pos s = start(t), e = prev_end();
      a->lineno = s.line, a->col_offset = s.col, a->end_lineno = e.line, a->end_col_offset = e.col;
      return a;
    }
    case Kw::Import:
      return import_stmt();
    case Kw::From:
      return from_import_stmt();
    default:
      break;
    }
  }
  return expr_or_assign_stmt();
}

namespace {
bool augassign_op(const Token& t, OperatorKind& op) {
  if (t.kind != TokKind::Op)
    return false;
  switch (t.op) {
  case Op::PlusEqual:
    op = OperatorKind::Add;
    return true;
  case Op::MinEqual:
    op = OperatorKind::Sub;
    return true;
  case Op::StarEqual:
    op = OperatorKind::Mult;
    return true;
  case Op::AtEqual:
    op = OperatorKind::MatMult;
    return true;
  case Op::SlashEqual:
    op = OperatorKind::Div;
    return true;
  case Op::PercentEqual:
    op = OperatorKind::Mod;
    return true;
  case Op::AmperEqual:
    op = OperatorKind::BitAnd;
    return true;
  case Op::VBarEqual:
    op = OperatorKind::BitOr;
    return true;
  case Op::CircumflexEqual:
    op = OperatorKind::BitXor;
    return true;
  case Op::LeftShiftEqual:
    op = OperatorKind::LShift;
    return true;
  case Op::RightShiftEqual:
    op = OperatorKind::RShift;
    return true;
  case Op::DoubleStarEqual:
    op = OperatorKind::Pow;
    return true;
  case Op::DoubleSlashEqual:
    op = OperatorKind::FloorDiv;
    return true;
  default:
    return false;
  }
}

} // namespace

Stmt* Parser::expr_or_assign_stmt() {
  const Token& first = cur();
  Expr* e = check(Kw::Yield) ? yield_expr() : star_expressions();
  OperatorKind aop;
  if (check(Op::ColonEqual) && !no_invalid_) {
    // invalid_named_expression reached through invalid_assignment's star_named_expression.
    Expr* target = e;
    if (e->kind == ExprKind::Tuple && !parenthesized(e, first) && !static_cast<Tuple*>(e)->elts.empty())
      target = static_cast<Tuple*>(e)->elts.back();
    if (target->kind != ExprKind::Name && target->kind != ExprKind::Starred)
      raise_node(std::string("cannot use assignment expressions with ") + expr_name(target), target);
  }
  if (check(Op::Colon)) {
    advance();
    switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      break;
    case ExprKind::Tuple: {
      // Unparenthesised `a, b: int` points at the first element.
      auto* tup = static_cast<Tuple*>(e);
      if (!tup->elts.empty() && tup->elts[0]->lineno == tup->lineno &&
          tup->elts[0]->col_offset == tup->col_offset)
        raise_node("only single target (not tuple) can be annotated", tup->elts[0]);
      raise_node("only single target (not tuple) can be annotated", e);
    }
    case ExprKind::List:
      raise_node("only single target (not list) can be annotated", e);
    default:
      raise_node("illegal target for annotation", e);
    }
    Expr* ann = expression();
    Expr* value = nullptr;
    if (accept(Op::Equal))
      value = check(Kw::Yield) ? yield_expr() : star_expressions();
    set_target(e, ExprContext::Store, TargetsKind::Star);
    auto* a = mk<AnnAssign>(start(first), prev_end());
    a->target = e;
    a->annotation = ann;
    a->value = value;
    a->simple = e->kind == ExprKind::Name && first.kind == TokKind::Name;
    return a;
  }
  if (check(Op::Equal)) {
    std::vector<Expr*> targets{e};
    Expr* value = nullptr;
    while (accept(Op::Equal)) {
      Expr* v = check(Kw::Yield) ? yield_expr() : star_expressions();
      if (check(Op::Equal))
        targets.push_back(v);
      else
        value = v;
    }
    for (size_t i = 0; i < targets.size(); i++) {
      Expr* t = targets[i];
      bool is_yield = t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom;
      if (const Expr* bad = is_yield ? t : invalid_target(t, TargetsKind::Star)) {
        bool here = i == 0 && targets.size() == 1 && (is_bitwise_or_level(t) || parenthesized(t, first)) &&
                    t->kind != ExprKind::List && t->kind != ExprKind::Tuple &&
                    t->kind != ExprKind::GeneratorExp &&
                    !(t->kind == ExprKind::Constant &&
                      (static_cast<Constant*>(t)->value.kind == ConstantValue::Kind::True ||
                       static_cast<Constant*>(t)->value.kind == ConstantValue::Kind::False ||
                       static_cast<Constant*>(t)->value.kind == ConstantValue::Kind::None));
        const Expr* vfirst = value;
        if (vfirst && vfirst->kind == ExprKind::Tuple && !static_cast<const Tuple*>(vfirst)->elts.empty() &&
            vfirst->col_offset == static_cast<const Tuple*>(vfirst)->elts[0]->col_offset &&
            vfirst->lineno == static_cast<const Tuple*>(vfirst)->elts[0]->lineno)
          vfirst = static_cast<const Tuple*>(vfirst)->elts[0];
        if (here && vfirst && is_bitwise_or_level(vfirst))
          raise_node(std::string("cannot assign to ") + expr_name(t) +
                         " here. Maybe you meant '==' instead of '='?",
                     t);
        if (is_yield) {
          // A bare yield target (not a parenthesised one) has its own message.
          std::string_view line = tz_.line_text(t->lineno);
          int c = std::min(t->col_offset, static_cast<int>(line.size()));
          while (c > 0 && (line[c - 1] == ' ' || line[c - 1] == '\t'))
            c--;
          if (!(c > 0 && line[c - 1] == '('))
            raise_node("assignment to yield expression not possible", t);
        }
        raise_node(std::string("cannot assign to ") + expr_name(bad), bad);
      }
      set_target(t, ExprContext::Store, TargetsKind::Star);
    }
    auto* a = mk<Assign>(start(first), prev_end());
    a->targets = std::move(targets);
    a->value = value;
    return a;
  }
  if (augassign_op(cur(), aop)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
      raise_node(std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment", e);
    advance();
    Expr* v = check(Kw::Yield) ? yield_expr() : star_expressions();
    set_target(e, ExprContext::Store, TargetsKind::Star);
    auto* a = mk<AugAssign>(start(first), prev_end());
    a->target = e;
    a->op = aop;
    a->value = v;
    return a;
  }
  auto* s = mk<ExprStmt>(start(first), prev_end());
  s->value = e;
  return s;
}

Stmt* Parser::import_stmt() {
  const Token& t = advance();
  auto* imp = arena_.make<Import>();
  do {
    const Token& n0 = expect_name();
    std::string name(n0.ident());
    Pos e = end(n0);
    while (accept(Op::Dot)) {
      const Token& n = expect_name();
      name += ".";
      name += n.ident();
      e = end(n);
    }
    auto* a = arena_.make<Alias>();
    a->name = std::move(name);
    if (accept(Kw::As)) {
      const Token& as = expect_name();
      a->asname = std::string(as.ident());
      a->has_asname = true;
      e = end(as);
    }
    a->lineno = n0.lineno, a->col_offset = n0.col, a->end_lineno = e.line, a->end_col_offset = e.col;
    imp->names.push_back(a);
  } while (accept(Op::Comma));
  Pos s = start(t), e = prev_end();
  imp->lineno = s.line, imp->col_offset = s.col, imp->end_lineno = e.line, imp->end_col_offset = e.col;
  return imp;
}

Stmt* Parser::from_import_stmt() {
  const Token& t = advance();
  auto* imp = arena_.make<ImportFrom>();
  int level = 0;
  for (;;) {
    if (accept(Op::Dot))
      level++;
    else if (accept(Op::Ellipsis))
      level += 3;
    else
      break;
  }
  if (level == 0 && check(Kw::Import))
    syntax_error_here();
  if (!check(Kw::Import)) {
    const Token& n0 = expect_name();
    std::string name(n0.ident());
    while (accept(Op::Dot)) {
      name += ".";
      name += expect_name().ident();
    }
    imp->module = std::move(name);
    imp->has_module = true;
  }
  imp->level = level;
  expect(Kw::Import);
  if (check(Op::Star)) {
    const Token& st = advance();
    auto* a = mk<Alias>(start(st), end(st));
    a->name = "*";
    imp->names.push_back(a);
  } else {
    bool paren = accept(Op::LPar);
    for (;;) {
      const Token& n = expect_name();
      auto* a = mk<Alias>(start(n), end(n));
      a->name = std::string(n.ident());
      if (accept(Kw::As)) {
        const Token& as = expect_name();
        a->asname = std::string(as.ident());
        a->has_asname = true;
        a->end_lineno = as.end_lineno;
        a->end_col_offset = as.end_col;
      }
      imp->names.push_back(a);
      if (!accept(Op::Comma))
        break;
      if (paren && check(Op::RPar))
        break;
      if (!paren && (cur().kind == TokKind::Newline || check(Op::Semi)))
        raise_at("trailing comma not allowed without surrounding parentheses", toks_.back());
    }
    if (paren)
      expect(Op::RPar);
  }
  Pos s = start(t), e = prev_end();
  imp->lineno = s.line, imp->col_offset = s.col, imp->end_lineno = e.line, imp->end_col_offset = e.col;
  return imp;
}

// ':' NEWLINE INDENT statements DEDENT, or simple statements on the same line.
std::vector<Stmt*> Parser::block(const std::string& what, int line) {
  std::vector<Stmt*> body;
  if (cur().kind == TokKind::Newline) {
    advance();
    if (cur().kind != TokKind::Indent) {
      cur();
      raise_last("expected an indented block after " + what + " on line " + std::to_string(line),
                 "IndentationError");
    }
    advance();
    while (cur().kind != TokKind::Dedent && cur().kind != TokKind::EndMarker)
      statement(body);
    if (cur().kind == TokKind::Dedent)
      advance();
    return body;
  }
  simple_stmts(body);
  return body;
}

namespace {
// expect ':' with CPython's "expected ':'" when a NEWLINE follows instead.
} // namespace

// `&&':'` in CPython's grammar: "expected ':'" whatever follows.
#define EXPECT_COLON_FORCED()                                                                                \
  do {                                                                                                       \
    if (!accept(Op::Colon))                                                                                  \
      raise_at("expected ':'", cur());                                                                       \
  } while (0)

#define EXPECT_COLON()                                                                                       \
  do {                                                                                                       \
    if (!accept(Op::Colon)) {                                                                                \
      if (cur().kind == TokKind::Newline)                                                                    \
        raise_at("expected ':'", cur());                                                                     \
      syntax_error_here();                                                                                   \
    }                                                                                                        \
  } while (0)

Stmt* Parser::compound_stmt() {
  const Token& t = cur();
  if (t.kind == TokKind::Op && t.op == Op::At)
    return decorated();
  if (t.kind != TokKind::Name)
    return nullptr;
  switch (t.kw) {
  case Kw::If:
    return if_stmt(false);
  case Kw::While:
    return while_stmt();
  case Kw::For:
    return for_stmt(nullptr);
  case Kw::With:
    return with_stmt(nullptr);
  case Kw::Try:
    return try_stmt();
  case Kw::Def:
    return funcdef({}, nullptr);
  case Kw::Class:
    return classdef({});
  case Kw::Async: {
    const Token& nx = peek();
    if (nx.is(Kw::Def)) {
      advance();
      return funcdef({}, &t);
    }
    if (nx.is(Kw::For)) {
      advance();
      return for_stmt(&t);
    }
    if (nx.is(Kw::With)) {
      advance();
      return with_stmt(&t);
    }
    return nullptr;
  }
  case Kw::None:
    if (t.ident() == "match")
      return match_stmt();
    return nullptr;
  default:
    return nullptr;
  }
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& t = advance();
  auto* s = arena_.make<If>();
  s->test = named_expression();
  EXPECT_COLON();
  s->body = block(elif ? "'elif' statement" : "'if' statement", t.lineno);
  Pos e = last_nonws_end();
  if (check(Kw::Elif)) {
    Stmt* nested = if_stmt(true);
    s->orelse.push_back(nested);
    e = end(nested);
  } else if (check(Kw::Else)) {
    const Token& el = advance();
    EXPECT_COLON_FORCED();
    s->orelse = block("'else' statement", el.lineno);
    e = last_nonws_end();
  }
  s->lineno = t.lineno, s->col_offset = t.col, s->end_lineno = e.line, s->end_col_offset = e.col;
  return s;
}

Stmt* Parser::while_stmt() {
  const Token& t = advance();
  auto* s = arena_.make<While>();
  s->test = named_expression();
  EXPECT_COLON();
  s->body = block("'while' statement", t.lineno);
  Pos e = last_nonws_end();
  if (check(Kw::Else)) {
    const Token& el = advance();
    EXPECT_COLON_FORCED();
    s->orelse = block("'else' statement", el.lineno);
    e = last_nonws_end();
  }
  s->lineno = t.lineno, s->col_offset = t.col, s->end_lineno = e.line, s->end_col_offset = e.col;
  return s;
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& t = advance();
  const Token& first = async_tok ? *async_tok : t;
  auto* s = arena_.make<For>(async_tok != nullptr);
  size_t save = pos_;
  s->target = star_targets();
  if (!accept(Kw::In)) {
    pos_ = save;
    Expr* e = star_expressions();
    if (const Expr* bad = invalid_target(e, TargetsKind::For))
      raise_node(std::string("cannot assign to ") + expr_name(bad), bad);
    syntax_error_here();
  }
  s->iter = star_expressions();
  EXPECT_COLON();
  s->body = block("'for' statement", t.lineno);
  Pos e = last_nonws_end();
  if (check(Kw::Else)) {
    const Token& el = advance();
    EXPECT_COLON_FORCED();
    s->orelse = block("'else' statement", el.lineno);
    e = last_nonws_end();
  }
  s->lineno = first.lineno, s->col_offset = first.col, s->end_lineno = e.line, s->end_col_offset = e.col;
  return s;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& t = advance();
  const Token& first = async_tok ? *async_tok : t;
  auto* s = arena_.make<With>(async_tok != nullptr);
  auto item = [&]() {
    auto* wi = arena_.make<WithItem>();
    wi->context_expr = expression();
    if (accept(Kw::As)) {
      Expr* target = target_elem();
      if (!check(Op::Comma) && !check(Op::RPar) && !check(Op::Colon) && cur().kind != TokKind::Newline) {
        syntax_error_here();
      }
      if (const Expr* bad = invalid_target(target, TargetsKind::Star)) {
        hard_error_ = true;
        raise_node(std::string("cannot assign to ") + expr_name(bad), bad);
      }
      set_target(target, ExprContext::Store, TargetsKind::Star);
      wi->optional_vars = target;
    }
    return wi;
  };
  bool done = false;
  if (check(Op::LPar)) {
    // Parenthesised with-items when the matching ')' is followed by ':'.
    size_t i = pos_;
    int depth = 0;
    for (;; i++) {
      const Token& tk = at(i);
      if (tk.kind == TokKind::EndMarker || tk.kind == TokKind::Error || tk.kind == TokKind::Newline)
        break;
      if (tk.is(Op::LPar) || tk.is(Op::LSqb) || tk.is(Op::LBrace))
        depth++;
      else if (tk.is(Op::RPar) || tk.is(Op::RSqb) || tk.is(Op::RBrace)) {
        if (--depth == 0)
          break;
      }
    }
    // (also before NEWLINE: invalid_with_stmt reports the missing ':')
    if (depth == 0 && (at(i + 1).is(Op::Colon) || at(i + 1).kind == TokKind::Newline) &&
        !peek().is(Kw::Yield)) {
      size_t save = pos_;
      SyntaxErrorInfo saved = err_;
      try {
        advance();
        std::vector<WithItem*> items;
        for (;;) {
          items.push_back(item());
          if (!accept(Op::Comma))
            break;
          if (check(Op::RPar))
            break;
        }
        expect(Op::RPar);
        s->items = std::move(items);
        done = true;
      } catch (ParseFailure&) {
        if (hard_error_)
          throw;
        pos_ = save;
        err_ = saved;
      }
    }
  }
  if (!done) {
    do {
      s->items.push_back(item());
    } while (accept(Op::Comma));
  }
  EXPECT_COLON();
  s->body = block("'with' statement", t.lineno);
  Pos e = last_nonws_end();
  s->lineno = first.lineno, s->col_offset = first.col, s->end_lineno = e.line, s->end_col_offset = e.col;
  return s;
}

Stmt* Parser::try_stmt() {
  const Token& t = advance();
  EXPECT_COLON_FORCED();
  std::vector<Stmt*> body = block("'try' statement", t.lineno);
  Pos e = last_nonws_end();
  std::vector<ExceptHandler*> handlers;
  bool star = false, plain = false;
  while (check(Kw::Except)) {
    const Token& ex = advance();
    bool is_star = accept(Op::Star);
    if (is_star)
      star = true;
    else
      plain = true;
    if (star && plain) {
      if (is_star)
        raise("cannot have both 'except' and 'except*' on the same 'try'", start(ex), prev_end());
      raise_at("cannot have both 'except' and 'except*' on the same 'try'", ex);
    }
    auto* h = arena_.make<ExceptHandler>();
    if (cur().kind == TokKind::Newline) {
      if (is_star)
        raise_last("expected one or more exception types");
      raise_last("expected ':'");
    }
    if (!check(Op::Colon)) {
      h->type = expression();
      if (check(Op::Comma)) {
        size_t save = pos_;
        const Token* last = nullptr;
        while (accept(Op::Comma)) {
          expression();
          last = &prev();
        }
        if (check(Kw::As) && peek().kind == TokKind::Name && peek().kw == Kw::None) {
          advance();
          advance();
        }
        (void)last;
        if (check(Op::Colon))
          raise_from("multiple exception types must be parenthesized", start(h->type));
        pos_ = save;
      }
      if (accept(Kw::As)) {
        const Token& n = expect_name();
        h->name = std::string(n.ident());
        h->has_name = true;
      }
    } else if (is_star) {
      raise_at("expected one or more exception types", cur());
    }
    EXPECT_COLON();
    h->body = block(is_star ? "'except*' statement" : "'except' statement", ex.lineno);
    Pos he = last_nonws_end();
    h->lineno = ex.lineno, h->col_offset = ex.col, h->end_lineno = he.line, h->end_col_offset = he.col;
    handlers.push_back(h);
    e = he;
  }
  auto* s = arena_.make<Try>(star);
  if (check(Kw::Else) && !handlers.empty()) {
    const Token& el = advance();
    EXPECT_COLON_FORCED();
    s->orelse = block("'else' statement", el.lineno);
    e = last_nonws_end();
  }
  if (check(Kw::Finally)) {
    const Token& fi = advance();
    EXPECT_COLON_FORCED();
    s->finalbody = block("'finally' statement", fi.lineno);
    e = last_nonws_end();
  }
  if (handlers.empty() && s->finalbody.empty())
    raise_last("expected 'except' or 'finally' block");
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->lineno = t.lineno, s->col_offset = t.col, s->end_lineno = e.line, s->end_col_offset = e.col;
  return s;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decos;
  while (check(Op::At)) {
    advance();
    decos.push_back(named_expression());
    if (cur().kind != TokKind::Newline)
      syntax_error_here();
    advance();
  }
  if (check(Kw::Def))
    return funcdef(std::move(decos), nullptr);
  if (check(Kw::Class))
    return classdef(std::move(decos));
  if (check(Kw::Async) && peek().is(Kw::Def)) {
    const Token& a = advance();
    return funcdef(std::move(decos), &a);
  }
  syntax_error_here();
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators, const Token* async_tok) {
  const Token& t = advance(); // def
  const Token& first = async_tok ? *async_tok : t;
  auto* f = arena_.make<FunctionDef>(async_tok != nullptr);
  f->name = std::string(expect_name().ident());
  if (!check(Op::LPar))
    raise_at("expected '('", cur());
  advance();
  f->args = parameters(false, Op::RPar);
  expect(Op::RPar);
  if (accept(Op::RArrow))
    f->returns = expression();
  EXPECT_COLON_FORCED();
  f->body = block("function definition", t.lineno);
  f->decorator_list = std::move(decorators);
  Pos e = last_nonws_end();
  f->lineno = first.lineno, f->col_offset = first.col, f->end_lineno = e.line, f->end_col_offset = e.col;
  return f;
}

Stmt* Parser::classdef(std::vector<Expr*> decorators) {
  const Token& t = advance();
  auto* c = arena_.make<ClassDef>();
  c->name = std::string(expect_name().ident());
  if (check(Op::LPar)) {
    Call tmp;
    allow_genexp_arg_ = false;
    call_args(&tmp);
    allow_genexp_arg_ = true;
    c->bases = std::move(tmp.args);
    c->keywords = std::move(tmp.keywords);
  }
  EXPECT_COLON();
  c->body = block("class definition", t.lineno);
  c->decorator_list = std::move(decorators);
  Pos e = last_nonws_end();
  c->lineno = t.lineno, c->col_offset = t.col, c->end_lineno = e.line, c->end_col_offset = e.col;
  return c;
}

} // namespace coil::frontend
