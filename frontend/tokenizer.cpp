// Python 3.11 tokenizer. See tokenizer.h for the invariants.
//
// Error positions follow CPython's tokenizer: most errors point at the
// tokenizer's read cursor (1-based offset == 0-based byte index of the cursor,
// converted to characters by the parser when it builds SyntaxErrorInfo).
#include "frontend/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

namespace coil::frontend {

namespace {

bool is_ident_start_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_ident_char(unsigned char c) {
  return is_ident_start_ascii(c) || (c >= '0' && c <= '9');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes one UTF-8 sequence at p (already validated). Returns the code point; advances p.
uint32_t utf8_next(const char*& p) {
  unsigned char c = static_cast<unsigned char>(*p++);
  if (c < 0x80)
    return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  for (int i = 0; i < n; i++)
    cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
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

struct KwEntry {
  const char* text;
  Kw kw;
};
const KwEntry kKeywords[] = {
    {"False", Kw::False},
    {"None", Kw::NoneKw},
    {"True", Kw::True},
    {"and", Kw::And},
    {"as", Kw::As},
    {"assert", Kw::Assert},
    {"async", Kw::Async},
    {"await", Kw::Await},
    {"break", Kw::Break},
    {"class", Kw::Class},
    {"continue", Kw::Continue},
    {"def", Kw::Def},
    {"del", Kw::Del},
    {"elif", Kw::Elif},
    {"else", Kw::Else},
    {"except", Kw::Except},
    {"finally", Kw::Finally},
    {"for", Kw::For},
    {"from", Kw::From},
    {"global", Kw::Global},
    {"if", Kw::If},
    {"import", Kw::Import},
    {"in", Kw::In},
    {"is", Kw::Is},
    {"lambda", Kw::Lambda},
    {"nonlocal", Kw::Nonlocal},
    {"not", Kw::Not},
    {"or", Kw::Or},
    {"pass", Kw::Pass},
    {"raise", Kw::Raise},
    {"return", Kw::Return},
    {"try", Kw::Try},
    {"while", Kw::While},
    {"with", Kw::With},
    {"yield", Kw::Yield},
};

Kw keyword_of(std::string_view s) {
  if (s.size() < 2 || s.size() > 8)
    return Kw::None;
  for (const auto& e : kKeywords)
    if (s == e.text)
      return e.kw;
  return Kw::None;
}

// Validates UTF-8; returns the byte index of the first bad byte or npos, and a reason.
size_t find_invalid_utf8(std::string_view s, const char** reason) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      continue;
    }
    int len;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      *reason = "invalid start byte";
      return i;
    }
    uint32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; k++) {
      if (i + k >= n) {
        *reason = "unexpected end of data";
        return i;
      }
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) {
        *reason = "invalid continuation byte";
        return i;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      *reason = "invalid continuation byte";
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// Finds a PEP 263 declaration in one line; returns true and the name if found.
bool find_coding(std::string_view line, std::string& name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
    i++;
  if (i >= line.size() || line[i] != '#')
    return false;
  size_t pos = line.find("coding", i);
  while (pos != std::string_view::npos) {
    size_t j = pos + 6;
    if (j < line.size() && (line[j] == ':' || line[j] == '=')) {
      j++;
      while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
        j++;
      size_t k = j;
      while (k < line.size() && (isalnum(static_cast<unsigned char>(line[k])) || line[k] == '-' ||
                                 line[k] == '_' || line[k] == '.'))
        k++;
      if (k > j) {
        name = std::string(line.substr(j, k - j));
        return true;
      }
    }
    pos = line.find("coding", pos + 1);
  }
  return false;
}

bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f')
      continue;
    return c == '#' || c == '\n' || c == '\r';
  }
  return true;
}

// CPython's get_normal_name.
std::string normal_encoding(const std::string& s) {
  std::string low;
  for (char c : s.substr(0, 12))
    low.push_back(c == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
  if (low == "utf-8" || low.rfind("utf-8-", 0) == 0)
    return "utf-8";
  for (const char* l : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
    std::string ls = l;
    if (low == ls || low.rfind(ls + "-", 0) == 0)
      return "iso-8859-1";
  }
  return s;
}

} // namespace

const char* op_text(Op op) {
  static const char* const names[] = {"",    "(",  ")",   "[",  "]",  "{",  "}",   ":",  ",",   ";",
                                      "+",   "-",  "*",   "/",  "|",  "&",  "<",   ">",  "=",   ".",
                                      "%",   "==", "!=",  "<=", ">=", "~",  "^",   "<<", ">>",  "**",
                                      "+=",  "-=", "*=",  "/=", "%=", "&=", "|=",  "^=", "<<=", ">>=",
                                      "**=", "//", "//=", "@",  "@=", "->", "...", ":=", "!"};
  return names[static_cast<int>(op)];
}

