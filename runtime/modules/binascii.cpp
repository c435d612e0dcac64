// The binascii module: hex (hexlify/unhexlify/b2a_hex/a2b_hex with sep),
// base64 (b2a_base64/a2b_base64 with strict_mode), crc32, crc_hqx, and the
// Error/Incomplete exceptions.
//
// Invariants
// - The exception classes live in the module dict; raising looks Error up
//   there (module functions are bound to their module: self is the module).
// - a2b_* accept bytes-like objects or ASCII-only str; b2a_* accept
//   bytes-like objects only. Messages are CPython 3.11's.
// - crc32 uses the system zlib (binary_util's crc32_update, as zlib.crc32);
//   crc_hqx is CRC-CCITT (polynomial 0x1021), computed bit by bit.
// - Not implemented: the quoted-printable and uuencode functions.
#include <string>

#include "runtime/errors.h"
#include "runtime/modules/binary_util.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

using math_impl::parse_clinic;

// Raises binascii.Error(msg), found in the module `self`.
std::nullptr_t raise_error(Object* self, const char* msg) {
  Object* cls = self ? object_getattr_str(self, "Error") : nullptr;
  if (!cls) {
    err_clear();
    return err_set_string(ValueError, msg);
  }
  Object* text = str_from_utf8(msg);
  if (text)
    err_set_object(reinterpret_cast<TypeObject*>(cls), text);
  xdecref(text);
  decref(cls);
  return nullptr;
}

// The data argument of the a2b_* functions: bytes-like or ASCII str.
bool ascii_data(Object* o, std::string_view* out) {
  if (str_check(o)) {
    ssize n;
    const char* s = str_as_utf8(o, &n);
    if (!s)
      return false;
    for (ssize i = 0; i < n; i++)
      if (static_cast<unsigned char>(s[i]) >= 128) {
        err_set_string(ValueError, "string argument should contain only ASCII characters");
        return false;
      }
    *out = std::string_view(s, static_cast<size_t>(n));
    return true;
  }
  if (peek_bytes_like(o, out))
    return true;
  err_format(TypeError, "argument should be bytes, buffer or ASCII string, not '{}'", type_name_of(o));
  return false;
}

// ------------------------------------------------------------------ hex

const char HEX_DIGITS[] = "0123456789abcdef";

Object* hexlify_common(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"data", "sep", "bytes_per_sep"};
  Object* a[3];
  if (!parse_clinic(fname, args, nargs, kwnames, names, 3, 3, 0, 1, a))
    return nullptr;
  std::string_view data;
  if (!require_bytes_like(a[0], &data))
    return nullptr;
  char sep = 0;
  bool has_sep = false;
  if (a[1]) {
    ssize len;
    if (str_check(a[1])) {
      len = str_length(a[1]);
      if (len == 1)
        sep = static_cast<char>(str_char_at(a[1], 0));
    } else if (std::string_view sv; peek_bytes_like(a[1], &sv)) {
      len = static_cast<ssize>(sv.size());
      if (len == 1)
        sep = sv[0];
    } else {
      return err_format(TypeError, "object of type '{}' has no len()", type_name_of(a[1]));
    }
    if (len != 1)
      return err_set_string(ValueError, "sep must be length 1.");
    has_sep = true;
  }
  int64_t per = 1;
  if (a[2]) {
    if (!int_check(a[2]))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(a[2]));
    bool overflow;
    per = int_as_i64(a[2], &overflow);
    if (overflow || per > INT32_MAX || per < INT32_MIN)
      return err_set_string(OverflowError, "Python int too large to convert to C int");
  }
  std::string out;
  size_t n = data.size();
  out.reserve(n * 3);
  uint64_t group = static_cast<uint64_t>(per < 0 ? -per : per);
  bool use_sep = has_sep && group != 0 && n > 0;
  for (size_t i = 0; i < n; i++) {
    if (use_sep && i > 0) {
      // Groups are counted from the right for a positive bytes_per_sep,
      // from the left for a negative one.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary)
        out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out += HEX_DIGITS[c >> 4];
    out += HEX_DIGITS[c & 15];
  }
  return bytes_from(out);
}

Object* ba_hexlify(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return hexlify_common("hexlify", args, nargs, kwnames);
}
Object* ba_b2a_hex(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return hexlify_common("b2a_hex", args, nargs, kwnames);
}

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

Object* ba_unhexlify(Object* self, Object* arg) {
  std::string_view data;
  if (!ascii_data(arg, &data))
    return nullptr;
  if (data.size() % 2)
    return raise_error(self, "Odd-length string");
  std::string out(data.size() / 2, '\0');
  for (size_t i = 0; i < data.size(); i += 2) {
    int hi = hex_value(static_cast<unsigned char>(data[i]));
    int lo = hex_value(static_cast<unsigned char>(data[i + 1]));
    if (hi < 0 || lo < 0)
      return raise_error(self, "Non-hexadecimal digit found");
    out[i / 2] = static_cast<char>(hi * 16 + lo);
  }
  return bytes_from(out);
}

// --------------------------------------------------------------- base64

const char B64_ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+')
    return 62;
  if (c == '/')
    return 63;
  return -1;
}

