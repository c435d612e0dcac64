// Flow-graph optimisation and assembly (CPython 3.11's assemble()):
// prefix instructions, cell offsets, peephole (constant jumps, tuple
// folding, jump threading, SWAP elimination), unreachable-code removal,
// line-number propagation, stack depth, exception-table labelling, jump
// direction/offset resolution with EXTENDED_ARG fixpoint, then the code
// units, co_linetable and co_exceptiontable.
//
// Invariants
// - Blocks are walked in layout order through Block::next.
// - Pseudo instructions are gone (NOP or real jumps) before offsets are
//   computed; a jump instruction is always the last one of its block.
#include <algorithm>
#include <climits>

#include "bytecode/exceptiontable.h"
#include "bytecode/instruction.h"
#include "frontend/compiler_internal.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::frontend {

using namespace bytecode;

namespace {

constexpr int MAX_COPY_SIZE = 4;

bool is_jump_instr(const Instr& i) {
  return op_has_target(i.op) && !is_block_push(i.op);
}
bool is_deref_op(int op) {
  return op == MAKE_CELL || op == LOAD_CLOSURE || op == LOAD_DEREF || op == STORE_DEREF ||
         op == DELETE_DEREF || op == LOAD_CLASSDEREF;
}
int instr_size(const Instr& i) {
  return bytecode::instruction_size(i.op, i.arg);
}

struct Assembler {
  Compiler& c;
  Unit* u;
  Block* entry;

  std::vector<Block*> layout() {
    std::vector<Block*> v;
    for (Block* b = entry; b; b = b->next)
      v.push_back(b);
    return v;
  }

  Block* new_block() {
    auto b = std::make_unique<Block>();
    Block* raw = b.get();
    raw->id = int(u->blocks.size());
    u->blocks.push_back(std::move(b));
    return raw;
  }

  // ------------------------------------------------------------ peephole

  Object* const_at(int idx) { return u->consts[size_t(idx)]; }

  int add_const_obj(Object* o) {
    std::string k = const_key(o);
    auto it = u->const_index.find(k);
    if (it != u->const_index.end())
      return it->second;
    Object* c = this->c.const_cache_.merge(o);
    if (!c)
      return -1;
    int idx = int(u->consts.size());
    u->consts.push_back(c);
    u->const_index[k] = idx;
    return idx;
  }

  bool fold_tuple_on_constants(std::vector<Instr>& ins, size_t at, int n) {
    for (int i = 0; i < n; i++)
      if (ins[at - n + i].op != LOAD_CONST)
        return true;
    Object* t = tuple_new(n);
    if (!t)
      return false;
    for (int i = 0; i < n; i++)
      tuple_set(t, i, newref(const_at(ins[at - n + i].arg)));
    int idx = add_const_obj(t);
    decref(t);
    if (idx < 0)
      return false;
    for (int i = 0; i < n; i++)
      ins[at - n + i].op = NOP;
    ins[at].op = LOAD_CONST;
    ins[at].arg = idx;
    return true;
  }

  static bool jump_thread(Instr& inst, const Instr& target, int op) {
    if (inst.loc.line == target.loc.line && inst.target != target.target) {
      inst.target = target.target;
      inst.op = op;
      return true;
    }
    return false;
  }

  static int next_swappable(std::vector<Instr>& ins, int i, int lineno) {
    while (++i < int(ins.size())) {
      Instr& in = ins[size_t(i)];
      if (lineno >= 0 && in.loc.line != lineno)
        return -1;
      if (in.op == NOP)
        continue;
      if (in.op == STORE_FAST || in.op == POP_TOP)
        return i;
      return -1;
    }
    return -1;
  }

  static int stores_to(const Instr& in) { return in.op == STORE_FAST ? in.arg : -1; }

  static void apply_static_swaps(std::vector<Instr>& ins, int i) {
    for (; i >= 0; i--) {
      Instr& swap = ins[size_t(i)];
      if (swap.op != SWAP) {
        if (swap.op == NOP || swap.op == STORE_FAST || swap.op == POP_TOP)
          continue;
        return;
      }
      int j = next_swappable(ins, i, -1);
      if (j < 0)
        return;
      int k = j;
      int lineno = ins[size_t(j)].loc.line;
      for (int count = swap.arg - 1; count > 0; count--) {
        k = next_swappable(ins, k, lineno);
        if (k < 0)
          return;
      }
      // Swapping two stores is only invisible when neither they nor any
      // store between them write the same local.
      int store_j = stores_to(ins[size_t(j)]);
      int store_k = stores_to(ins[size_t(k)]);
      if (store_j >= 0 || store_k >= 0) {
        if (store_j == store_k)
          return;
        for (int idx = j + 1; idx < k; idx++) {
          int store_idx = stores_to(ins[size_t(idx)]);
          if (store_idx >= 0 && (store_idx == store_j || store_idx == store_k))
            return;
        }
      }
      swap.op = NOP;
      std::swap(ins[size_t(j)], ins[size_t(k)]);
    }
  }

