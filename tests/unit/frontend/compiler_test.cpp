// Compiler tests: Coil's disassembly of each snippet in data/dis/*.py must
// equal CPython 3.11's (the .expected files from scripts/gen_dis_expected.py),
// or the .coil-expected text where Coil intentionally differs (the snippet's
// first comment line says why). Also compile-time SyntaxErrors with
// CPython's messages and locations.
//
// COIL_DIS_DUMP=<dir> writes Coil's text for every snippet there (debugging).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "bytecode/disassembler.h"
#include "frontend/compile.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

namespace fs = std::filesystem;

void ensure_runtime() {
  if (!Interpreter::main()) {
    Config config;
    config.use_hash_seed = true;
    config.hash_seed = 0;
    ASSERT_EQ(runtime_init(config), 0);
  }
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string pending_error() {
  Object* exc = err_fetch();
  if (!exc)
    return "<no exception>";
  Object* r = object_repr(exc);
  std::string s = r ? str_to_std(r) : "<repr failed>";
  xdecref(r);
  decref(exc);
  return s;
}

std::string coil_dis(const fs::path& py) {
  std::string src = read_file(py);
  Object* fname = str_from_utf8(py.filename().string());
  Object* code = frontend::compile_source(src, fname, "exec", 0, 0);
  decref(fname);
  if (!code)
    return "compile failed: " + pending_error();
  std::string out;
  if (!bytecode::disassemble(code, out))
    out = "dis failed: " + pending_error();
  decref(code);
  static const std::regex addr(" at 0x[0-9a-fA-F]+");
  return std::regex_replace(out, addr, " at 0x?");
}

// COIL_DIS_DIR overrides the snippet folder (e.g. a copy of the stdlib with
// .expected/.facts made by scripts/gen_dis_expected.py --dir).
fs::path snippet_dir() {
  if (const char* d = std::getenv("COIL_DIS_DIR"))
    return fs::path(d);
  return fs::path(COIL_TEST_DATA_DIR) / "dis";
}

std::vector<std::string> snippet_names() {
  std::vector<std::string> v;
  fs::path dir = snippet_dir();
  for (auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py")
      v.push_back(e.path().stem().string());
  std::sort(v.begin(), v.end());
  return v;
}

// The .facts line of a code object (see scripts/gen_dis_expected.py), read
// through the code type's co_* attributes.
bool code_facts(Object* code, std::string& out) {
  auto attr = [&](const char* name) -> Object* { return object_getattr_str(code, name); };
  auto join = [&](const char* name, std::string& s) {
    Object* t = attr(name);
    if (!t)
      return false;
    for (ssize i = 0; i < tuple_size(t); i++) {
      if (i)
        s += ",";
      s += str_to_std(tuple_get(t, i));
    }
    decref(t);
    return true;
  };
  auto num = [&](const char* name, std::string& s) {
    Object* v = attr(name);
    if (!v)
      return false;
    bool of = false;
    s += std::to_string(int_as_i64(v, &of));
    decref(v);
    return true;
  };
  auto hex = [&](const char* name, std::string& s) {
    Object* v = attr(name);
    if (!v)
      return false;
    static const char* digits = "0123456789abcdef";
    for (unsigned char ch : bytes_view(v)) {
      s += digits[ch >> 4];
      s += digits[ch & 15];
    }
    decref(v);
    return true;
  };
  Object* q = attr("co_qualname");
  if (!q)
    return false;
  std::string line = str_to_std(q);
  decref(q);
  for (const char* n : {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                        "co_stacksize", "co_flags", "co_firstlineno"}) {
    line += "|";
    if (!num(n, line))
      return false;
  }
  for (const char* n : {"co_names", "co_varnames", "co_cellvars", "co_freevars"}) {
    line += "|";
    if (!join(n, line))
      return false;
  }
  for (const char* n : {"co_linetable", "co_exceptiontable"}) {
    line += "|";
    if (!hex(n, line))
      return false;
  }
  out += line + "\n";
  auto* co = reinterpret_cast<CodeObject*>(code);
  for (ssize i = 0; i < tuple_size(co->consts); i++)
    if (code_check(tuple_get(co->consts, i)) && !code_facts(tuple_get(co->consts, i), out))
      return false;
  return true;
}

class DisSnippet : public ::testing::TestWithParam<std::string> {};

// co_stacksize, co_flags, names, locals layout, co_linetable and
// co_exceptiontable bytes must equal CPython's.
TEST_P(DisSnippet, CodeFactsMatchCPython) {
  ensure_runtime();
  fs::path dir = snippet_dir();
  fs::path py = dir / (GetParam() + ".py");
  fs::path facts = dir / (GetParam() + ".facts");
  if (fs::exists(dir / (GetParam() + ".coil-expected")))
    GTEST_SKIP() << "Coil's bytecode intentionally differs for this snippet";
  Object* fname = str_from_utf8(py.filename().string());
  Object* code = frontend::compile_source(read_file(py), fname, "exec", 0, 0);
  decref(fname);
  ASSERT_NE(code, nullptr) << pending_error();
  std::string actual;
  ASSERT_TRUE(code_facts(code, actual)) << pending_error();
  decref(code);
  if (const char* dump = std::getenv("COIL_DIS_DUMP")) {
    std::ofstream out(fs::path(dump) / (GetParam() + ".facts"), std::ios::binary);
    out << actual;
  }
  EXPECT_EQ(read_file(facts), actual) << "snippet " << py;
}

TEST_P(DisSnippet, MatchesCPython) {
  ensure_runtime();
  fs::path dir = snippet_dir();
  fs::path py = dir / (GetParam() + ".py");
  fs::path coil_expected = dir / (GetParam() + ".coil-expected");
  fs::path expected = fs::exists(coil_expected) ? coil_expected : dir / (GetParam() + ".expected");
  std::string actual = coil_dis(py);
  if (const char* dump = std::getenv("COIL_DIS_DUMP")) {
    std::ofstream out(fs::path(dump) / (GetParam() + ".coil"), std::ios::binary);
    out << actual;
  }
  EXPECT_EQ(read_file(expected), actual) << "snippet " << py;
}

INSTANTIATE_TEST_SUITE_P(Snippets, DisSnippet, ::testing::ValuesIn(snippet_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& ch : n)
                             if (!isalnum(static_cast<unsigned char>(ch)))
                               ch = '_';
                           return n;
                         });

// ---------------------------------------------------------------- syntax errors

struct ErrorCase {
  const char* source;
  const char* message;
  int lineno, offset;
};

class CompileError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CompileError, MessageAndLocation) {
  ensure_runtime();
  const ErrorCase& c = GetParam();
  Object* fname = str_from_utf8("<test>");
  Object* code = frontend::compile_source(c.source, fname, "exec", 0, 0);
  decref(fname);
  ASSERT_EQ(code, nullptr) << c.source;
  Object* exc = err_fetch();
  ASSERT_NE(exc, nullptr);
  ASSERT_TRUE(is_instance_of(exc, SyntaxError)) << type_name_of(exc);
  auto* se = static_cast<SyntaxErrorObject*>(exc);
  EXPECT_EQ(str_to_std(se->msg), c.message) << c.source;
  bool of = false;
  EXPECT_EQ(int_as_i64(se->lineno, &of), c.lineno) << c.source;
  EXPECT_EQ(int_as_i64(se->offset, &of), c.offset) << c.source;
  decref(exc);
}

