// Unicode classification and case mapping for str, on top of ICU.
//
// Python's definitions differ from ICU's defaults in places, so each
// predicate spells out Python's rule (Objects/unicodectype.c semantics):
//   isspace:     bidirectional class WS, B or S, or category Zs
//   isalpha:     categories Lm, Lt, Lu, Ll, Lo
//   isdecimal:   Numeric_Type=Decimal; isdigit: Decimal or Digit;
//   isnumeric:   any Numeric_Type
//   isprintable: not Cc Cf Cs Co Cn Zl Zp Zs, except ' '
//   islower/isupper: the derived Lowercase/Uppercase properties; istitle: Lt
// Case mapping uses ICU's full (special-casing) mappings one code point at a
// time (root locale), with Python's final-sigma rule for lower-casing.
// ICU 72 carries Unicode 15.0; CPython 3.11 uses 14.0, so every predicate
// treats code points added after 14.0 as unassigned (uni_is_assigned) and
// the few properties 15.0 changed are pinned back (see uni_islower).
// scripts/unicode_sweep.py compares all of this with python3 over every
// code point.
//
// Invariants
// - ASCII fast paths must give the same answers as the general paths.
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"

namespace coil {

bool uni_is_assigned(uint32_t c) noexcept {
  if (u_charType(static_cast<UChar32>(c)) == U_UNASSIGNED)
    return false;
  UVersionInfo v;
  u_charAge(static_cast<UChar32>(c), v);
  return v[0] < 14 || (v[0] == 14 && v[1] == 0);
}

bool uni_isspace(uint32_t c) noexcept {
  if (c < 128)
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  int bidi = u_charDirection(static_cast<UChar32>(c));
  if (bidi == U_WHITE_SPACE_NEUTRAL || bidi == U_BLOCK_SEPARATOR || bidi == U_SEGMENT_SEPARATOR)
    return true;
  return u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

bool uni_isalpha(uint32_t c) noexcept {
  if (c < 128)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (!uni_is_assigned(c))
    return false;
  switch (u_charType(static_cast<UChar32>(c))) {
  case U_UPPERCASE_LETTER:
  case U_LOWERCASE_LETTER:
  case U_TITLECASE_LETTER:
  case U_MODIFIER_LETTER:
  case U_OTHER_LETTER:
    return true;
  default:
    return false;
  }
}

static int numeric_type(uint32_t c) noexcept {
  if (!uni_is_assigned(c))
    return U_NT_NONE;
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE);
}

bool uni_isdecimal(uint32_t c) noexcept {
  if (c < 128)
    return c >= '0' && c <= '9';
  return numeric_type(c) == U_NT_DECIMAL;
}

bool uni_isdigit(uint32_t c) noexcept {
  if (c < 128)
    return c >= '0' && c <= '9';
  int t = numeric_type(c);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}

bool uni_isnumeric(uint32_t c) noexcept {
  if (c < 128)
    return c >= '0' && c <= '9';
  return numeric_type(c) != U_NT_NONE;
}

bool uni_isalnum(uint32_t c) noexcept {
  return uni_isalpha(c) || uni_isnumeric(c);
}

int uni_decimal_value(uint32_t c) noexcept {
  if (c < 128)
    return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
  if (numeric_type(c) != U_NT_DECIMAL)
    return -1;
  return u_charDigitValue(static_cast<UChar32>(c));
}

bool uni_isprintable(uint32_t c) noexcept {
  if (c < 128)
    return c >= 0x20 && c < 0x7F;
  if (!uni_is_assigned(c))
    return false;
  switch (u_charType(static_cast<UChar32>(c))) {
  case U_CONTROL_CHAR:
  case U_FORMAT_CHAR:
  case U_SURROGATE:
  case U_PRIVATE_USE_CHAR:
  case U_UNASSIGNED:
  case U_LINE_SEPARATOR:
  case U_PARAGRAPH_SEPARATOR:
  case U_SPACE_SEPARATOR:
    return false;
  default:
    return true;
  }
}

// Modifier letters that Unicode 15.0 made Other_Lowercase (so Lowercase
// and Cased); in 14.0 they were neither.
static bool is_lowercase_since_15(uint32_t c) noexcept {
  return c == 0x10FC || c == 0xA7F2 || c == 0xA7F3 || c == 0xA7F4 || c == 0xAB69;
}

bool uni_islower(uint32_t c) noexcept {
  if (c < 128)
    return c >= 'a' && c <= 'z';
  if (!uni_is_assigned(c) || is_lowercase_since_15(c))
    return false;
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_LOWERCASE);
}

