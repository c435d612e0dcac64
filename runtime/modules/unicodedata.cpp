// The unicodedata module: Unicode 14.0.0 character properties, names and
// normalization, as CPython 3.11 reports them.
//
// Data source: ICU (libicu, Unicode 15.0 in ICU 72) seen through a Unicode
// 14.0 filter, plus a generated table of name aliases and named sequences
// (unicodedata_aliases.inc, from the Unicode 14.0.0 files shipped with Perl;
// see docs/DEPENDENCIES.md).
//
// Invariants
// - A code point is "assigned" only when ICU knows it (category != Cn) AND
//   its Unicode age is <= 14.0; every other code point answers as CPython's
//   unassigned record does: category 'Cn', bidirectional '', combining 0,
//   mirrored 0, east_asian_width 'F', no decomposition, name or value.
// - Normalization runs ICU's Normalizer2 through a FilteredNormalizer2 that
//   only touches code points of Unicode 14.0 (ICU's [:age=14.0:] set), so
//   characters added in 15.0 pass through unchanged as in CPython.
// - Lone surrogates never reach ICU as pairs: strings are split at surrogate
//   code points (starters with no mapping) and normalized piecewise.
// - Every function fails with CPython 3.11's exception type and message.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

#include "runtime/modules/unicodedata_aliases.inc"

constexpr uint32_t HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3;
constexpr int NAME_MAXLEN = 256;

// Assigned in Unicode 14.0 (see the invariants).
bool assigned14(uint32_t c) {
  return uni_is_assigned(c);
}

// ------------------------------------------------------------ arguments

// Argument clinic's name for a bad argument's type (_PyArg_BadArgument).
// The single-character argument: "NAME() argument[ N] must be a unicode
// character, not T" (argument clinic's wording; `argn` is "" for METH_O).
bool get_char(const char* fname, const char* argn, Object* o, uint32_t* out) {
  if (!str_check(o) || str_length(o) != 1) {
    err_format(TypeError, "{}() argument{} must be a unicode character, not {}", fname, argn,
               arg_type_name(o));
    return false;
  }
  *out = str_char_at(o, 0);
  return true;
}

Object* ascii_str(const char* s) {
  return str_from_ascii(s);
}

// --------------------------------------------------------- properties

Object* ud_category(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("category", "", arg, &c))
    return nullptr;
  if (!assigned14(c))
    return ascii_str("Cn");
  return ascii_str(u_getPropertyValueName(UCHAR_GENERAL_CATEGORY, u_charType(static_cast<UChar32>(c)),
                                          U_SHORT_PROPERTY_NAME));
}

Object* ud_bidirectional(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("bidirectional", "", arg, &c))
    return nullptr;
  if (!assigned14(c))
    return ascii_str("");
  return ascii_str(u_getPropertyValueName(UCHAR_BIDI_CLASS, u_charDirection(static_cast<UChar32>(c)),
                                          U_SHORT_PROPERTY_NAME));
}

Object* ud_combining(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("combining", "", arg, &c))
    return nullptr;
  return int_from_i64(assigned14(c) ? u_getCombiningClass(static_cast<UChar32>(c)) : 0);
}

Object* ud_mirrored(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("mirrored", "", arg, &c))
    return nullptr;
  return int_from_i64(assigned14(c) && u_isMirrored(static_cast<UChar32>(c)) ? 1 : 0);
}

Object* ud_east_asian_width(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("east_asian_width", "", arg, &c))
    return nullptr;
  // CPython's record for unassigned code points has width 'F'.
  if (!assigned14(c))
    return ascii_str("F");
  int v = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return ascii_str(u_getPropertyValueName(UCHAR_EAST_ASIAN_WIDTH, v, U_SHORT_PROPERTY_NAME));
}

const icu::Normalizer2* nfkc_raw() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFKCInstance(status);
}

