// The lowering driver and the building blocks the per-opcode lowering
// functions share (see lower.h).
#include "jit/lower.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/MDBuilder.h>

#include <algorithm>
#include <cstddef>

#include "interp/jit_iface.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/thread_state.h"

namespace coil::jit {

using namespace llvm;
using LowerFn = void (*)(Lowering&);

// Every opcode's lowering function, by number (a missing one is a link error).
static const struct LoweringTable {
  LowerFn fn[256] = {};
  LoweringTable() {
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags) fn[number] = lower_##name;
#include "bytecode/opcodes.def"
#undef OPCODE
  }
} lowerings;

Lowering::Lowering(LLVMContext& c, Module& m, CodeObject* co, const Analysis& a, const std::string& name)
    : ctx(c), module(m), b(c), code(co), an(a), fn_name_(name) {
  ptr = PointerType::get(c, 0);
  i64 = Type::getInt64Ty(c);
  i32 = Type::getInt32Ty(c);
  i8 = Type::getInt8Ty(c);
  i1 = Type::getInt1Ty(c);
}

Value* Lowering::const_ptr(const void* p) {
  return ConstantExpr::getIntToPtr(ConstantInt::get(i64, reinterpret_cast<uint64_t>(p)), ptr);
}

Value* Lowering::field(size_t off) {
  return b.CreateConstInBoundsGEP1_64(i8, frame, off);
}

Value* Lowering::local_addr(int index) {
  return field(offsetof(Frame, localsplus) + sizeof(Object*) * static_cast<size_t>(index));
}

Value* Lowering::slot_addr(int d) {
  return local_addr(code->nlocalsplus + d);
}
Value* Lowering::load_slot(int d) {
  return b.CreateLoad(ptr, slot_addr(d));
}
void Lowering::store_slot(int d, Value* v) {
  b.CreateStore(v, slot_addr(d));
}

void Lowering::store_prev_instr(int unit) {
  b.CreateStore(const_ptr(code->code + unit), field(offsetof(Frame, prev_instr)));
}

void Lowering::store_stacktop(int d) {
  b.CreateStore(ConstantInt::get(i32, code->nlocalsplus + d), field(offsetof(Frame, stacktop)));
}

void Lowering::incref(Value* o) {
  Value* rc = b.CreateLoad(i64, o);
  b.CreateStore(b.CreateAdd(rc, ConstantInt::get(i64, 1)), o);
}

