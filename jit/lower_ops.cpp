// One lowering function per opcode. Instructions on the hot paths of
// ordinary code are lowered to IR that calls the runtime directly (with
// inline refcounting and fast paths for small ints); the rest run the
// interpreter's own body through eval_step, at the same frame state, so
// their semantics cannot drift apart. Each function's comment names the
// interpreter body (interp/eval.cpp) it mirrors.
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include <cstddef>
#include <cstdint>

#include "interp/call_site.h"
#include "interp/inline_cache.h"
#include "interp/jit_iface.h"
#include "jit/lower.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"

namespace coil::jit {

using namespace llvm;
using namespace coil::bytecode;

namespace {

Value* i32c(Lowering& L, int v) {
  return ConstantInt::get(L.i32, static_cast<uint64_t>(static_cast<int64_t>(v)), true);
}
Value* null_ptr(Lowering& L) {
  return ConstantPointerNull::get(PointerType::get(L.ctx, 0));
}
Object* name_at(Lowering& L, int i) {
  return tuple_get(L.code->names, i);
}
Object* const_at(Lowering& L, int i) {
  return tuple_get(L.code->consts, i);
}

Value* bool_obj(Lowering& L, Value* cond) {
  Value* v = L.b.CreateSelect(cond, L.obj_const(True), L.obj_const(False));
  L.incref(v);
  return v;
}

// Consumes `v` (as the POP_JUMP instructions do) and returns its truth (i1).
Value* truth_consume(Lowering& L, Value* v, int depth_after_pop) {
  Value* t = L.is_true_or_error(v, depth_after_pop, true);
  L.decref(v);
  return t;
}

void branch(Lowering& L, Value* cond, int target_unit) {
  BasicBlock* taken = L.new_block("taken");
  BasicBlock* fall = L.block_for(L.in->next);
  L.b.CreateCondBr(cond, taken, fall ? fall : taken);
  L.b.SetInsertPoint(taken);
  L.jump(target_unit);
}

// Exact int with an inline (non-GMP) value: i1.
Value* is_small_int(Lowering& L, Value* o) {
  auto& b = L.b;
  Value* type = b.CreateLoad(L.ptr, b.CreateConstInBoundsGEP1_64(L.i8, o, offsetof(Object, type)));
  Value* exact = b.CreateICmpEQ(type, L.const_ptr(&IntType));
  Value* big = b.CreateLoad(L.i8, b.CreateConstInBoundsGEP1_64(L.i8, o, offsetof(IntObject, is_big)));
  return b.CreateAnd(exact, b.CreateICmpEQ(big, ConstantInt::get(L.i8, 0)));
}
Value* small_value(Lowering& L, Value* o) {
  return L.b.CreateLoad(L.i64, L.b.CreateConstInBoundsGEP1_64(L.i8, o, offsetof(IntObject, small)));
}

} // namespace

// ---------------------------------------------------------------- no-ops
void lower_CACHE(Lowering&) {}
void lower_NOP(Lowering&) {}
void lower_EXTENDED_ARG(Lowering&) {} // folded into the next instruction by the analysis
// PRECALL only splits a bound method into (function, self); CALL's lowering
// does the same before calling, so nothing observable happens here.
void lower_PRECALL(Lowering&) {}
void lower_KW_NAMES(Lowering& L) {
  L.kwnames = const_at(L, L.in->oparg);
}

// CodeObject::warmup (interp/call_site.h), as the interpreter's RESUME and
// JUMP_BACKWARD count it; nothing once the code is warm (it stays so).
static void warmup_tick(Lowering& L) {
  if (L.code->warmup >= interp::CODE_WARM)
    return;
  Value* addr = L.const_ptr(&L.code->warmup);
  Value* w = L.b.CreateLoad(L.i32, addr);
  Value* cold = L.b.CreateICmpULT(w, ConstantInt::get(L.i32, interp::CODE_WARM));
  Value* next = L.b.CreateAdd(w, ConstantInt::get(L.i32, 1));
  L.b.CreateStore(L.b.CreateSelect(cold, next, w), addr);
}

void lower_RESUME(Lowering& L) {
  warmup_tick(L);
  if (L.in->oparg < 2) {
    L.sync(L.depth());
    L.check_eval_breaker();
  }
}

// ---------------------------------------------------------------- stack
void lower_POP_TOP(Lowering& L) {
  L.decref(L.load_slot(L.depth() - 1));
}
void lower_PUSH_NULL(Lowering& L) {
  L.store_slot(L.depth(), null_ptr(L));
}
void lower_COPY(Lowering& L) {
  Value* v = L.load_slot(L.depth() - L.in->oparg);
  L.incref(v);
  L.store_slot(L.depth(), v);
}
void lower_SWAP(Lowering& L) {
  int d = L.depth();
  Value* top = L.load_slot(d - 1);
  Value* other = L.load_slot(d - L.in->oparg);
  L.store_slot(d - 1, other);
  L.store_slot(d - L.in->oparg, top);
}

// ---------------------------------------------------------------- locals
// Pushes v (a local's or a cell's content), raising UnboundLocalError /
// NameError as the interpreter does when it is unbound (nullptr).
static void push_bound(Lowering& L, Value* v) {
  BasicBlock* unbound = L.new_block("unbound");
  BasicBlock* ok = L.new_block("bound");
  L.b.CreateCondBr(L.b.CreateIsNull(v), unbound, ok, MDBuilder(L.ctx).createBranchWeights(1, 1000));
  L.b.SetInsertPoint(unbound);
  L.sync(L.depth());
  L.call("coil.raise_unbound_local", Type::getVoidTy(L.ctx), {L.const_ptr(L.code), i32c(L, L.in->oparg)});
  L.error_if(ConstantInt::getTrue(L.ctx), L.depth());
  L.b.CreateUnreachable();
  L.b.SetInsertPoint(ok);
  L.incref(v);
  L.store_slot(L.depth(), v);
}
static void load_local_checked(Lowering& L) {
  push_bound(L, L.b.CreateLoad(L.ptr, L.local_addr(L.in->oparg)));
}
void lower_LOAD_FAST(Lowering& L) {
  load_local_checked(L);
}
void lower_LOAD_CLOSURE(Lowering& L) {
  load_local_checked(L);
}
void lower_STORE_FAST(Lowering& L) {
  Value* v = L.load_slot(L.depth() - 1);
  Value* addr = L.local_addr(L.in->oparg);
  Value* old = L.b.CreateLoad(L.ptr, addr);
  L.b.CreateStore(v, addr);
  L.store_stacktop(L.depth() - 1); // a __del__ run by the release sees the popped stack
  L.xdecref(old);
}
void lower_DELETE_FAST(Lowering& L) {
  L.step();
}
void lower_LOAD_CONST(Lowering& L) {
  Value* c = L.obj_const(const_at(L, L.in->oparg));
  L.incref(c);
  L.store_slot(L.depth(), c);
}

// ---------------------------------------------------------------- cells
void lower_MAKE_CELL(Lowering& L) {
  L.step();
}
void lower_COPY_FREE_VARS(Lowering& L) {
  L.step();
}
void lower_LOAD_DEREF(Lowering& L) {
  Value* cell = L.b.CreateLoad(L.ptr, L.local_addr(L.in->oparg));
  push_bound(L, L.b.CreateLoad(L.ptr, L.b.CreateConstInBoundsGEP1_64(L.i8, cell, offsetof(CellObject, ref))));
}
void lower_STORE_DEREF(Lowering& L) {
  L.step();
}
void lower_DELETE_DEREF(Lowering& L) {
  L.step();
}
void lower_LOAD_CLASSDEREF(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- names
void lower_LOAD_NAME(Lowering& L) {
  L.step();
}
void lower_STORE_NAME(Lowering& L) {
  L.step();
}
void lower_DELETE_NAME(Lowering& L) {
  L.step();
}
void lower_LOAD_GLOBAL(Lowering& L) {
  int d = L.depth();
  L.sync(d);
  Object* name = name_at(L, L.in->oparg >> 1);
  InlineCacheEntry* e = interp::site_entry(L.code, L.in->index);
  Value* v = e ? L.call("coil.load_global_cached", L.ptr, {L.frame, L.obj_const(name), L.const_ptr(e)})
               : L.call("coil.load_global", L.ptr, {L.frame, L.obj_const(name)});
  L.error_if_null(v, d);
  if (L.in->oparg & 1) {
    L.store_slot(d, null_ptr(L));
    L.store_slot(d + 1, v);
  } else {
    L.store_slot(d, v);
  }
}
void lower_STORE_GLOBAL(Lowering& L) {
  L.step();
}
void lower_DELETE_GLOBAL(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- attributes
void lower_LOAD_ATTR(Lowering& L) {
  int d = L.depth();
  Value* owner = L.load_slot(d - 1);
  L.sync(d);
  Object* name = name_at(L, L.in->oparg);
  InlineCacheEntry* e = interp::site_entry(L.code, L.in->index);
  Value* r = e ? L.call("coil.load_attr_cached", L.ptr, {owner, L.obj_const(name), L.const_ptr(e)})
               : L.call("coil.object_getattr", L.ptr, {owner, L.obj_const(name)});
  L.error_if_null(r, d);
  L.store_slot(d - 1, r);
  L.decref(owner);
}
void lower_LOAD_METHOD(Lowering& L) {
  int d = L.depth();
  L.sync(d);
  InlineCacheEntry* e = interp::site_entry(L.code, L.in->index);
  Value* r = L.call("coil.jit_load_method", L.i32,
                    {L.slot_addr(d - 1), L.obj_const(name_at(L, L.in->oparg)), L.const_ptr(e)});
  L.error_if_neg(r, d);
}
void lower_STORE_ATTR(Lowering& L) {
  int d = L.depth();
  Value* owner = L.load_slot(d - 1);
  Value* v = L.load_slot(d - 2);
  L.sync(d - 2);
  Value* r = L.call("coil.object_setattr", L.i32, {owner, L.obj_const(name_at(L, L.in->oparg)), v});
  L.decref(v);
  L.decref(owner);
  L.error_if_neg(r, d - 2);
}
void lower_DELETE_ATTR(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- operators
void lower_UNARY_POSITIVE(Lowering& L) {
  L.step();
}
void lower_UNARY_NEGATIVE(Lowering& L) {
  L.step();
}
void lower_UNARY_INVERT(Lowering& L) {
  L.step();
}
void lower_UNARY_NOT(Lowering& L) {
  L.step();
}

// BINARY_OP: exact small ints add/subtract/multiply inline (overflow goes to
// the generic path, which switches to GMP); everything else binary_op().
void lower_BINARY_OP(Lowering& L) {
  auto& b = L.b;
  int d = L.depth();
  int op = L.in->oparg;
  Value* lhs = L.load_slot(d - 2);
  Value* rhs = L.load_slot(d - 1);
  Intrinsic::ID intrinsic = Intrinsic::not_intrinsic;
  if (op == 0 || op == 13)
    intrinsic = Intrinsic::sadd_with_overflow;
  else if (op == 10 || op == 23)
    intrinsic = Intrinsic::ssub_with_overflow;
  else if (op == 5 || op == 18)
    intrinsic = Intrinsic::smul_with_overflow;
  BasicBlock* generic = L.new_block("binop.generic");
  BasicBlock* done = L.new_block("binop.done");
  PHINode* result = nullptr;
  BasicBlock* fast_end = nullptr;
  Value* fast_val = nullptr;
  bool divmod = op == 2 || op == 15 || op == 6 || op == 19; // //, //=, %, %=
  if (divmod) {
    // Python's floor division and modulo on machine ints: the quotient
    // rounds toward minus infinity and the remainder takes the divisor's
    // sign. A zero divisor (ZeroDivisionError) and INT64_MIN // -1 take
    // the generic path.
    BasicBlock* fast = L.new_block("binop.divmod");
    Value* a = nullptr;
    Value* bv = nullptr;
    BasicBlock* check = L.new_block("binop.divmod.check");
    b.CreateCondBr(b.CreateAnd(is_small_int(L, lhs), is_small_int(L, rhs)), check, generic);
    b.SetInsertPoint(check);
    a = small_value(L, lhs);
    bv = small_value(L, rhs);
    Value* zero = ConstantInt::get(L.i64, 0);
    Value* bad =
        b.CreateOr(b.CreateICmpEQ(bv, zero),
                   b.CreateAnd(b.CreateICmpEQ(a, ConstantInt::get(L.i64, INT64_MIN)),
                               b.CreateICmpEQ(bv, ConstantInt::get(L.i64, static_cast<uint64_t>(-1)))));
    b.CreateCondBr(bad, generic, fast);
    b.SetInsertPoint(fast);
    Value* q = b.CreateSDiv(a, bv);
    Value* r = b.CreateSRem(a, bv);
    Value* adjust = b.CreateAnd(b.CreateICmpNE(r, zero), b.CreateICmpSLT(b.CreateXor(r, bv), zero));
    Value* v = (op == 2 || op == 15) ? b.CreateSub(q, b.CreateZExt(adjust, L.i64))
                                     : b.CreateAdd(r, b.CreateSelect(adjust, bv, zero));
    L.sync(d);
    fast_val = L.call("coil.int_from_i64", L.ptr, {v});
    fast_end = b.GetInsertBlock();
    b.CreateBr(done);
  } else if (intrinsic != Intrinsic::not_intrinsic) {
    BasicBlock* fast = L.new_block("binop.int");
    b.CreateCondBr(b.CreateAnd(is_small_int(L, lhs), is_small_int(L, rhs)), fast, generic);
    b.SetInsertPoint(fast);
    Value* pair = b.CreateBinaryIntrinsic(intrinsic, small_value(L, lhs), small_value(L, rhs));
    BasicBlock* box = L.new_block("binop.box");
    b.CreateCondBr(b.CreateExtractValue(pair, 1), generic, box,
                   MDBuilder(L.ctx).createBranchWeights(1, 1000));
    b.SetInsertPoint(box);
    L.sync(d);
    fast_val = L.call("coil.int_from_i64", L.ptr, {b.CreateExtractValue(pair, 0)});
    fast_end = b.GetInsertBlock();
    b.CreateBr(done);
  } else {
    b.CreateBr(generic);
  }
  b.SetInsertPoint(generic);
  L.sync(d);
  Value* slow_val = L.call("coil.binary_op", L.ptr, {lhs, rhs, i32c(L, op)});
  BasicBlock* slow_end = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  result = b.CreatePHI(L.ptr, 2);
  result->addIncoming(slow_val, slow_end);
  if (fast_end)
    result->addIncoming(fast_val, fast_end);
  L.error_if_null(result, d);
  L.decref(lhs);
  L.decref(rhs);
  L.store_slot(d - 2, result);
}

// COMPARE_OP: exact small ints compare inline; else object_richcompare_op().
void lower_COMPARE_OP(Lowering& L) {
  auto& b = L.b;
  int d = L.depth();
  int op = L.in->oparg;
  Value* left = L.load_slot(d - 2);
  Value* right = L.load_slot(d - 1);
  BasicBlock* fast = L.new_block("cmp.int");
  BasicBlock* generic = L.new_block("cmp.generic");
  BasicBlock* done = L.new_block("cmp.done");
  b.CreateCondBr(b.CreateAnd(is_small_int(L, left), is_small_int(L, right)), fast, generic);
  b.SetInsertPoint(fast);
  static const CmpInst::Predicate preds[6] = {CmpInst::ICMP_SLT, CmpInst::ICMP_SLE, CmpInst::ICMP_EQ,
                                              CmpInst::ICMP_NE,  CmpInst::ICMP_SGT, CmpInst::ICMP_SGE};
  Value* c = b.CreateICmp(preds[op < 6 ? op : 2], small_value(L, left), small_value(L, right));
  Value* fast_val = bool_obj(L, c);
  BasicBlock* fast_end = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(generic);
  L.sync(d);
  Value* slow_val = L.call("coil.object_richcompare_op", L.ptr, {left, right, i32c(L, op)});
  BasicBlock* slow_end = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  PHINode* r = b.CreatePHI(L.ptr, 2);
  r->addIncoming(fast_val, fast_end);
  r->addIncoming(slow_val, slow_end);
  L.error_if_null(r, d);
  L.decref(left);
  L.decref(right);
  L.store_slot(d - 2, r);
}

void lower_IS_OP(Lowering& L) {
  int d = L.depth();
  Value* right = L.load_slot(d - 1);
  Value* left = L.load_slot(d - 2);
  Value* same = L.b.CreateICmpEQ(left, right);
  Value* res = L.in->oparg ? L.b.CreateNot(same) : same;
  L.store_stacktop(d - 1);
  L.decref(left);
  L.decref(right);
  L.store_slot(d - 2, bool_obj(L, res));
}

void lower_CONTAINS_OP(Lowering& L) {
  int d = L.depth();
  Value* right = L.load_slot(d - 1);
  Value* left = L.load_slot(d - 2);
  L.sync(d);
  Value* r = L.call("coil.sequence_contains", L.i32, {right, left});
  L.error_if_neg(r, d);
  L.decref(left);
  L.decref(right);
  Value* t = L.b.CreateICmpNE(r, i32c(L, 0));
  L.store_slot(d - 2, bool_obj(L, L.in->oparg ? L.b.CreateNot(t) : t));
}

void lower_BINARY_SUBSCR(Lowering& L) {
  int d = L.depth();
  Value* sub = L.load_slot(d - 1);
  Value* container = L.load_slot(d - 2);
  L.sync(d);
  Value* r = L.call("coil.object_getitem", L.ptr, {container, sub});
  L.error_if_null(r, d);
  L.decref(container);
  L.decref(sub);
  L.store_slot(d - 2, r);
}

void lower_STORE_SUBSCR(Lowering& L) {
  int d = L.depth();
  Value* sub = L.load_slot(d - 1);
  Value* container = L.load_slot(d - 2);
  Value* v = L.load_slot(d - 3);
  L.sync(d);
  Value* r = L.call("coil.object_setitem", L.i32, {container, sub, v});
  L.error_if_neg(r, d);
  L.store_stacktop(d - 3);
  L.decref(v);
  L.decref(container);
  L.decref(sub);
}
void lower_DELETE_SUBSCR(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- building
void lower_BUILD_TUPLE(Lowering& L) {
  L.step();
}
void lower_BUILD_LIST(Lowering& L) {
  L.step();
}
void lower_BUILD_SET(Lowering& L) {
  L.step();
}
void lower_BUILD_MAP(Lowering& L) {
  L.step();
}
void lower_BUILD_CONST_KEY_MAP(Lowering& L) {
  L.step();
}
void lower_BUILD_STRING(Lowering& L) {
  L.step();
}
void lower_BUILD_SLICE(Lowering& L) {
  L.step();
}
void lower_LIST_APPEND(Lowering& L) {
  L.step();
}
void lower_SET_ADD(Lowering& L) {
  L.step();
}
void lower_MAP_ADD(Lowering& L) {
  L.step();
}
void lower_LIST_EXTEND(Lowering& L) {
  L.step();
}
void lower_SET_UPDATE(Lowering& L) {
  L.step();
}
void lower_DICT_UPDATE(Lowering& L) {
  L.step();
}
void lower_DICT_MERGE(Lowering& L) {
  L.step();
}
void lower_LIST_TO_TUPLE(Lowering& L) {
  L.step();
}
void lower_FORMAT_VALUE(Lowering& L) {
  L.step();
}
void lower_UNPACK_SEQUENCE(Lowering& L) {
  L.step();
}
void lower_UNPACK_EX(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- control flow
void lower_JUMP_FORWARD(Lowering& L) {
  L.jump(L.in->target);
}
void lower_JUMP_BACKWARD(Lowering& L) {
  warmup_tick(L);
  L.jump(L.in->target);
}
void lower_JUMP_BACKWARD_NO_INTERRUPT(Lowering& L) {
  L.b.CreateBr(L.block_for(L.in->target));
  L.terminated = true;
}

static void pop_jump_if_bool(Lowering& L, bool want_true) {
  int d = L.depth();
  Value* cond = L.load_slot(d - 1);
  Value* t = truth_consume(L, cond, d - 1);
  branch(L, want_true ? t : L.b.CreateNot(t), L.in->target);
}
void lower_POP_JUMP_FORWARD_IF_FALSE(Lowering& L) {
  pop_jump_if_bool(L, false);
}
void lower_POP_JUMP_FORWARD_IF_TRUE(Lowering& L) {
  pop_jump_if_bool(L, true);
}
void lower_POP_JUMP_BACKWARD_IF_FALSE(Lowering& L) {
  pop_jump_if_bool(L, false);
}
void lower_POP_JUMP_BACKWARD_IF_TRUE(Lowering& L) {
  pop_jump_if_bool(L, true);
}

static void pop_jump_if_none(Lowering& L, bool want_none) {
  int d = L.depth();
  Value* v = L.load_slot(d - 1);
  Value* is_none = L.b.CreateICmpEQ(v, L.obj_const(None));
  L.store_stacktop(d - 1);
  L.decref(v);
  branch(L, want_none ? is_none : L.b.CreateNot(is_none), L.in->target);
}
void lower_POP_JUMP_FORWARD_IF_NONE(Lowering& L) {
  pop_jump_if_none(L, true);
}
void lower_POP_JUMP_FORWARD_IF_NOT_NONE(Lowering& L) {
  pop_jump_if_none(L, false);
}
void lower_POP_JUMP_BACKWARD_IF_NONE(Lowering& L) {
  pop_jump_if_none(L, true);
}
void lower_POP_JUMP_BACKWARD_IF_NOT_NONE(Lowering& L) {
  pop_jump_if_none(L, false);
}

static void jump_if_or_pop(Lowering& L, bool jump_when) {
  auto& b = L.b;
  int d = L.depth();
  Value* cond = L.load_slot(d - 1);
  Value* t = L.is_true_or_error(cond, d);
  BasicBlock* taken = L.new_block("taken");
  BasicBlock* pop = L.new_block("pop");
  b.CreateCondBr(jump_when ? t : b.CreateNot(t), taken, pop);
  b.SetInsertPoint(pop);
  L.store_stacktop(d - 1);
  L.decref(cond);
  BasicBlock* fall = L.block_for(L.in->next);
  b.CreateBr(fall ? fall : taken);
  b.SetInsertPoint(taken);
  L.jump(L.in->target);
}
void lower_JUMP_IF_FALSE_OR_POP(Lowering& L) {
  jump_if_or_pop(L, false);
}
void lower_JUMP_IF_TRUE_OR_POP(Lowering& L) {
  jump_if_or_pop(L, true);
}

void lower_GET_ITER(Lowering& L) {
  int d = L.depth();
  Value* iterable = L.load_slot(d - 1);
  L.sync(d);
  Value* it = L.call("coil.object_get_iter", L.ptr, {iterable});
  L.error_if_null(it, d);
  L.decref(iterable);
  L.store_slot(d - 1, it);
}

// FOR_ITER: the iterator's tp_iternext called directly from native code.
void lower_FOR_ITER(Lowering& L) {
  auto& b = L.b;
  int d = L.depth();
  Value* it = L.load_slot(d - 1);
  L.sync(d);
  Value* type = b.CreateLoad(L.ptr, b.CreateConstInBoundsGEP1_64(L.i8, it, offsetof(Object, type)));
  Value* fnp = b.CreateLoad(L.ptr, b.CreateConstInBoundsGEP1_64(L.i8, type, offsetof(TypeObject, iternext)));
  BasicBlock* direct = L.new_block("iternext");
  BasicBlock* generic = L.new_block("iter_next");
  BasicBlock* got = L.new_block("for.got");
  b.CreateCondBr(b.CreateIsNull(fnp), generic, direct);
  b.SetInsertPoint(direct);
  Value* n1 = b.CreateCall(llvm::FunctionType::get(L.ptr, {L.ptr}, false), fnp, {it});
  b.CreateBr(got);
  b.SetInsertPoint(generic);
  Value* n2 = L.call("coil.iter_next", L.ptr, {it});
  b.CreateBr(got);
  b.SetInsertPoint(got);
  PHINode* next = b.CreatePHI(L.ptr, 2);
  next->addIncoming(n1, direct);
  next->addIncoming(n2, generic);
  BasicBlock* have = L.new_block("for.item");
  BasicBlock* end = L.new_block("for.end");
  b.CreateCondBr(b.CreateIsNull(next), end, have, MDBuilder(L.ctx).createBranchWeights(1, 100));
  b.SetInsertPoint(end);
  Value* st = L.call("coil.jit_for_iter_end", L.i32, {});
  L.error_if_neg(st, d);
  L.store_stacktop(d - 1);
  L.decref(it);
  L.jump(L.in->target);
  L.terminated = false;
  b.SetInsertPoint(have);
  L.store_slot(d, next);
}

// ---------------------------------------------------------------- calls
void lower_CALL(Lowering& L) {
  int d = L.depth();
  int oparg = L.in->oparg;
  int base = d - oparg - 2;
  L.sync(d);
  Value* kw = L.kwnames ? L.obj_const(L.kwnames) : null_ptr(L);
  Value* r = L.call("coil.jit_call", L.ptr, {L.ts, L.frame, L.slot_addr(base), i32c(L, oparg), kw});
  L.store_slot(base, r);
  L.error_if_null(r, base);
  L.store_stacktop(base + 1);
  L.check_eval_breaker();
}
void lower_CALL_FUNCTION_EX(Lowering& L) {
  L.step();
}
void lower_MAKE_FUNCTION(Lowering& L) {
  L.step();
}

// ---------------------------------------------------------------- frame exits
void lower_RETURN_VALUE(Lowering& L) {
  int d = L.depth();
  Value* v = L.load_slot(d - 1);
  L.sync(d - 1);
  L.ret(v, interp::JIT_RETURN);
}
void lower_YIELD_VALUE(Lowering& L) {
  int d = L.depth();
  Value* v = L.load_slot(d - 1);
  L.sync(d - 1);
  L.ret(v, interp::JIT_YIELD);
}
// Creating the generator moves the frame: the interpreter does it, and
// native code takes the frame back at its first resumption.
void lower_RETURN_GENERATOR(Lowering& L) {
  L.deopt();
}

// ---------------------------------------------------------------- the rest: the interpreter's bodies
void lower_LOAD_BUILD_CLASS(Lowering& L) {
  L.step();
}
void lower_SETUP_ANNOTATIONS(Lowering& L) {
  L.step();
}
void lower_IMPORT_NAME(Lowering& L) {
  L.step();
}
void lower_IMPORT_FROM(Lowering& L) {
  L.step();
}
void lower_IMPORT_STAR(Lowering& L) {
  L.step();
}
void lower_PRINT_EXPR(Lowering& L) {
  L.step();
}
void lower_LOAD_ASSERTION_ERROR(Lowering& L) {
  L.step();
}
void lower_RAISE_VARARGS(Lowering& L) {
  L.step();
  L.b.CreateUnreachable(); // always raises
  L.terminated = true;
}
void lower_RERAISE(Lowering& L) {
  L.step();
  L.b.CreateUnreachable();
  L.terminated = true;
}
void lower_PUSH_EXC_INFO(Lowering& L) {
  L.step();
}
void lower_POP_EXCEPT(Lowering& L) {
  L.step();
}
void lower_CHECK_EXC_MATCH(Lowering& L) {
  L.step();
}
void lower_CHECK_EG_MATCH(Lowering& L) {
  L.step();
}
void lower_PREP_RERAISE_STAR(Lowering& L) {
  L.step();
}
void lower_BEFORE_WITH(Lowering& L) {
  L.step();
}
void lower_WITH_EXCEPT_START(Lowering& L) {
  L.step();
}
void lower_GET_LEN(Lowering& L) {
  L.step();
}
void lower_MATCH_MAPPING(Lowering& L) {
  L.step();
}
void lower_MATCH_SEQUENCE(Lowering& L) {
  L.step();
}
void lower_MATCH_KEYS(Lowering& L) {
  L.step();
}
void lower_MATCH_CLASS(Lowering& L) {
  L.step();
}
void lower_SEND(Lowering& L) {
  L.step();
}
void lower_GET_YIELD_FROM_ITER(Lowering& L) {
  L.step();
}
void lower_GET_AWAITABLE(Lowering& L) {
  L.step();
}
void lower_GET_AITER(Lowering& L) {
  L.step();
}
void lower_GET_ANEXT(Lowering& L) {
  L.step();
}
void lower_BEFORE_ASYNC_WITH(Lowering& L) {
  L.step();
}
void lower_END_ASYNC_FOR(Lowering& L) {
  L.step();
}
void lower_ASYNC_GEN_WRAP(Lowering& L) {
  L.step();
}

} // namespace coil::jit