bool decode_source(std::string_view raw, std::string& out, TokError& err) {
  bool bom = raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom)
    raw.remove_prefix(3);
  // Lines 1 and 2 for the declaration.
  std::string enc;
  size_t nl1 = raw.find('\n');
  std::string_view l1 = raw.substr(0, nl1 == std::string_view::npos ? raw.size() : nl1 + 1);
  bool found = find_coding(l1, enc);
  if (!found && blank_or_comment(l1) && nl1 != std::string_view::npos) {
    std::string_view rest = raw.substr(nl1 + 1);
    size_t nl2 = rest.find('\n');
    std::string_view l2 = rest.substr(0, nl2 == std::string_view::npos ? rest.size() : nl2 + 1);
    found = find_coding(l2, enc);
  }
  std::string norm = found ? normal_encoding(enc) : "utf-8";
  if (found && bom && norm != "utf-8") {
    err.message = "encoding problem: " + norm + " with BOM";
    err.raw_offsets = true;
    err.lineno = 0;
    err.offset = -1;
    return false;
  }
  std::string lower;
  for (char c : norm)
    lower.push_back(c == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
  if (norm == "iso-8859-1" || lower == "latin1" || lower == "l1" || lower == "iso8859-1" || lower == "8859" ||
      lower == "cp819" || lower == "latin") {
    out.clear();
    out.reserve(raw.size() + raw.size() / 8);
    for (unsigned char c : raw)
      append_utf8(out, c);
    return true;
  }
  bool ascii = lower == "ascii" || lower == "us-ascii" || lower == "646";
  if (norm != "utf-8" && lower != "utf8" && !ascii) {
    // Any other codec ICU knows (cp1252, koi8-r, shift_jis...).
    UErrorCode ec = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(enc.c_str(), &ec);
    if (U_SUCCESS(ec) && conv) {
      ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &ec);
      icu::UnicodeString us(raw.data(), static_cast<int32_t>(raw.size()), conv, ec);
      ucnv_close(conv);
      if (U_SUCCESS(ec)) {
        out.clear();
        us.toUTF8String(out);
        return true;
      }
      err.message = "(unicode error) '" + enc + "' codec can't decode bytes";
      err.raw_offsets = true;
      err.lineno = 0;
      err.offset = -1;
      return false;
    }
    err.message = "unknown encoding: " + enc;
    err.raw_offsets = true;
    err.lineno = 0;
    err.offset = -1;
    return false;
  }
  const char* reason = nullptr;
  size_t bad = find_invalid_utf8(raw, &reason);
  if (ascii && bad == std::string_view::npos) {
    for (size_t i = 0; i < raw.size(); i++)
      if (static_cast<unsigned char>(raw[i]) >= 0x80) {
        bad = i;
        reason = "ordinal not in range(128)";
        break;
      }
  }
  if (bad != std::string_view::npos) {
    int line = 1;
    size_t ls = 0;
    for (size_t i = 0; i < bad; i++)
      if (raw[i] == '\n') {
        line++;
        ls = i + 1;
      }
    char buf[160];
    unsigned char b = static_cast<unsigned char>(raw[bad]);
    if (ascii)
      snprintf(buf, sizeof buf, "(unicode error) 'ascii' codec can't decode byte 0x%02x in position %zu: %s",
               b, bad - ls, reason);
    else
      snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
               b, bad - ls, reason);
    err.message = buf;
    err.raw_offsets = true;
    err.lineno = err.end_lineno = line;
    err.offset = 1;
    err.end_offset = -1;
    size_t le = raw.find('\n', ls);
    err.text =
        std::string(raw.substr(ls, le == std::string_view::npos ? std::string_view::npos : le - ls + 1));
    err.has_text = true;
    return false;
  }
  out.assign(raw.data(), raw.size());
  return true;
}

