// match statements: CPython 3.11's pattern compilation (MATCH_SEQUENCE,
// MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN, fail-pop blocks that pop
// whatever a failed pattern left on the stack, captures rotated below the
// subject and stored only after the whole pattern matched).
#include <algorithm>
#include <climits>

#include "frontend/compiler_internal.h"
#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::frontend {

using namespace ast;
using namespace bytecode;

namespace {

bool wildcard(Pattern* p) {
  return p->kind == PatternKind::MatchAs && !static_cast<MatchAs*>(p)->pattern &&
         !static_cast<MatchAs*>(p)->has_name;
}
bool wildcard_star(Pattern* p) {
  return p->kind == PatternKind::MatchStar && !static_cast<MatchStar*>(p)->has_name;
}

struct PatternContext {
  std::vector<std::string> stores;
  bool allow_irrefutable = false;
  std::vector<Block*> fail_pop;
  int on_top = 0;
};

class PatternCompiler {
public:
  explicit PatternCompiler(Compiler& c) : c_(c) {}

  void match(Match* s) {
    c_.visit_expr(s->subject);
    Block* end = c_.new_block();
    size_t cases = s->cases.size();
    MatchCase* m = s->cases.back();
    bool has_default = wildcard(m->pattern) && cases > 1;
    PatternContext pc;
    for (size_t i = 0; i < cases - (has_default ? 1 : 0); i++) {
      m = s->cases[i];
      c_.set_loc(m->pattern);
      bool last = i == cases - (has_default ? 1 : 0) - 1;
      if (!last)
        c_.addop(COPY, 1);
      pc.stores.clear();
      pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
      pc.fail_pop.clear();
      pc.on_top = 0;
      pattern(m->pattern, pc);
      for (auto& name : pc.stores)
        c_.nameop(name, ExprContext::Store);
      if (m->guard) {
        ensure_fail_pop(pc, 0);
        c_.jump_if(m->guard, pc.fail_pop[0], false);
      }
      if (!last)
        c_.addop(POP_TOP);
      c_.visit_stmts(m->body);
      c_.unset_loc();
      c_.addop_jump(JUMP, end);
      c_.set_loc(m->pattern);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      m = s->cases.back();
      c_.set_loc(m->pattern);
      if (cases == 1)
        c_.addop(POP_TOP);
      else
        c_.addop(NOP);
      if (m->guard)
        c_.jump_if(m->guard, end, false);
      c_.visit_stmts(m->body);
    }
    c_.use_next_block(end);
  }

private:
  Compiler& c_;

  void ensure_fail_pop(PatternContext& pc, int n) {
    while (int(pc.fail_pop.size()) < n + 1)
      pc.fail_pop.push_back(c_.new_block());
  }

  void jump_to_fail_pop(PatternContext& pc, int op) {
    int pops = pc.on_top + int(pc.stores.size());
    ensure_fail_pop(pc, pops);
    c_.addop_jump(op, pc.fail_pop[size_t(pops)]);
    c_.next_block();
  }

  void emit_and_reset_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty())
      return;
    for (size_t i = pc.fail_pop.size() - 1; i > 0; i--) {
      c_.use_next_block(pc.fail_pop[i]);
      c_.addop(POP_TOP);
    }
    c_.use_next_block(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }

  void rotate(int count) {
    while (count > 1)
      c_.addop(SWAP, count--);
  }

  void store_name(const std::string* name, PatternContext& pc) {
    if (!name) {
      c_.addop(POP_TOP);
      return;
    }
    c_.forbidden_name(*name, ExprContext::Store);
    if (std::find(pc.stores.begin(), pc.stores.end(), *name) != pc.stores.end())
      c_.error("multiple assignments to name '" + *name + "' in pattern");
    rotate(pc.on_top + int(pc.stores.size()) + 1);
    pc.stores.push_back(*name);
  }

