// The recursive-descent parser's internal interface (shared by parser_*.cpp).
//
// Invariants
// - Tokens are pulled lazily from the Tokenizer into a deque (references to
//   tokens stay valid while the parser lives); `pos_` indexes the current one.
// - A syntax error fills `err_` and throws ParseFailure; parse() catches it.
//   Speculative parses (match statements, parenthesised with-items...) save
//   pos_, catch ParseFailure and restore; tokenizer errors are never retried.
// - Positions: tokens and nodes use 1-based lines, 0-based UTF-8 byte columns;
//   only SyntaxErrorInfo converts to 1-based character offsets.
// - Sub-parsers for f-string expressions shift their token positions by
//   (line_offset_, col_offset_) the way CPython 3.11's fstring parser does.
// - Nesting that recurses without bound (unary operators, `not`, `**`,
//   lambda, conditional expressions) is charged in level_ as CPython's
//   generated parser charges rule calls against its MAXSTACK of 6000; past
//   it (or near the end of the native stack) the parse ends with MemoryError
//   (ParseAbort).
#pragma once

#include <deque>
#include <string>

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"

namespace coil::frontend {

struct ParseFailure {};
struct TokenizeFailure {};
// The parser's nesting budget ran out (MemoryError is set, as CPython's
// "parser stack overflow"); never retried, ends the parse.
struct ParseAbort {};

struct Pos {
  int line = 0, col = 0;
};

enum class TargetsKind { Star, Del, For };

class Parser {
public:
  Parser(std::string_view src, const std::string& filename, ast::Arena& arena, SyntaxErrorInfo& err);

  ast::Mod* parse_file();
  ast::Mod* parse_eval();
  ast::Mod* parse_single();
  ast::Expr* parse_fstring_expr(); // star_expressions in "(...)" wrapper
  // After a successful parse: adds this parser's NAME tokens (not keywords)
  // to arena_.name_uses.
  void count_names();

  // f-string sub-parser position shifts.
  int line_offset_ = 0, col_offset_ = 0;
  bool fstring_mode_ = false; // errors get CPython's "f-string: " prefix
  Parser* root_ = this;       // the parser over the real source (line texts for errors)

  // Charges `n` nesting levels for its lifetime; throws ParseAbort with
  // MemoryError set when the budget or the native stack runs out.
  struct LevelGuard {
    Parser& p;
    int n;
    LevelGuard(Parser& parser, int levels);
    ~LevelGuard() { p.level_ -= n; }
  };

  // ---------------------------------------------------------------- tokens
  const Token& at(size_t i);
  const Token& cur() { return at(pos_); }
  const Token& peek(size_t k = 1) { return at(pos_ + k); }
  const Token& prev() { return toks_[pos_ - 1]; }
  const Token& advance() {
    const Token& t = at(pos_);
    pos_++;
    return t;
  }
  bool check(Op o) { return cur().is(o); }
  bool check(Kw k) { return cur().is(k); }
  bool accept(Op o) {
    if (cur().is(o)) {
      pos_++;
      return true;
    }
    return false;
  }
  bool accept(Kw k) {
    if (cur().is(k)) {
      pos_++;
      return true;
    }
    return false;
  }
  const Token& expect(Op o);
  const Token& expect(Kw k);
  const Token& expect_name();
  bool is_soft(const char* kw) {
    return cur().kind == TokKind::Name && cur().kw == Kw::None && cur().ident() == kw;
  }
  bool at_name() { return cur().kind == TokKind::Name && cur().kw == Kw::None; }
  bool starts_expression(const Token& t);

  // ---------------------------------------------------------------- nodes
  template <class T, class... A> T* mk(Pos s, Pos e, A&&... a) {
    T* n = arena_.make<T>(std::forward<A>(a)...);
    n->lineno = s.line;
    n->col_offset = s.col;
    n->end_lineno = e.line;
    n->end_col_offset = e.col;
    return n;
  }
  static Pos start(const Token& t) { return {t.lineno, t.col}; }
  static Pos end(const Token& t) { return {t.end_lineno, t.end_col}; }
  static Pos start(const ast::Node* n) { return {n->lineno, n->col_offset}; }
  static Pos end(const ast::Node* n) { return {n->end_lineno, n->end_col_offset}; }
  Pos prev_end() { return end(prev()); }
  // End of the last consumed token that is not NEWLINE/INDENT/DEDENT (compound statements end there).
  Pos last_nonws_end() {
    size_t i = pos_;
    while (i > 0) {
      const Token& t = toks_[--i];
      if (t.kind != TokKind::Newline && t.kind != TokKind::Indent && t.kind != TokKind::Dedent)
        return end(t);
    }
    return {1, 0};
  }

