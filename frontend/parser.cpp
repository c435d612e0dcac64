// Parser driver: token buffer, error reporting, target validation and the
// public entry point coil::frontend::parse.
//
// Invariants
// - Generic errors ("invalid syntax") are reported at the furthest token the
//   parser has fetched, as CPython's PEG parser does; afterwards the rest of
//   the source is tokenized and a tokenizer error found there wins.
// - SyntaxErrorInfo offsets are 1-based character columns computed from the
//   UTF-8 line text; tokens keep byte columns.
#include "frontend/parser_impl.h"
#include "frontend/string_literal.h"
#include "runtime/errors.h"
#include "runtime/stack_guard.h"

namespace coil::frontend {

using namespace ast;

Parser::Parser(std::string_view src, const std::string& filename, Arena& arena, SyntaxErrorInfo& err)
    : arena_(arena), err_(err), filename_(filename), tz_(src) {}

namespace {
// CPython 3.11's parser fails with MemoryError when its rule nesting exceeds
// MAXSTACK (6000).
constexpr int kParserMaxStack = 6000;
} // namespace

Parser::LevelGuard::LevelGuard(Parser& parser, int levels) : p(parser), n(levels) {
  p.level_ += n;
  if (p.level_base_ + p.level_ > kParserMaxStack || stack_exhausted(ThreadState::current())) {
    p.level_ -= n;
    n = 0;
    err_no_memory();
    throw ParseAbort{};
  }
}

const Token& Parser::at(size_t i) {
  if (!no_invalid_ && i > first_pass_max_)
    first_pass_max_ = i;
  while (toks_.size() <= i) {
    if (!toks_.empty() && (toks_.back().kind == TokKind::EndMarker || toks_.back().kind == TokKind::Error))
      return toks_.back();
    Token t = tz_.next();
    if (t.kind == TokKind::Error && tz_.failed())
      raise_tok_error(tz_.error());
    if (line_offset_ || col_offset_) {
      if (t.end_lineno == 1) {
        if (t.col >= 0)
          t.col += col_offset_;
        if (t.end_col >= 0)
          t.end_col += col_offset_;
      }
      t.lineno += line_offset_;
      t.end_lineno += line_offset_;
    }
    toks_.push_back(std::move(t));
  }
  return toks_[i];
}

const Token& Parser::expect(Op o) {
  if (!cur().is(o))
    syntax_error_here();
  return advance();
}

const Token& Parser::expect(Kw k) {
  if (!cur().is(k))
    syntax_error_here();
  return advance();
}

const Token& Parser::expect_name() {
  if (cur().kind != TokKind::Name || cur().kw != Kw::None)
    syntax_error_here();
  return advance();
}

namespace {
int char_offset(std::string_view line, int byte_col) {
  if (byte_col < 0)
    return byte_col;
  size_t c = std::min(static_cast<size_t>(byte_col), line.size());
  return utf8_char_count(line.substr(0, c));
}
std::string_view strip_newline(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
    line.remove_suffix(1);
  return line;
}
} // namespace

std::string Parser::error_text(int lineno) {
  // CPython's parser errors show the tokenizer's current line buffer when the
  // error is on the last line read (with its newline; it starts at the first
  // line of a multi-line token being read), an earlier line without newline.
  int read = tz_.read_lineno();
  if (lineno >= read) {
    int first = std::min(tz_.buffer_lineno(), read);
    std::string_view a = tz_.line_text(first), b = tz_.line_text(read);
    if (!a.empty() && !b.empty())
      return std::string(a.data(), b.data() + b.size() - a.data());
  }
  return std::string(strip_newline(tz_.line_text(lineno)));
}

void Parser::set_error_raw(const std::string& type, const std::string& msg, int lineno, int offset,
                           int end_lineno, int end_offset, const std::string& text) {
  err_.type = type;
  err_.message = msg;
  err_.filename = filename_;
  err_.lineno = lineno;
  err_.offset = offset;
  err_.end_lineno = end_lineno;
  err_.end_offset = end_offset;
  err_.text = text;
}

void Parser::set_error(const std::string& msg, Pos s, Pos e, const char* type) {
  std::string m = msg;
  if (fstring_mode_ && m.rfind("f-string", 0) != 0)
    m = "f-string: " + m;
  // Sub-parsers of f-string expressions report columns inside their "(...)" buffer.
  int sline = s.line - line_offset_, eline = e.line - line_offset_;
  int scol = s.col, ecol = e.col;
  if (sline == 1 && scol >= 0)
    scol -= col_offset_;
  if (eline == 1 && ecol >= 0)
    ecol -= col_offset_;
  std::string_view line = tz_.line_text(sline);
  std::string_view el = eline == sline ? line : tz_.line_text(eline);
  set_error_raw(type, m, s.line, char_offset(line, scol) + 1, e.line, char_offset(el, ecol) + 1,
                error_text(sline));
}

void Parser::raise(const std::string& msg, Pos s, Pos e, const char* type) {
  set_error(msg, s, e, type);
  throw ParseFailure{};
}

void Parser::raise_tok(const std::string& msg, const Token& t, const char* type) {
  if (!t.nopos)
    raise(msg, start(t), end(t), type);
  // A token without position: CPython's location becomes 0 / 0.
  set_error(msg, start(t), end(t), type);
  err_.offset = 0;
  err_.end_offset = 0;
  throw ParseFailure{};
}

void Parser::raise_last(const std::string& msg, const char* type) {
  const Token& t = toks_.empty() ? cur() : toks_.back();
  if (!t.nopos)
    raise(msg, start(t), end(t), type);
  // CPython uses the tokenizer cursor for tokens without position.
  set_error(msg, start(t), end(t), type);
  std::string_view line = tz_.line_text(t.lineno - line_offset_);
  err_.offset = char_offset(line, t.cursor);
  err_.end_offset = -1;
  throw ParseFailure{};
}

void Parser::raise_from(const std::string& msg, Pos s) {
  // RAISE_SYNTAX_ERROR_STARTING_FROM: the error runs to the tokenizer cursor.
  const Token& t = toks_.back();
  set_error(msg, s, s, "SyntaxError");
  int el = t.nopos ? t.lineno : t.end_lineno;
  std::string_view line = tz_.line_text(el - line_offset_);
  err_.end_lineno = el;
  err_.end_offset = char_offset(line, t.nopos ? t.cursor : t.end_col);
  throw ParseFailure{};
}

void Parser::raise_tok_error(const TokError& te) {
  std::string_view line = tz_.line_text(te.lineno);
  std::string msg = te.message;
  if (fstring_mode_)
    msg = "f-string: " + msg;
  std::string text = te.has_text      ? te.text
                     : te.parser_text ? error_text(te.lineno)
                                      : std::string(strip_newline(line));
  if (te.raw_offsets) {
    set_error_raw(te.type, msg, te.lineno, te.offset, te.end_lineno, te.end_offset, text);
  } else {
    std::string_view eline = tz_.line_text(te.end_lineno);
    int adj = te.cursor ? 0 : 1;
    set_error_raw(te.type, msg, te.lineno, char_offset(line, te.col) + adj, te.end_lineno,
                  char_offset(eline, te.end_col) + adj, text);
  }
  if (fstring_mode_ && root_ != this) {
    // Positions inside the synthetic "(expr)" buffer are not meaningful in the file.
    std::string_view l = root_->tz_.line_text(line_offset_ + 1);
    err_.text = std::string(l);
    if (err_.text.empty() || err_.text.back() != '\n')
      err_.text.push_back('\n');
    err_.lineno = err_.end_lineno = line_offset_ + 1;
  }
  throw TokenizeFailure{};
}

void Parser::raise_unclosed() {
  auto b = tz_.brackets().back();
  std::string_view line = tz_.line_text(b.lineno);
  set_error_raw("SyntaxError", std::string("'") + b.ch + "' was never closed", b.lineno,
                char_offset(line, b.col) + 1, b.lineno, 0, error_text(b.lineno));
  throw ParseFailure{};
}

void Parser::syntax_error_here() {
  if (toks_.empty())
    cur();
  size_t idx = toks_.size() - 1;
  if (first_pass_max_ < idx)
    idx = first_pass_max_;
  const Token& t = toks_[idx];
  if (t.kind == TokKind::Error) {
    // End of input inside brackets or after a line continuation.
    if (!tz_.brackets().empty())
      raise_unclosed();
    raise_last("unexpected EOF while parsing");
  }
  if (t.kind == TokKind::Indent)
    raise_last("unexpected indent", "IndentationError");
  if (t.kind == TokKind::Dedent)
    raise_last("unexpected unindent", "IndentationError");
  raise_tok("invalid syntax", t);
}

void Parser::check_rest_of_source() {
  // After a parser error CPython tokenizes the rest of the input: an error the
  // tokenizer reports itself wins, and so does a bracket still open at the end
  // of input when it was opened on a line before the last token fetched.
  if (toks_.empty() || toks_.back().kind == TokKind::EndMarker)
    return;
  int err_line = toks_.back().lineno;
  SyntaxErrorInfo saved = err_;
  for (;;) {
    Token x = tz_.failed() ? Token{TokKind::Error} : tz_.next();
    if (x.kind == TokKind::Error) {
      try {
        if (!tz_.brackets().empty() && err_line > tz_.brackets().back().lineno)
          raise_unclosed();
        if (tz_.failed() && !tz_.error().parser_text)
          raise_tok_error(tz_.error());
      } catch (ParseFailure&) {
        return;
      } catch (TokenizeFailure&) {
        return;
      }
      break;
    }
    if (x.kind == TokKind::EndMarker)
      break;
  }
  err_ = saved;
}

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
  case ExprKind::Attribute:
    return "attribute";
  case ExprKind::Subscript:
    return "subscript";
  case ExprKind::Starred:
    return "starred";
  case ExprKind::Name:
    return "name";
  case ExprKind::List:
    return "list";
  case ExprKind::Tuple:
    return "tuple";
  case ExprKind::Lambda:
    return "lambda";
  case ExprKind::Call:
    return "function call";
  case ExprKind::BoolOp:
  case ExprKind::BinOp:
  case ExprKind::UnaryOp:
    return "expression";
  case ExprKind::GeneratorExp:
    return "generator expression";
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    return "yield expression";
  case ExprKind::Await:
    return "await expression";
  case ExprKind::ListComp:
    return "list comprehension";
  case ExprKind::SetComp:
    return "set comprehension";
  case ExprKind::DictComp:
    return "dict comprehension";
  case ExprKind::Dict:
    return "dict literal";
  case ExprKind::Set:
    return "set display";
  case ExprKind::JoinedStr:
  case ExprKind::FormattedValue:
    return "f-string expression";
  case ExprKind::Constant: {
    auto k = static_cast<const Constant*>(e)->value.kind;
    if (k == ConstantValue::Kind::None)
      return "None";
    if (k == ConstantValue::Kind::True)
      return "True";
    if (k == ConstantValue::Kind::False)
      return "False";
    if (k == ConstantValue::Kind::Ellipsis)
      return "ellipsis";
    return "literal";
  }
  case ExprKind::Compare:
    return "comparison";
  case ExprKind::IfExp:
    return "conditional expression";
  case ExprKind::NamedExpr:
    return "named expression";
  case ExprKind::Slice:
    return "slice";
  }
  return "expression";
}

