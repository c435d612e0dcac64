// The marshal serialiser (bytecode/marshal.h): bytes CPython 3.11 writes for
// data values, round trips, and robustness of the reader against every
// truncation and single-byte corruption of real marshalled code objects
// (tests/unit/bytecode/data/*.marshal, made by make_marshal_data.py).
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "bytecode/marshal.h"
#include "bytecode/opcodes.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil::bytecode {
namespace {

class RuntimeEnv : public ::testing::Environment {
public:
  void SetUp() override {
    Config config;
    config.use_hash_seed = true;
    config.hash_seed = 0;
    config.jit_mode = Config::JitMode::Off;
    runtime_init(config);
    err_clear();
  }
};
const auto* const env = ::testing::AddGlobalTestEnvironment(new RuntimeEnv);

std::string read_data(const char* name) {
  std::ifstream f(std::string(COIL_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Dumps `o` (stealing it) inside a fresh list so its reference count is 1
// plus the list's: the element is written without FLAG_REF when its count is 1.
std::string dump(Object* o, int version = MARSHAL_VERSION) {
  std::string out;
  EXPECT_TRUE(marshal_write(o, version, out));
  decref(o);
  return out;
}

std::string hex(const std::string& s) {
  static const char* digits = "0123456789abcdef";
  std::string r;
  for (unsigned char c : s) {
    r.push_back(digits[c >> 4]);
    r.push_back(digits[c & 15]);
  }
  return r;
}

// The exception pending after a failed read; clears it.
std::string pending_type() {
  Object* e = err_fetch();
  std::string name = e ? type_name_of(e) : "";
  xdecref(e);
  return name;
}

TEST(Marshal, IntsAsCPython) {
  // Fresh objects (reference count 1): no FLAG_REF.
  EXPECT_EQ(hex(dump(int_from_i64(100000))), "69a0860100");
  EXPECT_EQ(hex(dump(int_from_i64(-2147483648LL))), "6900000080");
  EXPECT_EQ(hex(dump(int_from_i64(2147483648LL))), "6c03000000000000000200");
  EXPECT_EQ(hex(dump(int_from_i64(-(int64_t(1) << 45)))), "6cfcffffff0000000000000100");
  EXPECT_EQ(hex(dump(int_from_i64(100000), 2)), "69a0860100");
}

TEST(Marshal, FloatsAndStrings) {
  EXPECT_EQ(hex(dump(float_from_double(1.5))), "67000000000000f83f");
  EXPECT_EQ(hex(dump(float_from_double(1.5), 1)), "6603312e35");
  EXPECT_EQ(hex(dump(str_from_utf8("a b"))), "7a03612062");
  EXPECT_EQ(hex(dump(str_from_utf8("a b"), 2)), "7503000000612062");
  EXPECT_EQ(hex(dump(str_from_utf8("\xc3\xa9t\xc3\xa9"))), "7505000000c3a974c3a9");
  EXPECT_EQ(hex(dump(bytes_from("xy"))), "73020000007879");
}

TEST(Marshal, ContainersAndRefs) {
  Object* shared = list_new(0);
  Object* outer = tuple_pack({shared, shared});
  decref(shared);
  // The tuple (count 1) plain; the list (count 2) flagged, then a reference.
  EXPECT_EQ(hex(dump(outer)), "2902db00000000"
                              "7200000000");
  Object* t = tuple_new(0);
  EXPECT_EQ(hex(dump(t, 2)), "2800000000");
}

TEST(Marshal, Unmarshallable) {
  std::string out;
  EXPECT_FALSE(marshal_write(reinterpret_cast<Object*>(&IntType), 4, out));
  EXPECT_EQ(pending_type(), "ValueError");
}

TEST(Marshal, SampleFilesRoundTrip) {
  for (const char* name : {"module_code.marshal", "values.marshal", "json_decoder_code.marshal"}) {
    std::string data = read_data(name);
    ASSERT_FALSE(data.empty()) << name;
    size_t used = 0;
    Object* o = marshal_read(data, &used);
    ASSERT_NE(o, nullptr) << name << ": " << pending_type();
    EXPECT_EQ(used, data.size()) << name;
    std::string again;
    ASSERT_TRUE(marshal_write(o, MARSHAL_VERSION, again));
    Object* o2 = marshal_read(again, nullptr);
    ASSERT_NE(o2, nullptr) << name;
    EXPECT_EQ(object_richcompare_bool(o, o2, CMP_EQ), 1) << name;
    decref(o);
    decref(o2);
  }
}

bool expected_failure(const std::string& t) {
  return t == "EOFError" || t == "ValueError" || t == "TypeError" || t == "UnicodeDecodeError" ||
         t == "OverflowError";
}

// Every prefix of a marshalled object is an error, never a crash.
TEST(Marshal, EveryTruncationFails) {
  for (const char* name : {"module_code.marshal", "values.marshal", "json_decoder_code.marshal"}) {
    std::string data = read_data(name);
    for (size_t n = 0; n < data.size(); n++) {
      Object* o = marshal_read(std::string_view(data).substr(0, n), nullptr);
      ASSERT_EQ(o, nullptr) << name << " truncated to " << n;
      std::string t = pending_type();
      ASSERT_TRUE(expected_failure(t)) << name << " truncated to " << n << ": " << t;
    }
  }
}

// Every single-byte change gives an object or one of marshal's exceptions.
TEST(Marshal, EverySingleByteCorruption) {
  for (const char* name : {"module_code.marshal", "values.marshal", "json_decoder_code.marshal"}) {
    const std::string data = read_data(name);
    int loaded = 0, failed = 0;
    for (size_t i = 0; i < data.size(); i++) {
      for (int x : {0xff, 0x01, 0x80, 0x40}) {
        std::string bad = data;
        bad[i] = char(static_cast<unsigned char>(bad[i]) ^ x);
        Object* o = marshal_read(bad, nullptr);
        if (o) {
          loaded++;
          decref(o);
        } else {
          failed++;
          std::string t = pending_type();
          ASSERT_TRUE(expected_failure(t)) << name << " byte " << i << " ^ " << x << ": " << t;
        }
      }
    }
    EXPECT_GT(failed, 0) << name;
    (void)loaded;
  }
}

TEST(Marshal, HostileLengthsAndNesting) {
  struct Case {
    std::string data;
    const char* type;
  };
  const Case cases[] = {
      {std::string("[\xff\xff\xff\x7f", 5), "EOFError"},         // 2**31-1 elements announced
      {std::string("(\xff\xff\xff\x7f", 5), "EOFError"},         //
      {std::string("s\xff\xff\xff\x7f", 5), "EOFError"},         // 2**31-1 bytes announced
      {std::string("l\xff\xff\xff\x7f\x01\x00", 7), "EOFError"}, // 2**31-1 digits
      {std::string("u\xff\xff\xff\xff", 5), "ValueError"},
      {std::string("r\x05\x00\x00\x00", 5), "ValueError"},
      {std::string("\xa9\x01r\x00\x00\x00\x00", 7), "ValueError"}, // tuple containing itself
      {std::string("c", 1), "EOFError"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(marshal_read(c.data, nullptr), nullptr);
    EXPECT_EQ(pending_type(), c.type) << hex(c.data);
  }
  std::string deep;
  for (int i = 0; i < 5000; i++)
    deep += std::string("[\x01\x00\x00\x00", 5);
  deep += "N";
  EXPECT_EQ(marshal_read(deep, nullptr), nullptr);
  EXPECT_EQ(pending_type(), "ValueError");
}

// Code objects with bad operands, jumps or stack use are refused.
Object* patched(CodeObject* co, size_t unit, int op, int arg) {
  CodeSpec spec;
  std::string_view cv = bytes_view(co->co_code_bytes);
  spec.code.resize(cv.size() / 2);
  std::memcpy(spec.code.data(), cv.data(), cv.size());
  spec.code[unit] = CodeUnit(op | (arg << 8));
  spec.consts = co->consts;
  spec.names = co->names;
  spec.localsplusnames = co->localsplusnames;
  spec.localspluskinds = co->localspluskinds;
  spec.filename = co->filename;
  spec.name = co->name;
  spec.qualname = co->qualname;
  spec.linetable = co->linetable;
  spec.exceptiontable = co->exceptiontable;
  spec.argcount = co->argcount;
  spec.stacksize = co->stacksize;
  spec.flags = co->flags;
  spec.firstlineno = co->firstlineno;
  return code_new(spec);
}

TEST(Marshal, VerifierRejectsBadCode) {
  std::string data = read_data("module_code.marshal");
  Object* code = marshal_read(data, nullptr);
  ASSERT_NE(code, nullptr);
  ASSERT_TRUE(code_check(code));
  EXPECT_TRUE(verify_code(code));
  auto* co = static_cast<CodeObject*>(code);
  std::string_view cv = bytes_view(co->co_code_bytes);
  size_t load_const = 0;
  for (size_t i = 0; i < cv.size(); i += 2)
    if (static_cast<unsigned char>(cv[i]) == LOAD_CONST) {
      load_const = i / 2;
      break;
    }
  ASSERT_GT(load_const, 0u);
  struct Case {
    int op, arg;
  };
  const Case cases[] = {
      {LOAD_CONST, 250},   // past co_consts
      {LOAD_NAME, 250},    // past co_names
      {LOAD_FAST, 250},    // past the locals
      {JUMP_FORWARD, 250}, // out of the code
      {POP_TOP, 0},        // pops an empty stack
      {CACHE, 0},          // not an instruction
      {255, 0},            // unknown opcode
      {RETURN_VALUE, 0},   // stack empty at return
  };
  for (const Case& c : cases) {
    Object* bad = patched(co, load_const, c.op, c.arg);
    ASSERT_NE(bad, nullptr);
    EXPECT_FALSE(verify_code(bad)) << c.op << " " << c.arg;
    EXPECT_EQ(pending_type(), "ValueError");
    // The same through the reader: marshalling it back in is refused.
    std::string out;
    ASSERT_TRUE(marshal_write(bad, MARSHAL_VERSION, out));
    EXPECT_EQ(marshal_read(out, nullptr), nullptr);
    EXPECT_EQ(pending_type(), "ValueError");
    decref(bad);
  }
  decref(code);
}

} // namespace
} // namespace coil::bytecode
