// Statements: control flow, exception handling (3.11 zero-cost tables via
// SETUP_* pseudo instructions), functions, classes, imports, assignments.
// Mirrors the instruction sequences of CPython 3.11's compile.c.
#include "frontend/compiler_internal.h"
#include "runtime/objects/code.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::frontend {

using namespace ast;
using namespace bytecode;

namespace {
constexpr int STACK_USE_GUIDELINE = 30;

Object* make_str(const std::string& s) {
  Object* o = str_from_utf8(s);
  return o;
}

bool find_ann(const std::vector<Stmt*>& stmts) {
  for (Stmt* s : stmts) {
    switch (s->kind) {
    case StmtKind::AnnAssign:
      return true;
    case StmtKind::For:
    case StmtKind::AsyncFor:
      if (find_ann(static_cast<For*>(s)->body) || find_ann(static_cast<For*>(s)->orelse))
        return true;
      break;
    case StmtKind::While:
      if (find_ann(static_cast<While*>(s)->body) || find_ann(static_cast<While*>(s)->orelse))
        return true;
      break;
    case StmtKind::If:
      if (find_ann(static_cast<If*>(s)->body) || find_ann(static_cast<If*>(s)->orelse))
        return true;
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith:
      if (find_ann(static_cast<With*>(s)->body))
        return true;
      break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<Try*>(s);
      for (auto* h : t->handlers)
        if (find_ann(h->body))
          return true;
      if (find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse))
        return true;
      break;
    }
    case StmtKind::Match:
      for (auto* c : static_cast<Match*>(s)->cases)
        if (find_ann(c->body))
          return true;
      break;
    default:
      break;
    }
  }
  return false;
}

bool is_docstring(const std::vector<Stmt*>& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr)
    return false;
  Expr* e = static_cast<ExprStmt*>(body[0])->value;
  if (e->kind != ExprKind::Constant)
    return false;
  auto& v = static_cast<Constant*>(e)->value;
  if (v.kind == ConstantValue::Kind::Str)
    return true;
  return v.kind == ConstantValue::Kind::Object && v.object && str_check_exact(v.object);
}
} // namespace

void Compiler::visit_stmts(const std::vector<Stmt*>& v) {
  for (auto* s : v)
    visit_stmt(s);
}

void Compiler::body(const std::vector<Stmt*>& stmts, bool) {
  if (u_->scope_type == ScopeType::Module && !stmts.empty())
    set_loc(stmts[0]);
  if (find_ann(stmts))
    addop(SETUP_ANNOTATIONS);
  if (stmts.empty())
    return;
  size_t i = 0;
  if (opts_.optimize < 2 && is_docstring(stmts)) {
    i = 1;
    set_loc(stmts[0]);
    visit_expr(static_cast<ExprStmt*>(stmts[0])->value);
    nameop("__doc__", ExprContext::Store);
  }
  for (; i < stmts.size(); i++)
    visit_stmt(stmts[i]);
}

