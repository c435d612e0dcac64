#include "bytecode/opcodes.h"

#include <cstdint>
#include <cstring>

namespace coil::bytecode {

namespace {
constexpr OpInfo make_table_entry(const char* name, ArgKind kind, int cache, uint32_t flags) {
  return OpInfo{name, kind, static_cast<uint8_t>(cache), flags};
}

struct Table {
  OpInfo entries[NUM_OPCODES]{};
  constexpr Table() {
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags)                                     \
  entries[number] = make_table_entry(#name, ArgKind::argkind, cache, flags);
#include "bytecode/opcodes.def"
#undef OPCODE
  }
};
constexpr Table table;
} // namespace

const OpInfo op_info[NUM_OPCODES] = {
#define X(i) table.entries[i]
#define X8(i) X(i), X(i + 1), X(i + 2), X(i + 3), X(i + 4), X(i + 5), X(i + 6), X(i + 7)
#define X64(i) X8(i), X8(i + 8), X8(i + 16), X8(i + 24), X8(i + 32), X8(i + 40), X8(i + 48), X8(i + 56)
    X64(0), X64(64), X64(128), X64(192)
#undef X64
#undef X8
#undef X
};

std::optional<int> opcode_by_name(std::string_view name) noexcept {
  for (int i = 0; i < NUM_OPCODES; i++)
    if (op_info[i].name && name == op_info[i].name)
      return i;
  return std::nullopt;
}

int stack_effect(int op, int oparg32, bool jump) noexcept {
  // The table's formulas are evaluated in 64 bits and the result truncated:
  // any 32-bit oparg (dis.stack_effect accepts them all) gives the answer
  // CPython's wrap-around arithmetic gives, without signed overflow.
  int64_t oparg = oparg32;
  switch (op) {
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags)                                     \
  case number:                                                                                               \
    return static_cast<int>(jump ? int64_t(jump_effect) : int64_t(effect));
#include "bytecode/opcodes.def"
#undef OPCODE
  }
  return 0;
}

const char* const cmp_op_names[6] = {"<", "<=", "==", "!=", ">", ">="};

} // namespace coil::bytecode
