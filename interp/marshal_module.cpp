// The `marshal` native module: dumps/loads/dump/load/version over the
// serialiser in bytecode/marshal.cpp.
//
// Invariants
// - Argument handling and messages are CPython 3.11's (positional-only
//   arguments, "dumps expected at least 1 argument, got 0", ...).
// - It lives in interp/ rather than runtime/modules/ because runtime/ may
//   not depend on bytecode/; interp/pycache.cpp references
//   marshal_module_anchor so the static registration reaches the link.
#include <string>

#include "bytecode/marshal.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil::interp {

extern const char* const marshal_module_anchor;
const char* const marshal_module_anchor = "marshal";

namespace {

bool no_keywords(const char* name, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    err_format(TypeError, "marshal.{}() takes no keyword arguments", name);
    return false;
  }
  return true;
}

Object* marshal_dumps_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords("dumps", kwnames))
    return nullptr;
  if (nargs < 1)
    return err_format(TypeError, "dumps expected at least 1 argument, got {}", nargs);
  if (nargs > 2)
    return err_format(TypeError, "dumps expected at most 2 arguments, got {}", nargs);
  int version = bytecode::MARSHAL_VERSION;
  if (nargs == 2 && !index_as_c_int(args[1], &version))
    return nullptr;
  return bytecode::marshal_dumps(args[0], version);
}

Object* marshal_dump_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords("dump", kwnames))
    return nullptr;
  if (nargs < 2)
    return err_format(TypeError, "dump expected at least 2 arguments, got {}", nargs);
  if (nargs > 3)
    return err_format(TypeError, "dump expected at most 3 arguments, got {}", nargs);
  int version = bytecode::MARSHAL_VERSION;
  if (nargs == 3 && !index_as_c_int(args[2], &version))
    return nullptr;
  Object* data = bytecode::marshal_dumps(args[0], version);
  if (!data)
    return nullptr;
  // CPython returns what file.write returned.
  Object* r = object_call_method(args[1], "write", &data, 1);
  decref(data);
  return r;
}

Object* marshal_loads_fn(Object*, Object* arg) {
  std::string_view data;
  if (!get_bytes_like(arg, &data))
    return err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(arg));
  // A copy: the buffer of a bytearray could change under us.
  std::string copy(data);
  return bytecode::marshal_read(copy, nullptr);
}

Object* marshal_load_fn(Object*, Object* file) {
  return bytecode::marshal_read_file(file);
}

MethodDef marshal_methods[] = {
    {"dumps", reinterpret_cast<MethodFn>(marshal_dumps_fn), METH_FASTCALL | METH_KEYWORDS,
     "Return the bytes object that would be written to a file by dump(value, file)."},
    {"dump", reinterpret_cast<MethodFn>(marshal_dump_fn), METH_FASTCALL | METH_KEYWORDS,
     "Write the value on the open file."},
    {"loads", marshal_loads_fn, METH_O, "Convert the bytes-like object to a value."},
    {"load", marshal_load_fn, METH_O, "Read one value from the open file and return it."},
    {nullptr, nullptr, 0, nullptr},
};

Object* marshal_module_init() {
  Object* m = module_new_str("marshal");
  if (!m)
    return nullptr;
  Object* doc = str_from_ascii("This module contains functions that can read and write Python values in\n"
                               "a binary format. The format is specific to Python, but independent of\n"
                               "machine architecture issues.\n");
  Object* version = int_from_i64(bytecode::MARSHAL_VERSION);
  int ok = doc && version && module_add_object(m, "__doc__", doc) == 0 &&
           module_add_object(m, "version", version) == 0 && module_add_functions(m, marshal_methods) == 0;
  xdecref(doc);
  xdecref(version);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("marshal", marshal_module_init);

} // namespace coil::interp
