// The interpreter's public surface: installing it into the runtime, running
// code objects, and the per-thread frame stack.
//
// Invariants
// - Frames are pushed on the thread's data stack (contiguous chunks); a
//   Python-to-Python call made by the CALL instruction stays in the same C
//   invocation of the eval loop (no C recursion), so deep Python recursion
//   is bounded by the recursion limit, not the C stack.
// - The eval loop returns when the frame it was entered with (is_entry)
//   returns or raises.
#pragma once

#include <string>

#include "runtime/object.h"
#include "runtime/objects/frame.h"
#include "runtime/thread_state.h"

namespace coil::interp {

// Registers the interpreter's hooks in the runtime (function calls, exec,
// frame introspection, __build_class__, import). Call after runtime_init.
int install();

// Runs a code object as a module body / exec() in the given namespaces.
Object* eval_code(Object* code, Object* globals, Object* locals);

// Calls a Python function with the vectorcall convention (FunctionObject's entry).
Object* function_vectorcall(Object* func, Object* const* args, size_t nargsf, Object* kwnames);

// Frame stack.
Frame* push_frame(ThreadState* ts, Object* func,
                  Object* locals);             // uninitialised locals; nullptr + MemoryError
void pop_frame(ThreadState* ts, Frame* frame); // clears and releases
// Releases a thread-owned frame's memory without touching its references
// (they were moved elsewhere, e.g. into a generator).
void release_frame_memory(ThreadState* ts, Frame* frame);
// Frees a finished thread's data stack (no frames left on it).
void free_datastack(ThreadState* ts);
// Leaves a finished frame: thread-owned frames are popped, generator-owned
// ones cleared in place.
inline void leave_frame(ThreadState* ts, Frame* frame) {
  if (frame->owner == FRAME_OWNED_BY_THREAD)
    pop_frame(ts, frame);
  else
    frame_clear_on_exit(frame);
}
// Binds arguments into frame->localsplus (steals the argument references
// when `steal` is true, else increfs). Returns 0 or -1 with TypeError set.
int bind_arguments(ThreadState* ts, Frame* frame, Object* const* args, ssize nargs, Object* kwnames,
                   bool steal);

// The evaluation loop.
Object* eval_frame(ThreadState* ts, Frame* frame, bool throwflag);

// Import (interp/import.cpp).
Object* import_name(Object* name, Object* globals, Object* fromlist, int level);
Object* import_module(const char* name);
// The source file of module `name` (one component) in the folders of
// `search_path` (a list of str): "<dir>/<name>/__init__.py" (*is_package
// set) or "<dir>/<name>.py"; "" when absent.
std::string find_module_file(const std::string& name, Object* search_path, bool* is_package);
// Sets __spec__ and __loader__ of a module the import system just created
// (interp/import_spec.cpp): `origin` is the source path, or "" for a
// built-in module; `cached` the cache path or "".
void module_set_spec(Object* module, const std::string& origin, bool is_package, const std::string& cached);
// The module `_frozen_importlib` (importlib's bootstrap), loaded on first
// use. New reference, or nullptr with ImportError set.
Object* import_bootstrap_module();

} // namespace coil::interp