bool uni_isupper(uint32_t c) noexcept {
  if (c < 128)
    return c >= 'A' && c <= 'Z';
  if (!uni_is_assigned(c))
    return false;
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UPPERCASE);
}

bool uni_istitle(uint32_t c) noexcept {
  if (c < 128)
    return false;
  return uni_is_assigned(c) && u_charType(static_cast<UChar32>(c)) == U_TITLECASE_LETTER;
}

bool uni_iscased(uint32_t c) noexcept {
  if (c < 128)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (!uni_is_assigned(c) || is_lowercase_since_15(c))
    return false;
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASED);
}

bool uni_iscaseignorable(uint32_t c) noexcept {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_IGNORABLE);
}

bool uni_islinebreak(uint32_t c) noexcept {
  switch (c) {
  case 0x0A:
  case 0x0B:
  case 0x0C:
  case 0x0D:
  case 0x1C:
  case 0x1D:
  case 0x1E:
  case 0x85:
  case 0x2028:
  case 0x2029:
    return true;
  default:
    return false;
  }
}

// ---------------------------------------------------------------- case mapping

namespace {

enum class CaseOp { Upper, Lower, Title, Fold };

// Appends the full mapping of c to b.
void map_full(uint32_t c, CaseOp op, StrBuilder& b) {
  if (c < 128) {
    switch (op) {
    case CaseOp::Upper:
    case CaseOp::Title:
      b.append_char(c >= 'a' && c <= 'z' ? c - 32 : c);
      return;
    case CaseOp::Lower:
    case CaseOp::Fold:
      b.append_char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      return;
    }
  }
  if (c >= 0xD800 && c <= 0xDFFF) {
    b.append_char(c);
    return;
  }
  UChar src[2];
  int32_t srclen = 0;
  U16_APPEND_UNSAFE(src, srclen, static_cast<UChar32>(c));
  UChar dst[16];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = 0;
  switch (op) {
  case CaseOp::Upper:
    n = u_strToUpper(dst, 16, src, srclen, "", &err);
    break;
  case CaseOp::Lower:
    n = u_strToLower(dst, 16, src, srclen, "", &err);
    break;
  case CaseOp::Title:
    n = u_strToTitle(dst, 16, src, srclen, nullptr, "", &err);
    break;
  case CaseOp::Fold:
    n = u_strFoldCase(dst, 16, src, srclen, U_FOLD_CASE_DEFAULT, &err);
    break;
  }
  if (U_FAILURE(err) || n > 16) {
    b.append_char(c);
    return;
  }
  // ICU's titlecasing skips to the first cased letter of a "word", so a
  // lone case-ignorable character with a titlecase mapping (U+0345) comes
  // back unchanged: Python applies the character's own mapping.
  if (op == CaseOp::Title && n == srclen && u_strncmp(dst, src, n) == 0) {
    UChar32 t = u_totitle(static_cast<UChar32>(c));
    b.append_char(static_cast<uint32_t>(t));
    return;
  }
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT_UNSAFE(dst, i, cp);
    b.append_char(static_cast<uint32_t>(cp));
  }
}

// Python's final-sigma rule: capital sigma lowers to final sigma when
// preceded by a cased letter and not followed by one (skipping case-ignorables).
void lower_at(const CpView& v, ssize i, StrBuilder& b) {
  uint32_t c = v[i];
  if (c != 0x3A3) {
    map_full(c, CaseOp::Lower, b);
    return;
  }
  ssize j = i - 1;
  while (j >= 0 && uni_iscaseignorable(v[j]))
    j--;
  bool final_sigma = j >= 0 && uni_iscased(v[j]);
  if (final_sigma) {
    j = i + 1;
    while (j < v.len && uni_iscaseignorable(v[j]))
      j++;
    final_sigma = j == v.len || !uni_iscased(v[j]);
  }
  b.append_char(final_sigma ? 0x3C2 : 0x3C3);
}

