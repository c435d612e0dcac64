// SipHash-1-3 keyed as CPython 3.11, and numeric hashes modulo 2**61 - 1.
// See runtime/hash.h for the invariants.
#include "runtime/hash.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

#include "runtime/thread_state.h"

namespace coil {

namespace {

struct HashKey {
  uint64_t k0 = 0, k1 = 0;
  bool ready = false;
};
HashKey g_key;

inline uint64_t rotl(uint64_t x, int b) {
  return (x << b) | (x >> (64 - b));
}

inline uint64_t load_le64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

// CPython's PYTHONHASHSEED key derivation: a 32-bit LCG whose bits 16..23
// give successive key bytes (k0 is the first 8 bytes, little-endian).
void key_from_seed(uint64_t seed, HashKey& key) {
  unsigned char bytes[16];
  if (seed == 0) {
    std::memset(bytes, 0, sizeof bytes);
  } else {
    uint32_t x = static_cast<uint32_t>(seed);
    for (unsigned char& b : bytes) {
      x = x * 214013u + 2531011u;
      b = static_cast<unsigned char>((x >> 16) & 0xff);
    }
  }
  key.k0 = load_le64(bytes);
  key.k1 = load_le64(bytes + 8);
}

void key_random(HashKey& key) {
  std::random_device rd;
  auto word = [&rd] { return (uint64_t(rd()) << 32) | rd(); };
  key.k0 = word();
  key.k1 = word();
}

void init_lazily() {
  if (g_key.ready)
    return;
  if (Interpreter* interp = Interpreter::main()) {
    hash_init(interp->config);
    return;
  }
  const char* env = std::getenv("PYTHONHASHSEED");
  if (env && *env && std::strcmp(env, "random") != 0)
    hash_set_seed(true, std::strtoull(env, nullptr, 10));
  else
    hash_set_seed(false, 0);
}

} // namespace

void hash_key_for_seed(uint64_t seed, uint64_t* k0, uint64_t* k1) {
  HashKey key;
  key_from_seed(seed, key);
  *k0 = key.k0;
  *k1 = key.k1;
}

void hash_init(const Config& config) {
  if (g_key.ready)
    return;
  hash_set_seed(config.use_hash_seed, config.hash_seed);
}

void hash_set_seed(bool use_seed, uint64_t seed) {
  if (use_seed)
    key_from_seed(seed, g_key);
  else
    key_random(g_key);
  g_key.ready = true;
}

uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t len) noexcept {
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
  uint64_t v3 = k1 ^ 0x7465646279746573ull;
  auto round = [&] {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  };
  const unsigned char* p = static_cast<const unsigned char*>(data);
  size_t blocks = len / 8;
  for (size_t i = 0; i < blocks; ++i, p += 8) {
    uint64_t m = load_le64(p);
    v3 ^= m;
    round(); // one compression round
    v0 ^= m;
  }
  uint64_t last = uint64_t(len & 0xff) << 56;
  for (size_t i = 0; i < (len & 7); ++i)
    last |= uint64_t(p[i]) << (8 * i);
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xff;
  round(); // three finalisation rounds
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

hash_t hash_bytes(const void* data, size_t len) noexcept {
  if (len == 0)
    return 0;
  init_lazily();
  return hash_fix(siphash13(g_key.k0, g_key.k1, data, len));
}

hash_t hash_i64(int64_t v) noexcept {
  uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  uint64_t r = mag % HASH_MODULUS;
  hash_t h = v < 0 ? -static_cast<hash_t>(r) : static_cast<hash_t>(r);
  return h == -1 ? -2 : h;
}

hash_t hash_double(double v) noexcept {
  if (std::isnan(v))
    return 0;
  if (std::isinf(v))
    return v > 0 ? HASH_INF : -HASH_INF;
  if (v == 0)
    return 0;
  // v = mant * 2**exp with mant a 53-bit integer. Since 2**61 == 1 modulo
  // the prime, multiplying by 2**exp is a rotation by exp mod 61 of a
  // 61-bit residue.
  int exp = 0;
  double m = std::frexp(std::fabs(v), &exp); // m in [0.5, 1)
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  exp -= 53;
  int e = exp % HASH_BITS;
  if (e < 0)
    e += HASH_BITS;
  uint64_t x = mant % HASH_MODULUS;
  if (e != 0)
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
  if (x >= HASH_MODULUS)
    x -= HASH_MODULUS;
  hash_t h = static_cast<hash_t>(x);
  if (v < 0)
    h = -h;
  return h == -1 ? -2 : h;
}

} // namespace coil
