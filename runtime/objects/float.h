// float (IEEE double) and complex.
#pragma once

#include <string>

#include "runtime/object.h"

namespace coil {

struct FloatObject : Object {
  double value;
};
struct ComplexObject : Object {
  double real, imag;
};

inline bool float_check(Object* o) noexcept { return o->type == &FloatType || type_is_subtype(o->type, &FloatType); }
inline bool float_check_exact(Object* o) noexcept { return o->type == &FloatType; }
inline double float_value(Object* o) noexcept { return static_cast<FloatObject*>(o)->value; }

Object* float_from_double(double v);
// float(x) conversion value for any object (int, float, __float__, __index__); -1.0 + exception on error.
double float_as_double(Object* o);
// Parses float() text (whitespace, '_' rules, inf/nan, CPython's error message).
Object* float_from_string(std::string_view text);
// The shortest repr that round-trips, exactly as CPython's float.__repr__:
// "0.1", "1e+16", "1e-05", "inf", "nan", "-0.0", "1.0".
std::string float_repr(double v);
hash_t float_hash_value(double v) noexcept; // CPython's numeric hash

Object* complex_from_doubles(double real, double imag);
inline bool complex_check(Object* o) noexcept { return o->type == &ComplexType || type_is_subtype(o->type, &ComplexType); }

} // namespace coil