  // Replaces a run of SWAPs by the shortest equivalent sequence.
  static void swaptimize(std::vector<Instr>& ins, int* ix) {
    int start = *ix;
    int depth = ins[size_t(start)].arg;
    int len = 0;
    bool more = false;
    int limit = int(ins.size()) - start;
    while (++len < limit) {
      int op = ins[size_t(start + len)].op;
      if (op == SWAP) {
        depth = std::max(depth, ins[size_t(start + len)].arg);
        more = true;
      } else if (op != NOP) {
        break;
      }
    }
    if (!more)
      return;
    std::vector<int> stack(static_cast<size_t>(depth), 0);
    for (int i = 0; i < depth; i++)
      stack[size_t(i)] = i;
    for (int i = 0; i < len; i++) {
      if (ins[size_t(start + i)].op == SWAP) {
        int a = ins[size_t(start + i)].arg;
        std::swap(stack[0], stack[size_t(a - 1)]);
      }
    }
    constexpr int VISITED = -1;
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
      if (stack[size_t(i)] == VISITED || stack[size_t(i)] == i)
        continue;
      int j = i;
      while (true) {
        if (j) {
          ins[size_t(start + current)].op = SWAP;
          ins[size_t(start + current)].arg = j + 1;
          current--;
        }
        if (stack[size_t(j)] == VISITED)
          break;
        int next_j = stack[size_t(j)];
        stack[size_t(j)] = VISITED;
        j = next_j;
      }
    }
    while (current >= 0) {
      ins[size_t(start + current)].op = NOP;
      current--;
    }
    *ix += len - 1;
  }