void Compiler::visit_stmt(Stmt* s) {
  set_loc(s);
  switch (s->kind) {
  case StmtKind::FunctionDef:
  case StmtKind::AsyncFunctionDef:
    function_def(static_cast<FunctionDef*>(s));
    break;
  case StmtKind::ClassDef:
    class_def(static_cast<ClassDef*>(s));
    break;
  case StmtKind::Return: {
    auto* r = static_cast<Return*>(s);
    bool preserve_tos = r->value && r->value->kind != ExprKind::Constant;
    if (u_->ste->type != BlockType::Function)
      error("'return' outside function");
    if (r->value && u_->ste->coroutine && u_->ste->generator)
      error("'return' with value in async generator");
    if (preserve_tos) {
      visit_expr(r->value);
    } else if (r->value) {
      set_loc(r->value);
      addop(NOP);
    }
    if (!r->value || r->value->lineno != s->lineno) {
      set_loc(s);
      addop(NOP);
    }
    unwind_fblock_stack(preserve_tos, nullptr);
    if (!r->value)
      addop_load_const(None);
    else if (!preserve_tos)
      addop_load_const_new(constant_object(static_cast<Constant*>(r->value)->value));
    addop(RETURN_VALUE);
    break;
  }
  case StmtKind::Delete:
    visit_exprs(static_cast<Delete*>(s)->targets);
    break;
  case StmtKind::Assign: {
    auto* a = static_cast<Assign*>(s);
    visit_expr(a->value);
    for (size_t i = 0; i < a->targets.size(); i++) {
      if (i + 1 < a->targets.size())
        addop(COPY, 1);
      visit_expr(a->targets[i]);
    }
    break;
  }
  case StmtKind::AugAssign:
    augassign(static_cast<AugAssign*>(s));
    break;
  case StmtKind::AnnAssign:
    annassign(static_cast<AnnAssign*>(s));
    break;
  case StmtKind::For:
    for_stmt(static_cast<For*>(s));
    break;
  case StmtKind::AsyncFor:
    async_for(static_cast<For*>(s));
    break;
  case StmtKind::While:
    while_stmt(static_cast<While*>(s));
    break;
  case StmtKind::If:
    if_stmt(static_cast<If*>(s));
    break;
  case StmtKind::Match:
    match_stmt(static_cast<Match*>(s));
    break;
  case StmtKind::Raise: {
    auto* r = static_cast<Raise*>(s);
    int n = 0;
    if (r->exc) {
      visit_expr(r->exc);
      n++;
      if (r->cause) {
        visit_expr(r->cause);
        n++;
      }
    }
    addop(RAISE_VARARGS, n);
    next_block();
    break;
  }
  case StmtKind::Try: {
    auto* t = static_cast<Try*>(s);
    if (!t->finalbody.empty())
      try_finally(t);
    else
      try_except(t);
    break;
  }
  case StmtKind::TryStar: {
    auto* t = static_cast<Try*>(s);
    if (!t->finalbody.empty())
      try_star_finally(t);
    else
      try_star_except(t);
    break;
  }
  case StmtKind::Assert:
    assert_stmt(static_cast<Assert*>(s));
    break;
  case StmtKind::Import:
    import(static_cast<Import*>(s));
    break;
  case StmtKind::ImportFrom:
    import_from(static_cast<ImportFrom*>(s));
    break;
  case StmtKind::Global:
  case StmtKind::Nonlocal:
    break;
  case StmtKind::Expr: {
    Expr* value = static_cast<ExprStmt*>(s)->value;
    if (interactive_ && stack_.size() <= 1) {
      visit_expr(value);
      addop(PRINT_EXPR);
      break;
    }
    if (value->kind == ExprKind::Constant) {
      addop(NOP);
      break;
    }
    visit_expr(value);
    unset_loc();
    addop(POP_TOP);
    break;
  }
  case StmtKind::Pass:
    addop(NOP);
    break;
  case StmtKind::Break: {
    const FBlock* loop = nullptr;
    addop(NOP);
    unwind_fblock_stack(false, &loop);
    if (!loop) {
      set_loc(s);
      error("'break' outside loop");
    }
    FBlock copy = *loop;
    unwind_fblock(copy, false);
    addop_jump(JUMP, copy.exit);
    next_block();
    break;
  }
  case StmtKind::Continue: {
    const FBlock* loop = nullptr;
    addop(NOP);
    unwind_fblock_stack(false, &loop);
    if (!loop) {
      set_loc(s);
      error("'continue' not properly in loop");
    }
    addop_jump(JUMP, loop->block);
    next_block();
    break;
  }
  case StmtKind::With:
    with(static_cast<With*>(s), 0);
    break;
  case StmtKind::AsyncWith:
    async_with(static_cast<With*>(s), 0);
    break;
  }
}

// ---------------------------------------------------------------- unwinding

void Compiler::call_exit_with_nones() {
  addop_load_const(None);
  addop_load_const(None);
  addop_load_const(None);
  addop(PRECALL, 2);
  addop(CALL, 2);
}

void Compiler::add_yield_from(bool await) {
  Block* start = new_block();
  Block* resume = new_block();
  Block* exit = new_block();
  use_next_block(start);
  addop_jump(SEND, exit);
  use_next_block(resume);
  addop(YIELD_VALUE);
  addop(RESUME, await ? 3 : 2);
  addop_jump(JUMP_NO_INTERRUPT, start);
  use_next_block(exit);
}

void Compiler::pop_except_and_reraise() {
  addop(COPY, 3);
  addop(POP_EXCEPT);
  addop(RERAISE, 1);
}

void Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.type) {
  case FBlockType::WhileLoop:
  case FBlockType::ExceptionHandler:
  case FBlockType::ExceptionGroupHandler:
  case FBlockType::AsyncComprehensionGenerator:
    return;
  case FBlockType::ForLoop:
    if (preserve_tos)
      addop(SWAP, 2);
    addop(POP_TOP);
    return;
  case FBlockType::TryExcept:
    addop(POP_BLOCK);
    return;
  case FBlockType::FinallyTry: {
    addop(POP_BLOCK);
    if (preserve_tos)
      push_fblock(FBlockType::PopValue, nullptr, nullptr);
    visit_stmts(*static_cast<const std::vector<Stmt*>*>(fb.datum));
    if (preserve_tos)
      pop_fblock();
    unset_loc();
    return;
  }
  case FBlockType::FinallyEnd:
    if (preserve_tos)
      addop(SWAP, 2);
    addop(POP_TOP);
    if (preserve_tos)
      addop(SWAP, 2);
    addop(POP_BLOCK);
    addop(POP_EXCEPT);
    return;
  case FBlockType::With:
  case FBlockType::AsyncWith:
    set_loc(static_cast<const Stmt*>(fb.datum));
    addop(POP_BLOCK);
    if (preserve_tos)
      addop(SWAP, 2);
    call_exit_with_nones();
    if (fb.type == FBlockType::AsyncWith) {
      addop(GET_AWAITABLE, 2);
      addop_load_const(None);
      add_yield_from(true);
    }
    addop(POP_TOP);
    unset_loc();
    return;
  case FBlockType::HandlerCleanup: {
    auto* name = static_cast<const std::string*>(fb.datum);
    if (name)
      addop(POP_BLOCK);
    if (preserve_tos)
      addop(SWAP, 2);
    addop(POP_BLOCK);
    addop(POP_EXCEPT);
    if (name) {
      addop_load_const(None);
      nameop(*name, ExprContext::Store);
      nameop(*name, ExprContext::Del);
    }
    return;
  }
  case FBlockType::PopValue:
    if (preserve_tos)
      addop(SWAP, 2);
    addop(POP_TOP);
    return;
  }
}

void Compiler::unwind_fblock_stack(bool preserve_tos, const FBlock** loop) {
  if (u_->fblocks.empty())
    return;
  FBlock top = u_->fblocks.back();
  if (top.type == FBlockType::ExceptionGroupHandler)
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
    *loop = &u_->fblocks.back();
    return;
  }
  u_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop);
  // Re-pushing after a pop never reallocates, so *loop (pointing at a lower
  // element) stays valid; callers copy what they need right away.
  u_->fblocks.push_back(top);
}

// ---------------------------------------------------------------- control flow

void Compiler::if_stmt(If* s) {
  Block* end = new_block();
  Block* next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  visit_stmts(s->body);
  if (!s->orelse.empty()) {
    Location saved = u_->loc;
    unset_loc();
    addop_jump(JUMP, end);
    u_->loc = saved;
    use_next_block(next);
    visit_stmts(s->orelse);
  }
  use_next_block(end);
}

void Compiler::for_stmt(For* s) {
  Block* start = new_block();
  Block* body = new_block();
  Block* cleanup = new_block();
  Block* end = new_block();
  push_fblock(FBlockType::ForLoop, start, end);
  visit_expr(s->iter);
  addop(GET_ITER);
  use_next_block(start);
  addop_jump(FOR_ITER, cleanup);
  use_next_block(body);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_jump(JUMP, start);
  use_next_block(cleanup);
  pop_fblock();
  visit_stmts(s->orelse);
  use_next_block(end);
}

