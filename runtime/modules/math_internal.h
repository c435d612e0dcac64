// Private to the math module files (math.cpp, math_special.cpp,
// math_integer.cpp).
//
// Invariants
// - Every helper that fails sets an exception and returns nullptr / -1.
// - Error texts are CPython 3.11's: "math domain error" (ValueError) and
//   "math range error" (OverflowError).
#pragma once

#include "runtime/errors.h"
#include "runtime/object.h"

namespace coil::math_impl {

// Function tables, each terminated by a null entry; math.cpp adds them all.
extern MethodDef special_functions[]; // gamma, lgamma, fsum, hypot, dist, prod
extern MethodDef integer_functions[]; // gcd, lcm, factorial, isqrt, comb, perm

std::nullptr_t domain_error();
std::nullptr_t range_error();

// Converts a real-number argument as PyFloat_AsDouble does. Returns false
// with TypeError "must be real number, not X" (or the conversion's error).
bool arg_as_double(Object* o, double* out);

// Keyword-aware parsing with argument clinic's messages for functions
// declared like `f(a, b, /, *, kw=...)`. names: all parameter names;
// the first `npos` may be positional (the first `nposonly` of them are
// positional-only); the first `required` are mandatory; the rest are
// keyword-only. out[i] is nullptr when not given (borrowed).
bool parse_clinic(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                  const char* const* names, int nparams, int npos, int nposonly, int required, Object** out);

// Lanczos approximation used by gamma/lgamma (math_special.cpp).
double m_tgamma(double x);
double m_lgamma(double x);

} // namespace coil::math_impl