Object* ascii_map(Object* self, CaseOp op) {
  CpView v = str_cps(self);
  Object* o = str_new_uninit(v.len, 0x7F);
  if (!o)
    return nullptr;
  auto* src = static_cast<const uint8_t*>(v.data);
  auto* dst = static_cast<uint8_t*>(static_cast<StrObject*>(o)->data());
  for (ssize i = 0; i < v.len; i++) {
    uint8_t c = src[i];
    if (op == CaseOp::Upper)
      dst[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    else
      dst[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  return o;
}

Object* map_all(Object* self, CaseOp op) {
  if (str_is_ascii(self) && str_length(self) > 1)
    return ascii_map(self, op == CaseOp::Fold ? CaseOp::Lower : op);
  CpView v = str_cps(self);
  StrBuilder b;
  for (ssize i = 0; i < v.len; i++) {
    if (op == CaseOp::Lower)
      lower_at(v, i, b);
    else
      map_full(v[i], op, b);
  }
  return b.finish();
}

Object* pred_all(Object* self, bool (*pred)(uint32_t)) {
  CpView v = str_cps(self);
  if (v.len == 0)
    return bool_from(false);
  for (ssize i = 0; i < v.len; i++)
    if (!pred(v[i]))
      return bool_from(false);
  return bool_from(true);
}

} // namespace

Object* str_m_upper(Object* self, Object*) {
  return map_all(self, CaseOp::Upper);
}
Object* str_m_lower(Object* self, Object*) {
  return map_all(self, CaseOp::Lower);
}
Object* str_m_casefold(Object* self, Object*) {
  return map_all(self, CaseOp::Fold);
}

Object* str_m_swapcase(Object* self, Object*) {
  CpView v = str_cps(self);
  StrBuilder b;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (uni_isupper(c))
      lower_at(v, i, b);
    else if (uni_islower(c))
      map_full(c, CaseOp::Upper, b);
    else
      b.append_char(c);
  }
  return b.finish();
}

Object* str_m_title(Object* self, Object*) {
  CpView v = str_cps(self);
  StrBuilder b;
  bool prev_cased = false;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (prev_cased)
      lower_at(v, i, b);
    else
      map_full(c, CaseOp::Title, b);
    prev_cased = uni_iscased(c);
  }
  return b.finish();
}

Object* str_m_capitalize(Object* self, Object*) {
  CpView v = str_cps(self);
  StrBuilder b;
  for (ssize i = 0; i < v.len; i++) {
    if (i == 0)
      map_full(v[0], CaseOp::Title, b);
    else
      lower_at(v, i, b);
  }
  return b.finish();
}

Object* str_m_isascii(Object* self, Object*) {
  return bool_from(str_is_ascii(self));
}
Object* str_m_isalnum(Object* self, Object*) {
  return pred_all(self, uni_isalnum);
}
Object* str_m_isalpha(Object* self, Object*) {
  return pred_all(self, uni_isalpha);
}
Object* str_m_isdecimal(Object* self, Object*) {
  return pred_all(self, uni_isdecimal);
}
Object* str_m_isdigit(Object* self, Object*) {
  return pred_all(self, uni_isdigit);
}
Object* str_m_isnumeric(Object* self, Object*) {
  return pred_all(self, uni_isnumeric);
}
Object* str_m_isspace(Object* self, Object*) {
  return pred_all(self, uni_isspace);
}

Object* str_m_isprintable(Object* self, Object*) {
  CpView v = str_cps(self);
  for (ssize i = 0; i < v.len; i++)
    if (!uni_isprintable(v[i]) && v[i] != ' ')
      return bool_from(false);
  return bool_from(true);
}

Object* str_m_islower(Object* self, Object*) {
  CpView v = str_cps(self);
  bool cased = false;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (uni_isupper(c) || uni_istitle(c))
      return bool_from(false);
    if (!cased && uni_islower(c))
      cased = true;
  }
  return bool_from(cased);
}

Object* str_m_isupper(Object* self, Object*) {
  CpView v = str_cps(self);
  bool cased = false;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (uni_islower(c) || uni_istitle(c))
      return bool_from(false);
    if (!cased && uni_isupper(c))
      cased = true;
  }
  return bool_from(cased);
}

Object* str_m_istitle(Object* self, Object*) {
  CpView v = str_cps(self);
  bool cased = false, prev_cased = false;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (uni_isupper(c) || uni_istitle(c)) {
      if (prev_cased)
        return bool_from(false);
      prev_cased = true;
      cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased)
        return bool_from(false);
      prev_cased = true;
      cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_from(cased);
}

bool str_is_identifier(Object* s) {
  CpView v = str_cps(s);
  if (v.len == 0)
    return false;
  uint32_t c = v[0];
  if (c != '_' && (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_START) || !uni_is_assigned(c)))
    return false;
  for (ssize i = 1; i < v.len; i++)
    if (!u_hasBinaryProperty(static_cast<UChar32>(v[i]), UCHAR_XID_CONTINUE) || !uni_is_assigned(v[i]))
      return false;
  return true;
}

Object* str_m_isidentifier(Object* self, Object*) {
  return bool_from(str_is_identifier(self));
}

} // namespace coil
