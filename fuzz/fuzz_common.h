// Shared set-up of the fuzz targets (fuzz/*.cpp): one runtime per process,
// started once, and a sandboxed way to compile and run a program in it.
//
// Invariants
// - fuzz_runtime_init() runs once (from LLVMFuzzerInitialize or the replay
//   driver); every other helper needs it.
// - Programs run with fd 0 and fd 1 on /dev/null, `os`/`posix`/`shutil`/
//   `subprocess`/`_thread`/`threading`/`time` unimportable (a fuzzed program
//   must not touch files, spawn, sleep or start threads), and a budget of
//   back-edges and calls (EVAL_BREAKER_BUDGET). After each program the
//   builtins and sys dicts, the recursion limit, the module blocks and the
//   collector's settings (enabled, frozen, debug, thresholds, callbacks,
//   garbage) are restored, so one input cannot change how the next one runs.
// - No helper leaves an exception pending.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil::fuzz {

struct FuzzOptions {
  bool jit = false; // load the JIT (eager, synchronous) for fuzz_jit
};

void fuzz_runtime_init(const FuzzOptions& options);

// Compiles `source` in mode "exec" as <fuzz> and runs it in fresh globals
// with at most `budget` back-edges and calls. Returns the module's globals
// (new reference) or nullptr; in both cases no exception is pending and, if
// `error` is given, it receives "" or "TypeName: message" of the exception
// that ended the program (SyntaxError included).
Object* run_program(std::string_view source, int64_t budget, std::string* error = nullptr);

// run_program for a code object already made (borrowed).
Object* run_code(Object* code, int64_t budget, std::string* error = nullptr);

// "TypeName: str(exc)" of the pending exception, which is cleared.
std::string take_error();

// The JIT thresholds: on (every function compiled at its first call and
// every loop at its first back-edge, synchronously) or off (interpreter only).
void set_jit_enabled(bool on);

// Restores the state a program may have changed (see the invariants).
void restore_state();

} // namespace coil::fuzz

// The libFuzzer entry points each target defines.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