void Lowering::decref(Value* o) {
  Value* rc = b.CreateSub(b.CreateLoad(i64, o), ConstantInt::get(i64, 1));
  b.CreateStore(rc, o);
  BasicBlock* dead = new_block("dealloc");
  BasicBlock* cont = new_block("live");
  b.CreateCondBr(b.CreateICmpEQ(rc, ConstantInt::get(i64, 0)), dead, cont,
                 MDBuilder(ctx).createBranchWeights(1, 100));
  b.SetInsertPoint(dead);
  call("coil.dealloc", Type::getVoidTy(ctx), {o});
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

void Lowering::xdecref(Value* o) {
  BasicBlock* some = new_block("xdecref");
  BasicBlock* cont = new_block("xdecref.done");
  b.CreateCondBr(b.CreateIsNull(o), cont, some);
  b.SetInsertPoint(some);
  decref(o);
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

Value* Lowering::call(const char* helper, Type* ret, std::initializer_list<Value*> args) {
  auto it = helpers_.find(helper);
  if (it == helpers_.end()) {
    std::vector<Type*> types;
    for (Value* a : args)
      types.push_back(a->getType());
    FunctionCallee f = module.getOrInsertFunction(helper, llvm::FunctionType::get(ret, types, false));
    it = helpers_.emplace(helper, f).first;
  }
  return b.CreateCall(it->second, std::vector<Value*>(args));
}

BasicBlock* Lowering::new_block(const char* name) {
  return BasicBlock::Create(ctx, name, fn_, insert_before_);
}

BasicBlock* Lowering::block_for(int unit) {
  int p = an.position_of(unit);
  return p >= 0 ? blocks_[static_cast<size_t>(p)] : nullptr;
}

void Lowering::error_if(Value* failed, int stack_depth, Value* add_tb) {
  BasicBlock* err = new_block("error");
  BasicBlock* cont = new_block("ok");
  b.CreateCondBr(failed, err, cont, MDBuilder(ctx).createBranchWeights(1, 1000));
  b.SetInsertPoint(err);
  if (stack_depth >= 0)
    store_stacktop(stack_depth);
  err_offset_->addIncoming(ConstantInt::get(i32, in->index), b.GetInsertBlock());
  err_tb_->addIncoming(add_tb ? add_tb : ConstantInt::getTrue(ctx), b.GetInsertBlock());
  b.CreateBr(error_bb_);
  b.SetInsertPoint(cont);
}

void Lowering::ret(Value* value, intptr_t kind) {
  Type* rt = fn_->getReturnType();
  Value* r = UndefValue::get(rt);
  r = b.CreateInsertValue(r, value, 0);
  r = b.CreateInsertValue(r, ConstantInt::get(i64, static_cast<uint64_t>(kind)), 1);
  b.CreateRet(r);
  terminated = true;
}

void Lowering::deopt() {
  store_prev_instr(in->start - 1);
  store_stacktop(in->depth);
  ret(ConstantPointerNull::get(PointerType::get(ctx, 0)), interp::JIT_DEOPT);
}

void Lowering::check_eval_breaker() {
  Value* interp = b.CreateLoad(ptr, b.CreateConstInBoundsGEP1_64(i8, ts, offsetof(ThreadState, interp)));
  Value* bits =
      b.CreateLoad(i32, b.CreateConstInBoundsGEP1_64(i8, interp, offsetof(Interpreter, eval_breaker)));
  BasicBlock* handle = new_block("eval_breaker");
  BasicBlock* cont = new_block("eval_breaker.done");
  b.CreateCondBr(b.CreateICmpNE(bits, ConstantInt::get(i32, 0)), handle, cont,
                 MDBuilder(ctx).createBranchWeights(1, 1000));
  b.SetInsertPoint(handle);
  Value* r = call("coil.handle_eval_breaker", i32, {ts});
  error_if_neg(r, -1);
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
}

void Lowering::jump(int unit) {
  if (unit <= in->index) {
    // A back-edge (a jump to itself too: `while True: pass`): the
    // interpreter checks the eval breaker here.
    int d = an.instrs[static_cast<size_t>(an.position_of(unit))].depth;
    sync(d);
    check_eval_breaker();
  }
  b.CreateBr(block_for(unit));
  terminated = true;
}

Value* Lowering::is_true_or_error(Value* v, int depth_on_error, bool release_on_error) {
  // True/False by identity; anything else through object_is_true.
  BasicBlock* slow = new_block("truth.slow");
  BasicBlock* done = new_block("truth.done");
  BasicBlock* start = b.GetInsertBlock();
  Value* is_true = b.CreateICmpEQ(v, obj_const(True));
  Value* is_false = b.CreateICmpEQ(v, obj_const(False));
  b.CreateCondBr(b.CreateOr(is_true, is_false), done, slow);
  b.SetInsertPoint(slow);
  sync(depth_on_error);
  Value* t = call("coil.object_is_true", i32, {v});
  if (release_on_error) {
    // The instruction had popped v: it is released before unwinding.
    BasicBlock* fail = new_block("truth.fail");
    BasicBlock* ok = new_block("truth.ok");
    b.CreateCondBr(b.CreateICmpSLT(t, ConstantInt::get(i32, 0)), fail, ok);
    b.SetInsertPoint(fail);
    decref(v);
    error_if(ConstantInt::getTrue(ctx), depth_on_error);
    b.CreateUnreachable();
    b.SetInsertPoint(ok);
  } else {
    error_if_neg(t, depth_on_error);
  }
  Value* tb = b.CreateICmpNE(t, ConstantInt::get(i32, 0));
  BasicBlock* slow_end = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  PHINode* phi = b.CreatePHI(i1, 2);
  phi->addIncoming(is_true, start);
  phi->addIncoming(tb, slow_end);
  return phi;
}

void Lowering::step() {
  // The interpreter restarts at the first EXTENDED_ARG of the instruction.
  store_prev_instr(in->start - 1);
  store_stacktop(in->depth);
  Value* kw =
      kwnames ? obj_const(kwnames) : static_cast<Value*>(ConstantPointerNull::get(PointerType::get(ctx, 0)));
  Value* st = call("coil.eval_step", i32, {ts, frame, kw});
  error_if(b.CreateICmpNE(st, ConstantInt::get(i32, interp::STEP_OK)), -1,
           b.CreateICmpEQ(st, ConstantInt::get(i32, interp::STEP_ERROR)));
  if (in->target >= 0) {
    // Where did it go? frame->prev_instr + 1 is the next instruction.
    Value* prev = b.CreateLoad(ptr, field(offsetof(Frame, prev_instr)));
    Value* jumped = b.CreateICmpEQ(prev, const_ptr(code->code + in->target - 1));
    BasicBlock* taken = block_for(in->target);
    BasicBlock* fall = block_for(in->next);
    if (!fall)
      fall = taken;
    b.CreateCondBr(jumped, taken, fall);
    terminated = true;
  }
}

void Lowering::build_error_path() {
  BasicBlock* saved = b.GetInsertBlock();
  error_bb_ = BasicBlock::Create(ctx, "unwind", fn_);
  b.SetInsertPoint(error_bb_);
  err_offset_ = b.CreatePHI(i32, 8, "offset");
  err_tb_ = b.CreatePHI(i1, 8, "add_tb");
  Value* target = call("coil.jit_unwind", i32, {ts, frame, err_offset_, b.CreateZExt(err_tb_, i32)});
  BasicBlock* leave = BasicBlock::Create(ctx, "leave", fn_);
  std::vector<int> targets = an.handler_targets;
  std::sort(targets.begin(), targets.end());
  targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  SwitchInst* sw = b.CreateSwitch(target, leave, static_cast<unsigned>(targets.size()));
  for (int t : targets)
    sw->addCase(ConstantInt::get(Type::getInt32Ty(ctx), static_cast<uint64_t>(t)), block_for(t));
  b.SetInsertPoint(leave);
  Type* rt = fn_->getReturnType();
  Value* r = UndefValue::get(rt);
  r = b.CreateInsertValue(r, ConstantPointerNull::get(PointerType::get(ctx, 0)), 0);
  r = b.CreateInsertValue(r, ConstantInt::get(i64, interp::JIT_ERROR), 1);
  b.CreateRet(r);
  if (saved)
    b.SetInsertPoint(saved);
}

bool Lowering::run() {
  StructType* rt = StructType::get(ctx, {ptr, i64});
  llvm::FunctionType* ft = llvm::FunctionType::get(rt, {ptr, ptr}, false);
  fn_ = Function::Create(ft, Function::ExternalLinkage, fn_name_, module);
  ts = fn_->getArg(0);
  frame = fn_->getArg(1);
  ts->setName("ts");
  frame->setName("frame");
  fn_->addFnAttr("frame-pointer", "all"); // perf and gdb can walk through native frames

  BasicBlock* entry = BasicBlock::Create(ctx, "entry", fn_);
  blocks_.assign(an.instrs.size(), nullptr);
  for (size_t p = 0; p < an.instrs.size(); p++) {
    if (an.instrs[p].depth >= 0)
      blocks_[p] = BasicBlock::Create(ctx, "i" + std::to_string(an.instrs[p].index * 2), fn_);
  }
  build_error_path();

  // Entry: dispatch on where the frame stands (prev_instr + 1).
  b.SetInsertPoint(entry);
  Value* prev = b.CreateLoad(ptr, field(offsetof(Frame, prev_instr)));
  Value* diff =
      b.CreateSub(b.CreatePtrToInt(prev, i64), ConstantInt::get(i64, reinterpret_cast<uint64_t>(code->code)));
  Value* next_unit = b.CreateAdd(b.CreateAShr(diff, 1), ConstantInt::get(i64, 1));
  BasicBlock* no_entry = BasicBlock::Create(ctx, "not_an_entry", fn_);
  SwitchInst* sw = b.CreateSwitch(next_unit, no_entry);
  for (size_t p = 0; p < an.instrs.size(); p++) {
    const Instr& e = an.instrs[p];
    if (e.entry && e.depth >= 0)
      sw->addCase(ConstantInt::get(Type::getInt64Ty(ctx), static_cast<uint64_t>(e.start)), blocks_[p]);
  }
  b.SetInsertPoint(no_entry);
  {
    Value* r = UndefValue::get(rt);
    r = b.CreateInsertValue(r, ConstantPointerNull::get(PointerType::get(ctx, 0)), 0);
    r = b.CreateInsertValue(r, ConstantInt::get(i64, interp::JIT_DEOPT), 1);
    b.CreateRet(r);
  }

  unsigned md_kind = ctx.getMDKindID("coil.bc");
  for (size_t p = 0; p < an.instrs.size(); p++) {
    if (!blocks_[p]) {
      kwnames = nullptr;
      continue;
    }
    in = &an.instrs[p];
    pos = static_cast<int>(p);
    terminated = false;
    BasicBlock* bb = blocks_[p];
    insert_before_ = nullptr;
    for (size_t q = p + 1; q < blocks_.size() && !insert_before_; q++)
      insert_before_ = blocks_[q];
    if (!insert_before_)
      insert_before_ = error_bb_;
    b.SetInsertPoint(bb);
    Object* pending_kw = kwnames;
    lowerings.fn[in->op](*this);
    if (in->op != bytecode::KW_NAMES && in->op != bytecode::PRECALL && pending_kw == kwnames)
      kwnames = nullptr; // KW_NAMES applies to the next instruction only
    if (!terminated) {
      BasicBlock* next = block_for(in->next);
      if (!next) {
        error = "control falls off the end of the code";
        return false;
      }
      b.CreateBr(next);
    }
    if (!bb->empty())
      bb->front().setMetadata(md_kind,
                              MDNode::get(ctx, {ConstantAsMetadata::get(ConstantInt::get(i32, in->index))}));
  }
  return true;
}

} // namespace coil::jit