bool check_script_bytes(std::string_view raw, const std::string& filename, ScriptSourceError& err) {
  std::string_view body = raw;
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF")
    body.remove_prefix(3);
  std::string enc;
  size_t nl1 = body.find('\n');
  std::string_view l1 = body.substr(0, nl1 == std::string_view::npos ? body.size() : nl1 + 1);
  bool declared = find_coding(l1, enc);
  if (!declared && blank_or_comment(l1) && nl1 != std::string_view::npos) {
    std::string_view rest = body.substr(nl1 + 1);
    size_t nl2 = rest.find('\n');
    declared = find_coding(rest.substr(0, nl2 == std::string_view::npos ? rest.size() : nl2 + 1), enc);
  }
  if (declared) {
    // Declaration problems: the file tokenizer names the encoding only.
    std::string ignored;
    TokError derr;
    std::string_view head = raw.substr(0, std::min<size_t>(raw.size(), l1.size() + 3 + 4096));
    if (!decode_source(head, ignored, derr) && (derr.message.rfind("unknown encoding", 0) == 0 ||
                                                derr.message.find("with BOM") != std::string::npos)) {
      std::string norm = normal_encoding(enc);
      err.message = "encoding problem: " + norm +
                    (derr.message.find("with BOM") != std::string::npos ? " with BOM" : "");
      return false;
    }
  }
  int line = 1;
  size_t start = 0;
  while (start < body.size()) {
    size_t nl = body.find('\n', start);
    size_t end = nl == std::string_view::npos ? body.size() : nl + 1;
    std::string_view ln = body.substr(start, end - start);
    // The file tokenizer sees a line as a C string: a NUL hides what follows.
    size_t nul = ln.find('\0');
    if (!declared) {
      const char* reason = nullptr;
      size_t bad = find_invalid_utf8(ln.substr(0, nul), &reason);
      if (bad != std::string_view::npos) {
        char buf[16];
        snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(ln[bad]));
        err.message = std::string("Non-UTF-8 code starting with '") + buf + "' in file " + filename +
                      " on line " + std::to_string(line) +
                      ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return false;
      }
    }
    if (nul != std::string_view::npos) {
      err.message = "source code cannot contain null bytes";
      err.lineno = line;
      err.text = std::string(ln.substr(0, nul));
      return false;
    }
    start = end;
    line++;
  }
  return true;
}

Tokenizer::Tokenizer(std::string_view src) : src_(src), p_(src.data()), end_(src.data() + src.size()) {
  cur_line_ = p_;
  line_starts_.push_back(p_);
}

std::string_view Tokenizer::line_text(int lineno) const {
  if (lineno < 1)
    return {};
  // Lines not yet reached are found by scanning forward.
  const char* s;
  if (lineno <= static_cast<int>(line_starts_.size())) {
    s = line_starts_[lineno - 1];
  } else {
    s = line_starts_.back();
    for (int l = static_cast<int>(line_starts_.size()); l < lineno && s < end_; l++) {
      const char* nl = static_cast<const char*>(memchr(s, '\n', end_ - s));
      if (!nl)
        return {};
      s = nl + 1;
    }
  }
  const char* e = s;
  while (e < end_ && *e != '\n' && *e != '\r')
    e++;
  if (e < end_ && *e == '\r')
    e++;
  if (e < end_ && *e == '\n')
    e++;
  return std::string_view(s, e - s);
}

void Tokenizer::new_line(const char* p, bool in_token) {
  lineno_++;
  cur_line_ = p;
  prev_buf_line_ = buf_line_;
  if (!in_token)
    buf_line_ = lineno_;
  comment_start_ = nullptr;
  if (static_cast<int>(line_starts_.size()) < lineno_)
    line_starts_.push_back(p);
}

int Tokenizer::read_lineno() const {
  // CPython reads the next line only when it needs its first character.
  if (src_.empty())
    return 0;
  return p_ == cur_line_ && lineno_ > 1 ? lineno_ - 1 : lineno_;
}

int Tokenizer::buffer_lineno() const {
  return p_ == cur_line_ && lineno_ > 1 ? prev_buf_line_ : buf_line_;
}

Token Tokenizer::eof_token(TokKind k) {
  Token t;
  t.kind = k;
  int ln = read_lineno();
  t.lineno = t.end_lineno = ln;
  t.col = t.end_col = -1;
  t.nopos = true;
  const char* ls = ln >= 1 && ln <= static_cast<int>(line_starts_.size()) ? line_starts_[ln - 1] : cur_line_;
  t.cursor = static_cast<int>(end_ - ls);
  t.line_start = ls;
  t.text = std::string_view(end_, 0);
  t.level = static_cast<int>(parens_.size());
  return t;
}

Token Tokenizer::make(TokKind k, const char* start, const char* end) {
  Token t;
  t.kind = k;
  t.level = static_cast<int>(parens_.size());
  t.text = std::string_view(start, end - start);
  t.lineno = t.end_lineno = lineno_;
  t.col = col_of(start);
  t.end_col = col_of(end);
  t.line_start = cur_line_;
  return t;
}