const char* decomposition_tag(int type) {
  switch (type) {
  case U_DT_CANONICAL:
    return "";
  case U_DT_COMPAT:
    return "<compat>";
  case U_DT_CIRCLE:
    return "<circle>";
  case U_DT_FINAL:
    return "<final>";
  case U_DT_FONT:
    return "<font>";
  case U_DT_FRACTION:
    return "<fraction>";
  case U_DT_INITIAL:
    return "<initial>";
  case U_DT_ISOLATED:
    return "<isolated>";
  case U_DT_MEDIAL:
    return "<medial>";
  case U_DT_NARROW:
    return "<narrow>";
  case U_DT_NOBREAK:
    return "<noBreak>";
  case U_DT_SMALL:
    return "<small>";
  case U_DT_SQUARE:
    return "<square>";
  case U_DT_SUB:
    return "<sub>";
  case U_DT_SUPER:
    return "<super>";
  case U_DT_VERTICAL:
    return "<vertical>";
  case U_DT_WIDE:
    return "<wide>";
  default:
    return nullptr;
  }
}

Object* ud_decomposition(Object*, Object* arg) {
  uint32_t c;
  if (!get_char("decomposition", "", arg, &c))
    return nullptr;
  // Hangul syllables decompose algorithmically; UnicodeData.txt (and so
  // CPython) lists no mapping for them.
  if (!assigned14(c) || (c >= HANGUL_FIRST && c <= HANGUL_LAST))
    return ascii_str("");
  int type = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_DECOMPOSITION_TYPE);
  const char* tag = decomposition_tag(type);
  const icu::Normalizer2* n = nfkc_raw();
  icu::UnicodeString raw;
  if (!tag || !n || !n->getRawDecomposition(static_cast<UChar32>(c), raw))
    return ascii_str("");
  std::string out = tag;
  for (int32_t i = 0; i < raw.length();) {
    UChar32 d = raw.char32At(i);
    i += U16_LENGTH(d);
    if (!out.empty())
      out += ' ';
    out += fmt::format("{:04X}", static_cast<uint32_t>(d));
  }
  return str_from_ascii(out);
}

// Numeric_Type of an assigned code point (U_NT_NONE when unassigned).
int numeric_type(uint32_t c) {
  if (!assigned14(c))
    return U_NT_NONE;
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE);
}

// decimal/digit/numeric(chr[, default]): the value, else default, else ValueError(msg).
Object* numeric_common(const char* fname, Object* const* args, ssize nargs, bool (*accept)(int),
                       bool as_float, const char* msg) {
  if (!check_positional(fname, nargs, 1, 2))
    return nullptr;
  uint32_t c;
  if (!get_char(fname, " 1", args[0], &c))
    return nullptr;
  int t = numeric_type(c);
  if (t != U_NT_NONE && accept(t)) {
    double v = u_getNumericValue(static_cast<UChar32>(c));
    if (v != U_NO_NUMERIC_VALUE)
      return as_float ? float_from_double(v) : int_from_i64(static_cast<int64_t>(v));
  }
  if (nargs == 2)
    return newref(args[1]);
  return err_set_string(ValueError, msg);
}

Object* ud_decimal(Object*, Object* const* args, ssize nargs) {
  return numeric_common(
      "decimal", args, nargs, [](int t) { return t == U_NT_DECIMAL; }, false, "not a decimal");
}
Object* ud_digit(Object*, Object* const* args, ssize nargs) {
  return numeric_common(
      "digit", args, nargs, [](int t) { return t == U_NT_DECIMAL || t == U_NT_DIGIT; }, false, "not a digit");
}
Object* ud_numeric(Object*, Object* const* args, ssize nargs) {
  return numeric_common(
      "numeric", args, nargs, [](int) { return true; }, true, "not a numeric character");
}

// --------------------------------------------------------------- names

// The character's name in Unicode 14.0, or "" when it has none.
std::string char_name(uint32_t c) {
  if (!assigned14(c))
    return {};
  char buf[256];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, buf, sizeof buf, &status);
  if (U_FAILURE(status) || n <= 0)
    return {};
  std::string name(buf, static_cast<size_t>(n));
  // CPython 3.11 derives only CJK ideograph and Hangul names
  // algorithmically: Tangut ideographs (named by rule in UnicodeData.txt)
  // have no name there.
  if (name.starts_with("TANGUT IDEOGRAPH-"))
    return {};
  return name;
}

