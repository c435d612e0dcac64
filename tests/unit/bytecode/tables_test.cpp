// Line table and exception table encoders/decoders, the code-unit
// encoder/decoder and opcode-table stack effects, checked against values
// CPython 3.11 produces.
#include <gtest/gtest.h>

#include "bytecode/exceptiontable.h"
#include "bytecode/instruction.h"
#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"

namespace coil::bytecode {
namespace {

std::string bytes(std::initializer_list<int> v) {
  std::string s;
  for (int b : v)
    s.push_back(char(b));
  return s;
}

// `x=1\ndef f(a):\n  return a\n` compiled by CPython 3.11: module table.
TEST(LineTable, EncodesLikeCPython) {
  LineTableWriter w(1);
  w.add({0, 1, 0, 0}, 1); // RESUME
  w.add({1, 1, 2, 3}, 1); // LOAD_CONST 1
  w.add({1, 1, 0, 1}, 1); // STORE_NAME x
  for (int i = 0; i < 5; i++)
    w.add({2, 3, 0, 10}, 1); // def f ... (5 instructions)
  EXPECT_EQ(w.bytes(), bytes({0xf0, 0x03, 0x01, 0x01, 0x01, 0xd8, 0x02, 0x03, 0x80, 0x01, 0xf0, 0x02,
                              0x01, 0x01, 0x0b, 0xf0, 0x00, 0x01, 0x01, 0x0b, 0xf0, 0x00, 0x01, 0x01,
                              0x0b, 0xf0, 0x00, 0x01, 0x01, 0x0b, 0xf0, 0x00, 0x01, 0x01, 0x0b}));
}

TEST(LineTable, FunctionTable) {
  // def f(a):\n  return a  -> b'\x80\x00\xd8\t\n\x80('
  LineTableWriter w(2);
  w.add({2, 2, 0, 0}, 1);
  w.add({3, 3, 9, 10}, 1);
  w.add({3, 3, 2, 10}, 1);
  EXPECT_EQ(w.bytes(), bytes({0x80, 0x00, 0xd8, 0x09, 0x0a, 0x80, 0x28}));
}

TEST(LineTable, RoundTripAllForms) {
  std::vector<std::pair<Location, int>> in = {
      {{-1, -1, -1, -1}, 2},  // none
      {{5, 5, -1, -1}, 1},    // no columns
      {{5, 5, 3, 9}, 3},      // short
      {{6, 6, 100, 120}, 1},  // one-line (delta 1)
      {{8, 8, 1, 2}, 1},      // one-line (delta 2)
      {{30, 34, 200, 7}, 11}, // long, split into 8 + 3
      {{2, 2, 0, 0}, 1},      // negative delta -> long
      {{2, 2, 90, 95}, 1},    // column >= 80 -> one-line
  };
  LineTableWriter w(5);
  int n = 0;
  for (auto& [loc, len] : in) {
    w.add(loc, len);
    n += len;
  }
  auto out = decode_positions(w.bytes(), 5, n);
  int k = 0;
  for (auto& [loc, len] : in)
    for (int i = 0; i < len; i++, k++)
      EXPECT_EQ(out[size_t(k)], loc) << "unit " << k;
  auto lines = decode_lines(w.bytes(), 5);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0].start, 0);
  EXPECT_EQ(lines[0].end, 4);
  EXPECT_EQ(lines[0].line, -1);
  EXPECT_EQ(lines.back().end, n * 2);
}

TEST(ExceptionTable, EncodesLikeCPython) {
  // def f():\n try: g()\n except ValueError as e: pass  -- CPython 3.11's
  // co_exceptiontable is b"\x82\x0e\x12\x00\x92\n'\x03\xa2\x05'\x03".
  std::vector<ExceptionTableEntry> e = {{2, 16, 18, 0, false}, {18, 28, 39, 1, true}, {34, 39, 39, 1, true}};
  std::string t = encode_exception_table(e);
  EXPECT_EQ(t, bytes({0x82, 0x0e, 0x12, 0x00, 0x92, 0x0a, 0x27, 0x03, 0xa2, 0x05, 0x27, 0x03}));
  EXPECT_EQ(decode_exception_table(t), e);
}

TEST(ExceptionTable, LargeValuesAndLookup) {
  std::vector<ExceptionTableEntry> e = {
      {0, 10, 100, 2, false}, {10, 5000, 70000, 63, true}, {6000, 6001, 5, 0, false}};
  std::string t = encode_exception_table(e);
  EXPECT_EQ(decode_exception_table(t), e);
  auto h = find_handler(t, 3);
  ASSERT_TRUE(h);
  EXPECT_EQ(h->target, 100);
  EXPECT_EQ(h->depth, 2);
  EXPECT_FALSE(h->lasti);
  h = find_handler(t, 4999);
  ASSERT_TRUE(h);
  EXPECT_EQ(h->target, 70000);
  EXPECT_EQ(h->depth, 63);
  EXPECT_TRUE(h->lasti);
  EXPECT_FALSE(find_handler(t, 5000));
  EXPECT_TRUE(find_handler(t, 6000));
  EXPECT_FALSE(find_handler(t, 6001));
  EXPECT_FALSE(find_handler(std::string(), 0));
}