Token Tokenizer::fail(const std::string& msg, const char* at, const std::string& type) {
  failed_ = true;
  err_.type = type;
  err_.message = msg;
  err_.lineno = err_.end_lineno = lineno_;
  // CPython reports the number of characters before the cursor as the offset.
  err_.raw_offsets = false;
  err_.cursor = true;
  err_.col = col_of(at);
  err_.end_col = err_.col;
  Token t;
  t.kind = TokKind::Error;
  t.lineno = t.end_lineno = lineno_;
  t.line_start = cur_line_;
  return t;
}

Token Tokenizer::fail_at(const std::string& msg, int lineno, int col, int end_lineno, int end_col) {
  failed_ = true;
  err_.type = "SyntaxError";
  err_.message = msg;
  err_.lineno = lineno;
  err_.col = col;
  err_.end_lineno = end_lineno;
  err_.end_col = end_col;
  Token t;
  t.kind = TokKind::Error;
  t.lineno = t.end_lineno = lineno_;
  t.line_start = cur_line_;
  return t;
}

Token Tokenizer::next() {
  if (failed_) {
    Token t;
    t.kind = TokKind::Error;
    return t;
  }
  if (pending_dedents_ > 0) {
    pending_dedents_--;
    Token t = make(TokKind::Dedent, p_, p_);
    t.nopos = true;
    t.cursor = col_of(p_);
    return t;
  }
  if (pending_dedents_ < 0) { // pending INDENT
    pending_dedents_ = 0;
    Token t = make(TokKind::Indent, cur_line_, p_);
    t.col = -1;
    t.end_col = -1;
    t.nopos = true;
    t.cursor = col_of(p_);
    return t;
  }
again:
  if (at_bol_ && parens_.empty()) {
    at_bol_ = false;
    // Measure indentation.
    int col = 0, altcol = 0;
    const char* q = p_;
    for (;; q++) {
      if (q < end_ && *q == ' ') {
        col++;
        altcol++;
      } else if (q < end_ && *q == '\t') {
        col = (col / 8 + 1) * 8;
        altcol++;
      } else if (q < end_ && *q == '\f') {
        col = altcol = 0;
      } else {
        break;
      }
    }
    // Comment-only lines and line continuations do not affect indentation.
    bool blank = q >= end_ ? col == 0 : (*q == '#' || *q == '\n' || *q == '\r' || *q == '\\');
    if (!blank) {
      if (col == indents_.back()) {
        if (altcol != alt_indents_.back()) {
          p_ = q;
          failed_ = true;
          p_ = q;
          err_.type = "TabError";
          err_.message = "inconsistent use of tabs and spaces in indentation";
          err_.parser_text = true;
          err_.raw_offsets = true;
          err_.lineno = err_.end_lineno = lineno_;
          err_.offset = 1;
          err_.end_offset = 0;
          return Token{TokKind::Error};
        }
      } else if (col > indents_.back()) {
        if (indents_.size() >= 100) {
          p_ = q;
          failed_ = true;
          err_.type = "IndentationError";
          err_.message = "too many levels of indentation";
          err_.parser_text = true;
          err_.raw_offsets = true;
          err_.lineno = err_.end_lineno = lineno_;
          err_.offset = static_cast<int>(q - cur_line_) + 1;
          err_.end_offset = -1;
          return Token{TokKind::Error};
        }
        if (altcol <= alt_indents_.back()) {
          failed_ = true;
          p_ = q;
          err_.type = "TabError";
          err_.message = "inconsistent use of tabs and spaces in indentation";
          err_.parser_text = true;
          err_.raw_offsets = true;
          err_.lineno = err_.end_lineno = lineno_;
          err_.offset = 1;
          err_.end_offset = 0;
          return Token{TokKind::Error};
        }
        indents_.push_back(col);
        alt_indents_.push_back(altcol);
        p_ = q;
        Token t = make(TokKind::Indent, cur_line_, q);
        t.col = -1;
        t.end_col = -1;
        t.nopos = true;
        t.cursor = col_of(q);
        return t;
      } else {
        int n = 0;
        while (indents_.size() > 1 && col < indents_.back()) {
          indents_.pop_back();
          alt_indents_.pop_back();
          n++;
        }
        if (col != indents_.back()) {
          failed_ = true;
          err_.type = "IndentationError";
          err_.message = "unindent does not match any outer indentation level";
          err_.parser_text = true;
          err_.raw_offsets = true;
          err_.lineno = err_.end_lineno = lineno_;
          p_ = q;
          {
            // CPython skips to the end of the line and reports the cursor there.
            std::string_view lt = line_text(lineno_);
            int chars = 0;
            for (char ch : lt)
              if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80)
                chars++;
            err_.offset = chars;
          }
          err_.end_offset = -1;
          return Token{TokKind::Error};
        }
        if (altcol != alt_indents_.back()) {
          failed_ = true;
          p_ = q;
          err_.type = "TabError";
          err_.message = "inconsistent use of tabs and spaces in indentation";
          err_.parser_text = true;
          err_.raw_offsets = true;
          err_.lineno = err_.end_lineno = lineno_;
          err_.offset = 1;
          err_.end_offset = 0;
          return Token{TokKind::Error};
        }
        p_ = q;
        pending_dedents_ = n - 1;
        Token t = make(TokKind::Dedent, q, q);
        t.nopos = true;
        t.cursor = col_of(q);
        return t;
      }
    }
    p_ = q;
  }
  // Skip whitespace, comments, continuation lines and blank lines.
  for (;;) {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\f'))
      p_++;
    if (p_ < end_ && *p_ == '#') {
      comment_start_ = p_;
      while (p_ < end_ && *p_ != '\n' && *p_ != '\r')
        p_++;
    }
    if (p_ < end_ && *p_ == '\\') {
      const char* q = p_ + 1;
      if (q < end_ && *q == '\r')
        q++;
      if (q < end_ && *q == '\n') {
        p_ = q + 1;
        new_line(p_, true);
        if (p_ >= end_) // the parser reports "unexpected EOF while parsing" (or an unclosed bracket)
          return eof_token(TokKind::Error);
        continue;
      }
      if (q >= end_) {
        // A backslash at the very end of input (no newline: eval/single input).
        p_ = q;
        failed_ = true;
        err_.type = "SyntaxError";
        err_.message = "unexpected character after line continuation character";
        err_.parser_text = true;
        err_.raw_offsets = true;
        err_.lineno = err_.end_lineno = lineno_;
        err_.offset = static_cast<int>(q - cur_line_);
        err_.end_offset = 0;
        return Token{TokKind::Error};
      }
      failed_ = true;
      err_.type = "SyntaxError";
      err_.message = "unexpected character after line continuation character";
      err_.parser_text = true;
      err_.raw_offsets = true;
      err_.lineno = err_.end_lineno = lineno_;
      err_.offset = static_cast<int>(q - cur_line_) + 1;
      err_.end_offset = 0;
      return Token{TokKind::Error};
    }
    break;
  }
  if (p_ >= end_ && !parens_.empty())
    return eof_token(TokKind::Error);
  if (p_ >= end_) {
    // End of input: a final NEWLINE if the logical line had tokens, then DEDENTs, then ENDMARKER.
    if (!last_was_newline_) {
      last_was_newline_ = true;
      if (eof_newline_ == EofNewline::Token)
        return make(TokKind::Newline, p_, p_);
      if (eof_newline_ == EofNewline::NoPos)
        return eof_token(TokKind::Newline);
    }
    if (indents_.size() > 1) {
      indents_.pop_back();
      alt_indents_.pop_back();
      return eof_token(TokKind::Dedent);
    }
    done_ = true;
    return eof_token(TokKind::EndMarker);
  }
  char c = *p_;
  if (c == '\n' || c == '\r') {
    const char* start = p_;
    if (c == '\r' && p_ + 1 < end_ && p_[1] == '\n')
      p_++;
    p_++;
    bool emit = parens_.empty() && !last_was_newline_;
    // CPython's NEWLINE token starts at a comment before it and leaves the newline character out.
    Token t = make(TokKind::Newline, comment_start_ ? comment_start_ : start, p_);
    t.end_col = col_of(start);
    new_line(p_);
    if (parens_.empty())
      at_bol_ = true;
    if (emit) {
      last_was_newline_ = true;
      return t;
    }
    goto again;
  }
  last_was_newline_ = false;
  const char* start = p_;
  unsigned char uc = static_cast<unsigned char>(c);
  if (is_ident_start_ascii(uc)) {
    // String prefixes.
    const char* q = p_;
    while (q < end_ && q - p_ < 3 && strchr("rRbBuUfF", *q) && *q)
      q++;
    for (const char* r = p_ + 1; r <= q; r++) {
      if (r < end_ && (*r == '"' || *r == '\'')) {
        std::string_view pre(p_, r - p_);
        std::string low;
        for (char ch : pre)
          low.push_back(static_cast<char>(tolower(ch)));
        if (low == "r" || low == "b" || low == "u" || low == "f" || low == "rb" || low == "br" ||
            low == "fr" || low == "rf")
          return lex_string(start, r);
        break;
      }
    }
    return lex_name(start);
  }
  if (is_digit(c) || (c == '.' && p_ + 1 < end_ && is_digit(p_[1])))
    return lex_number(start);
  if (c == '"' || c == '\'')
    return lex_string(start, start);
  // Operators.
  auto op3 = [&](const char* s) { return end_ - p_ >= 3 && memcmp(p_, s, 3) == 0; };
  auto op2 = [&](const char* s) { return end_ - p_ >= 2 && p_[0] == s[0] && p_[1] == s[1]; };
  Op op = Op::None;
  int len = 0;
  static const struct {
    const char* s;
    Op op;
  } three[] = {{"**=", Op::DoubleStarEqual},
               {"...", Op::Ellipsis},
               {"//=", Op::DoubleSlashEqual},
               {"<<=", Op::LeftShiftEqual},
               {">>=", Op::RightShiftEqual}};
  static const struct {
    const char* s;
    Op op;
  } two[] = {
      {"!=", Op::NotEqual},    {"%=", Op::PercentEqual},    {"&=", Op::AmperEqual},   {"**", Op::DoubleStar},
      {"*=", Op::StarEqual},   {"+=", Op::PlusEqual},       {"-=", Op::MinEqual},     {"->", Op::RArrow},
      {"//", Op::DoubleSlash}, {"/=", Op::SlashEqual},      {":=", Op::ColonEqual},   {"<<", Op::LeftShift},
      {"<=", Op::LessEqual},   {"==", Op::EqEqual},         {">=", Op::GreaterEqual}, {">>", Op::RightShift},
      {"@=", Op::AtEqual},     {"^=", Op::CircumflexEqual}, {"|=", Op::VBarEqual},    {"<>", Op::NotEqual}};
  for (auto& e : three)
    if (op3(e.s)) {
      op = e.op;
      len = 3;
      break;
    }
  if (!len)
    for (auto& e : two)
      if (op2(e.s)) {
        op = e.op;
        len = 2;
        break;
      }
  if (!len) {
    len = 1;
    switch (c) {
    case '(':
      op = Op::LPar;
      break;
    case ')':
      op = Op::RPar;
      break;
    case '[':
      op = Op::LSqb;
      break;
    case ']':
      op = Op::RSqb;
      break;
    case '{':
      op = Op::LBrace;
      break;
    case '}':
      op = Op::RBrace;
      break;
    case ':':
      op = Op::Colon;
      break;
    case ',':
      op = Op::Comma;
      break;
    case ';':
      op = Op::Semi;
      break;
    case '+':
      op = Op::Plus;
      break;
    case '-':
      op = Op::Minus;
      break;
    case '*':
      op = Op::Star;
      break;
    case '/':
      op = Op::Slash;
      break;
    case '|':
      op = Op::VBar;
      break;
    case '&':
      op = Op::Amper;
      break;
    case '<':
      op = Op::Less;
      break;
    case '>':
      op = Op::Greater;
      break;
    case '=':
      op = Op::Equal;
      break;
    case '.':
      op = Op::Dot;
      break;
    case '%':
      op = Op::Percent;
      break;
    case '~':
      op = Op::Tilde;
      break;
    case '^':
      op = Op::Circumflex;
      break;
    case '@':
      op = Op::At;
      break;
    case '!':
      op = Op::Exclamation;
      break;
    default:
      op = Op::None;
      break;
    }
  }
  if (op == Op::None) {
    // An unknown character: CPython returns an error token that the parser reports as invalid syntax,
    // except for non-printable characters.
    if (uc < 32 && c != '\t') {
      char buf[64];
      snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", uc);
      return fail(buf, p_ + 1);
    }
    p_++;
    Token t = make(TokKind::Op, start, p_);
    t.op = Op::None;
    return t;
  }
  p_ += len;
  Token t = make(TokKind::Op, start, p_);
  t.op = op;
  if (op == Op::LPar || op == Op::LSqb || op == Op::LBrace) {
    if (parens_.size() >= 200)
      return fail("too many nested parentheses", p_);
    parens_.push_back({c, lineno_, t.col});
  } else if (op == Op::RPar || op == Op::RSqb || op == Op::RBrace) {
    if (parens_.empty()) {
      return fail_at(std::string("unmatched '") + c + "'", lineno_, t.col, lineno_, t.col);
    }
    char open = parens_.back().ch;
    if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
      Bracket b = parens_.back();
      std::string msg =
          std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open + "'";
      if (b.lineno != lineno_)
        msg += " on line " + std::to_string(b.lineno);
      return fail_at(msg, lineno_, t.col, lineno_, t.col);
    }
    parens_.pop_back();
  }
  t.level = static_cast<int>(parens_.size());
  return t;
}

