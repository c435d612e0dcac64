// Python 3.11 tokenizer: decoded UTF-8 source -> tokens, produced lazily.
//
// Invariants
// - The source handed to Tokenizer is already UTF-8 (decode_source() handles
//   BOMs, PEP 263 declarations and UTF-8 validation) and outlives it.
// - Token positions are 1-based lines and 0-based UTF-8 byte columns, like
//   CPython's tokenizer; token text is a view into the source buffer except
//   for non-ASCII identifiers, whose NFKC form is stored in Token::name.
// - Comments and NL (blank / bracketed line ends) are not produced; INDENT /
//   DEDENT / NEWLINE follow CPython's rules (tabs to multiples of 8, with a
//   tab-size-1 check for TabError).
// - On a lexical error, next() returns a token of kind Error and error()
//   describes it (type, message, byte positions); the tokenizer then stays in
//   the error state.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::frontend {

enum class TokKind : uint8_t { EndMarker, Name, Number, String, Op, Newline, Indent, Dedent, Error };

// Operators and delimiters.
enum class Op : uint8_t {
  None,
  LPar,
  RPar,
  LSqb,
  RSqb,
  LBrace,
  RBrace,
  Colon,
  Comma,
  Semi,
  Plus,
  Minus,
  Star,
  Slash,
  VBar,
  Amper,
  Less,
  Greater,
  Equal,
  Dot,
  Percent,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Tilde,
  Circumflex,
  LeftShift,
  RightShift,
  DoubleStar,
  PlusEqual,
  MinEqual,
  StarEqual,
  SlashEqual,
  PercentEqual,
  AmperEqual,
  VBarEqual,
  CircumflexEqual,
  LeftShiftEqual,
  RightShiftEqual,
  DoubleStarEqual,
  DoubleSlash,
  DoubleSlashEqual,
  At,
  AtEqual,
  RArrow,
  Ellipsis,
  ColonEqual,
  Exclamation,
};
const char* op_text(Op op);

// Hard keywords.
enum class Kw : uint8_t {
  None,
  False,
  NoneKw,
  True,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,
};

struct Token {
  TokKind kind = TokKind::EndMarker;
  Op op = Op::None;
  Kw kw = Kw::None;
  std::string_view text; // the source bytes of the token
  std::string name;      // Name: the NFKC-normalised identifier when it is not ASCII
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  const char* line_start = nullptr; // start of the token's first line in the source
  // CPython gives INDENT, DEDENT, ENDMARKER (and the error token at end of
  // input) no position (col_offset -1); errors located at such a token use
  // the tokenizer cursor instead: `cursor` bytes from the start of `lineno`.
  bool nopos = false;
  int cursor = 0;
  int level = 0; // open brackets after this token (CPython's token level)

  std::string_view ident() const { return name.empty() ? text : std::string_view(name); }
  bool is(Op o) const { return kind == TokKind::Op && op == o; }
  bool is(Kw k) const { return kind == TokKind::Name && kw == k; }
};

struct TokError {
  std::string type = "SyntaxError";
  std::string message;
  int lineno = 0, col = 0; // col: 0-based byte column (or -1 for "the whole line")
  int end_lineno = 0, end_col = 0;
  // Offsets given directly as CPython's 1-based character offsets, when set.
  bool raw_offsets = false;
  bool cursor = false; // col is the tokenizer cursor: offset = characters before it (no +1)
  int offset = 0, end_offset = 0;
  std::string text; // the line text override (CPython sometimes omits the newline)
  bool has_text = false;
  // Errors CPython's parser raises on the tokenizer's behalf (indentation,
  // line continuation) show the line with its newline, like parser errors;
  // the tokenizer's own errors show it without.
  bool parser_text = false;
};

// What the tokenizer produces when the input does not end with a newline.
enum class EofNewline : uint8_t {
  Token, // a NEWLINE token at the end of the last line (f-string sub-parsers)
  None,  // no NEWLINE (eval input)
  NoPos, // a NEWLINE without position (single input: CPython turns ENDMARKER into NEWLINE)
};

// Converts the raw bytes of a source file to UTF-8 following PEP 263 and
// CPython's checks. Returns false and fills `err` on failure.
bool decode_source(std::string_view raw, std::string& out, TokError& err);

// The checks CPython 3.11's file tokenizer makes when it runs a script
// (`python file.py`), which differ from those of source given as a string:
// an unknown or BOM-conflicting declaration is "encoding problem: NAME",
// bytes that are not UTF-8 in a file without a declaration are "Non-UTF-8
// code starting with ...", and a NUL is "source code cannot contain null
// bytes" (line and text up to the NUL), whichever comes first line by line.
// Returns false with `message` (and for null bytes `lineno`/`text`; lineno
// 0 means no location) when the file is rejected.
struct ScriptSourceError {
  std::string message;
  int lineno = 0;
  std::string text;
};
bool check_script_bytes(std::string_view raw, const std::string& filename, ScriptSourceError& err);

class Tokenizer {
public:
  // `interactive` ends input with a NEWLINE the way the REPL does.
  explicit Tokenizer(std::string_view src);
  void set_eof_newline(EofNewline m) { eof_newline_ = m; }
  Token next();
  // CPython's view of how far the tokenizer has read: the number of the last
  // line read (tok->lineno) and the first line of its line buffer (tok->buf:
  // lines read inside a multi-line token share the buffer of its first line).
  int read_lineno() const;
  int buffer_lineno() const;
  const TokError& error() const { return err_; }
  // True once a lexical error was reported (an Error token at end of input
  // inside brackets is not a failure: the parser reports "'(' was never closed").
  bool failed() const { return failed_; }
  // Open brackets at the point of the last token: (char, lineno, col).
  struct Bracket {
    char ch;
    int lineno, col;
  };
  const std::vector<Bracket>& brackets() const { return parens_; }
  std::string_view source() const { return src_; }
  std::string_view rest() const { return std::string_view(p_, end_ - p_); }
  // The text of line `lineno` (1-based) including its newline if any.
  std::string_view line_text(int lineno) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
  Token make(TokKind k, const char* start, const char* end);
  Token fail(const std::string& msg, const char* at, const std::string& type = "SyntaxError");
  Token fail_at(const std::string& msg, int lineno, int col, int end_lineno, int end_col);
  bool at_line_start_indent(Token& out, bool& produced);
  Token lex_number(const char* start);
  Token lex_string(const char* start, const char* quote);
  Token lex_name(const char* start);
  void new_line(const char* p, bool in_token = false); // registers the start of a new line at p
  Token eof_token(TokKind k);
  int col_of(const char* p) const { return static_cast<int>(p - cur_line_); }

  std::string_view src_;
  const char* p_;
  const char* end_;
  const char* cur_line_; // start of the current line
  int lineno_ = 1;
  std::vector<const char*> line_starts_;
  std::vector<int> indents_{0}, alt_indents_{0};
  int pending_dedents_ = 0;
  bool at_bol_ = true;
  bool done_ = false;
  bool emitted_any_ = false; // a non-NEWLINE token on the current logical line
  bool last_was_newline_ = true;
  EofNewline eof_newline_ = EofNewline::Token;
  int buf_line_ = 1, prev_buf_line_ = 1;
  const char* comment_start_ = nullptr; // a comment on the current line (NEWLINE starts there)
  std::vector<Bracket> parens_;
  TokError err_;
  bool failed_ = false;
};

} // namespace coil::frontend
