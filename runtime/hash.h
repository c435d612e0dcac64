// Hashing: CPython 3.11's numeric hash (values modulo the Mersenne prime
// 2**61 - 1, so equal numbers of different types hash equal) and the
// str/bytes hash (SipHash-1-3 with a 128-bit key).
//
// Invariants
// - hash_bytes(p, 0) == 0; no hash function returns -1 (it becomes -2).
// - The SipHash key is fixed once, before the first str/bytes hash, from
//   Config::use_hash_seed/hash_seed exactly as CPython derives it from
//   PYTHONHASHSEED: seed 0 gives an all-zero key, other seeds fill the key
//   with CPython's LCG byte generator, no seed gives a random key.
//   runtime_init should call hash_init(config) before anything is hashed;
//   otherwise the first hash initialises from Interpreter::main()'s config
//   (or from the PYTHONHASHSEED environment variable when there is no
//   interpreter yet).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace coil {

struct Config;

constexpr int HASH_BITS = 61;
constexpr uint64_t HASH_MODULUS = (uint64_t(1) << HASH_BITS) - 1;
constexpr hash_t HASH_INF = 314159;
constexpr uint64_t HASH_IMAG = 1000003; // multiplier for complex imaginary parts

// Fixes the SipHash key from the configuration. Later calls are ignored.
void hash_init(const Config& config);
// Sets the key from an explicit PYTHONHASHSEED-style seed (tests); use_seed
// false picks a random key. Unlike hash_init this always replaces the key.
void hash_set_seed(bool use_seed, uint64_t seed);

// The SipHash key CPython derives from PYTHONHASHSEED=seed (tests, tools).
void hash_key_for_seed(uint64_t seed, uint64_t* k0, uint64_t* k1);

// SipHash-1-3 of the bytes with the runtime key; 0 for len == 0; never -1.
hash_t hash_bytes(const void* data, size_t len) noexcept;
// The raw SipHash-1-3 function (for tests against reference vectors).
uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t len) noexcept;

// Numeric hashes.
hash_t hash_i64(int64_t v) noexcept; // hash(int(v))
// hash(float(v)) for finite and infinite v; NaN hashes by identity in
// Python (the float type handles that); this returns 0 for NaN.
hash_t hash_double(double v) noexcept;
inline hash_t hash_fix(uint64_t u) noexcept { // maps the -1 sentinel to -2
  hash_t h = static_cast<hash_t>(u);
  return h == -1 ? -2 : h;
}

} // namespace coil