  void unpack_helper(const std::vector<Pattern*>& elts) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
      if (elts[i]->kind == PatternKind::MatchStar && !seen_star) {
        if (i >= (1 << 8) || (n - i - 1) >= (size_t(INT_MAX) >> 8))
          c_.error("too many expressions in star-unpacking sequence pattern");
        c_.addop(UNPACK_EX, int(i + ((n - i - 1) << 8)));
        seen_star = true;
      } else if (elts[i]->kind == PatternKind::MatchStar) {
        c_.error("multiple starred expressions in sequence pattern");
      }
    }
    if (!seen_star)
      c_.addop(UNPACK_SEQUENCE, int(n));
  }

  void subpattern(Pattern* p, PatternContext& pc) {
    bool allow = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = allow;
  }

  void sequence_unpack(const std::vector<Pattern*>& patterns, PatternContext& pc) {
    unpack_helper(patterns);
    int size = int(patterns.size());
    pc.on_top += size;
    for (int i = 0; i < size; i++) {
      pc.on_top--;
      subpattern(patterns[size_t(i)], pc);
    }
  }

  void sequence_subscr(const std::vector<Pattern*>& patterns, int star, PatternContext& pc) {
    pc.on_top++;
    int size = int(patterns.size());
    for (int i = 0; i < size; i++) {
      Pattern* p = patterns[size_t(i)];
      if (wildcard(p) || i == star)
        continue;
      c_.addop(COPY, 1);
      if (i < star) {
        c_.addop_load_const_new(int_from_i64(i));
      } else {
        c_.addop(GET_LEN);
        c_.addop_load_const_new(int_from_i64(size - i));
        c_.addop(BINARY_OP, NB_SUBTRACT);
      }
      c_.addop(BINARY_SUBSCR);
      subpattern(p, pc);
    }
    pc.on_top--;
    c_.addop(POP_TOP);
  }

  void pattern_as(MatchAs* p, PatternContext& pc) {
    const std::string* name = p->has_name ? &p->name : nullptr;
    if (!p->pattern) {
      if (!pc.allow_irrefutable) {
        if (name)
          c_.error("name capture '" + *name + "' makes remaining patterns unreachable");
        c_.error("wildcard makes remaining patterns unreachable");
      }
      store_name(name, pc);
      return;
    }
    pc.on_top++;
    c_.addop(COPY, 1);
    pattern(p->pattern, pc);
    pc.on_top--;
    store_name(name, pc);
  }

  void pattern_class(MatchClass* p, PatternContext& pc) {
    size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    if (nattrs != p->kwd_patterns.size())
      c_.error("kwd_attrs / kwd_patterns length mismatch in class pattern");
    if (nattrs) {
      for (size_t i = 0; i < nattrs; i++) {
        for (size_t j = i + 1; j < nattrs; j++) {
          if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
            c_.set_loc(p->kwd_patterns[j]);
            c_.error("attribute name repeated in class pattern: " + p->kwd_attrs[i]);
          }
        }
      }
      c_.set_loc(p);
    }
    c_.visit_expr(p->cls);
    Object* names = tuple_new(ssize(nattrs));
    if (!names)
      c_.fail_runtime();
    for (size_t i = 0; i < nattrs; i++)
      tuple_set(names, ssize(i), str_from_utf8(p->kwd_attrs[i]));
    c_.addop_load_const_new(names);
    c_.addop(MATCH_CLASS, int(nargs));
    c_.addop(COPY, 1);
    c_.addop_load_const(None);
    c_.addop(IS_OP, 1);
    pc.on_top++;
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    c_.addop(UNPACK_SEQUENCE, int(nargs + nattrs));
    pc.on_top += int(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; i++) {
      pc.on_top--;
      Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
      if (wildcard(sub)) {
        c_.addop(POP_TOP);
        continue;
      }
      subpattern(sub, pc);
    }
  }

  void pattern_mapping(MatchMapping* p, PatternContext& pc) {
    size_t size = p->keys.size();
    if (size != p->patterns.size())
      c_.error("keys / patterns length mismatch in mapping pattern");
    const std::string* star_target = p->has_rest ? &p->rest : nullptr;
    pc.on_top++;
    c_.addop(MATCH_MAPPING);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (!size && !star_target) {
      pc.on_top--;
      c_.addop(POP_TOP);
      return;
    }
    if (size) {
      c_.addop(GET_LEN);
      c_.addop_load_const_new(int_from_i64(ssize(size)));
      c_.addop(COMPARE_OP, CMP_GE);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    Object* seen = set_new(nullptr);
    if (!seen)
      c_.fail_runtime();
    for (size_t i = 0; i < size; i++) {
      Expr* key = p->keys[i];
      if (key->kind == ExprKind::Constant) {
        Object* v = c_.constant_object(static_cast<Constant*>(key)->value);
        if (!v) {
          decref(seen);
          c_.fail_runtime();
        }
        int in = set_contains(seen, v);
        if (in < 0 || (in == 0 && set_add(seen, v) < 0)) {
          decref(v);
          decref(seen);
          c_.fail_runtime();
        }
        if (in) {
          Object* r = object_repr(v);
          std::string rs = r ? str_to_std(r) : "?";
          xdecref(r);
          decref(v);
          decref(seen);
          c_.error("mapping pattern checks duplicate key (" + rs + ")");
        }
        decref(v);
      } else if (key->kind != ExprKind::Attribute) {
        decref(seen);
        c_.error("mapping pattern keys may only match literals and attribute lookups");
      }
      c_.visit_expr(key);
    }
    decref(seen);
    c_.addop(BUILD_TUPLE, int(size));
    c_.addop(MATCH_KEYS);
    pc.on_top += 2;
    c_.addop(COPY, 1);
    c_.addop_load_const(None);
    c_.addop(IS_OP, 1);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    c_.addop(UNPACK_SEQUENCE, int(size));
    pc.on_top += int(size) - 1;
    for (size_t i = 0; i < size; i++) {
      pc.on_top--;
      subpattern(p->patterns[i], pc);
    }
    pc.on_top -= 2;
    if (star_target) {
      c_.addop(BUILD_MAP, 0);
      c_.addop(SWAP, 3);
      c_.addop(DICT_UPDATE, 2);
      c_.addop(UNPACK_SEQUENCE, int(size));
      int n = int(size);
      while (n) {
        c_.addop(COPY, 1 + n--);
        c_.addop(SWAP, 2);
        c_.addop(DELETE_SUBSCR);
      }
      store_name(star_target, pc);
    } else {
      c_.addop(POP_TOP);
      c_.addop(POP_TOP);
    }
  }

  void pattern_or(MatchOr* p, PatternContext& pc) {
    Block* end = c_.new_block();
    size_t size = p->patterns.size();
    PatternContext old = pc;
    std::vector<std::string> control;
    bool have_control = false;
    for (size_t i = 0; i < size; i++) {
      Pattern* alt = p->patterns[i];
      c_.set_loc(alt);
      pc.stores.clear();
      pc.allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
      pc.fail_pop.clear();
      pc.on_top = 0;
      c_.addop(COPY, 1);
      pattern(alt, pc);
      size_t nstores = pc.stores.size();
      if (!have_control) {
        control = pc.stores;
        have_control = true;
      } else if (nstores != control.size()) {
        c_.error("alternative patterns bind different names");
      } else if (nstores) {
        for (size_t icontrol = nstores; icontrol-- > 0;) {
          const std::string& name = control[icontrol];
          auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
          if (it == pc.stores.end())
            c_.error("alternative patterns bind different names");
          size_t istores = size_t(it - pc.stores.begin());
          if (icontrol != istores) {
            size_t rotations = istores + 1;
            std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + long(rotations));
            pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
            pc.stores.insert(pc.stores.begin() + long(icontrol - istores), rotated.begin(), rotated.end());
            while (rotations--)
              rotate(int(icontrol) + 1);
          }
        }
      }
      c_.addop_jump(JUMP, end);
      emit_and_reset_fail_pop(pc);
    }
    pc = old;
    c_.addop(POP_TOP);
    jump_to_fail_pop(pc, JUMP);
    // The fail-pop blocks created above belong to the caller's context.
    old.fail_pop = pc.fail_pop;
    c_.use_next_block(end);
    size_t nstores = control.size();
    int nrots = int(nstores) + 1 + pc.on_top + int(pc.stores.size());
    for (size_t i = 0; i < nstores; i++) {
      rotate(nrots);
      const std::string& name = control[i];
      if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        c_.error("multiple assignments to name '" + name + "' in pattern");
      pc.stores.push_back(name);
    }
    c_.addop(POP_TOP);
  }

  void pattern_sequence(MatchSequence* p, PatternContext& pc) {
    auto& patterns = p->patterns;
    int size = int(patterns.size());
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
      Pattern* q = patterns[size_t(i)];
      if (q->kind == PatternKind::MatchStar) {
        if (star >= 0)
          c_.error("multiple starred names in sequence pattern");
        star_wildcard = wildcard_star(q);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && wildcard(q);
    }
    pc.on_top++;
    c_.addop(MATCH_SEQUENCE);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (star < 0) {
      c_.addop(GET_LEN);
      c_.addop_load_const_new(int_from_i64(size));
      c_.addop(COMPARE_OP, CMP_EQ);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    } else if (size - 1 > 0) {
      c_.addop(GET_LEN);
      c_.addop_load_const_new(int_from_i64(size - 1));
      c_.addop(COMPARE_OP, CMP_GE);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    pc.on_top--;
    if (only_wildcard)
      c_.addop(POP_TOP);
    else if (star_wildcard)
      sequence_subscr(patterns, star, pc);
    else
      sequence_unpack(patterns, pc);
  }

  void pattern(Pattern* p, PatternContext& pc) {
    c_.set_loc(p);
    switch (p->kind) {
    case PatternKind::MatchValue: {
      Expr* v = static_cast<MatchValue*>(p)->value;
      if (v->kind != ExprKind::Constant && v->kind != ExprKind::Attribute)
        c_.error("patterns may only match literals and attribute lookups");
      c_.visit_expr(v);
      c_.addop(COMPARE_OP, CMP_EQ);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
      break;
    }
    case PatternKind::MatchSingleton: {
      Object* v = c_.constant_object(static_cast<MatchSingleton*>(p)->value);
      c_.addop_load_const_new(v);
      c_.addop(IS_OP, 0);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
      break;
    }
    case PatternKind::MatchSequence:
      pattern_sequence(static_cast<MatchSequence*>(p), pc);
      break;
    case PatternKind::MatchMapping:
      pattern_mapping(static_cast<MatchMapping*>(p), pc);
      break;
    case PatternKind::MatchClass:
      pattern_class(static_cast<MatchClass*>(p), pc);
      break;
    case PatternKind::MatchStar: {
      auto* s = static_cast<MatchStar*>(p);
      store_name(s->has_name ? &s->name : nullptr, pc);
      break;
    }
    case PatternKind::MatchAs:
      pattern_as(static_cast<MatchAs*>(p), pc);
      break;
    case PatternKind::MatchOr:
      pattern_or(static_cast<MatchOr*>(p), pc);
      break;
    }
  }
};

} // namespace

void Compiler::match_stmt(Match* s) {
  PatternCompiler pc(*this);
  pc.match(s);
}

} // namespace coil::frontend
