// The built-in text codecs: utf-8, ascii, latin-1, utf-16(-le/-be) and
// utf-32(-le/-be), with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace and
// namereplace; UnicodeDecodeError/UnicodeEncodeError raised with CPython's
// arguments (encoding, object, start, end, reason).
//
// Invariants
// - An encode error covers the maximal run of consecutive unencodable
//   characters (CPython's "characters in position 0-1"); a decode error
//   covers the bytes of the invalid sequence as CPython's decoders do.
// - Error-handler names are only validated when an error actually happens
//   ("unknown error handler name 'x'"), as in CPython.
// - utf-16/utf-32 without an endianness write a BOM and encode little
//   endian; decoding consumes a BOM and otherwise assumes little endian.
#include <unicode/uchar.h>

#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"

namespace coil {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };

struct CodecName {
  const char* alias;
  Codec codec;
  const char* canonical;
};
const CodecName kCodecs[] = {
    {"utf-8", Codec::Utf8, "utf-8"},
    {"utf8", Codec::Utf8, "utf-8"},
    {"u8", Codec::Utf8, "utf-8"},
    {"utf", Codec::Utf8, "utf-8"},
    {"cp65001", Codec::Utf8, "utf-8"},
    {"ascii", Codec::Ascii, "ascii"},
    {"us-ascii", Codec::Ascii, "ascii"},
    {"646", Codec::Ascii, "ascii"},
    {"latin-1", Codec::Latin1, "latin-1"},
    {"latin1", Codec::Latin1, "latin-1"},
    {"latin", Codec::Latin1, "latin-1"},
    {"l1", Codec::Latin1, "latin-1"},
    {"iso-8859-1", Codec::Latin1, "latin-1"},
    {"iso8859-1", Codec::Latin1, "latin-1"},
    {"8859", Codec::Latin1, "latin-1"},
    {"cp819", Codec::Latin1, "latin-1"},
    {"iso-ir-100", Codec::Latin1, "latin-1"},
    {"utf-16", Codec::Utf16, "utf-16"},
    {"utf16", Codec::Utf16, "utf-16"},
    {"u16", Codec::Utf16, "utf-16"},
    {"utf-16-le", Codec::Utf16LE, "utf-16-le"},
    {"utf-16le", Codec::Utf16LE, "utf-16-le"},
    {"utf-16-be", Codec::Utf16BE, "utf-16-be"},
    {"utf-16be", Codec::Utf16BE, "utf-16-be"},
    {"utf-32", Codec::Utf32, "utf-32"},
    {"utf32", Codec::Utf32, "utf-32"},
    {"u32", Codec::Utf32, "utf-32"},
    {"utf-32-le", Codec::Utf32LE, "utf-32-le"},
    {"utf-32le", Codec::Utf32LE, "utf-32-le"},
    {"utf-32-be", Codec::Utf32BE, "utf-32-be"},
    {"utf-32be", Codec::Utf32BE, "utf-32-be"},
};

// Python's codec lookup normalisation: lower case, spaces/underscores to '-'.
const CodecName* lookup(const char* encoding) {
  std::string n;
  for (const char* p = encoding; *p; p++) {
    char c = *p;
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
    if (c == '_' || c == ' ')
      c = '-';
    n.push_back(c);
  }
  for (const auto& c : kCodecs)
    if (n == c.alias)
      return &c;
  return nullptr;
}

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  SurrogateEscape,
  SurrogatePass,
  XmlCharRef,
  NameReplace
};

bool parse_handler(const char* errors, Handler* h) {
  std::string_view e = errors ? errors : "strict";
  if (e == "strict")
    *h = Handler::Strict;
  else if (e == "ignore")
    *h = Handler::Ignore;
  else if (e == "replace")
    *h = Handler::Replace;
  else if (e == "backslashreplace")
    *h = Handler::BackslashReplace;
  else if (e == "surrogateescape")
    *h = Handler::SurrogateEscape;
  else if (e == "surrogatepass")
    *h = Handler::SurrogatePass;
  else if (e == "xmlcharrefreplace")
    *h = Handler::XmlCharRef;
  else if (e == "namereplace")
    *h = Handler::NameReplace;
  else {
    err_format(LookupError, "unknown error handler name '{}'", e);
    return false;
  }
  return true;
}