TEST(Instruction, EncodeDecodeWithExtendedArgAndCaches) {
  std::vector<CodeUnit> code;
  emit_instruction(code, RESUME, 0);
  emit_instruction(code, LOAD_CONST, 0x12345);
  emit_instruction(code, LOAD_GLOBAL, 3);
  emit_instruction(code, RETURN_VALUE, 0);
  // RESUME(1) + EXTENDED_ARG x2 + LOAD_CONST + LOAD_GLOBAL + 5 caches + RETURN_VALUE
  ASSERT_EQ(code.size(), 1u + 3u + 6u + 1u);
  EXPECT_EQ(unit_opcode(code[1]), EXTENDED_ARG);
  EXPECT_EQ(unit_oparg(code[1]), 0x01);
  EXPECT_EQ(unit_oparg(code[2]), 0x23);
  EXPECT_EQ(unit_oparg(code[3]), 0x45);
  InstructionIterator it(code.data(), int(code.size()));
  auto all = it.all();
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[1].opcode, LOAD_CONST);
  EXPECT_EQ(all[1].oparg, 0x12345);
  EXPECT_EQ(all[1].start, 1);
  EXPECT_EQ(all[1].offset, 3);
  EXPECT_EQ(all[2].opcode, LOAD_GLOBAL);
  EXPECT_EQ(all[2].ncaches, 5);
  EXPECT_EQ(all[3].offset, 10);
  EXPECT_EQ(instruction_size(LOAD_METHOD, 300), 1 + 1 + 10);
  // Unfolded decoding shows EXTENDED_ARG on its own.
  InstructionIterator raw(code.data(), int(code.size()), false);
  auto r = raw.all();
  EXPECT_EQ(r[1].opcode, EXTENDED_ARG);
}

TEST(Instruction, JumpTargets) {
  std::vector<CodeUnit> code;
  emit_instruction(code, NOP, 0);
  emit_instruction(code, JUMP_FORWARD, 2);
  emit_instruction(code, NOP, 0);
  emit_instruction(code, NOP, 0);
  emit_instruction(code, JUMP_BACKWARD, 5);
  auto all = InstructionIterator(code.data(), int(code.size())).all();
  EXPECT_EQ(all[1].jump_target(), 4);
  EXPECT_EQ(all[4].jump_target(), 0);
  EXPECT_EQ(all[0].jump_target(), -1);
}

// Values of CPython 3.11's dis.stack_effect(op, arg, jump=...).
TEST(StackEffect, MatchesCPython) {
  EXPECT_EQ(stack_effect(POP_TOP, 0, false), -1);
  EXPECT_EQ(stack_effect(LOAD_GLOBAL, 1, false), 2);
  EXPECT_EQ(stack_effect(LOAD_GLOBAL, 0, false), 1);
  EXPECT_EQ(stack_effect(FOR_ITER, 0, false), 1);
  EXPECT_EQ(stack_effect(FOR_ITER, 0, true), -1);
  EXPECT_EQ(stack_effect(SEND, 0, true), -1);
  EXPECT_EQ(stack_effect(SEND, 0, false), 0);
  EXPECT_EQ(stack_effect(JUMP_IF_TRUE_OR_POP, 0, true), 0);
  EXPECT_EQ(stack_effect(JUMP_IF_TRUE_OR_POP, 0, false), -1);
  EXPECT_EQ(stack_effect(BUILD_MAP, 3, false), -5);
  EXPECT_EQ(stack_effect(UNPACK_EX, 0x0102, false), 3);
  EXPECT_EQ(stack_effect(MAKE_FUNCTION, 0x0f, false), -4);
  EXPECT_EQ(stack_effect(CALL_FUNCTION_EX, 1, false), -3);
  EXPECT_EQ(stack_effect(PRECALL, 3, false), -3);
  EXPECT_EQ(stack_effect(CALL, 3, false), -1);
  EXPECT_EQ(stack_effect(FORMAT_VALUE, 4, false), -1);
  EXPECT_EQ(stack_effect(BUILD_SLICE, 3, false), -2);
  EXPECT_EQ(stack_effect(RAISE_VARARGS, 2, false), -2);
  EXPECT_EQ(stack_effect(WITH_EXCEPT_START, 0, false), 1);
  EXPECT_EQ(stack_effect(MATCH_CLASS, 2, false), -2);
  EXPECT_EQ(stack_effect(END_ASYNC_FOR, 0, false), -2);
}

} // namespace
} // namespace coil::bytecode
