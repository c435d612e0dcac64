// fuzz_pyc: arbitrary bytes as a bytecode-cache file or a bare marshal
// stream. A pyc header (Coil's magic, flags, stamp, checksum) is skipped
// when present, so seeds made by py_compile reach the payload; the payload
// goes through marshal_read, which verifies every code object
// (bytecode/verify.cpp). Corrupt data must be rejected with an exception;
// what is accepted must marshal again and read back, and an accepted code
// object must disassemble. Accepted code is not run: the verifier checks
// consistency (operands, jumps, stack depths), not type safety, and like
// CPython Coil trusts the code objects it is given (bytecode/verify.cpp).
#include <cstdlib>
#include <string>
#include <string_view>

#include "bytecode/disassembler.h"
#include "bytecode/marshal.h"
#include "fuzz/fuzz_common.h"
#include "interp/pycache.h"
#include "runtime/errors.h"
#include "runtime/objects/code.h"

using namespace coil;

namespace {

std::string magic;

[[noreturn]] void fail(const char* what) {
  fprintf(stderr, "fuzz_pyc: %s\n", what);
  abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fuzz_runtime_init({});
  magic = interp::pyc_magic();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view payload(reinterpret_cast<const char*>(data), size);
  if (payload.size() >= interp::PYC_HEADER_SIZE && payload.substr(0, 4) == magic)
    payload.remove_prefix(interp::PYC_HEADER_SIZE);
  size_t consumed = 0;
  Object* obj = bytecode::marshal_read(payload, &consumed);
  if (!obj) {
    if (!err_occurred())
      fail("marshal_read failed without an exception");
    err_clear();
    return 0;
  }
  if (err_occurred())
    fail("marshal_read returned an object with an exception pending");
  if (consumed > payload.size())
    fail("marshal_read consumed more bytes than given");
  std::string again;
  if (bytecode::marshal_write(obj, bytecode::MARSHAL_VERSION, again)) {
    Object* back = bytecode::marshal_read(again, nullptr);
    if (!back) {
      fuzz::take_error();
      fail("what marshal_write wrote does not read back");
    }
    decref(back);
  } else {
    err_clear();
  }
  if (code_check(obj)) {
    std::string listing;
    if (!bytecode::disassemble(obj, listing))
      err_clear();
  }
  decref(obj);
  return 0;
}