Token Tokenizer::lex_name(const char* start) {
  const char* q = start;
  bool ascii = true;
  while (q < end_ && is_ident_char(static_cast<unsigned char>(*q))) {
    if (static_cast<unsigned char>(*q) >= 128)
      ascii = false;
    q++;
  }
  p_ = q;
  Token t = make(TokKind::Name, start, q);
  if (ascii) {
    t.kw = keyword_of(t.text);
    return t;
  }
  // Validate per PEP 3131 and normalise with NFKC.
  const char* r = start;
  bool first = true;
  while (r < q) {
    const char* cstart = r;
    uint32_t cp = utf8_next(r);
    bool ok = first ? (cp == '_' || u_hasBinaryProperty(cp, UCHAR_XID_START))
                    : u_hasBinaryProperty(cp, UCHAR_XID_CONTINUE);
    if (!ok) {
      char buf[96];
      // Python's str.isprintable(): not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than ' '.
      int8_t ct = u_charType(cp);
      bool printable = !(ct == U_CONTROL_CHAR || ct == U_FORMAT_CHAR || ct == U_SURROGATE ||
                         ct == U_PRIVATE_USE_CHAR || ct == U_UNASSIGNED || ct == U_LINE_SEPARATOR ||
                         ct == U_PARAGRAPH_SEPARATOR || ct == U_SPACE_SEPARATOR);
      if (!printable) {
        snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
      } else {
        std::string ch;
        append_utf8(ch, cp);
        snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
      }
      // CPython points at the offending character (1-based offset == its 0-based index + 1).
      return fail(buf, r);
      (void)cstart;
    }
    first = false;
  }
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(start, static_cast<int>(q - start)));
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  if (U_SUCCESS(ec) && !nfkc->isNormalized(us, ec)) {
    icu::UnicodeString norm = nfkc->normalize(us, ec);
    norm.toUTF8String(t.name);
  }
  t.kw = keyword_of(t.ident());
  return t;
}

