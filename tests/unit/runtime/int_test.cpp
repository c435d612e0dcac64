// int unit tests; expectations in data/*.tsv were produced by CPython 3.11
// (regenerate with data/gen_numbers.py).
#include "runtime/objects/int.h"

#include "num_test_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/tuple.h"

namespace coil {
namespace {

using numtest::ensure_runtime;
using numtest::outcome;

TEST(IntTest, BinaryOpsMatchCPython) {
  ensure_runtime();
  auto rows = numtest::load_tsv("numbers_binops.tsv");
  ASSERT_GT(rows.size(), 1000u);
  int failures = 0;
  for (auto& row : rows) {
    ASSERT_EQ(row.size(), 5u);
    bool is_int = row[0] == "I";
    auto make = [&](const std::string& s) -> Object* {
      if (is_int)
        return numtest::make_int(s);
      if (s.find_first_of(".ein") == std::string::npos)
        return numtest::make_int(s);
      return numtest::make_float(s);
    };
    Object* a = make(row[1]);
    Object* b = make(row[3]);
    ASSERT_TRUE(a && b) << row[1] << " " << row[3];
    int kind = std::stoi(row[2]);
    std::string got = outcome(binary_op(a, b, kind));
    decref(a);
    decref(b);
    if (got != row[4] && ++failures < 30)
      ADD_FAILURE() << row[1] << " " << binary_op_symbol(kind) << " " << row[3] << "\n  got:  " << got
                    << "\n  want: " << row[4];
  }
  EXPECT_EQ(failures, 0);
}

TEST(IntTest, SmallIntCache) {
  ensure_runtime();
  Object* a = int_from_i64(200);
  Object* b = int_from_i64(56);
  Object* c = binary_op(a, b, NB_ADD); // 256: cached
  Object* d = int_from_i64(256);
  EXPECT_EQ(c, d);
  Object* e = binary_op(c, int_from_i64(1), NB_ADD); // 257: not cached
  Object* f = int_from_i64(257);
  EXPECT_NE(e, f);
  Object* big = int_from_string("100000000000000000000000", 10);
  Object* big2 = int_from_string("99999999999999999999999", 10);
  Object* one = binary_op(big, big2, NB_SUBTRACT);
  EXPECT_EQ(one, int_from_i64(1));
  for (Object* o : {a, b, c, d, e, f, big, big2, one})
    decref(o);
}

TEST(IntTest, ParseHashRound) {
  ensure_runtime();
  int failures = 0;
  for (auto& row : numtest::load_tsv("numbers_misc.tsv")) {
    std::string got;
    const std::string& k = row[0];
    if (k == "P") {
      got = outcome(int_from_string(row[1], std::stoi(row[2])));
    } else if (k == "H") {
      Object* v = numtest::make_int(row[1]);
      got = std::to_string(object_hash(v));
      decref(v);
    } else if (k == "N") {
      Object* v = numtest::make_int(row[1]);
      Object* nd = numtest::make_int(row[2]);
      got = outcome(object_call_method(v, "__round__", &nd, 1));
      decref(v);
      decref(nd);
    } else {
      continue;
    }
    if (got != row[3] && ++failures < 30)
      ADD_FAILURE() << k << " " << row[1] << " " << row[2] << "\n  got:  " << got << "\n  want: " << row[3];
  }
  EXPECT_EQ(failures, 0);
}

TEST(IntTest, StrDigitLimit) {
  ensure_runtime();
  std::string digits(5000, '1');
  EXPECT_EQ(
      outcome(int_from_string(digits, 10)),
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
      "use sys.set_int_max_str_digits() to increase the limit");
  Object* ten = int_from_i64(10);
  Object* e = int_from_i64(5000);
  Object* big = binary_op(ten, e, NB_POWER);
  ASSERT_TRUE(big);
  EXPECT_EQ(outcome(object_str(big)),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  // Power-of-two bases are not limited.
  Object* hex = int_from_string(std::string(5000, 'f'), 16);
  EXPECT_NE(hex, nullptr);
  xdecref(hex);
  decref(ten);
  decref(e);
  decref(big);
}

TEST(IntTest, Methods) {
  ensure_runtime();
  Object* v = int_from_i64(-1);
  Object* args[2] = {int_from_i64(4), str_from_ascii("big")};
  EXPECT_EQ(outcome(object_call_method(v, "to_bytes", args, 2)),
            "OverflowError: can't convert negative int to unsigned");
  Object* big = int_from_string("18446744073709551616", 10);
  EXPECT_EQ(outcome(object_call_method(big, "bit_length", nullptr, 0)), "65");
  EXPECT_EQ(outcome(object_call_method(v, "bit_count", nullptr, 0)), "1");
  EXPECT_EQ(outcome(object_call_method(big, "to_bytes", args, 2)), "OverflowError: int too big to convert");
  Object* n = int_from_i64(1000);
  EXPECT_EQ(outcome(object_call_method(n, "to_bytes", args, 2)), "b'\\x00\\x00\\x03\\xe8'");
  EXPECT_EQ(outcome(object_call_method(n, "as_integer_ratio", nullptr, 0)), "(1000, 1)");
  Object* fb_args[2] = {bytes_from(std::string_view("\x01\x02", 2)), str_from_ascii("little")};
  EXPECT_EQ(outcome(object_call_method(&IntType, "from_bytes", fb_args, 2)), "513");
  decref(fb_args[0]);
  decref(fb_args[1]);
  for (Object* o : {v, args[0], args[1], big, n})
    decref(o);
}

} // namespace
} // namespace coil
