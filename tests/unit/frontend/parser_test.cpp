// Parser tests: every data/ast/*.py must dump exactly as CPython 3.11's
// ast.dump(..., include_attributes=True) (stored in .expected by
// scripts/gen_ast_expected.py), and every data/errors/*.py must fail with
// CPython's "Type|message|lineno|offset|end_lineno|end_offset".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/ast.h"
#include "frontend/parser.h"

namespace fs = std::filesystem;
using namespace coil;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string rstrip(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
    s.pop_back();
  return s;
}

std::vector<fs::path> cases(const char* sub) {
  std::vector<fs::path> out;
  for (auto& e : fs::directory_iterator(fs::path(COIL_TEST_DATA_DIR) / sub))
    if (e.path().extension() == ".py")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string parse_dump(const std::string& src, frontend::ParseMode mode, bool attrs = true) {
  ast::Arena arena;
  frontend::SyntaxErrorInfo err;
  ast::Mod* m = frontend::parse(src, "<test>", mode, arena, err);
  if (!m)
    return err.type + "|" + err.message;
  return ast::ast_dump(m, attrs);
}

} // namespace

TEST(Parser, AstSnippetsMatchCPython) {
  auto files = cases("ast");
  ASSERT_GE(files.size(), 60u);
  int failures = 0;
  for (auto& p : files) {
    std::string src = read_file(p);
    std::string expected = rstrip(read_file(fs::path(p).replace_extension(".expected")));
    ast::Arena arena;
    frontend::SyntaxErrorInfo err;
    ast::Mod* m = frontend::parse(src, p.string(), frontend::ParseMode::Exec, arena, err);
    if (!m) {
      ADD_FAILURE() << p << ": unexpected " << err.type << ": " << err.message << " at " << err.lineno << ":"
                    << err.offset;
      failures++;
      continue;
    }
    std::string got = ast::ast_dump(m, true);
    if (got != expected) {
      failures++;
      size_t i = 0;
      while (i < got.size() && i < expected.size() && got[i] == expected[i])
        i++;
      size_t from = i > 120 ? i - 120 : 0;
      ADD_FAILURE() << p << " differs at " << i << "\n  expected: ..." << expected.substr(from, 240)
                    << "\n  got:      ..." << got.substr(from, 240);
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Parser, SyntaxErrorsMatchCPython) {
  auto files = cases("errors");
  ASSERT_GE(files.size(), 30u);
  for (auto& p : files) {
    std::string src = read_file(p);
    std::string expected = rstrip(read_file(fs::path(p).replace_extension(".expected")));
    ast::Arena arena;
    frontend::SyntaxErrorInfo err;
    ast::Mod* m = frontend::parse(src, p.string(), frontend::ParseMode::Exec, arena, err);
    if (m) {
      ADD_FAILURE() << p << ": parsed, expected " << expected;
      continue;
    }
    std::string got = err.type + "|" + err.message + "|" + std::to_string(err.lineno) + "|" +
                      std::to_string(err.offset) + "|" + std::to_string(err.end_lineno) + "|" +
                      std::to_string(err.end_offset);
    EXPECT_EQ(got, expected) << p;
    EXPECT_EQ(err.filename, p.string());
  }
}

TEST(Parser, EvalAndSingleModes) {
  EXPECT_EQ(parse_dump("1 + 2", frontend::ParseMode::Eval, false),
            "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
  EXPECT_EQ(parse_dump("a, b\n", frontend::ParseMode::Eval, false),
            "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
  EXPECT_EQ(parse_dump("x = 1\n", frontend::ParseMode::Single, false),
            "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  EXPECT_EQ(parse_dump("if x:\n  pass\n\n", frontend::ParseMode::Single, false),
            "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])");
  EXPECT_EQ(parse_dump("x = 1\ny = 2\n", frontend::ParseMode::Single, false),
            "SyntaxError|multiple statements found while compiling a single statement");
  EXPECT_EQ(parse_dump("x = 1", frontend::ParseMode::Eval, false), "SyntaxError|invalid syntax");
}

TEST(Parser, DumpWithoutAttributes) {
  EXPECT_EQ(
      parse_dump("f(*a, k=1)\n", frontend::ParseMode::Exec, false),
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', "
      "ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1))]))], type_ignores=[])");
}

TEST(Parser, EncodingDeclarations) {
  EXPECT_EQ(parse_dump("# coding: foo\nx = 1\n", frontend::ParseMode::Exec),
            "SyntaxError|unknown encoding: foo");
  EXPECT_EQ(parse_dump("\xef\xbb\xbf# coding: latin-1\nx = 1\n", frontend::ParseMode::Exec),
            "SyntaxError|encoding problem: iso-8859-1 with BOM");
  EXPECT_EQ(parse_dump("x = '\xff'\n", frontend::ParseMode::Exec, false).substr(0, 39),
            "SyntaxError|(unicode error) 'utf-8' cod");
  EXPECT_EQ(parse_dump("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx = '\xe9'\n",
                       frontend::ParseMode::Exec, false),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
            "type_ignores=[])");
}

TEST(Parser, LargeInputIsLinear) {
  std::string src;
  for (int i = 0; i < 20000; i++)
    src += "x" + std::to_string(i) + " = [a + b * c for a in range(10) if a] or {'k': f(x, *y, z=1)}\n";
  ast::Arena arena;
  frontend::SyntaxErrorInfo err;
  auto t0 = std::chrono::steady_clock::now();
  ast::Mod* m = frontend::parse(src, "<big>", frontend::ParseMode::Exec, arena, err);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->body.size(), 20000u);
  // ~1.6 MB; well under a second even in debug builds on a loaded machine.
  EXPECT_LT(secs, 10.0);
}
