// Per-thread and per-interpreter state.
//
// Invariants
// - All mutable interpreter state hangs off an Interpreter; all per-thread
//   state (pending exception, frame chain, data stack) off a ThreadState.
//   There is no other mutable global state except the static built-in types
//   and the immortal singletons/small-int cache.
// - ThreadState::current() is the running thread's state; the interpreter
//   and the JIT pass it explicitly on hot paths.
// - eval_breaker is checked on loop back-edges and calls; anything that needs
//   the running thread's attention (signals, GIL drop requests, pending
//   calls, async exceptions) sets a bit there.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.h"

namespace coil {

struct Frame; // interp/frame.h: the runtime treats frames as opaque
struct CodeObject;
struct ThreadState;

// The handled-exception stack (sys.exc_info()), one entry per active
// `except` block or generator.
struct ExcInfo {
  Object* exc_value = nullptr; // nullptr or None when nothing is handled
  ExcInfo* previous = nullptr;
};

enum EvalBreakerBits : uint32_t {
  EVAL_BREAKER_SIGNALS = 1u << 0,
  EVAL_BREAKER_GIL_DROP = 1u << 1,
  EVAL_BREAKER_PENDING_CALLS = 1u << 2,
  EVAL_BREAKER_ASYNC_EXC = 1u << 3,
  EVAL_BREAKER_GC = 1u << 4,
  // Instruction budget (fuzz/ only): stays set while Interpreter::eval_budget
  // counts down; never set in normal runs.
  EVAL_BREAKER_BUDGET = 1u << 5,
};

struct Config {
  std::vector<std::string> argv; // sys.argv
  std::vector<std::string> orig_argv;
  std::string program_name = "coil";
  std::string lib_dir;           // Coil's lib/ (standard modules in Python)
  std::vector<std::string> path; // sys.path
  int optimize = 0;              // -O/-OO
  bool dont_write_bytecode = false;
  bool unbuffered = false;
  bool inspect = false;
  bool quiet = false;
  bool isolated = false;
  bool ignore_environment = false;
  bool no_site = false;
  bool no_user_site = false;
  std::vector<std::string> warnoptions;
  std::vector<std::string> xoptions;
  int int_max_str_digits = 4300;
  // Hash randomisation: use_hash_seed false means a random seed.
  bool use_hash_seed = false;
  uint64_t hash_seed = 0;
  // JIT policy (read by the interpreter's tiering hooks and jit/).
  enum class JitMode { Off, On, Eager } jit_mode = JitMode::On;
  bool jit_sync = false;
  int jit_threshold = 1000;
  int jit_loop_threshold = 10000;
  int jit_opt = 1; // Coil's short pipeline; docs/JIT.md has the measurements
  std::string jit_only;
  // JIT introspection (docs/JIT.md).
  bool dump_ir_pre = false, dump_ir_post = false, dump_asm = false;
  std::string dump_dir; // one file per function and stage when set
  bool jit_trace = false;
  std::string jit_trace_file; // empty: stderr
  bool jit_stats = false;
  std::string jit_stats_json; // empty: text on stderr
  bool perf_map = false;      // -X perf: /tmp/perf-PID.map
  bool gdb_jit = false;       // GDB JIT interface
  std::string jit_library;    // path of libcoil-jit.so (empty: next to the executable)
  bool jit_explain = false;   // `coil explain`: report every function's tier at exit
};

struct Interpreter {
  Config config;
  Object* modules = nullptr;   // sys.modules (dict)
  Object* builtins = nullptr;  // the builtins module's dict
  Object* sysdict = nullptr;   // the sys module's dict
  Object* importlib = nullptr; // import machinery entry point, when loaded
  ThreadState* threads = nullptr;
  std::atomic<uint32_t> eval_breaker{0};
  // With EVAL_BREAKER_BUDGET set: back-edges and calls left before
  // RuntimeError "instruction budget exhausted" (the fuzz targets' cap).
  int64_t eval_budget = 0;
  int recursion_limit = 1000;
  // Tiering (interp/tiering.cpp): call and loop counts that send a code
  // object to the JIT (UINT32_MAX when the JIT is off), and its state.
  uint32_t tier_call_threshold = UINT32_MAX;
  uint32_t tier_loop_threshold = UINT32_MAX;
  void* tiering = nullptr;
  // Called when a code object with JIT state dies (set by interp/).
  void (*code_release_hook)(CodeObject* code) = nullptr;
  // Compile hook: the frontend registers itself here at start-up, so the
  // runtime and interpreter can offer compile()/exec()/eval() without
  // depending on the frontend library.
  // Returns a code object (new ref) or nullptr with SyntaxError set.
  // mode: "exec", "eval" or "single"; flags as compile()'s. With
  // parse_objects, *parse_objects receives a list (new ref) standing for
  // CPython's parser arena, which the caller keeps alive while the code runs
  // (the main script, exec/eval of source; see frontend/compiler.h).
  Object* (*compile_hook)(std::string_view source, Object* filename, const char* mode, int flags,
                          int optimize, Object** parse_objects) = nullptr;
  // compile() of anything that is not str/bytes/code: the frontend accepts
  // `ast` trees (lib/_ast.py's classes); else TypeError "compile() arg 1
  // must be a string, bytes or AST object". Same result as compile_hook.
  Object* (*compile_object_hook)(Object* source, Object* filename, const char* mode, int flags,
                                 int optimize) = nullptr;
  // Evaluation hook: the interpreter registers how to run a code object in
  // given globals/locals (exec/eval/module bodies).
  Object* (*eval_code_hook)(Object* code, Object* globals, Object* locals) = nullptr;
  // Zero-argument super(): the interpreter finds the calling Python frame's
  // first argument and its __class__ cell. On success returns 0 with NEW
  // references in *type and *obj; on failure returns -1 with RuntimeError set
  // ("super(): no arguments", "super(): __class__ cell not found",
  // "super(): __class__ is not a type (int)", "super(): empty __class__ cell",
  // "super(): no current frame") as CPython 3.11.
  int (*current_frame_super_args_hook)(Object** type, Object** obj) = nullptr;
  // Runs an already-initialised frame (generators resume through this);
  // throwflag: unwind with the pending exception instead of executing.
  Object* (*eval_frame_hook)(Frame* frame, bool throwflag) = nullptr;
  // Traceback carets (runtime/traceback.cpp): given the source text of one
  // instruction's range (UTF-8, a single line), finds CPython 3.11's
  // "anchors" by parsing it as a module with one expression statement:
  // for a BinOp, the operator (first non-space char between left's end and
  // right's start, two chars if the next is non-space too); for a
  // Subscript, from the end of the value to one past the end of the slice.
  // Outputs are UTF-8 byte offsets relative to `segment`: the primary '^'
  // run is [*left_end, *right_start); *right_end is the end of the
  // highlighted range (segment.size() normally). Returns false when the
  // segment has no anchors (then plain '^' carets are drawn).
  bool (*caret_anchors_hook)(std::string_view segment, int* left_end, int* right_start,
                             int* right_end) = nullptr;
  // globals()/locals() of the innermost Python frame of the current thread
  // (interp/ registers them); new references, nullptr (no exception) when
  // no Python frame is running.
  Object* (*frame_globals_hook)() = nullptr;
  Object* (*frame_locals_hook)() = nullptr;
  // sys._getframe(depth): the frame object `depth` levels up (new
  // reference), or nullptr with ValueError "call stack is not deep enough".
  Object* (*getframe_hook)(int depth) = nullptr;
  static Interpreter* main();
};

struct ThreadState {
  Interpreter* interp = nullptr;
  ThreadState* next = nullptr;
  uint64_t thread_id = 0;