Token Tokenizer::lex_number(const char* start) {
  const char* q = start;
  auto digits = [&](auto pred, const char* kind) -> bool {
    // One or more digits with single underscores between them; q at the first digit.
    for (;;) {
      while (q < end_ && pred(*q))
        q++;
      if (q < end_ && *q == '_') {
        q++;
        if (q < end_ && pred(*q))
          continue;
        // CPython: "invalid <kind> literal" at the cursor after the bad char.
        p_ = q;
        return false;
      }
      return true;
    }
  };
  auto end_check = [&](const char* kind) -> bool {
    // verify_end_of_number: q points at the char after the literal.
    if (q >= end_)
      return true;
    char c = *q;
    // The rest of a keyword, not followed by an identifier character.
    auto la = [&](const char* s) {
      size_t n = strlen(s);
      return static_cast<size_t>(end_ - q) > n && memcmp(q + 1, s, n) == 0 &&
             !(q + 1 + n < end_ && is_ident_char(static_cast<unsigned char>(q[1 + n])));
    };
    bool r = false;
    switch (c) {
    case 'a':
      r = la("nd");
      break;
    case 'e':
      r = la("lse");
      break;
    case 'f':
      r = la("or");
      break;
    case 'i':
      r = q + 1 < end_ && (q[1] == 'f' || q[1] == 'n' || q[1] == 's');
      break;
    case 'o':
      r = la("r");
      break;
    case 'n':
      r = la("ot");
      break;
    default:
      break;
    }
    if (r)
      return true;
    if (is_ident_char(static_cast<unsigned char>(c))) {
      p_ = q + 1;
      fail(std::string("invalid ") + kind + " literal", q);
      return false;
    }
    return true;
  };
  auto finish = [&]() {
    p_ = q;
    return make(TokKind::Number, start, q);
  };
  if (*q == '0' && q + 1 < end_ &&
      (q[1] == 'x' || q[1] == 'X' || q[1] == 'o' || q[1] == 'O' || q[1] == 'b' || q[1] == 'B')) {
    char k = static_cast<char>(tolower(q[1]));
    const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
    q += 2;
    auto pred = [k](char ch) {
      return k == 'x' ? is_hex(ch) : k == 'o' ? (ch >= '0' && ch <= '7') : (ch == '0' || ch == '1');
    };
    if (q < end_ && *q == '_')
      q++;
    if (q >= end_ || !pred(*q)) {
      if (q < end_ && k != 'x' && is_digit(*q)) {
        return fail(std::string("invalid digit '") + *q + "' in " + kind + " literal", q + 1);
      }
      return fail(std::string("invalid ") + kind + " literal", q);
    }
    if (!digits(pred, kind))
      return fail(std::string("invalid ") + kind + " literal", q);
    if (q < end_ && k != 'x' && is_digit(*q))
      return fail(std::string("invalid digit '") + *q + "' in " + kind + " literal", q + 1);
    if (!end_check(kind))
      return Token{TokKind::Error};
    return finish();
  }
  bool is_float = false;
  const char* nonzero = nullptr; // first nonzero digit in a leading-zero integer
  if (*q != '.') {
    bool leading_zero = *q == '0';
    if (!digits(is_digit, "decimal"))
      return fail("invalid decimal literal", q);
    if (leading_zero) {
      for (const char* r = start; r < q; r++)
        if (*r != '0' && *r != '_') {
          nonzero = r;
          break;
        }
    }
  }
  if (q < end_ && *q == '.') {
    is_float = true;
    q++;
    if (q < end_ && is_digit(*q)) {
      if (!digits(is_digit, "decimal"))
        return fail("invalid decimal literal", q);
    }
  }
  if (q < end_ && (*q == 'e' || *q == 'E')) {
    const char* e = q;
    q++;
    if (q < end_ && (*q == '+' || *q == '-'))
      q++;
    if (q >= end_ || !is_digit(*q)) {
      if (q > e + 1) // sign consumed: error at the cursor after the bad char
        return fail("invalid decimal literal", q);
      q = e;
      if (!end_check("decimal"))
        return Token{TokKind::Error};
      return finish();
    }
    is_float = true;
    if (!digits(is_digit, "decimal"))
      return fail("invalid decimal literal", q);
  }
  if (q < end_ && (*q == 'j' || *q == 'J')) {
    q++;
    if (!end_check("imaginary"))
      return Token{TokKind::Error};
    return finish();
  }
  if (nonzero && !is_float) {
    failed_ = true;
    err_.type = "SyntaxError";
    err_.message =
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    err_.raw_offsets = true;
    err_.lineno = err_.end_lineno = lineno_;
    err_.offset = col_of(start) + 1;
    err_.end_offset = static_cast<int>(nonzero - cur_line_) + 1;
    return Token{TokKind::Error};
  }
  if (!end_check("decimal"))
    return Token{TokKind::Error};
  return finish();
}