  bool optimize_basic_block(Block* bb) {
    auto& ins = bb->instrs;
    Instr nop;
    nop.op = NOP;
    for (int i = 0; i < int(ins.size()); i++) {
      Instr* inst = &ins[size_t(i)];
      int oparg = inst->arg;
      int nextop = i + 1 < int(ins.size()) ? ins[size_t(i + 1)].op : 0;
      const Instr* target = &nop;
      if (op_has_target(inst->op) && inst->op != POP_BLOCK) {
        while (inst->target->instrs.empty())
          inst->target = inst->target->next;
        target = &inst->target->instrs[0];
      }
      switch (inst->op) {
      case LOAD_CONST: {
        if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) {
          int t = object_is_true(const_at(oparg));
          if (t < 0)
            return false;
          inst->op = NOP;
          bool jump_if_true = nextop == POP_JUMP_IF_TRUE;
          ins[size_t(i + 1)].op = (bool(t) == jump_if_true) ? int(JUMP) : int(NOP);
        } else if (nextop == JUMP_IF_FALSE_OR_POP || nextop == JUMP_IF_TRUE_OR_POP) {
          int t = object_is_true(const_at(oparg));
          if (t < 0)
            return false;
          bool jump_if_true = nextop == JUMP_IF_TRUE_OR_POP;
          if (bool(t) == jump_if_true) {
            ins[size_t(i + 1)].op = JUMP;
          } else {
            inst->op = NOP;
            ins[size_t(i + 1)].op = NOP;
          }
        } else if (nextop == IS_OP) {
          int jump_op = i + 2 < int(ins.size()) ? ins[size_t(i + 2)].op : 0;
          if (const_at(oparg) == None && (jump_op == POP_JUMP_IF_FALSE || jump_op == POP_JUMP_IF_TRUE)) {
            int nextarg = ins[size_t(i + 1)].arg;
            inst->op = NOP;
            ins[size_t(i + 1)].op = NOP;
            bool flip = (nextarg != 0) != (jump_op == POP_JUMP_IF_FALSE);
            ins[size_t(i + 2)].op = flip ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
          }
        }
        break;
      }
      case BUILD_TUPLE:
        if (nextop == UNPACK_SEQUENCE && oparg == ins[size_t(i + 1)].arg) {
          if (oparg == 1) {
            inst->op = NOP;
            ins[size_t(i + 1)].op = NOP;
            continue;
          }
          if (oparg == 2 || oparg == 3) {
            inst->op = NOP;
            ins[size_t(i + 1)].op = SWAP;
            continue;
          }
        }
        if (i >= oparg) {
          if (!fold_tuple_on_constants(ins, size_t(i), oparg))
            return false;
        }
        break;
      case JUMP_IF_FALSE_OR_POP:
        switch (target->op) {
        case POP_JUMP_IF_FALSE:
          i -= jump_thread(*inst, *target, POP_JUMP_IF_FALSE);
          break;
        case JUMP:
        case JUMP_IF_FALSE_OR_POP:
          i -= jump_thread(*inst, *target, JUMP_IF_FALSE_OR_POP);
          break;
        case JUMP_IF_TRUE_OR_POP:
        case POP_JUMP_IF_TRUE:
          if (inst->loc.line == target->loc.line) {
            inst->op = POP_JUMP_IF_FALSE;
            inst->target = inst->target->next;
            i--;
          }
          break;
        }
        break;
      case JUMP_IF_TRUE_OR_POP:
        switch (target->op) {
        case POP_JUMP_IF_TRUE:
          i -= jump_thread(*inst, *target, POP_JUMP_IF_TRUE);
          break;
        case JUMP:
        case JUMP_IF_TRUE_OR_POP:
          i -= jump_thread(*inst, *target, JUMP_IF_TRUE_OR_POP);
          break;
        case JUMP_IF_FALSE_OR_POP:
        case POP_JUMP_IF_FALSE:
          if (inst->loc.line == target->loc.line) {
            inst->op = POP_JUMP_IF_TRUE;
            inst->target = inst->target->next;
            i--;
          }
          break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case JUMP:
        if (target->op == JUMP)
          i -= jump_thread(*inst, *target, inst->op);
        break;
      case SWAP:
        if (oparg == 1) {
          inst->op = NOP;
          break;
        }
        swaptimize(ins, &i);
        apply_static_swaps(ins, i);
        break;
      case PUSH_NULL:
        if (nextop == LOAD_GLOBAL && (ins[size_t(i + 1)].arg & 1) == 0) {
          inst->op = NOP;
          inst->arg = 0;
          ins[size_t(i + 1)].arg |= 1;
        }
        break;
      default:
        break;
      }
    }
    return true;
  }

  static void clean_basic_block(Block* bb) {
    auto& ins = bb->instrs;
    size_t dest = 0;
    int prev_lineno = -1;
    for (size_t src = 0; src < ins.size(); src++) {
      int lineno = ins[src].loc.line;
      if (ins[src].op == NOP) {
        if (lineno < 0)
          continue;
        if (prev_lineno == lineno)
          continue;
        if (src + 1 < ins.size()) {
          int next_lineno = ins[src + 1].loc.line;
          if (next_lineno == lineno)
            continue;
          if (next_lineno < 0) {
            ins[src + 1].loc = ins[src].loc; // the next instruction inherits the location
            continue;
          }
        } else {
          Block* next = bb->next;
          while (next && next->instrs.empty())
            next = next->next;
          if (next && lineno == next->instrs[0].loc.line)
            continue;
        }
      }
      if (dest != src)
        ins[dest] = ins[src];
      dest++;
      prev_lineno = lineno;
    }
    ins.resize(dest);
  }

  static void extend_block(Block* bb) {
    if (bb->instrs.empty())
      return;
    Instr& last = bb->instrs.back();
    if (last.op != JUMP && last.op != JUMP_FORWARD && last.op != JUMP_BACKWARD)
      return;
    Block* t = last.target;
    while (t->instrs.empty() && t->next)
      t = t->next;
    if (t->exits_scope() && int(t->instrs.size()) <= MAX_COPY_SIZE) {
      // Only blocks without line numbers (implicit `return None`s) are copied.
      for (auto& i : t->instrs)
        if (i.loc.line >= 0)
          return;
      last.op = NOP;
      std::vector<Instr> copy = t->instrs;
      for (auto& i : copy)
        bb->instrs.push_back(i);
    }
  }