void Compiler::async_for(For* s) {
  if (u_->scope_type != ScopeType::AsyncFunction)
    error("'async for' outside async function");
  Block* start = new_block();
  Block* except = new_block();
  Block* end = new_block();
  visit_expr(s->iter);
  addop(GET_AITER);
  use_next_block(start);
  push_fblock(FBlockType::ForLoop, start, end);
  addop_jump(SETUP_FINALLY, except);
  addop(GET_ANEXT);
  addop_load_const(None);
  add_yield_from(true);
  addop(POP_BLOCK);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_jump(JUMP, start);
  pop_fblock();
  use_next_block(except);
  set_loc(s->iter);
  addop(END_ASYNC_FOR);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void Compiler::while_stmt(While* s) {
  Block* loop = new_block();
  Block* body = new_block();
  Block* anchor = new_block();
  Block* exit = new_block();
  use_next_block(loop);
  push_fblock(FBlockType::WhileLoop, loop, exit);
  jump_if(s->test, anchor, false);
  use_next_block(body);
  visit_stmts(s->body);
  set_loc(s);
  jump_if(s->test, body, true);
  pop_fblock();
  use_next_block(anchor);
  visit_stmts(s->orelse);
  use_next_block(exit);
}

// ---------------------------------------------------------------- try

void Compiler::try_except(Try* s) {
  Block* body = new_block();
  Block* except = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  addop_jump(SETUP_FINALLY, except);
  use_next_block(body);
  push_fblock(FBlockType::TryExcept, body, nullptr);
  visit_stmts(s->body);
  pop_fblock();
  Location saved = u_->loc;
  unset_loc();
  addop(POP_BLOCK);
  u_->loc = saved;
  visit_stmts(s->orelse);
  saved = u_->loc;
  unset_loc();
  addop_jump(JUMP, end);
  u_->loc = saved;
  size_t n = s->handlers.size();
  use_next_block(except);
  unset_loc();
  addop_jump(SETUP_CLEANUP, cleanup);
  addop(PUSH_EXC_INFO);
  push_fblock(FBlockType::ExceptionHandler, nullptr, nullptr);
  for (size_t i = 0; i < n; i++) {
    ExceptHandler* h = s->handlers[i];
    set_loc(h);
    if (!h->type && i + 1 < n)
      error("default 'except:' must be last");
    except = new_block();
    if (h->type) {
      visit_expr(h->type);
      addop(CHECK_EXC_MATCH);
      addop_jump(POP_JUMP_IF_FALSE, except);
    }
    if (h->has_name) {
      Block* cleanup_end = new_block();
      Block* cleanup_body = new_block();
      nameop(h->name, ExprContext::Store);
      addop_jump(SETUP_CLEANUP, cleanup_end);
      use_next_block(cleanup_body);
      push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, &h->name);
      visit_stmts(h->body);
      pop_fblock();
      unset_loc();
      addop(POP_BLOCK);
      addop(POP_BLOCK);
      addop(POP_EXCEPT);
      addop_load_const(None);
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
      addop_jump(JUMP, end);
      use_next_block(cleanup_end);
      unset_loc();
      addop_load_const(None);
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
      addop(RERAISE, 1);
    } else {
      Block* cleanup_body = new_block();
      addop(POP_TOP);
      use_next_block(cleanup_body);
      push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, nullptr);
      visit_stmts(h->body);
      pop_fblock();
      unset_loc();
      addop(POP_BLOCK);
      addop(POP_EXCEPT);
      addop_jump(JUMP, end);
    }
    use_next_block(except);
  }
  unset_loc();
  pop_fblock();
  addop(RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(end);
}

