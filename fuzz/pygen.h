// A small generator of valid Python programs from fuzz bytes (fuzz_jit):
// int/float/str arithmetic, comparisons, if/while/for, locals, calls of
// helper functions, try/except. Every loop is bounded, values are kept small
// (_c), and results go to the list _o, so the program is deterministic and
// its outcome comparable across execution modes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace coil::fuzz {

// Python source text; any byte string gives a program that compiles.
std::string generate_program(const uint8_t* data, size_t size);

} // namespace coil::fuzz
