// fuzz_compile: arbitrary bytes as source text through the tokenizer,
// parser, symbol tables and compiler. Any input must end in a code object
// or an exception (SyntaxError, ValueError for null bytes...), never a crash.
// Single-line inputs are also compiled in "eval" and "single" mode, and
// every input at -OO as well.
#include <cstdlib>
#include <string_view>

#include "frontend/compile.h"
#include "fuzz/fuzz_common.h"
#include "runtime/errors.h"
#include "runtime/objects/str.h"

using namespace coil;

namespace {

Object* filename = nullptr;

void compile_one(std::string_view source, const char* mode, int optimize) {
  Object* code = frontend::compile_source(source, filename, mode, 0, optimize);
  if (code) {
    decref(code);
    if (err_occurred()) {
      fprintf(stderr, "fuzz_compile: a code object with an exception pending\n");
      abort();
    }
    return;
  }
  if (!err_occurred()) {
    fprintf(stderr, "fuzz_compile: compile failed without an exception\n");
    abort();
  }
  err_clear();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fuzz_runtime_init({});
  filename = str_from_utf8("<fuzz>");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  compile_one(source, "exec", 0);
  compile_one(source, "exec", 2);
  std::string_view body = source;
  if (!body.empty() && body.back() == '\n')
    body.remove_suffix(1);
  if (body.find('\n') == std::string_view::npos) {
    compile_one(source, "eval", 0);
    compile_one(source, "single", 0);
  }
  return 0;
}
