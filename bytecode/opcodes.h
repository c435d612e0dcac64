// Everything generated from bytecode/opcodes.def: the Opcode enum, names,
// cache sizes, argument kinds, flags and stack effects.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace coil::bytecode {

enum class ArgKind : uint8_t { NONE, INT, CONST, NAME, LOCAL, FREE, JREL, JBACK, CMP, BINOP, GLOBAL, IS, CONTAINS, FORMAT, CALL, RESUME, RAISE, EXT };

enum OpFlags : uint32_t {
  F_NONE = 0,
  F_JUMP = 1u << 0,
  F_COND = 1u << 1,
  F_TERM = 1u << 2,
  F_RAISES = 1u << 3,
  F_HASARG = 1u << 4,
};

enum Opcode : uint8_t {
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags) name = number,
#include "bytecode/opcodes.def"
#undef OPCODE
};

constexpr int HAVE_ARGUMENT = 90;
constexpr int NUM_OPCODES = 256;

struct OpInfo {
  const char* name;    // nullptr for unused numbers
  ArgKind argkind;
  uint8_t cache;       // inline cache entries
  uint32_t flags;
};

// Indexed by opcode number.
extern const OpInfo op_info[NUM_OPCODES];

inline const char* opcode_name(int op) noexcept { return op_info[op].name; }
inline int cache_entries(int op) noexcept { return op_info[op].cache; }
inline bool is_jump(int op) noexcept { return (op_info[op].flags & (F_JUMP | F_COND)) != 0; }
inline bool is_backward_jump(int op) noexcept { return op_info[op].argkind == ArgKind::JBACK; }
inline bool is_terminator(int op) noexcept { return (op_info[op].flags & F_TERM) != 0; }
std::optional<int> opcode_by_name(std::string_view name) noexcept;

// Net stack effect of executing op with oparg: fall-through or branch taken.
int stack_effect(int op, int oparg, bool jump) noexcept;

// COMPARE_OP's oparg names ('<', '<=', '==', '!=', '>', '>='), dis.cmp_op.
extern const char* const cmp_op_names[6];

} // namespace coil::bytecode