const char hexdigits[] = "0123456789abcdef";

void append_hex(std::u32string& out, char prefix, uint32_t v, int digits) {
  out.push_back('\\');
  out.push_back(static_cast<uint32_t>(prefix));
  for (int sh = (digits - 1) * 4; sh >= 0; sh -= 4)
    out.push_back(static_cast<uint32_t>(hexdigits[(v >> sh) & 15]));
}

} // namespace

const char* codec_normalize(const char* encoding) {
  const CodecName* c = lookup(encoding);
  if (!c) {
    err_format(LookupError, "unknown encoding: {}", encoding);
    return nullptr;
  }
  return c->canonical;
}

std::nullptr_t raise_encode_error(const char* encoding, Object* str, ssize start, ssize end,
                                  const char* reason) {
  Object* enc = str_from_utf8(encoding);
  Object* r = str_from_utf8(reason);
  Object* s = int_from_i64(start);
  Object* e = int_from_i64(end);
  Object* args = (enc && r && s && e) ? tuple_pack({enc, str, s, e, r}) : nullptr;
  xdecref(enc);
  xdecref(r);
  xdecref(s);
  xdecref(e);
  if (!args)
    return nullptr;
  Object* exc = exception_new(UnicodeEncodeError, args);
  decref(args);
  if (!exc)
    return nullptr;
  err_raise_instance(exc);
  decref(exc);
  return nullptr;
}

std::nullptr_t raise_decode_error(const char* encoding, const char* data, ssize len, ssize start, ssize end,
                                  const char* reason) {
  Object* b = bytes_from(std::string_view(data, static_cast<size_t>(len)));
  Object* enc = str_from_utf8(encoding);
  Object* r = str_from_utf8(reason);
  Object* s = int_from_i64(start);
  Object* e = int_from_i64(end);
  Object* args = (b && enc && r && s && e) ? tuple_pack({enc, b, s, e, r}) : nullptr;
  xdecref(b);
  xdecref(enc);
  xdecref(r);
  xdecref(s);
  xdecref(e);
  if (!args)
    return nullptr;
  Object* exc = exception_new(UnicodeDecodeError, args);
  decref(args);
  if (!exc)
    return nullptr;
  err_raise_instance(exc);
  decref(exc);
  return nullptr;
}

// ---------------------------------------------------------------- decoding

namespace {

struct Decoder {
  const char* encoding;
  const unsigned char* p;
  ssize len;
  const char* errors;
  std::u32string out;
  bool handler_parsed = false;
  Handler handler = Handler::Strict;

