// Encoding and decoding of CPython 3.11's 16-bit code units.
//
// Invariants
// - A code unit is (opcode byte, oparg byte), stored little-endian in a
//   uint16_t: low byte opcode, high byte oparg (runtime/objects/code.h).
// - An instruction whose argument exceeds 8 bits is preceded by
//   EXTENDED_ARG units carrying the high bytes, most significant first.
// - Each instruction is followed by bytecode::cache_entries(op) CACHE units
//   (opcode 0, arg 0) that the decoder skips.
// - Offsets handed out by the decoder are code-unit indices; `dis` prints
//   byte offsets (index * 2).
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/objects/code.h"

namespace coil::bytecode {

// Number of code units an instruction with `oparg` occupies, EXTENDED_ARG
// prefixes and caches included.
int instruction_size(int op, int oparg) noexcept;
// Number of EXTENDED_ARG prefixes needed for `oparg` (0..3).
int extended_arg_count(int oparg) noexcept;
// Appends op/oparg (with prefixes and cache units) to `out`.
void emit_instruction(std::vector<CodeUnit>& out, int op, int oparg);

inline int unit_opcode(CodeUnit u) noexcept {
  return u & 0xFF;
}
inline int unit_oparg(CodeUnit u) noexcept {
  return u >> 8;
}
inline CodeUnit make_unit(int op, int arg) noexcept {
  return CodeUnit((op & 0xFF) | ((arg & 0xFF) << 8));
}

// One decoded instruction.
struct Instruction {
  int offset = 0; // index of the opcode's own unit (after its EXTENDED_ARGs)
  int start = 0;  // index of the first unit (the first EXTENDED_ARG if any)
  int opcode = 0;
  int oparg = 0;   // full argument, EXTENDED_ARGs folded in
  int ncaches = 0; // cache units following the opcode unit
  int next() const noexcept { return offset + 1 + ncaches; }
  // Target unit index of a jump (relative jumps resolved), -1 if not a jump.
  int jump_target() const noexcept;
};

// Decodes the instruction whose first unit is at `index`. With
// `fold_extended` false an EXTENDED_ARG is returned as its own instruction
// (as dis does), otherwise it is folded into the next one.
Instruction decode_at(const CodeUnit* code, int ncodeunits, int index, bool fold_extended = true) noexcept;

// Iterates the instructions of a code unit array (EXTENDED_ARGs folded,
// caches skipped).
class InstructionIterator {
public:
  InstructionIterator(const CodeUnit* code, int n, bool fold_extended = true) noexcept
      : code_(code), n_(n), fold_(fold_extended) {}
  explicit InstructionIterator(CodeObject* co, bool fold_extended = true) noexcept
      : InstructionIterator(co->code, int(co->ncodeunits), fold_extended) {}
  bool done() const noexcept { return pos_ >= n_; }
  Instruction next() noexcept {
    Instruction ins = decode_at(code_, n_, pos_, fold_);
    pos_ = ins.next();
    return ins;
  }
  std::vector<Instruction> all();

private:
  const CodeUnit* code_;
  int n_;
  bool fold_;
  int pos_ = 0;
};

} // namespace coil::bytecode