const Expr* Parser::invalid_target(const Expr* e, TargetsKind kind) {
  switch (e->kind) {
  case ExprKind::Tuple:
    for (const Expr* x : static_cast<const Tuple*>(e)->elts)
      if (const Expr* r = invalid_target(x, kind))
        return r;
    return nullptr;
  case ExprKind::List:
    for (const Expr* x : static_cast<const List*>(e)->elts)
      if (const Expr* r = invalid_target(x, kind))
        return r;
    return nullptr;
  case ExprKind::Starred:
    if (kind == TargetsKind::Del)
      return e;
    return invalid_target(static_cast<const Starred*>(e)->value, kind);
  case ExprKind::Compare: {
    auto* c = static_cast<const Compare*>(e);
    if (kind == TargetsKind::For) {
      if (c->ops[0] == CmpOpKind::In)
        return invalid_target(c->left, kind);
      return nullptr;
    }
    return e;
  }
  case ExprKind::Name:
  case ExprKind::Subscript:
  case ExprKind::Attribute:
    return nullptr;
  default:
    return e;
  }
}

void Parser::set_target(Expr* e, ExprContext ctx, TargetsKind kind) {
  if (const Expr* bad = invalid_target(e, kind)) {
    if (kind == TargetsKind::Del)
      raise_node(std::string("cannot delete ") + expr_name(bad), bad);
    raise_node(std::string("cannot assign to ") + expr_name(bad), bad);
  }
  switch (e->kind) {
  case ExprKind::Name:
    static_cast<Name*>(e)->ctx = ctx;
    break;
  case ExprKind::Attribute:
    static_cast<Attribute*>(e)->ctx = ctx;
    break;
  case ExprKind::Subscript:
    static_cast<Subscript*>(e)->ctx = ctx;
    break;
  case ExprKind::Starred:
    static_cast<Starred*>(e)->ctx = ctx;
    set_target(static_cast<Starred*>(e)->value, ctx, kind);
    break;
  case ExprKind::Tuple:
    static_cast<Tuple*>(e)->ctx = ctx;
    for (Expr* x : static_cast<Tuple*>(e)->elts)
      set_target(x, ctx, kind);
    break;
  case ExprKind::List:
    static_cast<List*>(e)->ctx = ctx;
    for (Expr* x : static_cast<List*>(e)->elts)
      set_target(x, ctx, kind);
    break;
  default:
    break;
  }
}

