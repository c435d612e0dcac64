// float/complex unit tests against CPython 3.11 expectations (data/*.tsv).
#include "runtime/objects/float.h"
#include <cstring>

#include <cmath>
#include <cstdlib>
#include <random>

#include "num_test_util.h"

namespace coil {
namespace {

using numtest::ensure_runtime;
using numtest::outcome;

TEST(FloatTest, ReprMatchesCPython) {
  int failures = 0;
  for (auto& row : numtest::load_tsv("float_repr.tsv")) {
    double v = std::strtod(row[0].c_str(), nullptr); // C99 hex float
    std::string got = float_repr(v);
    if (got != row[1] && ++failures < 30)
      ADD_FAILURE() << row[0] << " got " << got << " want " << row[1];
  }
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(INFINITY), "inf");
  EXPECT_EQ(float_repr(-INFINITY), "-inf");
  EXPECT_EQ(float_repr(NAN), "nan");
}

TEST(FloatTest, RoundTripRandom) {
  ensure_runtime();
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v))
      continue;
    std::string r = float_repr(v);
    Object* f = float_from_string(r);
    ASSERT_TRUE(f) << r;
    EXPECT_EQ(std::memcmp(&v, &static_cast<FloatObject*>(f)->value, sizeof v), 0) << r;
    decref(f);
  }
}

TEST(FloatTest, ParseHashRound) {
  ensure_runtime();
  int failures = 0;
  for (auto& row : numtest::load_tsv("numbers_misc.tsv")) {
    std::string got;
    const std::string& k = row[0];
    if (k == "Q") {
      got = outcome(float_from_string(row[1]));
    } else if (k == "G") {
      Object* v = numtest::make_float(row[1]);
      got = std::to_string(object_hash(v));
      decref(v);
    } else if (k == "R") {
      Object* v = numtest::make_float(row[1]);
      if (row[2] == "None") {
        got = outcome(object_call_method(v, "__round__", nullptr, 0));
      } else {
        Object* nd = numtest::make_int(row[2]);
        got = outcome(object_call_method(v, "__round__", &nd, 1));
        decref(nd);
      }
      decref(v);
    } else {
      continue;
    }
    if (got != row[3] && ++failures < 30)
      ADD_FAILURE() << k << " [" << row[1] << "] " << row[2] << "\n  got:  " << got << "\n  want: " << row[3];
  }
  EXPECT_EQ(failures, 0);
}

TEST(FloatTest, HexAndRatio) {
  ensure_runtime();
  struct Case {
    double v;
    const char* hex;
  } cases[] = {{1.0, "0x1.0000000000000p+0"},
               {-0.1, "-0x1.999999999999ap-4"},
               {5e-324, "0x0.0000000000001p-1022"},
               {0.0, "0x0.0p+0"},
               {1e308, "0x1.1ccf385ebc8a0p+1023"}};
  for (auto& c : cases) {
    Object* f = float_from_double(c.v);
    EXPECT_EQ(outcome(object_call_method(f, "hex", nullptr, 0)), std::string("'") + c.hex + "'");
    decref(f);
  }
  Object* s = str_from_ascii("0x1.8p1");
  EXPECT_EQ(outcome(object_call_method(&FloatType, "fromhex", &s, 1)), "3.0");
  decref(s);
  Object* f = float_from_double(0.75);
  EXPECT_EQ(outcome(object_call_method(f, "as_integer_ratio", nullptr, 0)), "(3, 4)");
  decref(f);
}

TEST(FloatTest, IntFloatComparisonsExact) {
  ensure_runtime();
  Object* big = numtest::make_int("9007199254740993"); // 2**53 + 1
  Object* f = float_from_double(9007199254740992.0);
  EXPECT_EQ(object_richcompare_bool(big, f, CMP_EQ), 0);
  EXPECT_EQ(object_richcompare_bool(big, f, CMP_GT), 1);
  EXPECT_EQ(object_richcompare_bool(f, big, CMP_LT), 1);
  Object* huge = numtest::make_int("1" + std::string(400, '0'));
  Object* inf = float_from_double(INFINITY);
  EXPECT_EQ(object_richcompare_bool(huge, inf, CMP_LT), 1);
  for (Object* o : {big, f, huge, inf})
    decref(o);
}

} // namespace
} // namespace coil
