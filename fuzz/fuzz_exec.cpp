// fuzz_exec: arbitrary bytes as a whole program, compiled and run with a
// budget of back-edges and calls (fuzz_common.h) and its output discarded.
// The memory cap is the fuzzer's: -rss_limit_mb, and ASan's
// max_allocation_size_mb (scripts/fuzz.sh), under which a too large
// allocation must end in MemoryError.
#include <cstdlib>
#include <string_view>

#include "fuzz/fuzz_common.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"

using namespace coil;

namespace {
constexpr int64_t kBudget = 20000; // back-edges and calls per program
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fuzz_runtime_init({});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  Object* globals = fuzz::run_program(source, kBudget);
  if (globals) {
    // Tear the module down as CPython does at exit, finalizers included.
    dict_clear(globals);
    decref(globals);
  }
  if (err_occurred()) {
    fprintf(stderr, "fuzz_exec: an exception left pending\n");
    abort();
  }
  return 0;
}