Object* ud_name(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("name", nargs, 1, 2))
    return nullptr;
  uint32_t c;
  if (!get_char("name", " 1", args[0], &c))
    return nullptr;
  std::string name = char_name(c);
  if (!name.empty())
    return str_from_ascii(name);
  if (nargs == 2)
    return newref(args[1]);
  return err_set_string(ValueError, "no such name");
}

bool equal_nocase(const char* table_name, const std::string& upper) {
  return upper == table_name;
}

Object* ud_lookup(Object*, Object* arg) {
  std::string name;
  if (str_check(arg)) {
    ssize n;
    const char* s = str_as_utf8(arg, &n);
    if (!s)
      return nullptr;
    name.assign(s, static_cast<size_t>(n));
  } else if (bytes_check(arg)) {
    name = std::string(bytes_view(arg));
  } else {
    return err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(arg));
  }
  if (name.size() > NAME_MAXLEN) {
    Object* msg = str_from_ascii("name too long");
    if (msg) {
      set_key_error(msg);
      decref(msg);
    }
    return nullptr;
  }
  std::string upper = name;
  bool ascii = true;
  for (char& ch : upper) {
    if (static_cast<unsigned char>(ch) >= 128)
      ascii = false;
    else if (ch >= 'a' && ch <= 'z')
      ch = static_cast<char>(ch - 'a' + 'A');
  }
  if (ascii && !upper.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, upper.c_str(), &status);
    if (U_SUCCESS(status)) {
      std::string found = char_name(static_cast<uint32_t>(c));
      // CPython matches the algorithmic names (Hangul syllables, CJK
      // unified ideographs) case-sensitively, the others in any case.
      bool algorithmic =
          (c >= static_cast<UChar32>(HANGUL_FIRST) && c <= static_cast<UChar32>(HANGUL_LAST)) ||
          found.starts_with("CJK UNIFIED IDEOGRAPH-");
      if (!found.empty() && (!algorithmic || name == upper))
        return str_from_char(static_cast<uint32_t>(c));
    }
    for (const UniNamedEntry& e : uni_aliases)
      if (equal_nocase(e.name, upper))
        return str_from_codepoints(e.cps, e.count);
    for (const UniNamedEntry& e : uni_named_sequences)
      if (equal_nocase(e.name, upper))
        return str_from_codepoints(e.cps, e.count);
  }
  Object* msg = str_from_utf8(fmt::format("undefined character name '{}'", name));
  if (msg) {
    set_key_error(msg);
    decref(msg);
  }
  return nullptr;
}

// -------------------------------------------------------- normalization

// NFC, NFD, NFKC or NFKD restricted to Unicode 14.0; nullptr for any other form.
const icu::Normalizer2* normalizer_for(Object* form) {
  static const icu::Normalizer2* filtered[4] = {};
  static const char* const names[4] = {"NFC", "NFD", "NFKC", "NFKD"};
  int idx = -1;
  for (int i = 0; i < 4; i++)
    if (str_equal_ascii(form, names[i]))
      idx = i;
  if (idx < 0)
    return nullptr;
  if (!filtered[idx]) {
    UErrorCode status = U_ZERO_ERROR;
    static icu::UnicodeSet* age14 = nullptr;
    if (!age14) {
      age14 = new icu::UnicodeSet(icu::UnicodeString("[:age=14.0:]"), status);
      age14->freeze();
    }
    const icu::Normalizer2* base = nullptr;
    switch (idx) {
    case 0:
      base = icu::Normalizer2::getNFCInstance(status);
      break;
    case 1:
      base = icu::Normalizer2::getNFDInstance(status);
      break;
    case 2:
      base = icu::Normalizer2::getNFKCInstance(status);
      break;
    default:
      base = icu::Normalizer2::getNFKDInstance(status);
      break;
    }
    if (U_FAILURE(status) || !base)
      return nullptr;
    filtered[idx] = new icu::FilteredNormalizer2(*base, *age14);
  }
  return filtered[idx];
}