  bool get_handler() {
    if (!handler_parsed) {
      if (!parse_handler(errors, &handler))
        return false;
      handler_parsed = true;
    }
    return true;
  }
  // Applies the error handler to bytes [start, end); false when an exception was raised.
  bool error(ssize start, ssize end, const char* reason) {
    if (!get_handler())
      return false;
    switch (handler) {
    case Handler::Ignore:
      return true;
    case Handler::Replace:
      out.push_back(0xFFFD);
      return true;
    case Handler::BackslashReplace:
      for (ssize i = start; i < end; i++)
        append_hex(out, 'x', p[i], 2);
      return true;
    case Handler::SurrogateEscape: {
      for (ssize i = start; i < end; i++)
        if (p[i] < 0x80) {
          raise_decode_error(encoding, reinterpret_cast<const char*>(p), len, start, end, reason);
          return false;
        }
      for (ssize i = start; i < end; i++)
        out.push_back(0xDC00 + p[i]);
      return true;
    }
    default:
      raise_decode_error(encoding, reinterpret_cast<const char*>(p), len, start, end, reason);
      return false;
    }
  }
  bool surrogatepass() {
    if (!errors || std::strcmp(errors, "surrogatepass") != 0)
      return false;
    return true;
  }
};

bool decode_utf8(Decoder& d) {
  const unsigned char* p = d.p;
  ssize n = d.len, i = 0;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      d.out.push_back(c);
      i++;
      continue;
    }
    int need;
    uint32_t cp;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED && !d.surrogatepass())
        hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    } else {
      if (!d.error(i, i + 1, "invalid start byte"))
        return false;
      i++;
      continue;
    }
    ssize k = 1;
    bool bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) {
        // truncated: CPython reports "unexpected end of data" over the partial sequence
        if (!d.error(i, n, "unexpected end of data"))
          return false;
        return true;
      }
      unsigned b = p[i + k];
      unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
      if (b < l || b > h) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (bad) {
      if (!d.error(i, i + k, "invalid continuation byte"))
        return false;
      i += k;
      continue;
    }
    d.out.push_back(cp);
    i += need + 1;
  }
  return true;
}

bool decode_ascii_latin1(Decoder& d, bool latin1) {
  for (ssize i = 0; i < d.len; i++) {
    unsigned c = d.p[i];
    if (c < 0x80 || latin1)
      d.out.push_back(c);
    else if (!d.error(i, i + 1, "ordinal not in range(128)"))
      return false;
  }
  return true;
}

bool decode_utf16(Decoder& d, int endian /* 0 = detect, -1 LE, 1 BE */) {
  const unsigned char* p = d.p;
  ssize n = d.len, i = 0;
  bool be = endian == 1;
  if (endian == 0 && n >= 2) {
    if (p[0] == 0xFF && p[1] == 0xFE)
      i = 2;
    else if (p[0] == 0xFE && p[1] == 0xFF) {
      i = 2;
      be = true;
    }
  }
  auto unit = [&](ssize at) -> uint32_t {
    return be ? (uint32_t(p[at]) << 8) | p[at + 1] : (uint32_t(p[at + 1]) << 8) | p[at];
  };
  while (i < n) {
    if (i + 1 >= n) {
      if (!d.error(i, n, "truncated data"))
        return false;
      break;
    }
    uint32_t u = unit(i);
    if (u < 0xD800 || u > 0xDFFF) {
      d.out.push_back(u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (d.surrogatepass()) {
        d.out.push_back(u);
        i += 2;
        continue;
      }
      if (!d.error(i, i + 2, "illegal encoding"))
        return false;
      i += 2;
      continue;
    }
    if (i + 3 >= n) {
      if (d.surrogatepass() && i + 2 >= n) {
        d.out.push_back(u);
        i += 2;
        continue;
      }
      if (!d.error(i, n, "unexpected end of data"))
        return false;
      break;
    }
    uint32_t u2 = unit(i + 2);
    if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
      d.out.push_back(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
      i += 4;
      continue;
    }
    if (d.surrogatepass()) {
      d.out.push_back(u);
      i += 2;
      continue;
    }
    if (!d.error(i, i + 2, "illegal UTF-16 surrogate"))
      return false;
    i += 2;
  }
  return true;
}

bool decode_utf32(Decoder& d, int endian) {
  const unsigned char* p = d.p;
  ssize n = d.len, i = 0;
  bool be = endian == 1;
  if (endian == 0 && n >= 4) {
    if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
      i = 4;
    else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
      i = 4;
      be = true;
    }
  }
  while (i < n) {
    if (i + 3 >= n) {
      if (!d.error(i, n, "truncated data"))
        return false;
      break;
    }
    uint32_t u =
        be ? (uint32_t(p[i]) << 24) | (uint32_t(p[i + 1]) << 16) | (uint32_t(p[i + 2]) << 8) | p[i + 3]
           : (uint32_t(p[i + 3]) << 24) | (uint32_t(p[i + 2]) << 16) | (uint32_t(p[i + 1]) << 8) | p[i];
    if (u > 0x10FFFF) {
      if (!d.error(i, i + 4, "code point not in range(0x110000)"))
        return false;
    } else if (u >= 0xD800 && u <= 0xDFFF && !d.surrogatepass()) {
      if (!d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"))
        return false;
    } else {
      d.out.push_back(u);
    }
    i += 4;
  }
  return true;
}

} // namespace