  void mark_reachable() {
    for (auto& b : u->blocks) {
      b->predecessors = 0;
      b->visited = false;
    }
    std::vector<Block*> stack;
    entry->predecessors = 1;
    stack.push_back(entry);
    while (!stack.empty()) {
      Block* b = stack.back();
      stack.pop_back();
      b->visited = true;
      if (b->next && !b->nofallthrough()) {
        if (!b->next->visited)
          stack.push_back(b->next);
        b->next->predecessors++;
      }
      for (auto& i : b->instrs) {
        if (op_has_target(i.op) && i.op != POP_BLOCK) {
          if (!i.target->visited)
            stack.push_back(i.target);
          i.target->predecessors++;
        }
      }
    }
  }

  void eliminate_empty_basic_blocks() {
    for (Block* b = entry; b; b = b->next) {
      Block* next = b->next;
      if (next) {
        while (next->instrs.empty() && next->next)
          next = next->next;
        b->next = next;
      }
    }
    for (Block* b = entry; b; b = b->next) {
      for (auto& i : b->instrs) {
        if (op_has_target(i.op) && i.op != POP_BLOCK) {
          Block* t = i.target;
          while (t->instrs.empty())
            t = t->next;
          i.target = t;
        }
      }
    }
  }

  bool optimize_cfg() {
    for (Block* b = entry; b; b = b->next) {
      if (!optimize_basic_block(b))
        return false;
      clean_basic_block(b);
    }
    for (auto it = u->blocks.rbegin(); it != u->blocks.rend(); ++it)
      extend_block(it->get());
    mark_reachable();
    for (Block* b = entry; b; b = b->next)
      if (b->predecessors == 0)
        b->instrs.clear();
    eliminate_empty_basic_blocks();
    for (Block* b = entry; b; b = b->next)
      clean_basic_block(b);
    bool maybe_empty = false;
    for (Block* b = entry; b; b = b->next) {
      if (!b->instrs.empty()) {
        Instr& last = b->instrs.back();
        if ((last.op == JUMP || last.op == JUMP_NO_INTERRUPT) && last.target == b->next) {
          last.op = NOP;
          maybe_empty = true;
        }
      }
    }
    if (maybe_empty)
      eliminate_empty_basic_blocks();
    return true;
  }

  static bool is_exit_without_lineno(Block* b) {
    if (!b->exits_scope())
      return false;
    for (auto& i : b->instrs)
      if (i.loc.line >= 0)
        return false;
    return true;
  }

  void duplicate_exits_without_lineno() {
    // Newest block first, as CPython walks its block list.
    std::vector<Block*> order;
    for (auto it = u->blocks.rbegin(); it != u->blocks.rend(); ++it)
      order.push_back(it->get());
    for (Block* b : order) {
      if (!b->instrs.empty() && is_jump_instr(b->instrs.back())) {
        Block* target = b->instrs.back().target;
        if (is_exit_without_lineno(target) && target->predecessors > 1) {
          Block* nt = new_block();
          nt->instrs = target->instrs;
          nt->instrs[0].loc = b->instrs.back().loc;
          b->instrs.back().target = nt;
          target->predecessors--;
          nt->predecessors = 1;
          nt->next = target->next;
          target->next = nt;
        }
      }
    }
    for (auto it = u->blocks.rbegin(); it != u->blocks.rend(); ++it) {
      Block* b = it->get();
      if (!b->nofallthrough() && b->next && !b->instrs.empty() && is_exit_without_lineno(b->next))
        b->next->instrs[0].loc = b->instrs.back().loc;
    }
  }

  void propagate_line_numbers() {
    for (Block* b = entry; b; b = b->next) {
      if (b->instrs.empty())
        continue;
      Location prev{-1, -1, -1, -1};
      for (auto& i : b->instrs) {
        if (i.loc.line < 0)
          i.loc = prev;
        else
          prev = i.loc;
      }
      if (!b->nofallthrough() && b->next && b->next->predecessors == 1) {
        if (!b->next->instrs.empty() && b->next->instrs[0].loc.line < 0)
          b->next->instrs[0].loc = prev;
      }
      if (is_jump_instr(b->instrs.back())) {
        Block* t = b->instrs.back().target;
        if (t->predecessors == 1 && t->instrs[0].loc.line < 0)
          t->instrs[0].loc = prev;
      }
    }
  }

