// JIT unit tests: the bytecode analysis and the lowering, on code compiled
// by the real frontend. Linking this executable also checks that every
// opcode of bytecode/opcodes.def has its lowering function (the table in
// jit/lower.cpp names them all; the shared library would only find a
// missing one at load time).
#include <gtest/gtest.h>

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "bytecode/opcodes.h"
#include "frontend/compile.h"
#include "interp/interp.h"
#include "jit/analysis.h"
#include "jit/lower.h"
#include "runtime/errors.h"
#include "runtime/objects/code.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

using namespace coil;

namespace {

class JitTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    static bool ready = false;
    if (ready)
      return;
    Config c;
    c.argv = {"test"};
    ASSERT_EQ(runtime_init(c), 0);
    frontend::frontend_register();
    ASSERT_EQ(interp::install(), 0);
    ready = true;
  }

  static Object* compile(const std::string& source, const char* name = "<test>") {
    Object* fn = str_from_utf8(name);
    Object* code = Interpreter::main()->compile_hook(source, fn, "exec", 0, 0, nullptr);
    decref(fn);
    return code;
  }

  static void each_code(Object* code, const std::function<void(CodeObject*)>& fn) {
    auto* co = static_cast<CodeObject*>(code);
    fn(co);
    for (ssize i = 0; i < tuple_size(co->consts); i++) {
      Object* c = tuple_get(co->consts, i);
      if (code_check(c))
        each_code(c, fn);
    }
  }

  static CodeObject* find(Object* code, const char* qualname) {
    CodeObject* found = nullptr;
    each_code(code, [&](CodeObject* co) {
      if (str_view(co->qualname) == qualname)
        found = co;
    });
    return found;
  }

  // Lowers one code object; returns "" or the reason it failed.
  static std::string lower(CodeObject* co) {
    jit::Analysis an;
    if (!jit::analyse(co, an))
      return "analysis: " + an.error;
    llvm::LLVMContext ctx;
    llvm::Module m("test", ctx);
    jit::Lowering L(ctx, m, co, an, "test:" + std::string(str_view(co->qualname)));
    if (!L.run())
      return "lowering: " + L.error;
    std::string err;
    llvm::raw_string_ostream os(err);
    if (llvm::verifyModule(m, &os))
      return "verifier: " + err;
    return "";
  }
};

TEST_F(JitTest, DepthsFollowTheRunTimeStack) {
  Object* code = compile("def f(a, b):\n"
                         "    for x in a:\n"
                         "        b.append(x * 2)\n"
                         "    return g(a, key=b)\n");
  ASSERT_NE(code, nullptr);
  CodeObject* f = find(code, "f");
  ASSERT_NE(f, nullptr);
  jit::Analysis an;
  ASSERT_TRUE(jit::analyse(f, an)) << an.error;
  int max_depth = 0;
  bool saw_call = false, saw_loop_entry = false;
  for (auto& in : an.instrs) {
    ASSERT_GE(in.depth, 0) << "offset " << in.index * 2; // everything reachable here
    max_depth = std::max(max_depth, in.depth);
    if (in.op == bytecode::CALL) {
      saw_call = true;
      // g(a, key=b): [NULL, g, a, b]; b.append(x * 2) inside the loop:
      // [iterator, append, b, x*2]. PRECALL left them alone.
      EXPECT_EQ(in.depth, 4) << "oparg " << in.oparg;
    }
    if (in.op == bytecode::FOR_ITER)
      saw_loop_entry |= in.entry; // the loop header is an OSR entry
    if (in.op == bytecode::RETURN_VALUE) {
      EXPECT_EQ(in.depth, 1);
    }
  }
  EXPECT_TRUE(saw_call);
  EXPECT_TRUE(saw_loop_entry);
  EXPECT_TRUE(an.instrs[0].entry);
  EXPECT_LE(max_depth, f->stacksize);
  decref(code);
}

TEST_F(JitTest, GeneratorResumePointsAreEntries) {
  Object* code = compile("def gen(n):\n    x = yield n\n    yield x\n");
  ASSERT_NE(code, nullptr);
  CodeObject* g = find(code, "gen");
  jit::Analysis an;
  ASSERT_TRUE(jit::analyse(g, an)) << an.error;
  int entries = 0;
  for (size_t p = 0; p < an.instrs.size(); p++) {
    if (an.instrs[p].entry)
      entries++;
    if (an.instrs[p].op == bytecode::YIELD_VALUE && p + 1 < an.instrs.size()) {
      EXPECT_TRUE(an.instrs[p + 1].entry);
    }
  }
  EXPECT_EQ(entries, 4); // start, after RETURN_GENERATOR, after each yield
  decref(code);
}

TEST_F(JitTest, HandlersGetTheirDepth) {
  Object* code = compile("def f(a):\n    try:\n        return a[0]\n    except IndexError as e:\n"
                         "        return str(e)\n    finally:\n        a.clear()\n");
  ASSERT_NE(code, nullptr);
  CodeObject* f = find(code, "f");
  jit::Analysis an;
  ASSERT_TRUE(jit::analyse(f, an)) << an.error;
  ASSERT_FALSE(an.handler_targets.empty());
  for (const auto& e : an.table) {
    int p = an.position_of(e.target);
    ASSERT_GE(p, 0);
    if (an.instrs[static_cast<size_t>(p)].depth >= 0) {
      EXPECT_EQ(an.instrs[static_cast<size_t>(p)].depth, e.depth + (e.lasti ? 1 : 0) + 1);
    }
  }
  decref(code);
}

TEST_F(JitTest, EveryCodeObjectOfTheStandardModulesLowersToValidIR) {
  // Coil's own lib/ exercises nearly every opcode (classes, closures,
  // comprehensions, try/except*, with, match, generators, async).
  namespace fs = std::filesystem;
  int lowered = 0;
  for (auto& entry : fs::recursive_directory_iterator(COIL_LIB_DIR)) {
    if (entry.path().extension() != ".py")
      continue;
    std::ifstream f(entry.path());
    std::stringstream ss;
    ss << f.rdbuf();
    Object* code = compile(ss.str(), entry.path().c_str());
    ASSERT_NE(code, nullptr) << entry.path();
    each_code(code, [&](CodeObject* co) {
      EXPECT_EQ(lower(co), "") << entry.path() << ": " << str_view(co->qualname);
      lowered++;
    });
    decref(code);
  }
  EXPECT_GT(lowered, 500);
}

TEST_F(JitTest, EveryOpcodeHasALowering) {
  // Each opcode in the table is a function symbol; taking all addresses
  // makes a missing one a link error of this test.
  std::vector<void (*)(jit::Lowering&)> fns = {
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags) jit::lower_##name,
#include "bytecode/opcodes.def"
#undef OPCODE
  };
  for (auto fn : fns)
    EXPECT_NE(fn, nullptr);
}

} // namespace
