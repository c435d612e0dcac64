// Subcommands of the `coil` executable. Each one is a command line of the
// ordinary kind, so that it behaves exactly like its Python spelling:
//   coil dis FILE[:FUNC]   runs Coil's lib/dis.py as the main script, which
//                          prints what `coil -m dis FILE` prints (and, with
//                          :FUNC, only that function; FUNC may be a dotted
//                          qualname such as Class.method).
//   coil ir FILE:FUNC      runs lib/_coil_ir.py: source, bytecode and LLVM IR
//                          of one function, interleaved.
//   coil explain FILE ...  runs FILE with -X jit-explain: at exit, a line per
//                          function called (calls, loops, tier, why).
//   coil bench FILE ...    (cli/bench.cpp) interpreter vs JIT, timed.
//   coil leakcheck [JIT options] [-n N] FILE [args]
//                          runs lib/_coil_leakcheck.py: FILE N times in one
//                          process, failing if live objects grow; --jit*
//                          and -X options given before FILE go to coil.
// Running lib/dis.py by path (not `-m dis`) keeps a dis.py in the current
// folder from shadowing it.
#include "cli/subcommands.h"

#include <sys/stat.h>

#include <cstring>
#include <string>
#include <string_view>

#include "interp/opcode_module.h"

namespace coil::cli {

namespace {

// lib/opcode.py takes its tables from the native _opcode module
// (interp/opcode_module.cpp), which registers itself from a static
// initialiser; coil_interp is a plain static library, so this reference is
// what links that object file into the executable.
[[gnu::used]] const char* const* const opcode_module_anchor = &interp::opcode_module_name;

// A subcommand name yields to a file of that name (a folder does not count:
// `bench/` in a project must not hide `coil bench`).
bool file_exists(const char* name) {
  struct stat st;
  return stat(name, &st) == 0 && !S_ISDIR(st.st_mode);
}

} // namespace

bool rewrite_subcommand(int argc, char** argv, std::vector<char*>& out) {
  if (argc < 2 || file_exists(argv[1]))
    return false;
  std::string_view cmd = argv[1];
#ifdef COIL_LIB_DIR
  static const std::string lib = std::string(COIL_LIB_DIR) + "/";
#else
  static const std::string lib;
#endif
  static std::string script;
  static char explain_flag[] = "-Xjit-explain";
  out.clear();
  out.push_back(argv[0]);
  if (cmd == "dis") {
    script = lib + "dis.py";
    out.push_back(script.data());
  } else if (cmd == "ir") {
    script = lib + "_coil_ir.py";
    out.push_back(script.data());
  } else if (cmd == "explain") {
    out.push_back(explain_flag);
  } else if (cmd == "leakcheck") {
    int i = 2;
    for (; i < argc && (std::strncmp(argv[i], "--jit", 5) == 0 || std::strncmp(argv[i], "-X", 2) == 0); i++)
      out.push_back(argv[i]);
    script = lib + "_coil_leakcheck.py";
    out.push_back(script.data());
    for (; i < argc; i++)
      out.push_back(argv[i]);
    out.push_back(nullptr);
    return true;
  } else {
    out.clear();
    return false;
  }
  for (int i = 2; i < argc; i++)
    out.push_back(argv[i]);
  out.push_back(nullptr);
  return true;
}

} // namespace coil::cli