  void guarantee_lineno_for_exits(int firstlineno) {
    int lineno = firstlineno;
    for (Block* b = entry; b; b = b->next) {
      if (b->instrs.empty())
        continue;
      Instr& last = b->instrs.back();
      if (last.loc.line < 0) {
        if (last.op == RETURN_VALUE)
          for (auto& i : b->instrs)
            i.loc.line = lineno;
      } else {
        lineno = last.loc.line;
      }
    }
  }

  int stackdepth(bool generator) {
    for (Block* b = entry; b; b = b->next)
      b->startdepth = INT_MIN;
    std::vector<Block*> stack;
    int maxdepth = 0;
    auto push = [&](Block* b, int depth) {
      if (b->startdepth < depth && b->startdepth < 100) {
        b->startdepth = depth;
        stack.push_back(b);
      }
    };
    push(entry, generator ? 1 : 0);
    while (!stack.empty()) {
      Block* b = stack.back();
      stack.pop_back();
      int depth = b->startdepth;
      Block* next = b->next;
      for (auto& i : b->instrs) {
        int effect = pseudo_stack_effect(i.op, i.arg, false);
        int new_depth = depth + effect;
        maxdepth = std::max(maxdepth, new_depth);
        if (op_has_target(i.op) && i.op != POP_BLOCK) {
          int target_depth = depth + pseudo_stack_effect(i.op, i.arg, true);
          maxdepth = std::max(maxdepth, target_depth);
          push(i.target, target_depth);
        }
        depth = new_depth;
        if (op_is_uncond_jump(i.op) || op_is_scope_exit(i.op)) {
          next = nullptr;
          break;
        }
      }
      if (next)
        push(next, depth);
    }
    return maxdepth;
  }

  void label_exception_targets() {
    for (Block* b = entry; b; b = b->next)
      b->visited = false;
    using Stack = std::vector<Block*>;
    std::vector<std::pair<Block*, Stack>> todo;
    todo.push_back({entry, Stack{nullptr}});
    entry->visited = true;
    while (!todo.empty()) {
      auto [b, st] = std::move(todo.back());
      todo.pop_back();
      Block* handler = st.back();
      bool moved = false;
      for (auto& i : b->instrs) {
        if (is_block_push(i.op)) {
          if (!i.target->visited) {
            i.target->visited = true;
            todo.push_back({i.target, st});
          }
          if (i.op == SETUP_WITH || i.op == SETUP_CLEANUP)
            i.target->preserve_lasti = true;
          st.push_back(i.target);
          handler = i.target;
        } else if (i.op == POP_BLOCK) {
          st.pop_back();
          handler = st.back();
        } else if (is_jump_instr(i)) {
          i.except = handler;
          if (!i.target->visited) {
            i.target->visited = true;
            todo.push_back({i.target, st});
            if (b->nofallthrough())
              moved = true;
          }
        } else {
          i.except = handler;
        }
      }
      if (!moved && !b->nofallthrough() && b->next && !b->next->visited) {
        b->next->visited = true;
        todo.push_back({b->next, st});
      }
    }
  }

  void normalize_jumps() {
    for (Block* b = entry; b; b = b->next)
      b->visited = false;
    for (Block* b = entry; b; b = b->next) {
      b->visited = true;
      if (b->instrs.empty())
        continue;
      Instr& last = b->instrs.back();
      if (!is_jump_instr(last))
        continue;
      bool fwd = !last.target->visited;
      switch (last.op) {
      case JUMP:
        last.op = fwd ? JUMP_FORWARD : JUMP_BACKWARD;
        break;
      case JUMP_NO_INTERRUPT:
        last.op = fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case POP_JUMP_IF_NOT_NONE:
        last.op = fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case POP_JUMP_IF_NONE:
        last.op = fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
        break;
      case POP_JUMP_IF_FALSE:
        last.op = fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case POP_JUMP_IF_TRUE:
        last.op = fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
        break;
      default:
        break;
      }
    }
  }

  void assemble_jump_offsets() {
    bool again;
    do {
      int total = 0;
      for (Block* b = entry; b; b = b->next) {
        b->offset = total;
        for (auto& i : b->instrs)
          total += instr_size(i);
      }
      again = false;
      for (Block* b = entry; b; b = b->next) {
        int pos = b->offset;
        for (auto& i : b->instrs) {
          int isize = instr_size(i);
          pos += isize;
          if (is_jump_instr(i)) {
            int t = i.target->offset;
            i.arg = t < pos ? pos - t : t - pos;
            if (instr_size(i) != isize)
              again = true;
          }
        }
      }
    } while (again);
  }
};

