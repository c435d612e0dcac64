// `coil -m name`: what to run as __main__, found as CPython's runpy does.
#pragma once

#include <string>

#include "runtime/object.h"

namespace coil::cli {

struct MainTarget {
  std::string name; // the module run ("pkg.__main__" for a package)
  std::string path; // its source file
};

// Finds the module `-m name` runs, importing its parent packages first (so
// their __init__ bodies run) and, for a package, running NAME.__main__.
// Returns 0 with *out filled; 1 after printing "EXECUTABLE: message" to stderr
// (runpy's errors: exit status 1); -1 with an exception set (one raised by
// a parent package's body).
int find_main_module(const std::string& name, const std::string& program, MainTarget* out);

// Gives __main__ runpy's attributes for the target: __spec__ (named after
// the module), __loader__, __package__ (the parent package) and __cached__.
// 0, or -1 with an exception set.
int set_main_module_attrs(Object* main_module, const MainTarget& target);

} // namespace coil::cli
