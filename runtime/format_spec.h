// The format-specification mini-language (format(), str.format, f-strings):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parsed into a FormatSpec, and the number formatters built on it.
//
// Invariants
// - Parsing never looks at the value: type-specific checks (e.g. "Precision
//   not allowed in integer format specifier") happen in the formatters.
// - fill is one Unicode code point; widths count code points. Formatters
//   produce UTF-8 (numbers are ASCII; only the fill may be non-ASCII).
// - Error messages are CPython 3.11's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil {

struct FormatSpec {
  uint32_t fill = ' ';
  bool fill_given = false;  // an explicit fill character preceded the alignment
  char align = 0;           // '<', '>', '=', '^' or 0 when not given
  char sign = 0;            // '+', '-', ' ' or 0 when not given
  bool no_neg_zero = false; // 'z' (3.11): coerce -0.0 to 0.0 after rounding
  bool alternate = false;   // '#'
  bool zero_pad = false;    // '0' before the width
  ssize width = -1;         // -1 when not given
  char grouping = 0;        // ',', '_' or 0
  ssize precision = -1;     // -1 when not given
  uint32_t type = 0;        // the presentation type code point, 0 when not given
};

// Parses `spec` (UTF-8). `default_type` is used when no type is given
// (e.g. 's' for str, 'd' for int, 0 for float). `type_name_for_errors` is the
// object's type name used in "Invalid format specifier '...' for object of
// type 'int'". Returns 0, or -1 with ValueError set.
int format_spec_parse(std::string_view spec, FormatSpec* out, const char* type_name_for_errors);
// Whether a result padded to `width` characters of `unit` bytes can be
// allocated: true at once for ordinary widths, else after trying to
// allocate it; false with MemoryError set (as CPython, whose allocation of
// the result fails) instead of padding for ever.
bool format_width_fits(ssize width, size_t unit);

// Pads `body` (UTF-8, `body_len` code points) to spec.width using fill and
// align (default_align when spec.align is 0). Appends to out.
void format_spec_pad(std::string& out, std::string_view body, ssize body_len, const FormatSpec& spec,
                     char default_align);

// Formatting of numbers per spec; new str, or nullptr with an exception.
Object* format_int(Object* value, const FormatSpec& spec); // value is an int
Object* format_float(double value, const FormatSpec& spec, const char* type_name = "float");
Object* format_complex(double real, double imag, const FormatSpec& spec);
// The whole __format__ for str (parse + checks + pad), for the str engineer:
// `value_utf8` holds `len` code points.
Object* format_str_utf8(std::string_view value_utf8, ssize len, const FormatSpec& spec);

} // namespace coil
