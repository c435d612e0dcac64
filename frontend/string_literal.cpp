// String and bytes literal decoding. See string_literal.h.
#include "frontend/string_literal.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace coil::frontend {

void append_utf8(std::string& out, char32_t cp) {
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

std::string to_utf8(const std::u32string& s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s)
    append_utf8(out, c);
  return out;
}

int utf8_char_count(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80)
      n++;
  return n;
}

namespace {

int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

char32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80)
    return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n && i < s.size(); k++)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

} // namespace

bool decode_str_literal(std::string_view body, bool raw, std::u32string& out, std::string& error) {
  out.reserve(out.size() + body.size());
  size_t i = 0, n = body.size();
  // CPython reports positions in a buffer where each non-ASCII character was
  // expanded to a 10-byte \UXXXXXXXX escape.
  size_t vpos = 0;
  auto fail = [&](size_t start, size_t end, const char* what) {
    char buf[200];
    if (end > start + 1)
      snprintf(buf, sizeof buf,
               "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
               end - 1, what);
    else
      snprintf(buf, sizeof buf,
               "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", start,
               what);
    error = buf;
    return false;
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c >= 0x80) {
      out.push_back(next_cp(body, i));
      vpos += 10;
      continue;
    }
    if (c != '\\' || raw) {
      out.push_back(c);
      i++;
      vpos++;
      continue;
    }
    size_t esc_start = vpos;
    if (i + 1 >= n) {
      return fail(esc_start, esc_start + 1, "\\ at end of string");
    }
    char e = body[i + 1];
    i += 2;
    vpos += 2;
    switch (e) {
    case '\n':
      break;
    case '\\':
      out.push_back('\\');
      break;
    case '\'':
      out.push_back('\'');
      break;
    case '"':
      out.push_back('"');
      break;
    case 'a':
      out.push_back('\a');
      break;
    case 'b':
      out.push_back('\b');
      break;
    case 'f':
      out.push_back('\f');
      break;
    case 'n':
      out.push_back('\n');
      break;
    case 'r':
      out.push_back('\r');
      break;
    case 't':
      out.push_back('\t');
      break;
    case 'v':
      out.push_back('\v');
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int v = e - '0';
      for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++, i++, vpos++)
        v = v * 8 + (body[i] - '0');
      out.push_back(static_cast<char32_t>(v));
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      char32_t v = 0;
      int k = 0;
      for (; k < digits && i < n && hexval(body[i]) >= 0; k++, i++, vpos++)
        v = v * 16 + hexval(body[i]);
      if (k < digits) {
        const char* what = e == 'x'   ? "truncated \\xXX escape"
                           : e == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
        return fail(esc_start, vpos, what);
      }
      if (v > 0x10FFFF)
        return fail(esc_start, vpos, "illegal Unicode character");
      out.push_back(v);
      break;
    }
    case 'N': {
      if (i >= n || body[i] != '{') {
        return fail(esc_start, vpos, "malformed \\N character escape");
      }
      size_t close = body.find('}', i + 1);
      if (close == std::string_view::npos || close == i + 1) {
        // Without '}' the decoder consumes the rest of the literal before failing.
        size_t upto = close == std::string_view::npos ? utf8_char_count(body.substr(i)) : 1;
        return fail(esc_start, vpos + upto, "malformed \\N character escape");
      }
      std::string name(body.substr(i + 1, close - i - 1));
      size_t consumed = close + 1 - i;
      i = close + 1;
      vpos += consumed;
      bool ascii = true;
      for (char ch : name)
        if (static_cast<unsigned char>(ch) >= 0x80)
          ascii = false;
      UErrorCode ec = U_ZERO_ERROR;
      UChar32 cp = -1;
      if (ascii) {
        cp = u_charFromName(U_UNICODE_CHAR_NAME, name.c_str(), &ec);
        if (U_FAILURE(ec)) {
          ec = U_ZERO_ERROR;
          cp = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &ec);
        }
      }
      if (!ascii || U_FAILURE(ec) || cp < 0)
        return fail(esc_start, vpos, "unknown Unicode character name");
      out.push_back(static_cast<char32_t>(cp));
      break;
    }
    default:
      // Invalid escape: kept as written (CPython 3.11 emits a DeprecationWarning).
      out.push_back('\\');
      i--;
      vpos--;
      break;
    }
  }
  return true;
}

bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, std::string& error) {
  out.reserve(out.size() + body.size());
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\' || raw) {
      out.push_back(c);
      i++;
      continue;
    }
    if (i + 1 >= n) {
      error = "(value error) Trailing \\ in string";
      return false;
    }
    char e = body[i + 1];
    size_t esc = i;
    i += 2;
    switch (e) {
    case '\n':
      break;
    case '\\':
      out.push_back('\\');
      break;
    case '\'':
      out.push_back('\'');
      break;
    case '"':
      out.push_back('"');
      break;
    case 'a':
      out.push_back('\a');
      break;
    case 'b':
      out.push_back('\b');
      break;
    case 'f':
      out.push_back('\f');
      break;
    case 'n':
      out.push_back('\n');
      break;
    case 'r':
      out.push_back('\r');
      break;
    case 't':
      out.push_back('\t');
      break;
    case 'v':
      out.push_back('\v');
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int v = e - '0';
      for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++, i++)
        v = v * 8 + (body[i] - '0');
      out.push_back(static_cast<char>(v & 0xFF));
      break;
    }
    case 'x': {
      int h1 = i < n ? hexval(body[i]) : -1;
      int h2 = i + 1 < n ? hexval(body[i + 1]) : -1;
      if (h1 < 0 || h2 < 0) {
        error = "(value error) invalid \\x escape at position " + std::to_string(esc);
        return false;
      }
      out.push_back(static_cast<char>(h1 * 16 + h2));
      i += 2;
      break;
    }
    default:
      out.push_back('\\');
      i--;
      break;
    }
  }
  return true;
}

} // namespace coil::frontend