Token Tokenizer::lex_string(const char* start, const char* quote) {
  char qc = *quote;
  const char* q = quote + 1;
  bool triple = end_ - quote >= 3 && quote[1] == qc && quote[2] == qc;
  int start_line = lineno_;
  const char* start_line_ptr = cur_line_;
  int start_col = col_of(start);
  if (triple)
    q = quote + 3;
  for (;;) {
    if (q >= end_ || (!triple && (*q == '\n' || *q == '\r'))) {
      failed_ = true;
      err_.type = "SyntaxError";
      int detected = lineno_;
      if (q >= end_ && q > src_.data() && q[-1] == '\n')
        detected = lineno_ - 1; // the empty "line" after a final newline does not count
      err_.message = triple
                         ? "unterminated triple-quoted string literal (detected at line " +
                               std::to_string(detected) + ")"
                         : "unterminated string literal (detected at line " + std::to_string(detected) + ")";
      err_.raw_offsets = false;
      err_.lineno = err_.end_lineno = start_line;
      err_.col = start_col;
      err_.end_col = start_col;
      const char* le = start_line_ptr;
      while (le < end_ && *le != '\n' && *le != '\r')
        le++;
      err_.text = std::string(start_line_ptr, le - start_line_ptr);
      err_.has_text = true;
      return Token{TokKind::Error};
    }
    char c = *q;
    if (c == '\\') {
      q++;
      if (q < end_) {
        if (*q == '\r' && q + 1 < end_ && q[1] == '\n')
          q++;
        if (*q == '\n') {
          q++;
          new_line(q, true);
          continue;
        }
        q++;
      }
      continue;
    }
    if (c == '\n') {
      q++;
      new_line(q, true);
      continue;
    }
    if (c == qc) {
      if (!triple) {
        q++;
        break;
      }
      if (end_ - q >= 3 && q[1] == qc && q[2] == qc) {
        q += 3;
        break;
      }
    }
    q++;
  }
  p_ = q;
  Token t;
  t.kind = TokKind::String;
  t.level = static_cast<int>(parens_.size());
  t.text = std::string_view(start, q - start);
  t.lineno = start_line;
  t.col = start_col;
  t.end_lineno = lineno_;
  t.end_col = col_of(q);
  t.line_start = start_line_ptr;
  return t;
}

} // namespace coil::frontend