// Messages and (lineno, offset) as CPython 3.11 reports them.
const ErrorCase error_cases[] = {
    {"return 1\n", "'return' outside function", 1, 1},
    {"break\n", "'break' outside loop", 1, 1},
    {"continue\n", "'continue' not properly in loop", 1, 1},
    {"yield 1\n", "'yield' outside function", 1, 1},
    {"await x\n", "'await' outside function", 1, 1},
    {"def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
    {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
    {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
    {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5},
    {"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1},
    {"__debug__ = 1\n", "cannot assign to __debug__", 1, 1},
    {"del __debug__\n", "cannot delete __debug__", 1, 5},
    {"x.__debug__ = 1\n", "cannot assign to __debug__", 1, 1},
    {"def f(__debug__): pass\n", "cannot assign to __debug__", 1, 1},
    {"f(__debug__=1)\n", "cannot assign to __debug__", 1, 1},
    {"*a = b\n", "starred assignment target must be in a list or tuple", 1, 1},
    {"def f():\n    x = [(yield) for i in y]\n", "'yield' inside list comprehension", 2, 11},
    {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 5},
    {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8},
    {"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3,
     1},
    {"def f():\n    yield from x\n    return 1\nasync def g():\n    yield from x\n",
     "'yield from' inside async function", 5, 5},
    {"async def g():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5},
    {"from __future__ import braces\n", "not a chance", 1, 1},
    {"from __future__ import nonsense\n", "future feature nonsense is not defined", 1, 1},
    {"import os\nfrom __future__ import annotations\n",
     "from __future__ imports must occur at the beginning of the file", 2, 1},
};

INSTANTIATE_TEST_SUITE_P(Errors, CompileError, ::testing::ValuesIn(error_cases));

// eval and single (interactive) modes, against CPython 3.11's dis text.
TEST(Compiler, EvalAndSingleModes) {
  ensure_runtime();
  struct Case {
    const char* src;
    const char* mode;
    const char* expected;
  } cases[] = {
      {"a + b * 2", "eval",
       "  0           0 RESUME                   0\n\n  1           2 LOAD_NAME                0 (a)\n       "
       "       4 "
       "LOAD_NAME                1 (b)\n              6 LOAD_CONST               0 (2)\n              8 "
       "BINARY_OP     "
       "           5 (*)\n             12 BINARY_OP                0 (+)\n             16 RETURN_VALUE\n"},
      {"lambda x: x", "eval",
       "  0           0 RESUME                   0\n\n  1           2 LOAD_CONST               0 (<code "
       "object "
       "<lambda> at 0x?, file \"<m>\", line 1>)\n              4 MAKE_FUNCTION            0\n              6 "
       "RETURN_VALUE\n\nDisassembly of <code object <lambda> at 0x?, file \"<m>\", line 1>:\n  1           0 "
       "RESUME  "
       "                 0\n              2 LOAD_FAST                0 (x)\n              4 RETURN_VALUE\n"},
      {"if 1:\n  x\n  y = 2\n", "single",
       "  0           0 RESUME                   0\n\n  1           2 NOP\n\n  2           4 LOAD_NAME       "
       "         0 "
       "(x)\n              6 PRINT_EXPR\n\n  3           8 LOAD_CONST               1 (2)\n             10 "
       "STORE_NAME   "
       "            1 (y)\n             12 LOAD_CONST               2 (None)\n             14 "
       "RETURN_VALUE\n"},
      {"x\n", "single",
       "  0           0 RESUME                   0\n\n  1           2 LOAD_NAME                0 (x)\n       "
       "       4 "
       "PRINT_EXPR\n              6 LOAD_CONST               0 (None)\n              8 RETURN_VALUE\n"},
  };
  static const std::regex addr(" at 0x[0-9a-fA-F]+");
  for (auto& c : cases) {
    Object* fname = str_from_utf8("<m>");
    Object* code = frontend::compile_source(c.src, fname, c.mode, 0, 0);
    decref(fname);
    ASSERT_NE(code, nullptr) << pending_error();
    std::string out;
    ASSERT_TRUE(bytecode::disassemble(code, out));
    decref(code);
    EXPECT_EQ(std::regex_replace(out, addr, " at 0x?"), c.expected) << c.src;
  }
}

TEST(Compiler, CodeAttributes) {
  ensure_runtime();
  Object* fname = str_from_utf8("x.py");
  Object* code =
      frontend::compile_source("def f(a, *b, c, **d):\n  e = a\n  return e\n", fname, "exec", 0, 0);
  decref(fname);
  ASSERT_NE(code, nullptr) << pending_error();
  auto* mod = reinterpret_cast<CodeObject*>(code);
  Object* f = nullptr;
  for (ssize i = 0; i < tuple_size(mod->consts); i++)
    if (code_check(tuple_get(mod->consts, i)))
      f = tuple_get(mod->consts, i);
  ASSERT_NE(f, nullptr);
  auto* co = reinterpret_cast<CodeObject*>(f);
  EXPECT_EQ(co->argcount, 1);
  EXPECT_EQ(co->kwonlyargcount, 1);
  EXPECT_EQ(co->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
  EXPECT_EQ(co->nlocals, 5);
  EXPECT_EQ(str_to_std(co->qualname), "f");
  EXPECT_EQ(co->firstlineno, 1);
  EXPECT_EQ(code_line(co, 0), 1);
  decref(code);
}

} // namespace
} // namespace coil
