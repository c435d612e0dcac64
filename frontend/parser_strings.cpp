// String literals: implicit concatenation, bytes/str decoding and f-strings,
// producing the nodes CPython 3.11's ast module shows.
//
// Invariants
// - Adjacent STRING tokens form one Constant (or one JoinedStr when any part
//   is an f-string); literal parts are merged and empty ones dropped.
// - Constant and FormattedValue nodes inside a JoinedStr carry the position of
//   the whole concatenated literal; expressions inside replacement fields get
//   real source positions computed the way CPython 3.11's fstring parser does
//   (a sub-parser over "(" expr ")" shifted to the field's location).
#include "frontend/parser_impl.h"
#include "frontend/string_literal.h"

namespace coil::frontend {

using namespace ast;

namespace {

struct Prefix {
  bool raw = false, bytes = false, fstr = false, u = false;
  size_t len = 0;   // prefix length
  size_t quote = 1; // 1 or 3
};

Prefix parse_prefix(std::string_view text) {
  Prefix p;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    switch (text[i]) {
    case 'r':
    case 'R':
      p.raw = true;
      break;
    case 'b':
    case 'B':
      p.bytes = true;
      break;
    case 'f':
    case 'F':
      p.fstr = true;
      break;
    case 'u':
    case 'U':
      p.u = true;
      break;
    default:
      break;
    }
    i++;
  }
  p.len = i;
  char q = text[i];
  if (text.size() >= i + 6 && text[i + 1] == q && text[i + 2] == q)
    p.quote = 3;
  return p;
}

} // namespace

struct FStringState {
  std::vector<Expr*>* values;
  std::u32string* literal;
  Pos s, e;
};

Expr* Parser::strings() {
  std::vector<const Token*> toks;
  while (cur().kind == TokKind::String)
    toks.push_back(&advance());
  const Token& first = *toks.front();
  const Token& last = *toks.back();
  Pos s = start(first), e = end(last);
  Prefix p0 = parse_prefix(first.text);
  bool any_f = false;
  for (const Token* t : toks) {
    Prefix p = parse_prefix(t->text);
    if (p.bytes != p0.bytes)
      raise_at("cannot mix bytes and nonbytes literals", toks_.back());
    any_f |= p.fstr;
  }
  if (p0.bytes) {
    std::string out;
    for (const Token* t : toks) {
      Prefix p = parse_prefix(t->text);
      std::string_view body = t->text.substr(p.len + p.quote, t->text.size() - p.len - 2 * p.quote);
      for (unsigned char c : body)
        if (c >= 0x80)
          raise("bytes can only contain ASCII literal characters", start(*t), end(*t));
      std::string err;
      if (!decode_bytes_literal(body, p.raw, out, err))
        raise_at(err, toks_.back());
    }
    auto* c = mk<Constant>(s, e);
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.bytes = std::move(out);
    return c;
  }
  std::u32string literal;
  std::vector<Expr*> values;
  for (const Token* t : toks) {
    Prefix p = parse_prefix(t->text);
    size_t body_off = p.len + p.quote;
    std::string_view body = t->text.substr(body_off, t->text.size() - p.len - 2 * p.quote);
    if (!p.fstr) {
      std::string err;
      if (!decode_str_literal(body, p.raw, literal, err))
        raise_at(err, toks_.back());
      continue;
    }
    fstring_parse(*t, body, body_off, p.raw, 0, values, literal, s, e);
  }
  if (!any_f) {
    auto* c = mk<Constant>(s, e);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.str = std::move(literal);
    if (first.text[0] == 'u') // only a lowercase prefix sets Constant.kind
      c->kind = "u";
    return c;
  }
  if (!literal.empty()) {
    auto* c = mk<Constant>(s, e);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.str = std::move(literal);
    values.push_back(c);
  }
  auto* j = mk<JoinedStr>(s, e);
  j->values = std::move(values);
  return j;
}

namespace {

void flush_literal(Parser& p, std::vector<Expr*>& values, std::u32string& literal, Pos s, Pos e) {
  if (literal.empty())
    return;
  auto* c = p.mk<Constant>(s, e);
  c->value.kind = ConstantValue::Kind::Str;
  c->value.str = std::move(literal);
  literal.clear();
  values.push_back(c);
}

} // namespace