Object* codec_decode(const char* data, ssize len, const char* encoding, const char* errors) {
  const CodecName* c = lookup(encoding ? encoding : "utf-8");
  if (!c)
    return err_format(LookupError, "unknown encoding: {}", encoding);
  Decoder d{c->canonical, reinterpret_cast<const unsigned char*>(data), len, errors, {}};
  // ASCII fast path for the common codecs.
  if (c->codec == Codec::Utf8 || c->codec == Codec::Ascii || c->codec == Codec::Latin1) {
    bool ascii = true;
    for (ssize i = 0; i < len; i++)
      if (static_cast<unsigned char>(data[i]) >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii)
      return str_from_ascii(std::string_view(data, static_cast<size_t>(len)));
  }
  bool ok = false;
  switch (c->codec) {
  case Codec::Utf8:
    ok = decode_utf8(d);
    break;
  case Codec::Ascii:
    ok = decode_ascii_latin1(d, false);
    break;
  case Codec::Latin1:
    ok = decode_ascii_latin1(d, true);
    break;
  case Codec::Utf16:
    ok = decode_utf16(d, 0);
    break;
  case Codec::Utf16LE:
    ok = decode_utf16(d, -1);
    break;
  case Codec::Utf16BE:
    ok = decode_utf16(d, 1);
    break;
  case Codec::Utf32:
    ok = decode_utf32(d, 0);
    break;
  case Codec::Utf32LE:
    ok = decode_utf32(d, -1);
    break;
  case Codec::Utf32BE:
    ok = decode_utf32(d, 1);
    break;
  }
  if (!ok)
    return nullptr;
  return str_from_u32(d.out);
}

// ---------------------------------------------------------------- encoding

namespace {

struct Encoder {
  Codec codec;
  const char* encoding;
  Object* str;
  std::string out;
  bool be = false;