Mod* Parser::parse_file() {
  auto* m = arena_.make<Mod>();
  m->kind = ModKind::Module;
  while (cur().kind != TokKind::EndMarker) {
    if (cur().kind == TokKind::Newline) {
      advance();
      continue;
    }
    statement(m->body);
  }
  return m;
}

Mod* Parser::parse_eval() {
  auto* m = arena_.make<Mod>();
  m->kind = ModKind::Expression;
  const Token& first = cur();
  Expr* e = expression();
  if (check(Op::Comma)) {
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(e);
    while (accept(Op::Comma)) {
      if (!starts_expression(cur()))
        break;
      t->elts.push_back(expression());
    }
    Pos s = start(first), en = prev_end();
    t->lineno = s.line, t->col_offset = s.col, t->end_lineno = en.line, t->end_col_offset = en.col;
    t->ctx = ExprContext::Load;
    e = t;
  }
  while (cur().kind == TokKind::Newline)
    advance();
  if (cur().kind != TokKind::EndMarker)
    syntax_error_here();
  m->expr = e;
  return m;
}

Mod* Parser::parse_single() {
  auto* m = arena_.make<Mod>();
  m->kind = ModKind::Interactive;
  // CPython's tokenizer skips blank lines and turns the first ENDMARKER after
  // the start into NEWLINE; an input with nothing in it is a syntax error.
  if (cur().kind == TokKind::EndMarker)
    syntax_error_here();
  if (Stmt* s = compound_stmt()) {
    m->body.push_back(s);
    if (cur().kind != TokKind::EndMarker && cur().kind != TokKind::Newline)
      syntax_error_here();
    return m;
  }
  simple_stmts(m->body);
  // Anything but blanks and comments after the statement.
  std::string_view rest = tz_.rest();
  for (size_t i = 0; i < rest.size(); i++) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
      continue;
    if (c == '#') {
      while (i < rest.size() && rest[i] != '\n')
        i++;
      continue;
    }
    raise_last("multiple statements found while compiling a single statement");
  }
  return m;
}