// Parses f-string text body[...] (body_off: offset of body in tok.text). When depth > 0 this is a format spec
// ending at the unmatched '}' (not consumed). Returns through `values`/`literal`.
void Parser::fstring_parse(const Token& tok, std::string_view body, size_t body_off, bool raw, int depth,
                           std::vector<Expr*>& values, std::u32string& literal, Pos s, Pos e) {
  size_t n = body.size();
  size_t i = 0;
  auto ferr = [&](const std::string& msg) { raise_at(msg, toks_.back()); };
  while (i < n) {
    // Literal text up to the next brace.
    size_t j = i;
    while (j < n && body[j] != '{' && body[j] != '}') {
      if (!raw && body[j] == '\\' && j + 2 < n && body[j + 1] == 'N' && body[j + 2] == '{') {
        size_t close = body.find('}', j + 3);
        j = close == std::string_view::npos ? n : close + 1;
        continue;
      }
      if (!raw && body[j] == '\\' && j + 1 < n) {
        j += 2;
        continue;
      }
      j++;
    }
    if (j > n)
      j = n;
    if (j > i) {
      std::string err;
      if (!decode_str_literal(body.substr(i, j - i), raw, literal, err))
        ferr(err);
    }
    if (j >= n)
      break;
    if (body[j] == '}') {
      if (j + 1 < n && body[j + 1] == '}' && depth == 0) {
        literal.push_back('}');
        i = j + 2;
        continue;
      }
      ferr("f-string: single '}' is not allowed");
    }
    // body[j] == '{'
    if (j + 1 < n && body[j + 1] == '{' && depth == 0) {
      literal.push_back('{');
      i = j + 2;
      continue;
    }
    if (depth >= 2)
      ferr("f-string: expressions nested too deeply");
    // Find the end of the expression.
    size_t k = j + 1;
    std::vector<char> stack;
    char quote = 0;
    int qlen = 0;
    for (; k < n; k++) {
      char c = body[k];
      if (c == '\\')
        ferr("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && (qlen == 1 || (k + 2 < n && body[k + 1] == quote && body[k + 2] == quote))) {
          k += qlen - 1;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        qlen = (k + 2 < n && body[k + 1] == c && body[k + 2] == c) ? 3 : 1;
        k += qlen - 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        stack.push_back(c);
        continue;
      }
      if (c == ')' || c == ']' || c == '}') {
        if (stack.empty()) {
          if (c == '}')
            break;
          ferr(std::string("f-string: unmatched '") + c + "'");
        }
        char open = stack.back();
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
          ferr(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" +
               open + "'");
        stack.pop_back();
        continue;
      }
      if (c == '#')
        ferr("f-string expression part cannot include '#'");
      if (!stack.empty())
        continue;
      if (c == '!' && !(k + 1 < n && body[k + 1] == '='))
        break;
      if (c == ':')
        break;
      if (c == '=' && !(k + 1 < n && body[k + 1] == '=') &&
          !(k > j + 1 &&
            (body[k - 1] == '=' || body[k - 1] == '!' || body[k - 1] == '<' || body[k - 1] == '>')))
        break;
    }
    if (quote)
      ferr("f-string: unterminated string");
    if (k >= n) {
      if (!stack.empty())
        ferr("f-string: unmatched '" + std::string(1, stack.back()) + "'");
      ferr("f-string: expecting '}'");
    }
    bool empty = true;
    for (size_t q = j + 1; q < k; q++)
      if (body[q] != ' ' && body[q] != '\t' && body[q] != '\n' && body[q] != '\r' && body[q] != '\f')
        empty = false;
    if (empty) {
      if (body[k] == '!' || body[k] == ':' || body[k] == '=')
        ferr(std::string("f-string: expression required before '") + body[k] + "'");
      ferr("f-string: empty expression not allowed");
    }
    Expr* ex = fstring_compile_expr(tok, body_off + j + 1, body_off + k, body_off + j);
    bool debug = false;
    if (body[k] == '=') {
      debug = true;
      k++;
      while (k < n && (body[k] == ' ' || body[k] == '\t' || body[k] == '\n' || body[k] == '\r' ||
                       body[k] == '\f' || body[k] == '\v'))
        k++;
      std::string_view dtext = body.substr(j + 1, k - j - 1);
      std::u32string tmp;
      std::string err;
      decode_str_literal(dtext, true, tmp, err);
      literal += tmp;
    }
    int conversion = -1;
    if (k < n && body[k] == '!') {
      k++;
      if (k >= n)
        ferr("f-string: expecting '}'");
      char c = body[k];
      if (c != 's' && c != 'r' && c != 'a')
        ferr("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
      k++;
    }
    Expr* spec = nullptr;
    if (k < n && body[k] == ':') {
      k++;
      // The spec runs to the '}' closing this field, with nested fields inside.
      size_t m = k;
      int nest = 0;
      for (; m < n; m++) {
        if (nest > 0 && (body[m] == '\'' || body[m] == '"')) {
          char qc = body[m];
          size_t ql = (m + 2 < n && body[m + 1] == qc && body[m + 2] == qc) ? 3 : 1;
          m += ql;
          while (m < n &&
                 !(body[m] == qc && (ql == 1 || (m + 2 < n && body[m + 1] == qc && body[m + 2] == qc))))
            m++;
          if (m < n)
            m += ql - 1;
          continue;
        }
        if (body[m] == '{')
          nest++;
        else if (body[m] == '}') {
          if (nest == 0)
            break;
          nest--;
        }
      }
      if (m >= n)
        ferr("f-string: expecting '}'");
      std::vector<Expr*> spec_values;
      std::u32string spec_lit;
      // CPython gives the spec's JoinedStr and its trailing literal the position of the STRING token holding
      // them; the other parts span the whole concatenated literal.
      Pos ts = start(tok), te = end(tok);
      fstring_parse(tok, body.substr(k, m - k), body_off + k, raw, depth + 1, spec_values, spec_lit, s, e);
      flush_literal(*this, spec_values, spec_lit, ts, te);
      auto* js = mk<JoinedStr>(ts, te);
      js->values = std::move(spec_values);
      spec = js;
      k = m;
    }
    if (k >= n || body[k] != '}')
      ferr("f-string: expecting '}'");
    if (debug && conversion == -1 && !spec)
      conversion = 'r';
    flush_literal(*this, values, literal, s, e);
    auto* fv = mk<FormattedValue>(s, e);
    fv->value = ex;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values.push_back(fv);
    i = k + 1;
  }
}

Expr* Parser::fstring_compile_expr(const Token& tok, size_t expr_start, size_t expr_end, size_t brace_off) {
  std::string_view text = tok.text;
  int lines = 0, cols = 0;
  bool newline_after_brace = true;
  for (size_t q = brace_off + 1; q < text.size() && text[q] != '}' && text[q] != '\n'; q++) {
    if (text[q] != ' ' && text[q] != '\t' && text[q] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    size_t q = brace_off;
    while (q > 0 && text[q] != '\n')
      q--;
    cols += static_cast<int>(brace_off - q);
    if (text[q] == '\n')
      cols -= 1;
  }
  for (size_t q = 0; q < brace_off; q++)
    if (text[q] == '\n')
      lines++;
  std::string buf;
  buf.reserve(expr_end - expr_start + 2);
  buf.push_back('(');
  buf.append(text.substr(expr_start, expr_end - expr_start));
  buf.push_back(')');
  buf.push_back('\n');
  Parser sub(buf, filename_, arena_, err_);
  sub.root_ = root_;
  sub.fstring_mode_ = true;
  sub.line_offset_ = tok.lineno + lines - 1;
  sub.col_offset_ = lines != 0 ? cols : tok.col + cols;
  return sub.parse_fstring_expr();
}

Expr* Parser::parse_fstring_expr() {
  Expr* e = star_expressions();
  if (cur().kind != TokKind::Newline && cur().kind != TokKind::EndMarker)
    syntax_error_here();
  count_names();
  return e;
}

} // namespace coil::frontend