  Object* current_exception = nullptr; // pending (raised, not yet handled)
  ExcInfo base_exc_info;               // bottom of the handled-exception stack
  ExcInfo* exc_info = &base_exc_info;

  Frame* current_frame = nullptr; // the innermost executing Python frame
  int py_recursion_depth = 0;     // Python frames currently on the stack
  int c_recursion_remaining = 0;  // native-stack guard budget
  int recursion_headroom = 0;     // > 0 while a RecursionError is being made (runtime/recursion.h)

  // Frames live in chunks of a contiguous per-thread data stack (interp/).
  void* datastack_chunk = nullptr;
  Object** datastack_top = nullptr;
  Object** datastack_limit = nullptr;

  // Native-stack guard (runtime/stack_guard.h): stack addresses below which
  // C recursion fails with RecursionError (hard) and new frames stay in the
  // interpreter instead of native code (soft); 0 until initialised.
  uintptr_t stack_hard_limit = 0;
  uintptr_t stack_soft_limit = 0;

  // sys.settrace / sys.setprofile (interp/trace.cpp). use_tracing is
  // TRACE_DISPATCH_MASK when a trace or profile function is set and no
  // trace call is running (tracing == 0), else 0: the evaluation loop ORs
  // it into each fetched opcode so every instruction reaches the tracing
  // hook, and skips native code while it is set.
  Object* trace_func = nullptr;   // strong or nullptr
  Object* profile_func = nullptr; // strong or nullptr
  int tracing = 0;                // depth of running trace/profile calls
  int tracing_what = 0;           // the event being reported (TraceEvent; 0 = call, as CPython)
  uint8_t use_tracing = 0;
  void update_use_tracing() noexcept {
    use_tracing = (trace_func || profile_func) && tracing == 0 ? TRACE_DISPATCH_MASK : 0;
  }
  static constexpr uint8_t TRACE_DISPATCH_MASK = 0xFF;

  static ThreadState* current() noexcept { return current_; }
  static void set_current(ThreadState* ts) noexcept { current_ = ts; }

private:
  static thread_local ThreadState* current_;
};

} // namespace coil