Object* make_name_tuple(const std::vector<std::string>& v) {
  Object* t = tuple_new(ssize(v.size()));
  if (!t)
    return nullptr;
  for (size_t i = 0; i < v.size(); i++) {
    Object* s = str_intern_utf8(v[i]);
    if (!s) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, ssize(i), s);
  }
  return t;
}

} // namespace

Object* assemble_unit(Compiler& c, Unit* u, bool add_none) {
  // Implicit `return None` when the last block may fall off the end.
  Instr* last = u->cur->last();
  if (!last || last->op != RETURN_VALUE) {
    c.unset_loc();
    if (add_none)
      c.addop_load_const(None);
    c.addop(RETURN_VALUE);
  }
  Scope* ste = u->ste;
  int flags = 0;
  if (ste->type == BlockType::Function) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste->nested)
      flags |= CO_NESTED;
    if (ste->generator && !ste->coroutine)
      flags |= CO_GENERATOR;
    if (!ste->generator && ste->coroutine)
      flags |= CO_COROUTINE;
    if (ste->generator && ste->coroutine)
      flags |= CO_ASYNC_GENERATOR;
    if (ste->varargs)
      flags |= CO_VARARGS;
    if (ste->varkeywords)
      flags |= CO_VARKEYWORDS;
  }
  flags |= c.future_flags_ & CO_FUTURE_ANNOTATIONS;

  Assembler a{c, u, u->entry};
  int nlocals = int(u->varnames.size());
  int ncells = int(u->cellvars.size()), nfrees = int(u->freevars.size());

  // Cell/free slot mapping (cells that are parameters share the parameter's slot).
  std::vector<int> fixed(size_t(ncells + nfrees));
  for (int i = 0; i < ncells + nfrees; i++)
    fixed[size_t(i)] = nlocals + i;
  for (int i = 0; i < ncells; i++) {
    auto it = u->varnames_idx.find(u->cellvars[size_t(i)]);
    if (it != u->varnames_idx.end())
      fixed[size_t(i)] = it->second;
  }

  // Prefix instructions.
  std::vector<Instr> prefix;
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    Instr g;
    g.op = RETURN_GENERATOR;
    g.loc = Location{u->firstlineno, u->firstlineno, -1, -1};
    Instr p;
    p.op = POP_TOP;
    p.loc = Location{-1, -1, -1, -1};
    prefix.push_back(g);
    prefix.push_back(p);
  }
  std::vector<Instr> cells;
  if (ncells) {
    std::vector<int> sorted(size_t(ncells + nlocals), 0);
    for (int i = 0; i < ncells; i++)
      sorted[size_t(fixed[size_t(i)])] = i + 1;
    for (int i = 0; i < ncells + nlocals; i++) {
      if (sorted[size_t(i)] == 0)
        continue;
      Instr m;
      m.op = MAKE_CELL;
      m.arg = sorted[size_t(i)] - 1;
      m.loc = Location{-1, -1, -1, -1};
      cells.push_back(m);
    }
  }
  std::vector<Instr> all;
  if (nfrees) {
    Instr f;
    f.op = COPY_FREE_VARS;
    f.arg = nfrees;
    f.loc = Location{-1, -1, -1, -1};
    all.push_back(f);
  }
  all.insert(all.end(), cells.begin(), cells.end());
  all.insert(all.end(), prefix.begin(), prefix.end());
  u->entry->instrs.insert(u->entry->instrs.begin(), all.begin(), all.end());

  int numdropped = 0;
  for (int i = 0; i < ncells + nfrees; i++) {
    if (fixed[size_t(i)] == i + nlocals)
      fixed[size_t(i)] -= numdropped;
    else
      numdropped++;
  }
  for (Block* b = a.entry; b; b = b->next)
    for (auto& i : b->instrs)
      if (is_deref_op(i.op))
        i.arg = fixed[size_t(i.arg)];

  // CPython extends blocks (newest first) before optimising, and again inside.
  for (auto it = u->blocks.rbegin(); it != u->blocks.rend(); ++it)
    Assembler::extend_block(it->get());
  if (!a.optimize_cfg())
    return nullptr;
  a.duplicate_exits_without_lineno();
  // trim_unused_consts: drop trailing constants no instruction uses.
  int max_const = 0;
  for (Block* b = a.entry; b; b = b->next)
    for (auto& i : b->instrs)
      if ((i.op == LOAD_CONST || i.op == KW_NAMES) && i.arg > max_const)
        max_const = i.arg;
  while (int(u->consts.size()) > max_const + 1) {
    decref(u->consts.back());
    u->consts.pop_back();
  }
  a.propagate_line_numbers();
  a.guarantee_lineno_for_exits(u->firstlineno);
  int maxdepth = a.stackdepth((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0);
  a.label_exception_targets();
  for (Block* b = a.entry; b; b = b->next)
    for (auto& i : b->instrs)
      if (is_block_push(i.op) || i.op == POP_BLOCK)
        i.op = NOP;
  for (Block* b = a.entry; b; b = b->next)
    Assembler::clean_basic_block(b);
  a.normalize_jumps();
  a.assemble_jump_offsets();

  // Emit code, line table, exception table.
  CodeSpec spec;
  LineTableWriter lt(u->firstlineno);
  for (Block* b = a.entry; b; b = b->next) {
    for (auto& i : b->instrs) {
      if (i.op >= 256) {
        err_format(SystemError, "compiler: pseudo instruction {} left in code", i.op);
        return nullptr;
      }
      int size = instr_size(i);
      emit_instruction(spec.code, i.op, i.arg);
      lt.add(i.loc, size);
    }
  }
  std::vector<ExceptionTableEntry> ex;
  Block* handler = nullptr;
  int start = -1, pos = 0;
  auto flush = [&](int end) {
    if (!handler)
      return;
    int depth = handler->startdepth - 1;
    if (handler->preserve_lasti)
      depth -= 1;
    ex.push_back({start, end, handler->offset, depth, handler->preserve_lasti});
  };
  for (Block* b = a.entry; b; b = b->next) {
    for (auto& i : b->instrs) {
      if (i.except != handler) {
        flush(pos);
        start = pos;
        handler = i.except;
      }
      pos += instr_size(i);
    }
  }
  flush(pos);

  // Locals layout.
  std::vector<std::string> lpnames = u->varnames;
  std::string kinds(static_cast<size_t>(nlocals), char(LOCALS_KIND_LOCAL));
  for (int i = 0; i < nlocals; i++)
    if (u->cellvars_idx.count(u->varnames[size_t(i)]))
      kinds[size_t(i)] = char(LOCALS_KIND_LOCAL | LOCALS_KIND_CELL);
  for (int i = 0; i < ncells; i++) {
    if (u->varnames_idx.count(u->cellvars[size_t(i)]))
      continue;
    lpnames.push_back(u->cellvars[size_t(i)]);
    kinds.push_back(char(LOCALS_KIND_CELL));
  }
  for (int i = 0; i < nfrees; i++) {
    lpnames.push_back(u->freevars[size_t(i)]);
    kinds.push_back(char(LOCALS_KIND_FREE));
  }

  Object* consts = tuple_new(ssize(u->consts.size()));
  Object* names = make_name_tuple(u->names);
  Object* lp = make_name_tuple(lpnames);
  Object* kindsb = bytes_from(kinds);
  Object* name = str_intern_utf8(u->name);
  Object* qualname = str_from_utf8(u->qualname);
  Object* linetable = bytes_from(lt.bytes());
  Object* extable = bytes_from(encode_exception_table(ex));
  Object* result = nullptr;
  if (consts && names && lp && kindsb && name && qualname && linetable && extable) {
    for (size_t i = 0; i < u->consts.size(); i++)
      tuple_set(consts, ssize(i), newref(u->consts[i]));
    spec.consts = consts;
    spec.names = names;
    spec.localsplusnames = lp;
    spec.localspluskinds = kindsb;
    spec.filename = c.filename_;
    spec.name = name;
    spec.qualname = qualname;
    spec.linetable = linetable;
    spec.exceptiontable = extable;
    spec.argcount = u->argcount + u->posonlyargcount;
    spec.posonlyargcount = u->posonlyargcount;
    spec.kwonlyargcount = u->kwonlyargcount;
    spec.stacksize = maxdepth;
    spec.flags = flags;
    spec.firstlineno = u->firstlineno;
    result = code_new(spec);
  }
  xdecref(consts);
  xdecref(names);
  xdecref(lp);
  xdecref(kindsb);
  xdecref(name);
  xdecref(qualname);
  xdecref(linetable);
  xdecref(extable);
  return result;
}

} // namespace coil::frontend
