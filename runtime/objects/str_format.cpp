// String formatting: str.format / str.format_map (the replacement-field
// mini-language with auto/manual numbering, attribute and index access,
// !r/!s/!a conversions and nested specs), str.__format__, and the
// printf-style `%` engine shared by str and bytes.
//
// Invariants
// - The format engine works on code points; for bytes `%` every byte is a
//   code point < 256 and the result is converted back to bytes.
// - Error messages are CPython 3.11's (Objects/stringlib/unicode_format.h
//   and Objects/unicodeobject.c behaviour).
#include <string>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/format_spec.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"

namespace coil {

// ================================================================ str.format

namespace {

struct FormatArgs {
  Object* const* args = nullptr; // positional
  ssize nargs = 0;
  Object* kwnames = nullptr; // with values at args[nargs...]
  Object* mapping = nullptr; // format_map
  int auto_state = 0;        // 0 unknown, 1 auto, 2 manual
  ssize auto_index = 0;
};

bool is_digits(const std::u32string& s) {
  if (s.empty())
    return false;
  for (uint32_t c : s)
    if (c < '0' || c > '9')
      return false;
  return true;
}

Object* u32_to_str(const std::u32string& s) {
  return str_from_u32(s);
}

Object* lookup_keyword(FormatArgs& fa, const std::u32string& name) {
  Object* key = u32_to_str(name);
  if (!key)
    return nullptr;
  if (fa.mapping) {
    Object* r = object_getitem(fa.mapping, key);
    decref(key);
    return r;
  }
  if (fa.kwnames) {
    for (ssize i = 0; i < tuple_size(fa.kwnames); i++)
      if (str_equal(tuple_get(fa.kwnames, i), key)) {
        decref(key);
        return newref(fa.args[fa.nargs + i]);
      }
  }
  err_set_object(KeyError, key);
  decref(key);
  return nullptr;
}

Object* lookup_index(FormatArgs& fa, ssize index) {
  if (fa.mapping || index >= fa.nargs)
    return err_format(IndexError, "Replacement index {} out of range for positional args tuple", index);
  return newref(fa.args[index]);
}

// Resolves a field name ("0", "name.attr[key]", "") to an object.
Object* get_field(FormatArgs& fa, const std::u32string& field) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[')
    i++;
  std::u32string first = field.substr(0, i);
  Object* obj;
  if (first.empty()) {
    if (fa.auto_state == 2)
      return err_set_string(ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
    fa.auto_state = 1;
    obj = lookup_index(fa, fa.auto_index++);
  } else if (is_digits(first)) {
    if (fa.auto_state == 1)
      return err_set_string(ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
    fa.auto_state = 2;
    ssize idx = 0;
    for (uint32_t c : first) {
      if (idx > (PTRDIFF_MAX - 9) / 10)
        return err_set_string(ValueError, "Too many decimal digits in format string");
      idx = idx * 10 + (c - '0');
    }
    obj = lookup_index(fa, idx);
  } else {
    obj = lookup_keyword(fa, first);
  }
  if (!obj)
    return nullptr;
  while (i < field.size()) {
    uint32_t c = field[i++];
    if (c == '.') {
      size_t j = i;
      while (j < field.size() && field[j] != '.' && field[j] != '[')
        j++;
      if (j == i) {
        decref(obj);
        return err_set_string(ValueError, "Empty attribute in format string");
      }
      Object* name = u32_to_str(field.substr(i, j - i));
      Object* next = name ? object_getattr(obj, name) : nullptr;
      xdecref(name);
      decref(obj);
      if (!next)
        return nullptr;
      obj = next;
      i = j;
    } else if (c == '[') {
      size_t j = i;
      while (j < field.size() && field[j] != ']')
        j++;
      if (j >= field.size()) {
        decref(obj);
        return err_set_string(ValueError, "Missing ']' in format string");
      }
      std::u32string keytext = field.substr(i, j - i);
      if (keytext.empty()) {
        decref(obj);
        return err_set_string(ValueError, "Empty attribute in format string");
      }
      Object* key;
      if (is_digits(keytext)) {
        ssize idx = 0;
        for (uint32_t d : keytext)
          idx = idx * 10 + (d - '0');
        key = int_from_i64(idx);
      } else {
        key = u32_to_str(keytext);
      }
      i = j + 1;
      if (i < field.size() && field[i] != '.' && field[i] != '[') {
        xdecref(key);
        decref(obj);
        return err_set_string(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      Object* next = key ? object_getitem(obj, key) : nullptr;
      xdecref(key);
      decref(obj);
      if (!next)
        return nullptr;
      obj = next;
    } else {
      decref(obj);
      return err_set_string(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

bool do_format(FormatArgs& fa, const CpView& v, ssize start, ssize end, int depth, std::u32string& out);

// Formats one replacement field whose text (between the braces) is v[start:end).
bool render_field(FormatArgs& fa, const CpView& v, ssize start, ssize end, int depth, std::u32string& out) {
  // Split: field_name [! conv] [: spec], brackets protect ':' and '!' in the name.
  ssize i = start;
  int bracket = 0;
  while (i < end) {
    uint32_t c = v[i];
    if (c == '[')
      bracket++;
    else if (c == ']')
      bracket = bracket > 0 ? bracket - 1 : 0;
    else if (bracket == 0 && (c == '!' || c == ':'))
      break;
    i++;
  }
  std::u32string name;
  for (ssize k = start; k < i; k++)
    name.push_back(v[k]);
  uint32_t conversion = 0;
  if (i < end && v[i] == '!') {
    if (i + 1 >= end) {
      err_set_string(ValueError, "end of string while looking for conversion specifier");
      return false;
    }
    conversion = v[i + 1];
    i += 2;
    if (i < end && v[i] != ':') {
      err_set_string(ValueError, "expected ':' after conversion specifier");
      return false;
    }
  }
  ssize spec_start = end, spec_end = end;
  if (i < end && v[i] == ':')
    spec_start = i + 1;
  Object* obj = get_field(fa, name);
  if (!obj)
    return false;
  if (conversion) {
    Object* conv;
    switch (conversion) {
    case 'r':
      conv = object_repr(obj);
      break;
    case 's':
      conv = object_str(obj);
      break;
    case 'a':
      conv = object_ascii(obj);
      break;
    default:
      decref(obj);
      if (conversion < 0x80)
        err_format(ValueError, "Unknown conversion specifier {}", static_cast<char>(conversion));
      else
        err_format(ValueError, "Unknown conversion specifier \\x{:x}", conversion);
      return false;
    }
    decref(obj);
    if (!conv)
      return false;
    obj = conv;
  }
  // The spec may itself contain replacement fields.
  std::u32string spec;
  if (spec_start < spec_end) {
    if (!do_format(fa, v, spec_start, spec_end, depth - 1, spec)) {
      decref(obj);
      return false;
    }
  }
  Object* spec_str = u32_to_str(spec);
  Object* r = spec_str ? object_format(obj, spec_str) : nullptr;
  xdecref(spec_str);
  decref(obj);
  if (!r)
    return false;
  CpView rv = str_cps(r);
  // A result too large for memory is MemoryError, not std::bad_alloc (the
  // buffer may grow to twice what it needs).
  size_t need = out.size() + size_t(rv.len);
  if (need > out.capacity() && !alloc_size_ok(need * 2 * sizeof(char32_t))) {
    decref(r);
    return false;
  }
  for (ssize k = 0; k < rv.len; k++)
    out.push_back(rv[k]);
  decref(r);
  return true;
}

bool do_format(FormatArgs& fa, const CpView& v, ssize start, ssize end, int depth, std::u32string& out) {
  if (depth <= 0) {
    err_set_string(ValueError, "Max string recursion exceeded");
    return false;
  }
  ssize i = start;
  while (i < end) {
    uint32_t c = v[i];
    if (c == '}') {
      if (i + 1 < end && v[i + 1] == '}') {
        out.push_back('}');
        i += 2;
        continue;
      }
      err_set_string(ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (c != '{') {
      out.push_back(c);
      i++;
      continue;
    }
    if (i + 1 < end && v[i + 1] == '{') {
      out.push_back('{');
      i += 2;
      continue;
    }
    if (i + 1 >= end) {
      err_set_string(ValueError, "Single '{' encountered in format string");
      return false;
    }
    // Find the matching '}' (nested braces belong to the spec).
    ssize j = i + 1;
    int level = 1;
    bool in_spec = false;
    int bracket = 0;
    for (; j < end; j++) {
      uint32_t d = v[j];
      if (!in_spec) {
        if (d == '[')
          bracket++;
        else if (d == ']')
          bracket = bracket > 0 ? bracket - 1 : 0;
        else if (bracket == 0 && (d == ':' || d == '!'))
          in_spec = true;
        if (bracket > 0)
          continue;
      }
      if (d == '{') {
        if (!in_spec) {
          err_set_string(ValueError, "unexpected '{' in field name");
          return false;
        }
        level++;
      } else if (d == '}') {
        if (--level == 0)
          break;
      }
    }
    if (j >= end) {
      err_set_string(ValueError,
                     in_spec ? "unmatched '{' in format spec" : "expected '}' before end of string");
      return false;
    }
    if (!render_field(fa, v, i + 1, j, depth, out))
      return false;
    i = j + 1;
  }
  return true;
}

} // namespace

Object* str_m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FormatArgs fa;
  fa.args = args;
  fa.nargs = nargs;
  fa.kwnames = kwnames && tuple_size(kwnames) > 0 ? kwnames : nullptr;
  CpView v = str_cps(self);
  std::u32string out;
  if (!do_format(fa, v, 0, v.len, 2, out))
    return nullptr;
  return str_from_u32(out);
}

Object* str_m_format_map(Object* self, Object* mapping) {
  FormatArgs fa;
  fa.mapping = mapping;
  CpView v = str_cps(self);
  std::u32string out;
  if (!do_format(fa, v, 0, v.len, 2, out))
    return nullptr;
  return str_from_u32(out);
}

Object* str_m_dunder_format(Object* self, Object* spec) {
  if (!str_check(spec))
    return err_format(TypeError, "__format__() argument must be str, not {}", arg_type_name(spec));
  if (str_length(spec) == 0) {
    // An empty spec means str(self): a subclass's __str__ runs (CPython's format_obj).
    if (str_check_exact(self))
      return str_exact_copy(self);
    Object* s = object_str(self);
    if (!s)
      return nullptr;
    Object* r = str_exact_copy(s);
    decref(s);
    return r;
  }
  std::string_view sv = str_view(spec);
  if (sv.data() == nullptr && err_occurred())
    return nullptr;
  FormatSpec fs;
  if (format_spec_parse(sv, &fs, "str") < 0)
    return nullptr;
  std::string_view value = str_view(self);
  if (value.data() == nullptr && err_occurred())
    return nullptr;
  return format_str_utf8(value, str_length(self), fs);
}

// ================================================================ printf-style %

namespace {

struct PercentCtx {
  bool bytes_mode;
  Object* args; // the right operand
  Object* dict; // mapping for %(key)s or nullptr
  Object* const* items;
  ssize nitems;
  ssize argidx = 0;
  bool args_owned_tuple = false;

  Object* next_arg() {
    if (argidx < nitems)
      return items[argidx++];
    err_set_string(TypeError, "not enough arguments for format string");
    return nullptr;
  }
};

void push_ascii(std::u32string& out, std::string_view s) {
  for (char c : s)
    out.push_back(static_cast<unsigned char>(c));
}

void push_str(std::u32string& out, Object* s, ssize limit = -1) {
  CpView v = str_cps(s);
  ssize n = limit >= 0 && limit < v.len ? limit : v.len;
  for (ssize i = 0; i < n; i++)
    out.push_back(v[i]);
}

// Pads body into out by width and flags; zero padding inserts after sign/prefix.
void emit_padded(std::u32string& out, const std::u32string& body, ssize width, bool left, bool zero,
                 size_t sign_prefix_len) {
  ssize len = static_cast<ssize>(body.size());
  if (width <= len) {
    out += body;
    return;
  }
  ssize fill = width - len;
  if (left) {
    out += body;
    out.append(fill, U' ');
  } else if (zero) {
    out.append(body.begin(), body.begin() + sign_prefix_len);
    out.append(fill, U'0');
    out.append(body.begin() + sign_prefix_len, body.end());
  } else {
    out.append(fill, U' ');
    out += body;
  }
}

bool is_number_like(Object* o) {
  NumberMethods* nm = o->type->as_number;
  return nm && (nm->index || nm->int_ || nm->float_);
}

} // namespace

Object* percent_format(Object* fmt, Object* args, bool bytes_mode) {
  std::u32string f;
  if (bytes_mode) {
    std::string_view bv;
    get_bytes_like(fmt, &bv);
    for (unsigned char c : bv)
      f.push_back(c);
  } else {
    push_str(f, fmt);
  }
  PercentCtx ctx{bytes_mode, args, nullptr, nullptr, 0};
  if (tuple_check(args)) {
    ctx.items = tuple_items(args);
    ctx.nitems = tuple_size(args);
  } else {
    ctx.items = &ctx.args;
    ctx.nitems = 1;
  }
  // A mapping argument enables %(key)s; bytes formatting also refuses bytes
  // and bytearray there (CPython's checks).
  bool excluded =
      tuple_check(args) || str_check(args) || (bytes_mode && (bytes_check(args) || bytearray_check(args)));
  if (args->type->as_mapping && args->type->as_mapping->subscript && !excluded)
    ctx.dict = args;
  std::u32string out;
  ssize n = static_cast<ssize>(f.size());
  Object* mapped = nullptr; // value looked up by %(key)
  for (ssize i = 0; i < n;) {
    uint32_t c = f[i];
    if (c != '%') {
      out.push_back(c);
      i++;
      continue;
    }
    ssize spec_start = i;
    i++;
    if (i >= n)
      return err_set_string(ValueError, "incomplete format");
    Object* arg = nullptr;
    clear_ref(mapped);
    if (f[i] == '(') {
      if (!ctx.dict)
        return err_set_string(TypeError, "format requires a mapping");
      ssize depth = 1, k = i + 1;
      while (k < n && depth > 0) {
        if (f[k] == '(')
          depth++;
        else if (f[k] == ')')
          depth--;
        k++;
      }
      if (depth > 0)
        return err_set_string(ValueError, "incomplete format key");
      std::u32string keytext = f.substr(i + 1, k - i - 2);
      Object* key;
      if (bytes_mode) {
        std::string kb;
        for (uint32_t kc : keytext)
          kb.push_back(static_cast<char>(kc));
        key = bytes_from(kb);
      } else {
        key = str_from_u32(keytext);
      }
      if (!key)
        return nullptr;
      mapped = object_getitem(ctx.dict, key);
      decref(key);
      if (!mapped)
        return nullptr;
      arg = mapped;
      ctx.nitems = -1; // mapping mode: no positional consumption check
      i = k;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; i++) {
      uint32_t fc = f[i];
      if (fc == '-')
        left = true;
      else if (fc == '+')
        plus = true;
      else if (fc == ' ')
        space = true;
      else if (fc == '#')
        alt = true;
      else if (fc == '0')
        zero = true;
      else
        break;
    }
    ssize width = -1, prec = -1;
    auto star = [&](ssize* dst) -> bool {
      Object* w = ctx.nitems >= 0 ? ctx.next_arg() : nullptr;
      if (ctx.nitems < 0) {
        err_set_string(TypeError, "not enough arguments for format string");
        return false;
      }
      if (!w)
        return false;
      if (!int_check(w)) {
        err_set_string(TypeError, "* wants int");
        return false;
      }
      ssize x = int_as_ssize(w);
      if (x == -1 && err_occurred())
        return false;
      *dst = x;
      return true;
    };
    if (i < n && f[i] == '*') {
      if (!star(&width))
        return nullptr;
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      while (i < n && f[i] >= '0' && f[i] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (f[i] - '0');
        if (width > PTRDIFF_MAX / 20)
          return err_set_string(ValueError, "width too big");
        i++;
      }
    }
    if (width > 0 && !alloc_size_ok(static_cast<size_t>(width)))
      return nullptr;
    if (i < n && f[i] == '.') {
      i++;
      prec = 0;
      if (i < n && f[i] == '*') {
        if (!star(&prec))
          return nullptr;
        if (prec < 0)
          prec = 0;
        i++;
      } else {
        while (i < n && f[i] >= '0' && f[i] <= '9') {
          prec = prec * 10 + (f[i] - '0');
          if (prec > PTRDIFF_MAX / 20)
            return err_set_string(ValueError, "precision too big");
          i++;
        }
      }
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L'))
      i++;
    if (i >= n)
      return err_set_string(ValueError, "incomplete format");
    uint32_t conv = f[i++];
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (!arg) {
      if (ctx.nitems < 0)
        return err_set_string(TypeError, "not enough arguments for format string");
      arg = ctx.next_arg();
      if (!arg)
        return nullptr;
    }
    std::u32string body;
    size_t prefix_len = 0; // sign and 0x prefix, for zero padding
    bool numeric = false;
    switch (conv) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
      Object* s = nullptr;
      if (bytes_mode) {
        if (conv == 's' || conv == 'b') {
          std::string_view bv;
          if (get_bytes_like(arg, &bv)) {
            for (unsigned char bc : bv)
              body.push_back(bc);
          } else {
            bool found = false;
            Object* name = str_static("__bytes__");
            Object* r = object_call_special(arg, name, nullptr, 0, &found);
            if (!found || !r) {
              if (!found)
                err_format(
                    TypeError,
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name_of(arg));
              return nullptr;
            }
            if (!bytes_check(r)) {
              err_format(TypeError, "__bytes__ returned non-bytes (type {})", type_name_of(r));
              decref(r);
              return nullptr;
            }
            for (unsigned char bc : bytes_view(r))
              body.push_back(bc);
            decref(r);
          }
        } else {
          s = object_ascii(arg);
          if (!s)
            return nullptr;
          push_str(body, s);
          decref(s);
        }
      } else {
        if (conv == 'b')
          goto unsupported;
        s = conv == 's' ? object_str(arg) : conv == 'r' ? object_repr(arg) : object_ascii(arg);
        if (!s)
          return nullptr;
        push_str(body, s);
        decref(s);
      }
      if (prec >= 0 && static_cast<ssize>(body.size()) > prec)
        body.resize(prec);
      break;
    }
    case 'c': {
      if (bytes_mode) {
        std::string_view bv;
        if (get_bytes_like(arg, &bv) && bv.size() == 1) {
          body.push_back(static_cast<unsigned char>(bv[0]));
        } else if (int_check(arg)) {
          bool of = false;
          int64_t x = int_as_i64(arg, &of);
          if (of || x < 0 || x > 255)
            return err_set_string(OverflowError, "%c arg not in range(256)");
          body.push_back(static_cast<uint32_t>(x));
        } else {
          return err_set_string(TypeError, "%c requires an integer in range(256) or a single byte");
        }
      } else if (str_check(arg)) {
        if (str_length(arg) != 1)
          return err_set_string(TypeError, "%c requires int or char");
        body.push_back(str_char_at(arg, 0));
      } else if (int_check(arg) || (arg->type->as_number && arg->type->as_number->index)) {
        Object* idx = number_index(arg);
        if (!idx)
          return nullptr;
        bool of = false;
        int64_t x = int_as_i64(idx, &of);
        decref(idx);
        if (of || x < 0 || x > 0x10FFFF)
          return err_set_string(OverflowError, "%c arg not in range(0x110000)");
        body.push_back(static_cast<uint32_t>(x));
      } else {
        return err_set_string(TypeError, "%c requires int or char");
      }
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      numeric = true;
      Object* num;
      if (conv == 'o' || conv == 'x' || conv == 'X') {
        if (!int_check(arg) && !(arg->type->as_number && arg->type->as_number->index))
          return err_format(TypeError, "%{} format: an integer is required, not {}", static_cast<char>(conv),
                            type_name_of(arg));
        num = number_index(arg);
      } else {
        if (!int_check(arg) && !is_number_like(arg))
          return err_format(TypeError, "%{} format: a real number is required, not {}",
                            static_cast<char>(conv), type_name_of(arg));
        num = int_check(arg) ? newref(arg) : number_long(arg);
      }
      if (!num)
        return nullptr;
      int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
      std::string digits;
      if (base == 10) {
        // Decimal goes through int's str(), which enforces sys.get_int_max_str_digits().
        Object* dec = int_to_decimal_str(num);
        if (!dec) {
          decref(num);
          return nullptr;
        }
        digits = std::string(str_view(dec));
        decref(dec);
      } else {
        digits = int_to_string(num, base);
      }
      bool neg = int_sign(num) < 0;
      decref(num);
      if (!digits.empty() && digits[0] == '-')
        digits.erase(0, 1);
      if (conv == 'X')
        for (char& d : digits)
          if (d >= 'a' && d <= 'z')
            d = static_cast<char>(d - 32);
      if (prec > static_cast<ssize>(digits.size()))
        digits.insert(0, prec - digits.size(), '0');
      std::string head;
      if (neg)
        head = "-";
      else if (plus)
        head = "+";
      else if (space)
        head = " ";
      if (alt && base != 10)
        head += conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
      prefix_len = head.size();
      push_ascii(body, head);
      push_ascii(body, digits);
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      numeric = true;
      double d = float_as_double(arg);
      if (d == -1.0 && err_occurred())
        return nullptr;
      FormatSpec fs;
      fs.type = conv;
      fs.precision = prec >= 0 ? prec : 6;
      fs.alternate = alt;
      fs.sign = plus ? '+' : space ? ' ' : 0;
      Object* r = format_float(d, fs);
      if (!r)
        return nullptr;
      push_str(body, r);
      decref(r);
      if (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' '))
        prefix_len = 1;
      break;
    }
    default:
    unsupported : {
      uint32_t shown = conv;
      if (shown >= 32 && shown < 127)
        return err_format(ValueError, "unsupported format character '{}' (0x{:x}) at index {}",
                          static_cast<char>(shown), shown, i - 1);
      Object* ch = str_from_char(shown);
      if (!ch)
        return nullptr;
      std::string utf8 = str_to_std(ch);
      decref(ch);
      return err_format(ValueError, "unsupported format character '{}' (0x{:x}) at index {}", utf8, shown,
                        i - 1);
    }
    }
    (void)spec_start;
    if (!format_width_fits(ssize(out.size()) + width, 2 * sizeof(char32_t)))
      return nullptr;
    emit_padded(out, body, width, left, zero && numeric, prefix_len);
  }
  clear_ref(mapped);
  if (ctx.nitems >= 0 && ctx.argidx < ctx.nitems && !ctx.dict)
    return err_set_string(TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                                : "not all arguments converted during string formatting");
  if (bytes_mode) {
    std::string b;
    b.reserve(out.size());
    for (uint32_t ch : out)
      b.push_back(static_cast<char>(ch));
    return bytes_from(b);
  }
  return str_from_u32(out);
}

Object* str_mod(Object* a, Object* b) {
  if (!str_check(a))
    return newref(NotImplemented);
  return percent_format(a, b, false);
}

} // namespace coil
