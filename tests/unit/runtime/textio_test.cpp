// The native text stream over pipes: buffering, flushing, reading lines,
// universal newlines, type errors and BrokenPipeError.
#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <string>

#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/textio.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {
namespace {

class TextIOTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    if (!Interpreter::main()) {
      Config config;
      ASSERT_EQ(runtime_init(config), 0);
    }
  }
  void SetUp() override { ASSERT_EQ(pipe(fds_), 0); }
  void TearDown() override {
    ::close(fds_[0]);
    if (fds_[1] >= 0)
      ::close(fds_[1]);
    err_clear();
  }
  std::string drain() {
    std::string out;
    char buf[256];
    ssize_t n;
    ::close(fds_[1]);
    fds_[1] = -1;
    while ((n = ::read(fds_[0], buf, sizeof buf)) > 0)
      out.append(buf, static_cast<size_t>(n));
    return out;
  }
  static Object* call(Object* obj, const char* method, Object* arg) {
    return object_call_method(obj, method, arg ? &arg : nullptr, arg ? 1 : 0);
  }
  int fds_[2] = {-1, -1};
};

TEST_F(TextIOTest, BufferedUntilFlush) {
  Object* name = str_from_ascii("<pipe>");
  Object* w = textio_new(fds_[1], name, "w", "strict", false, false, false);
  ASSERT_NE(w, nullptr);
  Object* text = str_from_utf8("h\xC3\xA9llo\n");
  Object* n = call(w, "write", text);
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(int_as_ssize(n), 6); // characters, not bytes
  decref(n);
  Object* r = call(w, "flush", nullptr);
  ASSERT_NE(r, nullptr);
  decref(r);
  decref(w);
  EXPECT_EQ(drain(), "h\xC3\xA9llo\n");
  decref(text);
  decref(name);
}

TEST_F(TextIOTest, WriteRejectsNonStr) {
  Object* w = textio_new(fds_[1], nullptr, "w", "strict", false, true, false);
  Object* one = int_from_i64(1);
  EXPECT_EQ(call(w, "write", one), nullptr);
  Object* e = err_fetch();
  ASSERT_NE(e, nullptr);
  Object* s = object_str(e);
  EXPECT_EQ(str_to_std(s), "write() argument must be str, not int");
  decref(s);
  decref(e);
  decref(one);
  decref(w);
}

TEST_F(TextIOTest, ReadLinesWithUniversalNewlines) {
  const char data[] = "one\r\ntwo\rthree\nlast";
  ASSERT_EQ(::write(fds_[1], data, sizeof data - 1), static_cast<ssize_t>(sizeof data - 1));
  ::close(fds_[1]);
  fds_[1] = -1;
  Object* r = textio_new(fds_[0], nullptr, "r", "strict", false, false, false);
  std::string got;
  for (int k = 0; k < 5; k++) {
    Object* line = textio_readline(r, -1);
    ASSERT_NE(line, nullptr);
    got += "[" + str_to_std(line) + "]";
    decref(line);
  }
  EXPECT_EQ(got, "[one\n][two\n][three\n][last][]");
  decref(r);
}

TEST_F(TextIOTest, BrokenPipe) {
  std::signal(SIGPIPE, SIG_IGN);
  ::close(fds_[0]); // no reader left: writes fail with EPIPE
  fds_[0] = ::dup(0);
  Object* w = textio_new(fds_[1], nullptr, "w", "strict", false, true, false);
  Object* text = str_from_ascii("x");
  EXPECT_EQ(call(w, "write", text), nullptr);
  EXPECT_TRUE(err_matches(BrokenPipeError));
  err_clear();
  decref(text);
  decref(w);
}

} // namespace
} // namespace coil