void Compiler::try_finally(Try* s) {
  Block* body = new_block();
  Block* end = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  addop_jump(SETUP_FINALLY, end);
  use_next_block(body);
  push_fblock(FBlockType::FinallyTry, body, end, &s->finalbody);
  if (!s->handlers.empty()) {
    if (s->kind == StmtKind::TryStar)
      try_star_except(s);
    else
      try_except(s);
  } else {
    visit_stmts(s->body);
  }
  Location saved = u_->loc;
  unset_loc();
  addop(POP_BLOCK);
  u_->loc = saved;
  pop_fblock();
  visit_stmts(s->finalbody);
  saved = u_->loc;
  unset_loc();
  addop_jump(JUMP, exit);
  u_->loc = saved;
  use_next_block(end);
  unset_loc();
  addop_jump(SETUP_CLEANUP, cleanup);
  addop(PUSH_EXC_INFO);
  push_fblock(FBlockType::FinallyEnd, end, nullptr);
  visit_stmts(s->finalbody);
  pop_fblock();
  addop(RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

void Compiler::try_star_finally(Try* s) {
  try_finally(s);
}

void Compiler::try_star_except(Try* s) {
  Block* body = new_block();
  Block* except = new_block();
  Block* orelse = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  Block* reraise_star = new_block();
  addop_jump(SETUP_FINALLY, except);
  use_next_block(body);
  push_fblock(FBlockType::TryExcept, body, nullptr);
  visit_stmts(s->body);
  pop_fblock();
  Location saved = u_->loc;
  unset_loc();
  addop(POP_BLOCK);
  addop_jump(JUMP, orelse);
  u_->loc = saved;
  size_t n = s->handlers.size();
  use_next_block(except);
  unset_loc();
  addop_jump(SETUP_CLEANUP, cleanup);
  addop(PUSH_EXC_INFO);
  push_fblock(FBlockType::ExceptionGroupHandler, nullptr, nullptr);
  for (size_t i = 0; i < n; i++) {
    ExceptHandler* h = s->handlers[i];
    set_loc(h);
    except = new_block();
    Block* except_with_error = new_block();
    Block* no_match = new_block();
    if (i == 0) {
      addop(COPY, 1);
      addop(BUILD_LIST, 0);
      addop(SWAP, 2);
    }
    if (h->type) {
      visit_expr(h->type);
      addop(CHECK_EG_MATCH);
      addop(COPY, 1);
      addop_jump(POP_JUMP_IF_NONE, no_match);
    }
    Block* cleanup_end = new_block();
    Block* cleanup_body = new_block();
    if (h->has_name)
      nameop(h->name, ExprContext::Store);
    else
      addop(POP_TOP);
    addop_jump(SETUP_CLEANUP, cleanup_end);
    use_next_block(cleanup_body);
    push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, h->has_name ? &h->name : nullptr);
    visit_stmts(h->body);
    pop_fblock();
    unset_loc();
    addop(POP_BLOCK);
    if (h->has_name) {
      addop_load_const(None);
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
    }
    addop_jump(JUMP, except);
    use_next_block(cleanup_end);
    if (h->has_name) {
      addop_load_const(None);
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
    }
    addop(LIST_APPEND, 3);
    addop(POP_TOP);
    addop_jump(JUMP, except_with_error);
    use_next_block(except);
    addop(NOP);
    addop_jump(JUMP, except_with_error);
    use_next_block(no_match);
    addop(POP_TOP);
    use_next_block(except_with_error);
    if (i == n - 1) {
      addop(LIST_APPEND, 1);
      addop_jump(JUMP, reraise_star);
    }
  }
  unset_loc();
  pop_fblock();
  Block* reraise = new_block();
  use_next_block(reraise_star);
  addop(PREP_RERAISE_STAR);
  addop(COPY, 1);
  addop_jump(POP_JUMP_IF_NOT_NONE, reraise);
  addop(POP_TOP);
  addop(POP_BLOCK);
  addop(POP_EXCEPT);
  addop_jump(JUMP, end);
  use_next_block(reraise);
  addop(POP_BLOCK);
  addop(SWAP, 2);
  addop(POP_EXCEPT);
  addop(RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(orelse);
  visit_stmts(s->orelse);
  use_next_block(end);
}

// ---------------------------------------------------------------- with

static void with_except_finish(Compiler& c, Block* cleanup) {
  c.unset_loc();
  Block* exit = c.new_block();
  c.addop_jump(POP_JUMP_IF_TRUE, exit);
  c.next_block();
  c.addop(RERAISE, 2);
  c.use_next_block(cleanup);
  c.pop_except_and_reraise();
  c.use_next_block(exit);
  c.addop(POP_TOP);
  c.addop(POP_BLOCK);
  c.addop(POP_EXCEPT);
  c.addop(POP_TOP);
  c.addop(POP_TOP);
}

void Compiler::with(With* s, int pos) {
  WithItem* item = s->items[pos];
  Block* body = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(BEFORE_WITH);
  addop_jump(SETUP_WITH, final);
  use_next_block(body);
  push_fblock(FBlockType::With, body, final, s);
  if (item->optional_vars)
    visit_expr(item->optional_vars);
  else
    addop(POP_TOP);
  pos++;
  if (pos == int(s->items.size()))
    visit_stmts(s->body);
  else
    with(s, pos);
  unset_loc();
  addop(POP_BLOCK);
  pop_fblock();
  set_loc(s);
  call_exit_with_nones();
  addop(POP_TOP);
  addop_jump(JUMP, exit);
  use_next_block(final);
  addop_jump(SETUP_CLEANUP, cleanup);
  addop(PUSH_EXC_INFO);
  addop(WITH_EXCEPT_START);
  with_except_finish(*this, cleanup);
  use_next_block(exit);
}

void Compiler::async_with(With* s, int pos) {
  if (u_->scope_type != ScopeType::AsyncFunction)
    error("'async with' outside async function");
  WithItem* item = s->items[pos];
  Block* block = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(BEFORE_ASYNC_WITH);
  addop(GET_AWAITABLE, 1);
  addop_load_const(None);
  add_yield_from(true);
  addop_jump(SETUP_WITH, final);
  use_next_block(block);
  push_fblock(FBlockType::AsyncWith, block, final, s);
  if (item->optional_vars)
    visit_expr(item->optional_vars);
  else
    addop(POP_TOP);
  pos++;
  if (pos == int(s->items.size()))
    visit_stmts(s->body);
  else
    async_with(s, pos);
  pop_fblock();
  addop(POP_BLOCK);
  set_loc(s);
  call_exit_with_nones();
  addop(GET_AWAITABLE, 2);
  addop_load_const(None);
  add_yield_from(true);
  addop(POP_TOP);
  addop_jump(JUMP, exit);
  use_next_block(final);
  addop_jump(SETUP_CLEANUP, cleanup);
  addop(PUSH_EXC_INFO);
  addop(WITH_EXCEPT_START);
  addop(GET_AWAITABLE, 2);
  addop_load_const(None);
  add_yield_from(true);
  with_except_finish(*this, cleanup);
  use_next_block(exit);
}

// ---------------------------------------------------------------- simple statements

void Compiler::import(Import* s) {
  for (Alias* a : s->names) {
    addop_load_const_new(int_from_i64(0));
    addop_load_const(None);
    addop_name(IMPORT_NAME, a->name);
    if (a->has_asname) {
      size_t dot = a->name.find('.');
      if (dot != std::string::npos) {
        while (true) {
          size_t pos = dot + 1;
          dot = a->name.find('.', pos);
          std::string attr = a->name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
          addop(IMPORT_FROM, add_name(attr));
          if (dot == std::string::npos)
            break;
          addop(SWAP, 2);
          addop(POP_TOP);
        }
        nameop(a->asname, ExprContext::Store);
        addop(POP_TOP);
      } else {
        nameop(a->asname, ExprContext::Store);
      }
    } else {
      size_t dot = a->name.find('.');
      nameop(dot == std::string::npos ? a->name : a->name.substr(0, dot), ExprContext::Store);
    }
  }
}

void Compiler::import_from(ImportFrom* s) {
  if (s->has_module && s->module == "__future__" && s->lineno > future_lineno_)
    error("from __future__ imports must occur at the beginning of the file");
  addop_load_const_new(int_from_i64(s->level));
  Object* names = tuple_new(ssize(s->names.size()));
  if (!names)
    fail_runtime();
  for (size_t i = 0; i < s->names.size(); i++) {
    Object* n = make_str(s->names[i]->name);
    if (!n) {
      decref(names);
      fail_runtime();
    }
    tuple_set(names, ssize(i), n);
  }
  addop_load_const_new(names);
  addop_name(IMPORT_NAME, s->has_module ? s->module : std::string());
  for (size_t i = 0; i < s->names.size(); i++) {
    Alias* a = s->names[i];
    if (i == 0 && !a->name.empty() && a->name[0] == '*') {
      addop(IMPORT_STAR);
      return;
    }
    addop_name(IMPORT_FROM, a->name);
    nameop(a->has_asname ? a->asname : a->name, ExprContext::Store);
  }
  addop(POP_TOP);
}

void Compiler::assert_stmt(Assert* s) {
  check_assert(s);
  if (opts_.optimize)
    return;
  Block* end = new_block();
  jump_if(s->test, end, true);
  addop(LOAD_ASSERTION_ERROR);
  if (s->msg) {
    visit_expr(s->msg);
    addop(PRECALL, 0);
    addop(CALL, 0);
  }
  addop(RAISE_VARARGS, 1);
  use_next_block(end);
}

void Compiler::check_ann_expr(Expr* e) {
  visit_expr(e);
  addop(POP_TOP);
}

static void check_ann_subscr(Compiler& c, Expr* e) {
  if (e->kind == ExprKind::Slice) {
    auto* s = static_cast<Slice*>(e);
    if (s->lower)
      c.check_ann_expr(s->lower);
    if (s->upper)
      c.check_ann_expr(s->upper);
    if (s->step)
      c.check_ann_expr(s->step);
  } else if (e->kind == ExprKind::Tuple) {
    for (auto* el : static_cast<ast::Tuple*>(e)->elts)
      check_ann_subscr(c, el);
  } else {
    c.check_ann_expr(e);
  }
}

void Compiler::annassign(AnnAssign* s) {
  Expr* targ = s->target;
  if (s->value) {
    visit_expr(s->value);
    visit_expr(targ);
  }
  bool mod_or_class = u_->scope_type == ScopeType::Module || u_->scope_type == ScopeType::Class;
  bool fut = (future_flags_ & CO_FUTURE_ANNOTATIONS) != 0;
  switch (targ->kind) {
  case ExprKind::Name:
    forbidden_name(static_cast<Name*>(targ)->id, ExprContext::Store);
    if (s->simple && mod_or_class) {
      if (fut)
        addop_load_const_new(str_from_utf8(unparse_annotation(*this, s->annotation)));
      else
        visit_expr(s->annotation);
      addop_name(LOAD_NAME, "__annotations__");
      Object* m = make_str(mangle_name(static_cast<Name*>(targ)->id));
      addop_load_const_new(m);
      addop(STORE_SUBSCR);
    }
    break;
  case ExprKind::Attribute:
    if (!s->value)
      check_ann_expr(static_cast<Attribute*>(targ)->value);
    break;
  case ExprKind::Subscript:
    if (!s->value) {
      check_ann_expr(static_cast<Subscript*>(targ)->value);
      check_ann_subscr(*this, static_cast<Subscript*>(targ)->slice);
    }
    break;
  default:
    error("invalid node type for annotated assignment");
  }
  if (!s->simple && !fut && mod_or_class)
    check_ann_expr(s->annotation);
}

static void update_start_location_to_match_attr(Compiler& c, Attribute* attr) {
  Location& l = c.unit()->loc;
  if (l.line != attr->end_lineno) {
    l.line = attr->end_lineno;
    int len = int(attr->attr.size());
    if (len <= attr->end_col_offset) {
      l.col = attr->end_col_offset - len;
    } else {
      l.col = -1;
      l.end_col = -1;
    }
    l.end_line = std::max(l.line, l.end_line);
    if (l.line == l.end_line)
      l.end_col = std::max(l.col, l.end_col);
  }
}

void update_attr_location(Compiler& c, Attribute* attr) {
  update_start_location_to_match_attr(c, attr);
}

static int inplace_binop(OperatorKind op) {
  switch (op) {
  case OperatorKind::Add:
    return NB_INPLACE_ADD;
  case OperatorKind::Sub:
    return NB_INPLACE_SUBTRACT;
  case OperatorKind::Mult:
    return NB_INPLACE_MULTIPLY;
  case OperatorKind::MatMult:
    return NB_INPLACE_MATRIX_MULTIPLY;
  case OperatorKind::Div:
    return NB_INPLACE_TRUE_DIVIDE;
  case OperatorKind::Mod:
    return NB_INPLACE_REMAINDER;
  case OperatorKind::Pow:
    return NB_INPLACE_POWER;
  case OperatorKind::LShift:
    return NB_INPLACE_LSHIFT;
  case OperatorKind::RShift:
    return NB_INPLACE_RSHIFT;
  case OperatorKind::BitOr:
    return NB_INPLACE_OR;
  case OperatorKind::BitXor:
    return NB_INPLACE_XOR;
  case OperatorKind::BitAnd:
    return NB_INPLACE_AND;
  case OperatorKind::FloorDiv:
    return NB_INPLACE_FLOOR_DIVIDE;
  }
  return 0;
}

void Compiler::augassign(AugAssign* s) {
  Expr* e = s->target;
  Location saved = u_->loc;
  set_loc(e);
  switch (e->kind) {
  case ExprKind::Attribute: {
    auto* a = static_cast<Attribute*>(e);
    visit_expr(a->value);
    addop(COPY, 1);
    update_start_location_to_match_attr(*this, a);
    addop_name(LOAD_ATTR, a->attr);
    break;
  }
  case ExprKind::Subscript: {
    auto* sub = static_cast<Subscript*>(e);
    visit_expr(sub->value);
    visit_expr(sub->slice);
    addop(COPY, 2);
    addop(COPY, 2);
    addop(BINARY_SUBSCR);
    break;
  }
  case ExprKind::Name:
    nameop(static_cast<Name*>(e)->id, ExprContext::Load);
    break;
  default:
    error("invalid node type for augmented assignment");
  }
  u_->loc = saved;
  visit_expr(s->value);
  addop(BINARY_OP, inplace_binop(s->op));
  set_loc(e);
  switch (e->kind) {
  case ExprKind::Attribute: {
    auto* a = static_cast<Attribute*>(e);
    update_start_location_to_match_attr(*this, a);
    addop(SWAP, 2);
    addop_name(STORE_ATTR, a->attr);
    break;
  }
  case ExprKind::Subscript:
    addop(SWAP, 3);
    addop(SWAP, 2);
    addop(STORE_SUBSCR);
    break;
  default:
    nameop(static_cast<Name*>(e)->id, ExprContext::Store);
    break;
  }
}

// ---------------------------------------------------------------- functions and classes

int Compiler::default_arguments(Arguments* args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    visit_exprs(args->defaults);
    addop(BUILD_TUPLE, int(args->defaults.size()));
    flags |= 0x01;
  }
  std::vector<Object*> keys;
  for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
    Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (!d)
      continue;
    Object* k = make_str(mangle_name(args->kwonlyargs[i]->arg));
    if (!k)
      fail_runtime();
    keys.push_back(k);
    visit_expr(d);
  }
  if (!keys.empty()) {
    Object* t = tuple_new(ssize(keys.size()));
    for (size_t i = 0; i < keys.size(); i++)
      tuple_set(t, ssize(i), keys[i]);
    addop_load_const_new(t);
    addop(BUILD_CONST_KEY_MAP, int(keys.size()));
    flags |= 0x02;
  }
  return flags;
}

