// Standalone driver: parses files and prints ast_dump / SyntaxError lines.
// Built only by scripts (it is not part of the unit-test glob). When linked
// without coil_runtime (COIL_FRONTEND_STANDALONE), it defines the three
// runtime symbols ast.cpp references; the parser never creates Object
// constants, so those definitions are unreachable.
//
// Usage: ast_dump_tool [--mode exec|eval|single] [--no-attrs] [--error] [--bench] FILE...
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "frontend/ast.h"
#include "frontend/parser.h"

#ifdef COIL_FRONTEND_STANDALONE
#include "runtime/object.h"
#include "runtime/objects/str.h"
namespace coil {
void dealloc(Object*) {
  std::abort();
}
Object* object_repr(Object*) {
  std::abort();
}
std::string str_to_std(Object*) {
  std::abort();
}
} // namespace coil
#endif

int main(int argc, char** argv) {
  coil::frontend::ParseMode mode = coil::frontend::ParseMode::Exec;
  bool attrs = true, error_only = false, bench = false;
  int rc = 0;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--mode" && i + 1 < argc) {
      std::string m = argv[++i];
      mode = m == "eval"     ? coil::frontend::ParseMode::Eval
             : m == "single" ? coil::frontend::ParseMode::Single
                             : coil::frontend::ParseMode::Exec;
      continue;
    }
    if (a == "--no-attrs") {
      attrs = false;
      continue;
    }
    if (a == "--error") {
      error_only = true;
      continue;
    }
    if (a == "--bench") {
      bench = true;
      continue;
    }
    std::ifstream in(a, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string src = ss.str();
    coil::ast::Arena arena;
    coil::frontend::SyntaxErrorInfo err;
    auto t0 = std::chrono::steady_clock::now();
    coil::ast::Mod* m = coil::frontend::parse(src, a, mode, arena, err);
    auto t1 = std::chrono::steady_clock::now();
    if (bench) {
      double s = std::chrono::duration<double>(t1 - t0).count();
      std::printf("%s %zu bytes %.3f ms %.2f MB/s %s\n", a.c_str(), src.size(), s * 1e3, src.size() / s / 1e6,
                  m ? "ok" : "error");
      continue;
    }
    if (!m) {
      std::printf("%s|%s|%d|%d|%d|%d\n", err.type.c_str(), err.message.c_str(), err.lineno, err.offset,
                  err.end_lineno, err.end_offset);
      rc = 1;
      continue;
    }
    if (!error_only)
      std::printf("%s\n", coil::ast::ast_dump(m, attrs).c_str());
  }
  return rc;
}