void Parser::count_names() {
  for (const Token& t : toks_)
    if (t.kind == TokKind::Name && t.kw == Kw::None)
      arena_.name_uses[std::string(t.ident())]++;
}

ast::Mod* parse(std::string_view source, const std::string& filename, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& error, int feature_flags) {
  (void)feature_flags;
  std::string decoded;
  TokError te;
  if (!decode_source(source, decoded, te)) {
    error.type = te.type;
    error.message = te.message;
    error.filename = filename;
    error.lineno = te.lineno;
    error.offset = te.offset;
    error.end_lineno = te.end_lineno;
    error.end_offset = te.end_offset;
    error.text = te.text;
    return nullptr;
  }
  // Like CPython's string tokenizer: universal newlines, and exec input always
  // ends with a newline.
  if (decoded.find('\r') != std::string::npos) {
    std::string t;
    t.reserve(decoded.size());
    for (size_t i = 0; i < decoded.size(); i++) {
      if (decoded[i] == '\r') {
        t.push_back('\n');
        if (i + 1 < decoded.size() && decoded[i + 1] == '\n')
          i++;
      } else {
        t.push_back(decoded[i]);
      }
    }
    decoded.swap(t);
  }
  if (mode == ParseMode::Exec && (decoded.empty() || decoded.back() != '\n'))
    decoded.push_back('\n');
  Parser p(decoded, filename, arena, error);
  // CPython's rule depth above the first expression of the input.
  p.level_base_ = mode == ParseMode::Eval ? 25 : 31;
  if (mode == ParseMode::Eval)
    p.tz_.set_eof_newline(EofNewline::None);
  else if (mode == ParseMode::Single)
    p.tz_.set_eof_newline(EofNewline::NoPos);
  try {
    ast::Mod* m = nullptr;
    switch (mode) {
    case ParseMode::Exec:
      m = p.parse_file();
      break;
    case ParseMode::Eval:
      m = p.parse_eval();
      break;
    case ParseMode::Single:
      m = p.parse_single();
      break;
    case ParseMode::FuncType:
      p.set_error_raw("SyntaxError", "func_type parsing is not supported", 1, 1, 1, 1, "");
      return nullptr;
    }
    if (m)
      p.count_names();
    return m;
  } catch (ParseFailure&) {
    p.check_rest_of_source();
    return nullptr;
  } catch (TokenizeFailure&) {
    return nullptr;
  } catch (ParseAbort&) {
    return nullptr;
  }
  return nullptr;
}

} // namespace coil::frontend