int Compiler::visit_annotations(Arguments* args, Expr* returns, const Node*) {
  int n = 0;
  auto one = [&](const std::string& id, Expr* ann) {
    if (!ann)
      return;
    addop_load_const_new(make_str(mangle_name(id)));
    if (future_flags_ & CO_FUTURE_ANNOTATIONS) {
      addop_load_const_new(make_str(unparse_annotation(*this, ann)));
    } else if (ann->kind == ExprKind::Starred) {
      visit_expr(static_cast<Starred*>(ann)->value);
      addop(UNPACK_SEQUENCE, 1);
    } else {
      visit_expr(ann);
    }
    n += 2;
  };
  for (auto* a : args->args)
    one(a->arg, a->annotation);
  for (auto* a : args->posonlyargs)
    one(a->arg, a->annotation);
  if (args->vararg)
    one(args->vararg->arg, args->vararg->annotation);
  for (auto* a : args->kwonlyargs)
    one(a->arg, a->annotation);
  if (args->kwarg)
    one(args->kwarg->arg, args->kwarg->annotation);
  one("return", returns);
  if (n) {
    addop(BUILD_TUPLE, n);
    return 1;
  }
  return 0;
}

void Compiler::make_closure(Object* code, int flags, const std::string&) {
  auto* co = reinterpret_cast<CodeObject*>(code);
  if (co->nfreevars) {
    int start = co->nlocalsplus - co->nfreevars;
    for (int i = start; i < co->nlocalsplus; i++) {
      std::string name = str_to_std(tuple_get(co->localsplusnames, i));
      int arg;
      ScopeKind k =
          (name == "__class__" && u_->ste->type == BlockType::Class) ? ScopeKind::Cell : scope_of(name);
      if (k == ScopeKind::Cell) {
        auto it = u_->cellvars_idx.find(name);
        if (it == u_->cellvars_idx.end())
          error("internal error: missing cell '" + name + "'");
        arg = it->second;
      } else {
        auto it = u_->freevars_idx.find(name);
        if (it == u_->freevars_idx.end())
          error("internal error: missing free variable '" + name + "'");
        arg = int(u_->cellvars.size()) + it->second;
      }
      addop(LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    addop(BUILD_TUPLE, co->nfreevars);
  }
  addop_load_const(code);
  addop(MAKE_FUNCTION, flags);
}

void Compiler::function_def(FunctionDef* s) {
  bool is_async = s->kind == StmtKind::AsyncFunctionDef;
  check_debug_args(s->args);
  for (auto* d : s->decorator_list)
    visit_expr(d);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  int funcflags = default_arguments(s->args);
  if (visit_annotations(s->args, s->returns, s) > 0)
    funcflags |= 0x04;
  enter_scope(s->name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, s, firstlineno);
  bool doc = opts_.optimize < 2 && is_docstring(s->body);
  if (doc) {
    auto* c = static_cast<Constant*>(static_cast<ExprStmt*>(s->body[0])->value);
    Object* d = constant_object(c->value);
    if (!d)
      fail_runtime();
    add_const(d);
    decref(d);
  } else {
    add_const(None);
  }
  u_->argcount = int(s->args->args.size());
  u_->posonlyargcount = int(s->args->posonlyargs.size());
  u_->kwonlyargcount = int(s->args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < s->body.size(); i++)
    visit_stmt(s->body[i]);
  std::string qualname = u_->qualname;
  Object* co = exit_scope_assemble(true);
  set_loc(s);
  make_closure(co, funcflags, qualname);
  decref(co);
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    addop(PRECALL, 0);
    addop(CALL, 0);
  }
  set_loc(s);
  nameop(s->name, ExprContext::Store);
}

void Compiler::class_def(ClassDef* s) {
  for (auto* d : s->decorator_list)
    visit_expr(d);
  int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  enter_scope(s->name, ScopeType::Class, s, firstlineno);
  u_->private_name = s->name;
  nameop("__name__", ExprContext::Load);
  nameop("__module__", ExprContext::Store);
  Object* q = make_str(u_->qualname);
  addop_load_const_new(q);
  nameop("__qualname__", ExprContext::Store);
  body(s->body, true);
  unset_loc();
  if (u_->ste->needs_class_closure) {
    addop(LOAD_CLOSURE, u_->cellvars_idx["__class__"]);
    addop(COPY, 1);
    nameop("__classcell__", ExprContext::Store);
  } else {
    addop_load_const(None);
  }
  addop(RETURN_VALUE);
  Object* co = exit_scope_assemble(true);
  set_loc(s);
  addop(PUSH_NULL);
  addop(LOAD_BUILD_CLASS);
  make_closure(co, 0, "");
  decref(co);
  addop_load_const_new(make_str(s->name));
  call_helper(2, s->bases, s->keywords);
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    addop(PRECALL, 0);
    addop(CALL, 0);
  }
  set_loc(s);
  nameop(s->name, ExprContext::Store);
}

} // namespace coil::frontend
