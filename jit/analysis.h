// Bytecode analysis for lowering: instruction boundaries (EXTENDED_ARG
// folded in), the stack depth at every reachable instruction, branch
// targets, exception handlers, and the native entry points.
//
// Invariants
// - Depths are the interpreter's run-time depths (PRECALL leaves the stack
//   alone, CALL pops its arguments; a generator resumes after
//   RETURN_GENERATOR with the sent value pushed), so native code and the
//   interpreter agree on every stack slot at every instruction boundary.
// - Entry points are: the first instruction, the instruction after every
//   RETURN_GENERATOR and YIELD_VALUE (generator resumption), and every
//   backward-jump target (on-stack replacement from the interpreter).
#pragma once

#include <string>
#include <vector>

#include "bytecode/exceptiontable.h"
#include "runtime/objects/code.h"

namespace coil::jit {

struct Instr {
  int start = 0; // code unit of the first EXTENDED_ARG prefix, or of the instruction
  int index = 0; // code unit of the instruction itself
  int op = 0;
  int oparg = 0;
  int next = 0;    // code unit after the instruction and its caches
  int target = -1; // jump target (code unit), or -1
  int depth = -1;  // stack depth on entry; -1: unreachable
  bool entry = false;
};

struct Analysis {
  std::vector<Instr> instrs;
  std::vector<int> at;              // code unit (instruction start or index) -> position in instrs, else -1
  std::vector<int> handler_targets; // code units of exception handlers (reachable ones)
  std::vector<bytecode::ExceptionTableEntry> table;
  std::string error; // why the code cannot be lowered (analyse returned false)
  int position_of(int unit) const { return unit >= 0 && unit < static_cast<int>(at.size()) ? at[unit] : -1; }
};

// Run-time stack effect of an instruction (see the invariants above).
int runtime_stack_effect(int op, int oparg, bool jump);
bool analyse(CodeObject* code, Analysis& out);

} // namespace coil::jit