bool parse_form(const char* fname, Object* const* args, ssize nargs, const icu::Normalizer2** norm) {
  if (!check_positional(fname, nargs, 2, 2))
    return false;
  for (int i = 0; i < 2; i++) {
    if (!str_check(args[i])) {
      err_format(TypeError, "{}() argument {} must be str, not {}", fname, i + 1, arg_type_name(args[i]));
      return false;
    }
  }
  *norm = normalizer_for(args[0]);
  if (!*norm) {
    err_set_string(ValueError, "invalid normalization form");
    return false;
  }
  return true;
}

bool is_surrogate(uint32_t c) {
  return c >= 0xD800 && c <= 0xDFFF;
}

// Normalizes s piecewise between surrogate code points (see the invariants).
// Sets *same when the result equals s.
Object* normalize_str(const icu::Normalizer2* n, Object* s, bool* same) {
  ssize len = str_length(s);
  StrBuilder out;
  *same = true;
  ssize i = 0;
  while (i < len) {
    uint32_t c = str_char_at(s, i);
    if (is_surrogate(c)) {
      out.append_char(c);
      i++;
      continue;
    }
    icu::UnicodeString seg;
    ssize start = i;
    while (i < len && !is_surrogate(str_char_at(s, i)))
      seg.append(static_cast<UChar32>(str_char_at(s, i++)));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString res = n->normalize(seg, status);
    if (U_FAILURE(status))
      return err_format(SystemError, "normalization failed: {}", u_errorName(status));
    ssize k = start;
    for (int32_t j = 0; j < res.length();) {
      UChar32 d = res.char32At(j);
      j += U16_LENGTH(d);
      if (k >= i || str_char_at(s, k) != static_cast<uint32_t>(d))
        *same = false;
      k++;
      out.append_char(static_cast<uint32_t>(d));
    }
    if (k != i)
      *same = false;
  }
  return out.finish();
}

Object* ud_normalize(Object*, Object* const* args, ssize nargs) {
  const icu::Normalizer2* n;
  if (!parse_form("normalize", args, nargs, &n))
    return nullptr;
  bool same;
  Object* r = normalize_str(n, args[1], &same);
  if (r && same) {
    decref(r);
    return newref(args[1]);
  }
  return r;
}

Object* ud_is_normalized(Object*, Object* const* args, ssize nargs) {
  const icu::Normalizer2* n;
  if (!parse_form("is_normalized", args, nargs, &n))
    return nullptr;
  bool same;
  Object* r = normalize_str(n, args[1], &same);
  if (!r)
    return nullptr;
  decref(r);
  return bool_from(same);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef unicodedata_functions[] = {
    {"name", FN(ud_name), METH_FASTCALL, "Returns the name assigned to the character chr as a string."},
    {"lookup", ud_lookup, METH_O, "Look up character by name."},
    {"category", ud_category, METH_O,
     "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ud_bidirectional, METH_O,
     "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", ud_combining, METH_O,
     "Returns the canonical combining class assigned to the character chr as integer."},
    {"east_asian_width", ud_east_asian_width, METH_O,
     "Returns the east asian width assigned to the character chr as string."},
    {"mirrored", ud_mirrored, METH_O,
     "Returns the mirrored property assigned to the character chr as integer."},
    {"decomposition", ud_decomposition, METH_O,
     "Returns the character decomposition mapping assigned to the character chr as string."},
    {"decimal", FN(ud_decimal), METH_FASTCALL,
     "Converts a Unicode character into its equivalent decimal value."},
    {"digit", FN(ud_digit), METH_FASTCALL, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", FN(ud_numeric), METH_FASTCALL,
     "Converts a Unicode character into its equivalent numeric value."},
    {"normalize", FN(ud_normalize), METH_FASTCALL,
     "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", FN(ud_is_normalized), METH_FASTCALL,
     "Return whether the Unicode string unistr is in the normal form 'form'."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* unicodedata_module_init() {
  Object* m = module_new_str("unicodedata");
  if (!m)
    return nullptr;
  Object* version = str_from_ascii("14.0.0");
  if (!version || module_add_functions(m, unicodedata_functions) < 0 ||
      module_add_object(m, "unidata_version", version) < 0) {
    xdecref(version);
    decref(m);
    return nullptr;
  }
  decref(version);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("unicodedata", unicodedata_module_init);

} // namespace coil
