// verify_code (bytecode/marshal.h): the checks a code object read from
// marshal data passes before the interpreter may run it.
//
// Invariants
// - Works on co_code (the unquickened units) and the opcode table only:
//   every opcode must be a row of opcodes.def (never CACHE on its own, no
//   specialised forms), followed by its cache units; EXTENDED_ARG only as a
//   prefix.
// - Operands are checked by argument kind: CONST < len(co_consts), NAME <
//   len(co_names) (GLOBAL: oparg >> 1), LOCAL/FREE < nlocalsplus, jumps land
//   on the first unit of an instruction inside the code.
// - Stack depths are propagated over every path (fall-through, jumps,
//   exception handlers from co_exceptiontable) with the table's stack
//   effects: never negative, never above co_stacksize, the same depth on
//   every path into an instruction, and no path runs off the end.
//   RETURN_GENERATOR counts as pushing the value its first resumption sends.
// - This is a consistency check of untrusted input, not a proof of type
//   safety: like CPython, Coil runs code objects it is given.
#include <vector>

#include "bytecode/instruction.h"
#include "bytecode/marshal.h"
#include "bytecode/opcodes.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/tuple.h"

namespace coil::bytecode {

namespace {

bool fail(const char* what) {
  err_format(ValueError, "bad marshal data ({})", what);
  return false;
}

// A bounded reader of the exception table's varints.
struct TableReader {
  const unsigned char* p;
  size_t n, pos = 0;
  bool ok = true;
  unsigned varint() {
    unsigned v = 0;
    for (int groups = 0;; groups++) {
      if (pos >= n || groups > 4) {
        ok = false;
        return 0;
      }
      unsigned b = p[pos++];
      v = (v << 6) | (b & 63);
      if (!(b & 64))
        return v;
    }
  }
};

} // namespace

bool verify_code(Object* obj) {
  auto* co = static_cast<CodeObject*>(obj);
  std::string_view bytes = bytes_view(co->co_code_bytes);
  int n = int(bytes.size() / 2);
  std::vector<CodeUnit> code(size_t(n) + 1);
  for (int i = 0; i < n; i++)
    code[size_t(i)] = CodeUnit(static_cast<unsigned char>(bytes[size_t(2 * i)]) |
                               (static_cast<unsigned char>(bytes[size_t(2 * i + 1)]) << 8));
  if (n == 0)
    return fail("empty code");
  ssize nconsts = tuple_size(co->consts), nnames = tuple_size(co->names);
  int nlocalsplus = co->nlocalsplus;

  // Pass 1: instruction boundaries and operands.
  std::vector<Instruction> insns;
  std::vector<int> index_of(size_t(n), -1); // code unit -> instruction number
  for (int i = 0; i < n;) {
    Instruction ins = decode_at(code.data(), n, i);
    int op = ins.opcode;
    const OpInfo& info = op_info[op];
    if (!info.name || op == CACHE || op == EXTENDED_ARG)
      return fail("invalid opcode");
    if (ins.offset + 1 + info.cache > n)
      return fail("truncated instruction");
    for (int c = 0; c < info.cache; c++)
      if (unit_opcode(code[size_t(ins.offset + 1 + c)]) != CACHE)
        return fail("invalid inline cache");
    int arg = ins.oparg;
    bool ok = true;
    switch (info.argkind) {
    case ArgKind::CONST:
      ok = arg < nconsts;
      break;
    case ArgKind::NAME:
      ok = arg < nnames;
      break;
    case ArgKind::GLOBAL:
      ok = (arg >> 1) < nnames;
      break;
    case ArgKind::LOCAL:
    case ArgKind::FREE:
      ok = arg < nlocalsplus;
      break;
    default:
      break;
    }
    if (op == COPY_FREE_VARS)
      ok = arg <= co->nfreevars;
    if (op == KW_NAMES)
      ok = ok && tuple_check(tuple_get(co->consts, arg));
    if (!ok)
      return fail("operand out of range");
    index_of[size_t(ins.start)] = int(insns.size());
    insns.push_back(ins);
    i = ins.next();
  }

  // Exception handlers: ranges inside the code, targets on instructions.
  struct Handler {
    int start, end, target, depth;
  };
  std::vector<Handler> handlers;
  std::string_view et = bytes_view(co->exceptiontable);
  TableReader tr{reinterpret_cast<const unsigned char*>(et.data()), et.size()};
  while (tr.pos < et.size()) {
    if (!(tr.p[tr.pos] & 0x80))
      return fail("invalid exception table");
    unsigned start = tr.varint(), length = tr.varint(), target = tr.varint(), dl = tr.varint();
    if (!tr.ok || start >= unsigned(n) || length == 0 || length > unsigned(n) - start ||
        target >= unsigned(n) || index_of[target] < 0 || (dl >> 1) > unsigned(co->stacksize))
      return fail("invalid exception table");
    // The handler starts with the unwound stack, plus lasti, plus the exception.
    handlers.push_back({int(start), int(start + length), int(target), int(dl >> 1) + int(dl & 1) + 1});
  }

  // Pass 2: stack depths along every path.
  std::vector<int> depth(insns.size(), -1);
  std::vector<int> work;
  auto reach = [&](int unit, int d) {
    if (unit < 0 || unit >= n || index_of[size_t(unit)] < 0)
      return fail("jump out of range");
    if (d < 0 || d > co->stacksize)
      return fail("stack depth out of range");
    int k = index_of[size_t(unit)];
    if (depth[size_t(k)] == -1) {
      depth[size_t(k)] = d;
      work.push_back(k);
    } else if (depth[size_t(k)] != d) {
      return fail("inconsistent stack depth");
    }
    return true;
  };
  if (!reach(0, 0))
    return false;
  for (auto& h : handlers)
    if (!reach(h.target, h.depth))
      return false;
  while (!work.empty()) {
    int k = work.back();
    work.pop_back();
    const Instruction& ins = insns[size_t(k)];
    int op = ins.opcode, d = depth[size_t(k)];
    uint32_t flags = op_info[op].flags;
    int target = ins.jump_target();
    if ((flags & (F_JUMP | F_COND)) && !reach(target, d + stack_effect(op, ins.oparg, true)))
      return false;
    if (op != RETURN_GENERATOR && d + stack_effect(op, ins.oparg, false) < 0)
      return fail("stack underflow");
    if (op == SWAP || op == COPY) {
      if (ins.oparg < 1 || ins.oparg > d)
        return fail("stack underflow");
    }
    if (!(flags & F_TERM)) {
      if (ins.next() >= n)
        return fail("code runs off the end");
      // RETURN_GENERATOR's frame resumes with the first sent value pushed
      // (the compiler adds that prefix after computing depths).
      int effect = op == RETURN_GENERATOR ? 1 : stack_effect(op, ins.oparg, false);
      if (!reach(ins.next(), d + effect))
        return false;
    }
  }
  return true;
}

} // namespace coil::bytecode
