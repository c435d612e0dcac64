// SipHash-1-3 and numeric hashes against CPython 3.11 (PYTHONHASHSEED=0, 1, 12345).
#include "runtime/hash.h"

#include <gtest/gtest.h>

#include <cmath>

namespace coil {
namespace {

struct SeedCase {
  uint64_t seed;
  int64_t abc, hello_latin1, euro_ucs2;
};

TEST(HashTest, SipHashKeyedLikeCPython) {
  // PYTHONHASHSEED=N python3 -c 'print(hash("abc"), hash("héllo"), hash("€"))'
  const SeedCase cases[] = {
      {0, -4594863902769663758, 6395329678795984700, -5529981157763016009},
      {1, -4667308735975688587, 4627783765987660535, 4443362316794630049},
      {12345, 2962436275791859092, -3405917470080430561, -458755641747810198},
  };
  const unsigned char hello[] = {'h', 0xe9, 'l', 'l', 'o'}; // latin-1 kind
  const unsigned char euro[] = {0xac, 0x20};                // UCS-2 little-endian
  for (const SeedCase& c : cases) {
    uint64_t k0, k1;
    hash_key_for_seed(c.seed, &k0, &k1);
    EXPECT_EQ(hash_fix(siphash13(k0, k1, "abc", 3)), c.abc) << c.seed;
    EXPECT_EQ(hash_fix(siphash13(k0, k1, hello, 5)), c.hello_latin1) << c.seed;
    EXPECT_EQ(hash_fix(siphash13(k0, k1, euro, 2)), c.euro_ucs2) << c.seed;
  }
  EXPECT_EQ(hash_bytes("", 0), 0);
}

TEST(HashTest, Numeric) {
  EXPECT_EQ(hash_i64(-1), -2);
  EXPECT_EQ(hash_i64(int64_t(HASH_MODULUS)), 0);
  EXPECT_EQ(hash_double(1.5), 1152921504606846977);
  EXPECT_EQ(hash_double(1e300), 1224995262755759164);
  EXPECT_EQ(hash_double(-2.5e-300), -52920977297143526);
  EXPECT_EQ(hash_double(INFINITY), 314159);
  EXPECT_EQ(hash_double(-1.0), -2);
  EXPECT_EQ(hash_double(3.0), 3);
}

} // namespace
} // namespace coil