  // ---------------------------------------------------------------- errors
  // CPython's error helpers: raise() is RAISE_SYNTAX_ERROR_KNOWN_RANGE (node
  // or token positions), raise_tok() is KNOWN_LOCATION at one token (0 / 0
  // for tokens without position), raise_last() is RAISE_SYNTAX_ERROR: at the
  // last token fetched, or the tokenizer cursor when it has no position.
  [[noreturn]] void raise(const std::string& msg, Pos s, Pos e, const char* type = "SyntaxError");
  [[noreturn]] void raise_at(const std::string& msg, const Token& t, const char* type = "SyntaxError") {
    raise_tok(msg, t, type);
  }
  [[noreturn]] void raise_tok(const std::string& msg, const Token& t, const char* type = "SyntaxError");
  [[noreturn]] void raise_last(const std::string& msg, const char* type = "SyntaxError");
  [[noreturn]] void raise_from(const std::string& msg, Pos s); // STARTING_FROM: to the tokenizer cursor
  [[noreturn]] void raise_node(const std::string& msg, const ast::Node* n) { raise(msg, start(n), end(n)); }
  [[noreturn]] void syntax_error_here(); // generic "invalid syntax" at the last token fetched
  [[noreturn]] void raise_tok_error(const TokError& e);
  [[noreturn]] void raise_unclosed(); // "'(' was never closed" for the innermost open bracket
  void set_error(const std::string& msg, Pos s, Pos e, const char* type);
  std::string error_text(int lineno);
  void check_rest_of_source();
  static const char* expr_name(const ast::Expr* e);
  void set_target(ast::Expr* e, ast::ExprContext ctx, TargetsKind kind);
  const ast::Expr* invalid_target(const ast::Expr* e, TargetsKind kind);
  void set_error_raw(const std::string& type, const std::string& msg, int lineno, int offset, int end_lineno,
                     int end_offset, const std::string& text);

  // ---------------------------------------------------------------- expressions
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression(bool invalid_ok = true);
  void invalid_named_assign(ast::Expr* e, size_t first_pos);
  void invalid_expression(ast::Expr* a, size_t first_pos);
  static bool is_bitwise_or_level(const ast::Expr* e);
  static bool parenthesized(const ast::Expr* e, const Token& first);
  // Speculative checks for CPython's invalid_* rules (no_invalid_ > 0) fetch
  // tokens beyond the point where CPython's first pass stops; generic errors
  // are reported at the furthest token the ordinary parse looked at.
  size_t first_pass_max_ = 0;
  void comprehension_target_check(const std::vector<ast::Expr*>& elts, const Token* comma);
  void dict_value_check();
  void parenthesized_params_check(bool lambda);
  size_t no_invalid_at_ = static_cast<size_t>(-1); // expression() at this token skips invalid_expression
  bool hard_error_ = false;                        // an error speculative parses must not swallow
  int no_invalid_ = 0; // inside a speculative parse: no invalid_* checks (CPython's *_without_invalid)
  ast::Expr* expression();
  ast::Expr* yield_expr();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* bitwise_xor();
  ast::Expr* bitwise_and();
  ast::Expr* shift_expr();
  ast::Expr* sum();
  ast::Expr* term();
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* atom();
  ast::Expr* lambdef();
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  void call_args(ast::Call* call);
  std::vector<ast::Comprehension*> for_if_clauses();
  ast::Expr* star_targets(); // for `for` / comprehension targets: Store context applied
  ast::Expr* target_elem();
  ast::Arguments* parameters(bool lambda, Op closer);
  ast::Expr* strings();
  ast::Expr* number(const Token& t);
  void comma_check(ast::Expr* prev_elem, Op closer);

  // f-strings (parser_strings.cpp)
  struct StrPart;
  void fstring_parse(const Token& tok, std::string_view body, size_t body_off, bool raw, int depth,
                     std::vector<ast::Expr*>& values, std::u32string& literal, Pos s, Pos e);
  ast::Expr* fstring_compile_expr(const Token& tok, size_t expr_start, size_t expr_end, size_t brace_off);

  // ---------------------------------------------------------------- statements
  std::vector<ast::Stmt*> statements_until_dedent();
  void statement(std::vector<ast::Stmt*>& out);
  void simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* compound_stmt();
  ast::Stmt* expr_or_assign_stmt();
  std::vector<ast::Stmt*> block(const std::string& what, int line);
  ast::Stmt* if_stmt(bool elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(const Token* async_tok);
  ast::Stmt* with_stmt(const Token* async_tok);
  ast::Stmt* try_stmt();
  ast::Stmt* funcdef(std::vector<ast::Expr*> decorators, const Token* async_tok);
  ast::Stmt* classdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* decorated();
  ast::Stmt* import_stmt();
  ast::Stmt* from_import_stmt();
  ast::Stmt* match_stmt();
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Expr* pattern_value_expr();
  ast::Expr* signed_number();

  ast::Arena& arena_;
  SyntaxErrorInfo& err_;
  std::string filename_;
  Tokenizer tz_;
  std::deque<Token> toks_;
  size_t pos_ = 0;
  int level_ = 0;      // nesting charged so far (see the invariants)
  int level_base_ = 0; // CPython's rule depth above the first expression
  bool in_match_block_ = false;
  bool allow_genexp_arg_ = true; // false for class bases: `class C(x for x in y)` is invalid
};

} // namespace coil::frontend
