// Code objects: the compiler's output and the interpreter's input.
//
// Invariants
// - `code` holds 16-bit code units (opcode byte, oparg byte) in
//   CPython 3.11's format, inline caches included (bytecode/opcodes.def
//   gives each instruction's cache size). `co_code` exposes it as bytes.
// - Fast locals ("localsplus") are: parameters, other locals, cells, free
//   variables, in that order of index; `localspluskinds` marks each with
//   LOCALS_KIND_* bits (a parameter captured by a closure is LOCAL|CELL).
// - `linetable` and `exceptiontable` use CPython 3.11's encodings
//   (bytecode/linetable.h, bytecode/exceptiontable.h).
// - Immutable after creation except for the interpreter's quickening of
//   `code` in place and the per-code counters and JIT slots at the end.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace coil {

// Version of Coil's compiled-code format: the opcode table
// (bytecode/opcodes.def), the code object's fields and their marshal layout
// (bytecode/marshal.h). Bump it with any change to those: it is part of the
// cache tag (sys.implementation.cache_tag "coil-<N>", naming the
// __pycache__ files) and of the .pyc magic number, so stale caches are
// ignored (docs/BYTECODE_CACHE.md).
constexpr int CODE_FORMAT_VERSION = 1;

enum CodeFlags : int {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040,
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
  CO_FUTURE_ANNOTATIONS = 0x1000000,
};

enum LocalsKind : uint8_t {
  LOCALS_KIND_ARG_VAR = 0x08, // *args or **kwargs parameter (CPython's CO_FAST_ARG_VAR, unused in flags)
  LOCALS_KIND_HIDDEN = 0x10,
  LOCALS_KIND_LOCAL = 0x20,
  LOCALS_KIND_CELL = 0x40,
  LOCALS_KIND_FREE = 0x80,
};

using CodeUnit = uint16_t; // little-endian: low byte opcode, high byte oparg

// One inline-cache record of a LOAD_GLOBAL, LOAD_ATTR or LOAD_METHOD site
// (interp/inline_cache.h gives the meaning of each field per kind). The
// interpreter numbers the sites of a code object the first time it runs it
// and stores each site's record index in its first CACHE unit of `code`.
struct InlineCacheEntry {
  uint64_t a;    // globals dict version, or type version tag
  uint64_t b;    // builtins dict version, or dict index hint / slot offset
  Object* value; // borrowed: valid while the versions match
  int64_t aux;   // instance dict offset
  uint32_t kind; // 0: empty
};

struct CodeObject : Object {
  CodeUnit* code; // owned, ncodeunits entries
  ssize ncodeunits;
  Object* consts;          // tuple
  Object* names;           // tuple of str
  Object* localsplusnames; // tuple of str
  Object* localspluskinds; // bytes, one LocalsKind byte per name
  Object* filename;        // str
  Object* name;            // str
  Object* qualname;        // str
  Object* linetable;       // bytes
  Object* exceptiontable;  // bytes
  int argcount;
  int posonlyargcount;
  int kwonlyargcount;
  int stacksize;
  int flags;
  int firstlineno;
  int nlocalsplus;
  int nlocals; // plain locals (incl. args), CPython's co_nlocals
  int ncellvars;
  int nfreevars;
  Object* weakreflist;
  Object* co_code_bytes; // cached bytes of the original (unquickened) code, or nullptr
  // Tiering state (interp/ and jit/ own these; see docs/ARCHITECTURE.md).
  uint32_t call_count;      // calls (counted by the interpreter at frame start)
  uint32_t backedge_count;  // loop back-edges taken in the interpreter
  uint32_t warmup;          // RESUMEs and JUMP_BACKWARDs run, up to CODE_WARM (interp/call_site.h)
  void* jit_entry;          // native entry point once compiled, else nullptr
  void* jit_state;          // opaque per-code JIT record
  InlineCacheEntry* icache; // owned; nullptr until the interpreter first runs the code
  uint32_t nicache;         // records in icache
};

inline bool code_check(Object* o) noexcept {
  return o->type == &CodeType;
}

struct CodeSpec {
  std::vector<CodeUnit> code;
  Object* consts = nullptr; // each of these is borrowed by code_new (increfed)
  Object* names = nullptr;
  Object* localsplusnames = nullptr;
  Object* localspluskinds = nullptr;
  Object* filename = nullptr;
  Object* name = nullptr;
  Object* qualname = nullptr;
  Object* linetable = nullptr;
  Object* exceptiontable = nullptr;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int stacksize = 0, flags = 0, firstlineno = 1;
};
Object* code_new(const CodeSpec& spec); // derives nlocals/ncellvars/nfreevars from kinds

// Source location of the instruction at code-unit index `index`, from the line table.
struct SourceRange {
  int line = -1, end_line = -1, col = -1,
      end_col = -1; // -1 when unknown; cols are UTF-8 byte offsets, 0-based
};
SourceRange code_location(CodeObject* code, int index);
int code_line(CodeObject* code, int index); // line only, -1 when none

} // namespace coil
