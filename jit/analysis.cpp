// Bytecode analysis for lowering (see analysis.h).
#include "jit/analysis.h"

#include <fmt/format.h>

#include "bytecode/opcodes.h"
#include "runtime/objects/bytes.h"

namespace coil::jit {

using namespace coil::bytecode;

int runtime_stack_effect(int op, int oparg, bool jump) {
  switch (op) {
  case PRECALL:
    return 0;
  case CALL:
    return -(oparg + 1);
  case RETURN_GENERATOR:
    return 1;
  default:
    return stack_effect(op, oparg, jump);
  }
}

bool analyse(CodeObject* code, Analysis& out) {
  int n = static_cast<int>(code->ncodeunits);
  out.at.assign(static_cast<size_t>(n), -1);
  // Decode.
  for (int i = 0; i < n;) {
    Instr in;
    in.start = i;
    int arg = 0;
    int op = code->code[i] & 0xFF;
    while (op == EXTENDED_ARG && i + 1 < n) {
      arg = (arg << 8) | (code->code[i] >> 8);
      i++;
      op = code->code[i] & 0xFF;
    }
    in.index = i;
    in.op = op;
    in.oparg = (arg << 8) | (code->code[i] >> 8);
    if (!op_info[op].name) {
      out.error = fmt::format("unknown opcode {} at offset {}", op, i * 2);
      return false;
    }
    in.next = i + 1 + op_info[op].cache;
    if (op_info[op].argkind == ArgKind::JREL)
      in.target = in.next + in.oparg;
    else if (op_info[op].argkind == ArgKind::JBACK)
      in.target = in.next - in.oparg;
    int pos = static_cast<int>(out.instrs.size());
    out.at[static_cast<size_t>(in.start)] = pos;
    out.at[static_cast<size_t>(in.index)] = pos;
    out.instrs.push_back(in);
    i = in.next;
  }
  auto* tbl = static_cast<BytesObject*>(code->exceptiontable);
  out.table = decode_exception_table(std::string(tbl->data, static_cast<size_t>(tbl->size)));

  // Depths: a worklist over instruction positions.
  std::vector<int> work;
  auto reach = [&](int unit, int depth, int from) -> bool {
    int p = out.position_of(unit);
    if (p < 0) {
      out.error =
          fmt::format("jump from offset {} to offset {} is not an instruction boundary", from * 2, unit * 2);
      return false;
    }
    if (depth < 0 || depth > code->stacksize) {
      out.error = fmt::format("stack depth {} out of range at offset {}", depth, unit * 2);
      return false;
    }
    Instr& in = out.instrs[static_cast<size_t>(p)];
    if (in.depth < 0) {
      in.depth = depth;
      work.push_back(p);
    } else if (in.depth != depth) {
      out.error = fmt::format("inconsistent stack depth at offset {} ({} and {})", unit * 2, in.depth, depth);
      return false;
    }
    return true;
  };
  if (out.instrs.empty()) {
    out.error = "empty code";
    return false;
  }
  if (!reach(0, 0, 0))
    return false;
  std::vector<bool> handler_seen(out.table.size(), false);
  while (!work.empty()) {
    while (!work.empty()) {
      int p = work.back();
      work.pop_back();
      const Instr in = out.instrs[static_cast<size_t>(p)];
      uint32_t flags = op_info[in.op].flags;
      if (in.target >= 0 &&
          !reach(in.target, in.depth + runtime_stack_effect(in.op, in.oparg, true), in.index))
        return false;
      bool falls = !(flags & F_TERM) && in.op != RETURN_VALUE && in.op != RAISE_VARARGS && in.op != RERAISE;
      if (falls && in.next < n &&
          !reach(in.next, in.depth + runtime_stack_effect(in.op, in.oparg, false), in.index))
        return false;
    }
    // Handlers of reached instructions.
    for (size_t e = 0; e < out.table.size(); e++) {
      if (handler_seen[e])
        continue;
      const auto& ent = out.table[e];
      bool covered = false;
      for (int u = ent.start; u < ent.end && u < n; u++) {
        int p = out.position_of(u);
        if (p >= 0 && out.instrs[static_cast<size_t>(p)].depth >= 0) {
          covered = true;
          break;
        }
      }
      if (!covered)
        continue;
      handler_seen[e] = true;
      if (!reach(ent.target, ent.depth + (ent.lasti ? 1 : 0) + 1, ent.start))
        return false;
      out.handler_targets.push_back(ent.target);
    }
  }
  // Entry points.
  out.instrs[0].entry = true;
  for (auto& in : out.instrs) {
    if (in.depth < 0)
      continue;
    if ((in.op == YIELD_VALUE || in.op == RETURN_GENERATOR) && out.position_of(in.next) >= 0)
      out.instrs[static_cast<size_t>(out.position_of(in.next))].entry = true;
    if (op_info[in.op].argkind == ArgKind::JBACK)
      out.instrs[static_cast<size_t>(out.position_of(in.target))].entry = true;
  }
  return true;
}

} // namespace coil::jit
