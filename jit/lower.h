// Lowering a code object to LLVM IR: one function per code object, one
// lowering function per opcode (declared below from bytecode/opcodes.def:
// the table in lower.cpp names every one of them, so a missing lowering
// fails the build).
//
// Invariants
// - The generated function is `{ptr, i64} @"module:qualname"(ptr %ts,
//   ptr %frame)` and follows the frame contract of interp/jit_iface.h.
// - Every reachable instruction has its own basic block, named by its byte
//   offset (`i12`); a lowering function emits the instruction's IR into the
//   current block and either branches itself or falls through (the driver
//   then branches to the next instruction).
// - Stack slot d is frame->localsplus[nlocalsplus + d]; the depth on entry
//   to each instruction is static (analysis.h).
// - Before any call that can run Python code, raise or allocate, the
//   lowering stores prev_instr and stacktop (`sync`).
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <map>
#include <string>
#include <vector>

#include "bytecode/opcodes.h"
#include "jit/analysis.h"
#include "runtime/objects/code.h"

namespace coil::jit {

// Runtime functions native code calls, by IR name.
struct HelperSym {
  const char* name;
  void* address;
};
const std::vector<HelperSym>& helper_symbols();

class Lowering {
public:
  Lowering(llvm::LLVMContext& ctx, llvm::Module& module, CodeObject* code, const Analysis& an,
           const std::string& fn_name);
  // Builds the function; false (reason in error) when it cannot.
  bool run();
  llvm::Function* function() const { return fn_; }
  std::string error;

  // ---- used by the per-opcode lowering functions
  llvm::LLVMContext& ctx;
  llvm::Module& module;
  llvm::IRBuilder<> b;
  CodeObject* code;
  const Analysis& an;
  const Instr* in = nullptr; // the instruction being lowered
  int pos = -1;              // its position in an.instrs
  bool terminated = false;   // the lowering branched/returned itself
  Object* kwnames = nullptr; // from a preceding KW_NAMES, for the next CALL

  llvm::Type* ptr;
  llvm::Type* i64;
  llvm::Type* i32;
  llvm::Type* i8;
  llvm::Type* i1;
  llvm::Value* ts;
  llvm::Value* frame;

  llvm::Value* const_ptr(const void* p);
  llvm::Value* obj_const(Object* o) { return const_ptr(o); }
  llvm::Value* field(size_t byte_offset); // address inside the frame
  llvm::Value* slot_addr(int depth);      // stack slot address
  llvm::Value* local_addr(int index);
  llvm::Value* load_slot(int depth);
  void store_slot(int depth, llvm::Value* v);
  int depth() const { return in->depth; } // stack depth on entry to the instruction
  // frame->prev_instr = the instruction (or the unit before it, for a
  // deopt/step that restarts at its first EXTENDED_ARG); frame->stacktop.
  void store_prev_instr(int unit);
  void store_stacktop(int depth);
  void sync(int depth) {
    store_prev_instr(in->index);
    store_stacktop(depth);
  }
  void incref(llvm::Value* o);
  void decref(llvm::Value* o);
  void xdecref(llvm::Value* o);
  llvm::Value* call(const char* helper, llvm::Type* ret, std::initializer_list<llvm::Value*> args);
  llvm::BasicBlock* block_for(int unit);
  llvm::BasicBlock* new_block(const char* name);
  // Branches to the error path when `failed` (i1); the exception's
  // traceback entry is added unless add_tb is false. stack_depth >= 0
  // stores frame->stacktop first (the live entries at the failure).
  void error_if(llvm::Value* failed, int stack_depth, llvm::Value* add_tb = nullptr);
  void error_if_null(llvm::Value* v, int stack_depth) { error_if(b.CreateIsNull(v), stack_depth); }
  void error_if_neg(llvm::Value* v, int stack_depth) {
    error_if(b.CreateICmpSLT(v, llvm::ConstantInt::get(v->getType(), 0)), stack_depth);
  }
  // Leaves native code at this instruction: the interpreter continues it.
  void deopt();
  // Runs this instruction with the interpreter's code (eval_step).
  void step();
  void ret(llvm::Value* value, intptr_t kind);
  // Jumps to `unit` (a branch target); checks the eval breaker on backward jumps.
  void jump(int unit);
  void check_eval_breaker();
  // Truth of v (i1): True/False by identity, else object_is_true. Consumes
  // nothing, but with release_on_error v is released before unwinding.
  llvm::Value* is_true_or_error(llvm::Value* v, int depth_on_error, bool release_on_error = false);

private:
  llvm::Function* fn_ = nullptr;
  std::vector<llvm::BasicBlock*> blocks_; // by position
  llvm::BasicBlock* error_bb_ = nullptr;
  llvm::BasicBlock* insert_before_ = nullptr; // keeps an instruction's blocks together
  llvm::PHINode* err_offset_ = nullptr;
  llvm::PHINode* err_tb_ = nullptr;
  std::map<std::string, llvm::FunctionCallee> helpers_;
  std::string fn_name_;
  void build_error_path();
};

// The per-opcode lowering functions.
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags) void lower_##name(Lowering& L);
#include "bytecode/opcodes.def"
#undef OPCODE

} // namespace coil::jit
