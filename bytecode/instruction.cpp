// Code-unit encoder/decoder. See instruction.h for the format's invariants.
#include "bytecode/instruction.h"

#include "bytecode/opcodes.h"

namespace coil::bytecode {

int extended_arg_count(int oparg) noexcept {
  unsigned a = static_cast<unsigned>(oparg);
  if (a > 0xFFFFFF)
    return 3;
  if (a > 0xFFFF)
    return 2;
  if (a > 0xFF)
    return 1;
  return 0;
}

int instruction_size(int op, int oparg) noexcept {
  return extended_arg_count(oparg) + 1 + cache_entries(op);
}

void emit_instruction(std::vector<CodeUnit>& out, int op, int oparg) {
  int n = extended_arg_count(oparg);
  for (int shift = n * 8; shift > 0; shift -= 8)
    out.push_back(make_unit(EXTENDED_ARG, (unsigned(oparg) >> shift) & 0xFF));
  out.push_back(make_unit(op, oparg & 0xFF));
  for (int i = 0; i < cache_entries(op); i++)
    out.push_back(make_unit(CACHE, 0));
}

int Instruction::jump_target() const noexcept {
  ArgKind k = op_info[opcode].argkind;
  if (k == ArgKind::JREL)
    return next() + oparg;
  if (k == ArgKind::JBACK)
    return next() - oparg;
  return -1;
}

Instruction decode_at(const CodeUnit* code, int n, int index, bool fold_extended) noexcept {
  Instruction ins;
  ins.start = index;
  unsigned arg = 0;
  int i = index;
  while (true) {
    int op = unit_opcode(code[i]);
    arg = (arg << 8) | unit_oparg(code[i]);
    if (op == EXTENDED_ARG && fold_extended && i + 1 < n) {
      i++;
      continue;
    }
    ins.offset = i;
    ins.opcode = op;
    ins.oparg = int(arg);
    int c = cache_entries(op);
    if (i + 1 + c > n)
      c = n - i - 1;
    ins.ncaches = c < 0 ? 0 : c;
    return ins;
  }
}

std::vector<Instruction> InstructionIterator::all() {
  std::vector<Instruction> v;
  while (!done())
    v.push_back(next());
  return v;
}

} // namespace coil::bytecode