  // Whether code point c can be written directly.
  bool encodable(uint32_t c, bool surrogatepass) const {
    switch (codec) {
    case Codec::Ascii:
      return c < 0x80;
    case Codec::Latin1:
      return c < 0x100;
    default:
      return !(c >= 0xD800 && c <= 0xDFFF) || surrogatepass;
    }
  }
  void put(uint32_t c) {
    switch (codec) {
    case Codec::Ascii:
    case Codec::Latin1:
      out.push_back(static_cast<char>(c));
      break;
    case Codec::Utf8:
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
      break;
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE:
      if (c >= 0x10000) {
        put16(0xD800 + ((c - 0x10000) >> 10));
        put16(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        put16(c);
      }
      break;
    default:
      if (be) {
        out.push_back(static_cast<char>(c >> 24));
        out.push_back(static_cast<char>((c >> 16) & 0xFF));
        out.push_back(static_cast<char>((c >> 8) & 0xFF));
        out.push_back(static_cast<char>(c & 0xFF));
      } else {
        out.push_back(static_cast<char>(c & 0xFF));
        out.push_back(static_cast<char>((c >> 8) & 0xFF));
        out.push_back(static_cast<char>((c >> 16) & 0xFF));
        out.push_back(static_cast<char>(c >> 24));
      }
      break;
    }
  }
  void put16(uint32_t u) {
    if (be) {
      out.push_back(static_cast<char>(u >> 8));
      out.push_back(static_cast<char>(u & 0xFF));
    } else {
      out.push_back(static_cast<char>(u & 0xFF));
      out.push_back(static_cast<char>(u >> 8));
    }
  }
};

} // namespace

Object* codec_encode(Object* str, const char* encoding, const char* errors) {
  const CodecName* c = lookup(encoding ? encoding : "utf-8");
  if (!c)
    return err_format(LookupError, "unknown encoding: {}", encoding);
  CpView v = str_cps(str);
  if (str_is_ascii(str) && (c->codec == Codec::Utf8 || c->codec == Codec::Ascii || c->codec == Codec::Latin1))
    return bytes_from(std::string_view(static_cast<const char*>(v.data), static_cast<size_t>(v.len)));
  Encoder e{c->codec, c->canonical, str, {}};
  bool surrogatepass = errors && std::strcmp(errors, "surrogatepass") == 0 && c->codec != Codec::Ascii &&
                       c->codec != Codec::Latin1;
  if (c->codec == Codec::Utf16BE || c->codec == Codec::Utf32BE)
    e.be = true;
  if (c->codec == Codec::Utf16)
    e.put16(0xFEFF);
  if (c->codec == Codec::Utf32)
    e.put(0xFEFF);
  const char* reason = c->codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : c->codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                   : "surrogates not allowed";
  Handler handler = Handler::Strict;
  bool handler_parsed = false;
  for (ssize i = 0; i < v.len;) {
    uint32_t ch = v[i];
    if (e.encodable(ch, surrogatepass)) {
      e.put(ch);
      i++;
      continue;
    }
    ssize j = i + 1;
    while (j < v.len && !e.encodable(v[j], surrogatepass))
      j++;
    if (!handler_parsed) {
      if (!parse_handler(errors, &handler))
        return nullptr;
      handler_parsed = true;
    }
    std::u32string rep;
    switch (handler) {
    case Handler::Ignore:
      break;
    case Handler::Replace:
      rep.assign(j - i, U'?');
      break;
    case Handler::BackslashReplace:
      for (ssize k = i; k < j; k++) {
        uint32_t x = v[k];
        if (x < 0x100)
          append_hex(rep, 'x', x, 2);
        else if (x < 0x10000)
          append_hex(rep, 'u', x, 4);
        else
          append_hex(rep, 'U', x, 8);
      }
      break;
    case Handler::XmlCharRef:
      for (ssize k = i; k < j; k++) {
        std::string num = "&#" + std::to_string(v[k]) + ";";
        for (char d : num)
          rep.push_back(static_cast<uint32_t>(d));
      }
      break;
    case Handler::NameReplace:
      for (ssize k = i; k < j; k++) {
        uint32_t x = v[k];
        char name[256];
        UErrorCode err = U_ZERO_ERROR;
        int32_t n = u_charName(static_cast<UChar32>(x), U_UNICODE_CHAR_NAME, name, sizeof name, &err);
        if (U_SUCCESS(err) && n > 0) {
          std::string s = "\\N{" + std::string(name, n) + "}";
          for (char d : s)
            rep.push_back(static_cast<uint32_t>(d));
        } else if (x < 0x100) {
          append_hex(rep, 'x', x, 2);
        } else if (x < 0x10000) {
          append_hex(rep, 'u', x, 4);
        } else {
          append_hex(rep, 'U', x, 8);
        }
      }
      break;
    case Handler::SurrogateEscape:
      for (ssize k = i; k < j; k++) {
        uint32_t x = v[k];
        if (x < 0xDC80 || x > 0xDCFF)
          return raise_encode_error(e.encoding, str, i, j, reason);
      }
      for (ssize k = i; k < j; k++)
        e.out.push_back(static_cast<char>(v[k] - 0xDC00));
      break;
    default:
      return raise_encode_error(e.encoding, str, i, j, reason);
    }
    for (uint32_t r : rep) {
      if (!e.encodable(r, false))
        return raise_encode_error(e.encoding, str, i, j, reason);
      e.put(r);
    }
    i = j;
  }
  return bytes_from(e.out);
}

} // namespace coil
