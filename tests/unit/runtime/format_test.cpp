// format() of ints, floats and complex numbers against CPython 3.11.
#include "runtime/format_spec.h"

#include "num_test_util.h"

namespace coil {
namespace {

using numtest::ensure_runtime;
using numtest::outcome;

TEST(FormatTest, MatchesCPython) {
  ensure_runtime();
  int failures = 0;
  for (auto& row : numtest::load_tsv("format.tsv")) {
    ASSERT_EQ(row.size(), 4u);
    Object* v;
    if (row[0] == "I") {
      v = numtest::make_int(row[1]);
    } else if (row[0] == "F") {
      v = numtest::make_float(row[1]);
    } else {
      size_t comma = row[1].find(',');
      Object* re = numtest::make_float(row[1].substr(0, comma));
      Object* im = numtest::make_float(row[1].substr(comma + 1));
      v = complex_from_doubles(float_value(re), float_value(im));
      decref(re);
      decref(im);
    }
    ASSERT_TRUE(v);
    Object* spec = str_from_utf8(row[2]);
    std::string got = outcome(object_format(v, spec));
    decref(spec);
    decref(v);
    if (got != row[3] && ++failures < 40)
      ADD_FAILURE() << "format(" << row[0] << " " << row[1] << ", '" << row[2] << "')\n  got:  " << got
                    << "\n  want: " << row[3];
  }
  EXPECT_EQ(failures, 0);
}

TEST(FormatTest, ParseErrors) {
  ensure_runtime();
  FormatSpec fs;
  EXPECT_EQ(format_spec_parse("abc", &fs, "int"), -1);
  EXPECT_EQ(outcome(nullptr), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(format_spec_parse(",_", &fs, "int"), -1);
  EXPECT_EQ(outcome(nullptr), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(format_spec_parse(".", &fs, "int"), -1);
  EXPECT_EQ(outcome(nullptr), "ValueError: Format specifier missing precision");
  ASSERT_EQ(format_spec_parse("\xe2\x82\xac^+#012,.3f", &fs, "float"), 0);
  EXPECT_EQ(fs.fill, 0x20ACu);
  EXPECT_EQ(fs.align, '^');
  EXPECT_EQ(fs.sign, '+');
  EXPECT_TRUE(fs.alternate);
  EXPECT_EQ(fs.width, 12);
  EXPECT_EQ(fs.grouping, ',');
  EXPECT_EQ(fs.precision, 3);
  EXPECT_EQ(fs.type, uint32_t('f'));
}

} // namespace
} // namespace coil
