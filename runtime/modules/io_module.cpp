// The `_io` module: the native stream types behind lib/io.py.
//
// Invariants
// - Exposes the runtime's own stream types (the classes of open()'s
//   results and of sys.stdin/stdout/stderr) and io.UnsupportedOperation;
//   lib/io.py builds the IOBase hierarchy, StringIO, BytesIO, FileIO and a
//   TextIOWrapper over any binary buffer around them.
#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/textio.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

Object* io_module_init() {
  Object* m = module_new_str("_io");
  if (!m)
    return nullptr;
  Object* bufsize = int_from_i64(8192);
  bool ok = bufsize && module_add_object(m, "DEFAULT_BUFFER_SIZE", bufsize) == 0 &&
            module_add_object(m, "TextIOWrapper", &TextIOType) == 0 &&
            module_add_object(m, "BufferedReader", &BufferedReaderType) == 0 &&
            module_add_object(m, "BufferedWriter", &BufferedWriterType) == 0 &&
            module_add_object(m, "BufferedRandom", &BufferedRandomType) == 0 &&
            module_add_object(m, "UnsupportedOperation", textio_unsupported_operation_type()) == 0;
  xdecref(bufsize);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_io", io_module_init);

} // namespace coil
