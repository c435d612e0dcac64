// fuzz_jit: a program generated from the fuzz bytes (pygen.h) runs twice in
// one process: interpreted only, then with every function compiled by the
// JIT at its first call (synchronously, as --jit=eager --jit-sync). What it
// appended to _o and how it ended must be the same, else the target aborts
// with both outcomes and the program on stderr. COIL_FUZZ_SHOW=1 in the
// environment prints every program and its outcome.
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_common.h"
#include "fuzz/pygen.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"

using namespace coil;

namespace {

constexpr int64_t kBudget = 1000000;

// repr(_o) and the exception that ended the program.
std::string outcome(const std::string& program, bool jit) {
  fuzz::set_jit_enabled(jit);
  std::string error;
  Object* globals = fuzz::run_program(program, kBudget, &error);
  fuzz::set_jit_enabled(false);
  if (error.rfind("SyntaxError", 0) == 0 || error.rfind("IndentationError", 0) == 0) {
    fprintf(stderr, "fuzz_jit: the generator made an invalid program (%s):\n%s", error.c_str(),
            program.c_str());
    abort();
  }
  std::string out = "error: " + error + "\n";
  if (globals) {
    Object* o = dict_getitem_str(globals, "_o");
    Object* r = o ? object_repr(o) : nullptr;
    if (r) {
      out += "_o: ";
      out += str_view(r);
      decref(r);
    }
    err_clear();
    dict_clear(globals);
    decref(globals);
  }
  return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::FuzzOptions options;
  options.jit = true;
  fuzz::fuzz_runtime_init(options);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string program = fuzz::generate_program(data, size);
  std::string interpreted = outcome(program, false);
  std::string compiled = outcome(program, true);
  static const bool show = getenv("COIL_FUZZ_SHOW") != nullptr; // triage: print every program
  if (show)
    fprintf(stderr, "--- program\n%s--- outcome\n%s\n", program.c_str(), interpreted.c_str());
  if (interpreted != compiled) {
    fprintf(stderr,
            "fuzz_jit: the JIT's outcome differs from the interpreter's\n--- program\n%s"
            "--- interpreter\n%s\n--- jit\n%s\n",
            program.c_str(), interpreted.c_str(), compiled.c_str());
    abort();
  }
  return 0;
}
