// Private to the builtins module files (builtins.cpp, builtins_numeric.cpp,
// builtins_iter.cpp, builtins_exec.cpp).
#pragma once

#include <initializer_list>

#include "runtime/errors.h"
#include "runtime/object.h"

namespace coil::builtins_impl {

// Function tables, each terminated by a null entry; builtins.cpp adds them
// all to the module.
extern MethodDef numeric_functions[];
extern MethodDef iter_functions[];
extern MethodDef exec_functions[];

// Types defined by builtins_iter.cpp.
extern TypeObject ZipType;
extern TypeObject MapType;
extern TypeObject FilterType;
extern TypeObject EnumerateType;
extern TypeObject ReversedType;
extern TypeObject CallIterType;

// Keyword-only arguments of a vectorcall: for each kwnames entry, finds it
// in `names` and stores the value (borrowed) in the matching `out` slot
// (which must start as nullptr). Unknown names raise
// "'k' is an invalid keyword argument for FNAME()". true/false.
bool parse_kwonly(const char* fname, Object* const* kwvalues, Object* kwnames,
                  std::initializer_list<const char*> names, std::initializer_list<Object**> out);

// Adds copyright, credits and license (builtins_printer.cpp). 0/-1.
int builtins_add_printers(Object* module);

// sys.<name>, borrowed, nullptr if missing.
Object* sys_attr(const char* name);

} // namespace coil::builtins_impl