Object* ba_b2a_base64(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"data", "newline"};
  Object* a[2];
  if (!parse_clinic("b2a_base64", args, nargs, kwnames, names, 2, 1, 1, 1, a))
    return nullptr;
  std::string_view data;
  if (!require_bytes_like(a[0], &data))
    return nullptr;
  bool newline = true;
  if (a[1]) {
    int t = object_is_true(a[1]);
    if (t < 0)
      return nullptr;
    newline = t != 0;
  }
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(data[i]) << 16) |
                 (static_cast<unsigned char>(data[i + 1]) << 8) | static_cast<unsigned char>(data[i + 2]);
    out += B64_ALPHABET[v >> 18];
    out += B64_ALPHABET[(v >> 12) & 63];
    out += B64_ALPHABET[(v >> 6) & 63];
    out += B64_ALPHABET[v & 63];
  }
  size_t rest = data.size() - i;
  if (rest) {
    uint32_t v = static_cast<unsigned char>(data[i]) << 16;
    if (rest == 2)
      v |= static_cast<unsigned char>(data[i + 1]) << 8;
    out += B64_ALPHABET[v >> 18];
    out += B64_ALPHABET[(v >> 12) & 63];
    out += rest == 2 ? B64_ALPHABET[(v >> 6) & 63] : '=';
    out += '=';
  }
  if (newline)
    out += '\n';
  return bytes_from(out);
}

Object* ba_a2b_base64(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"data", "strict_mode"};
  Object* a[2];
  if (!parse_clinic("a2b_base64", args, nargs, kwnames, names, 2, 1, 1, 1, a))
    return nullptr;
  std::string_view data;
  if (!ascii_data(a[0], &data))
    return nullptr;
  bool strict = false;
  if (a[1]) {
    int t = object_is_true(a[1]);
    if (t < 0)
      return nullptr;
    strict = t != 0;
  }
  if (strict && !data.empty() && data[0] == '=')
    return raise_error(self, "Leading padding not allowed");
  std::string out;
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool padding_started = false, done = false;
  for (size_t i = 0; i < data.size(); i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      // Enough padding to complete the quad ends the data.
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.size())
          return raise_error(self, "Excess data after padding");
        done = true;
        break;
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict)
        return raise_error(self, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started)
      return raise_error(self, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
    case 0:
      left = static_cast<unsigned>(v);
      quad = 1;
      break;
    case 1:
      out += static_cast<char>((left << 2) | (static_cast<unsigned>(v) >> 4));
      left = static_cast<unsigned>(v) & 0x0f;
      quad = 2;
      break;
    case 2:
      out += static_cast<char>((left << 4) | (static_cast<unsigned>(v) >> 2));
      left = static_cast<unsigned>(v) & 0x03;
      quad = 3;
      break;
    default:
      out += static_cast<char>((left << 6) | static_cast<unsigned>(v));
      left = 0;
      quad = 0;
      break;
    }
  }
  if (!done && quad != 0) {
    if (quad == 1) {
      std::string msg = fmt::format("Invalid base64-encoded string: number of data characters ({}) cannot be "
                                    "1 more than a multiple of 4",
                                    out.size() / 3 * 4 + 1);
      return raise_error(self, msg.c_str());
    }
    return raise_error(self, "Incorrect padding");
  }
  return bytes_from(out);
}

// ------------------------------------------------------------------ CRCs

Object* ba_crc32(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("crc32", nargs, 1, 2))
    return nullptr;
  std::string_view data;
  if (!require_bytes_like(args[0], &data))
    return nullptr;
  uint32_t crc = 0;
  if (nargs == 2 && !uint32_arg(args[1], &crc))
    return nullptr;
  return int_from_u64(crc32_update(crc, data));
}

Object* ba_crc_hqx(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("crc_hqx", nargs, 2, 2))
    return nullptr;
  std::string_view data;
  if (!require_bytes_like(args[0], &data))
    return nullptr;
  uint32_t crc;
  if (!uint32_arg(args[1], &crc))
    return nullptr;
  crc &= 0xffff;
  for (unsigned char c : data) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int b = 0; b < 8; b++)
      crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return int_from_i64(crc);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef binascii_functions[] = {
    {"hexlify", FN(ba_hexlify), METH_FASTCALL | METH_KEYWORDS, "Hexadecimal representation of binary data."},
    {"b2a_hex", FN(ba_b2a_hex), METH_FASTCALL | METH_KEYWORDS, "Hexadecimal representation of binary data."},
    {"unhexlify", ba_unhexlify, METH_O, "Binary data of hexadecimal representation."},
    {"a2b_hex", ba_unhexlify, METH_O, "Binary data of hexadecimal representation."},
    {"b2a_base64", FN(ba_b2a_base64), METH_FASTCALL | METH_KEYWORDS, "Base64-code line of data."},
    {"a2b_base64", FN(ba_a2b_base64), METH_FASTCALL | METH_KEYWORDS, "Decode a line of base64 data."},
    {"crc32", FN(ba_crc32), METH_FASTCALL, "Compute CRC-32 incrementally."},
    {"crc_hqx", FN(ba_crc_hqx), METH_FASTCALL, "Compute CRC-CCITT incrementally."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* binascii_module_init() {
  Object* m = module_new_str("binascii");
  if (!m)
    return nullptr;
  Object* error = new_exception_class("binascii", "Error", reinterpret_cast<Object*>(ValueError));
  Object* incomplete =
      error ? new_exception_class("binascii", "Incomplete", reinterpret_cast<Object*>(Exception)) : nullptr;
  if (!incomplete || module_add_functions(m, binascii_functions) < 0 ||
      module_add_object(m, "Error", error) < 0 || module_add_object(m, "Incomplete", incomplete) < 0) {
    xdecref(error);
    xdecref(incomplete);
    decref(m);
    return nullptr;
  }
  decref(error);
  decref(incomplete);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("binascii", binascii_module_init);

} // namespace coil
