// Printing exceptions and tracebacks as CPython 3.11's default
// sys.excepthook does (runtime/traceback.cpp). err_print_exception,
// err_print and err_write_unraisable are declared in runtime/errors.h.
#pragma once

#include <string>

#include "runtime/object.h"

namespace coil {

// Writes the full report for `value` (traceback, chained exceptions,
// "Type: message", notes, exception-group boxes) to `file` (an object with
// write(); nullptr = sys.stderr). If `value` has no __traceback__ and `tb`
// is a traceback, it is attached first (as PyErr_Display does). Never
// leaves an exception set.
void err_display(Object* value, Object* tb, Object* file);

// The same report as text (used by tests and by err_display).
std::string format_exception_text(Object* value);

// SystemExit at top level: returns the process exit status for the
// SystemExit instance `exc` (None -> 0, int -> its value, anything else is
// printed to sys.stderr followed by a newline and gives 1).
int handle_system_exit(Object* exc);

// The default sys.unraisablehook: `args` is an UnraisableHookArgs struct
// sequence (exc_type, exc_value, exc_traceback, err_msg, object).
Object* unraisable_hook_default(Object* args);

// CPython's flush_io(): flushes sys.stderr then sys.stdout through their
// flush() methods, keeping any pending exception. CPython calls it after
// running a script file and before printing its uncaught exception (not
// for -c or -m), so buffered stdout text precedes the traceback there.
void flush_std_streams();

// Writes `text` to sys.stderr (or fd 2 when sys.stderr is missing).
void write_to_stderr(std::string_view text);

} // namespace coil
