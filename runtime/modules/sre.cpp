// The `_sre` module: the matching engine behind lib/re. The pattern parser and
// compiler are Python (lib/re/_parser.py, lib/re/_compiler.py); they hand this
// module a flat list of integer opcodes plus a list of character classes, and
// `_sre.compile` turns them into a Program whose `match` method runs a
// backtracking matcher.
//
// Invariants
// - The opcode numbers and operand layouts here are the ones written by
//   lib/re/_compiler.py (see the OP_* table in lib/re/_constants.py); the
//   compiler only emits well-formed programs, and `_sre.compile` re-checks
//   every jump target and operand index so that a bad list raises ValueError
//   instead of reading out of bounds.
// - The matcher never recurses in C: all backtracking state lives on one
//   explicit stack (`Entry`), so deeply nested patterns or long inputs cannot
//   overflow the C stack. Every change to a capture mark, to `lastindex` or to
//   a loop counter pushes an entry that undoes it on backtracking.
// - Barrier entries delimit atomic groups and lookaround assertions; reaching
//   END_SUB cuts the choice points above the innermost barrier (keeping the
//   undo entries), which makes those constructs atomic as in CPython.
// - The subject is seen as the code units [0, endpos): `^`, `\A` and
//   lookbehind look back to index 0, not to `pos`.
#include <unicode/uchar.h>

#include <cstring>
#include <memory>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

extern TypeObject SreProgramType; // _sre.Program

namespace {

enum Op : int {
  OP_FAILURE = 0,
  OP_SUCCESS = 1,
  OP_ANY = 2,              // ANY
  OP_ANY_ALL = 3,          // ANY_ALL
  OP_LIT = 4,              // LIT c
  OP_NOT_LIT = 5,          // NOT_LIT c
  OP_LIT_I = 6,            // LIT_I fold c   (c already lowered)
  OP_NOT_LIT_I = 7,        // NOT_LIT_I fold c
  OP_IN = 8,               // IN class
  OP_JMP = 9,              // JMP target
  OP_SPLIT = 10,           // SPLIT first second
  OP_MARK = 11,            // MARK n
  OP_AT = 12,              // AT kind mode
  OP_GROUPREF = 13,        // GROUPREF g
  OP_GROUPREF_I = 14,      // GROUPREF_I fold g
  OP_GROUPREF_EXISTS = 15, // GROUPREF_EXISTS g else_target
  OP_REPEAT1 = 16,         // REPEAT1 kind min max <single-char op> tail...
  OP_REPEAT = 17,          // REPEAT k min max kind exit  body... LOOP_END
  OP_LOOP_END = 18,        // LOOP_END repeat_pc
  OP_ATOMIC = 19,          // ATOMIC  body... END_SUB
  OP_END_SUB = 20,         // END_SUB
  OP_ASSERT = 21,          // ASSERT negate back cont  body... END_SUB
  OP_COUNT = 22
};

enum Fold : int { FOLD_NONE = 0, FOLD_ASCII = 1, FOLD_UNI = 2, FOLD_LOCALE = 3 };
enum CharMode : int { MODE_ASCII = 0, MODE_UNI = 1, MODE_LOCALE = 2 };
enum AtKind : int {
  AT_BEGINNING = 0,
  AT_BEGINNING_LINE = 1,
  AT_BEGINNING_STRING = 2,
  AT_END = 3,
  AT_END_LINE = 4,
  AT_END_STRING = 5,
  AT_BOUNDARY = 6,
  AT_NON_BOUNDARY = 7
};
enum Cat : int { CAT_DIGIT = 0, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD };
enum ItemKind : int { ITEM_LIT = 0, ITEM_RANGE = 1, ITEM_CAT = 2 };
enum RepKind : int { REP_GREEDY = 0, REP_LAZY = 1, REP_POSSESSIVE = 2 };

constexpr int64_t MAXREPEAT = 4294967295LL;

int op_length(int64_t op) noexcept {
  switch (op) {
  case OP_FAILURE:
  case OP_SUCCESS:
  case OP_ANY:
  case OP_ANY_ALL:
  case OP_ATOMIC:
  case OP_END_SUB:
    return 1;
  case OP_LIT:
  case OP_NOT_LIT:
  case OP_IN:
  case OP_JMP:
  case OP_MARK:
  case OP_GROUPREF:
  case OP_LOOP_END:
    return 2;
  case OP_LIT_I:
  case OP_NOT_LIT_I:
  case OP_SPLIT:
  case OP_AT:
  case OP_GROUPREF_I:
  case OP_GROUPREF_EXISTS:
    return 3;
  case OP_REPEAT1:
  case OP_ASSERT:
    return 4;
  case OP_REPEAT:
    return 6;
  default:
    return 0;
  }
}

bool is_single_char_op(int64_t op) noexcept {
  return op == OP_ANY || op == OP_ANY_ALL || op == OP_LIT || op == OP_NOT_LIT || op == OP_LIT_I ||
         op == OP_NOT_LIT_I || op == OP_IN;
}

// ------------------------------------------------------------ characters

inline uint32_t ascii_lower(uint32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
inline uint32_t ascii_upper(uint32_t c) noexcept {
  return (c >= 'a' && c <= 'z') ? c - 32 : c;
}
inline uint32_t uni_lower(uint32_t c) noexcept {
  return c < 128 ? ascii_lower(c) : static_cast<uint32_t>(u_tolower(static_cast<UChar32>(c)));
}
inline uint32_t uni_upper(uint32_t c) noexcept {
  return c < 128 ? ascii_upper(c) : static_cast<uint32_t>(u_toupper(static_cast<UChar32>(c)));
}
inline uint32_t fold_lower(int fold, uint32_t c) noexcept {
  return fold == FOLD_UNI ? uni_lower(c) : ascii_lower(c);
}
inline uint32_t fold_upper(int fold, uint32_t c) noexcept {
  return fold == FOLD_UNI ? uni_upper(c) : ascii_upper(c);
}

inline bool ascii_digit(uint32_t c) noexcept {
  return c >= '0' && c <= '9';
}
inline bool ascii_space(uint32_t c) noexcept {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool ascii_word(uint32_t c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ascii_digit(c) || c == '_';
}
inline bool is_word(int mode, uint32_t c) noexcept {
  if (mode == MODE_UNI)
    return c < 128 ? ascii_word(c) : (c == '_' || uni_isalnum(c));
  return c < 128 && ascii_word(c);
}

bool category(int cat, int mode, uint32_t c) noexcept {
  bool uni = mode == MODE_UNI;
  switch (cat) {
  case CAT_DIGIT:
    return uni ? (c < 128 ? ascii_digit(c) : uni_isdecimal(c)) : ascii_digit(c);
  case CAT_NOT_DIGIT:
    return !category(CAT_DIGIT, mode, c);
  case CAT_SPACE:
    return uni ? (c < 128 ? (ascii_space(c) || (c >= 0x1c && c <= 0x1f)) : uni_isspace(c)) : ascii_space(c);
  case CAT_NOT_SPACE:
    return !category(CAT_SPACE, mode, c);
  case CAT_WORD:
    return is_word(mode, c);
  case CAT_NOT_WORD:
    return !is_word(mode, c);
  default:
    return false;
  }
}

struct ClassItem {
  int kind;
  uint32_t a, b;
};

struct CharClass {
  bool negate = false;
  int fold = FOLD_NONE;
  std::vector<ClassItem> items;
  uint64_t low[4] = {0, 0, 0, 0}; // precomputed answers for code points < 256

  bool raw_test(uint32_t c) const noexcept {
    for (const ClassItem& it : items) {
      switch (it.kind) {
      case ITEM_LIT:
        if (c == it.a)
          return true;
        break;
      case ITEM_RANGE:
        if (c >= it.a && c <= it.b)
          return true;
        break;
      default:
        break;
      }
    }
    return false;
  }
  bool slow_test(uint32_t c) const noexcept {
    bool hit = false;
    if (fold == FOLD_NONE) {
      hit = raw_test(c);
    } else {
      // Literal items hold lowered code points; ranges are tried on the
      // character, its lower and upper case and the upper case of its lower.
      uint32_t lc = fold_lower(fold, c);
      for (const ClassItem& it : items) {
        if (it.kind == ITEM_LIT && lc == it.a) {
          hit = true;
          break;
        }
        if (it.kind == ITEM_RANGE) {
          uint32_t uc = fold_upper(fold, c), ulc = fold_upper(fold, lc);
          if ((c >= it.a && c <= it.b) || (lc >= it.a && lc <= it.b) || (uc >= it.a && uc <= it.b) ||
              (ulc >= it.a && ulc <= it.b)) {
            hit = true;
            break;
          }
        }
      }
    }
    if (!hit) {
      for (const ClassItem& it : items) {
        if (it.kind == ITEM_CAT && category(static_cast<int>(it.a), static_cast<int>(it.b), c)) {
          hit = true;
          break;
        }
      }
    }
    return hit != negate;
  }
  void prepare() noexcept {
    for (uint32_t c = 0; c < 256; c++)
      if (slow_test(c))
        low[c >> 6] |= uint64_t{1} << (c & 63);
  }
  bool test(uint32_t c) const noexcept {
    if (c < 256)
      return (low[c >> 6] >> (c & 63)) & 1;
    return slow_test(c);
  }
};

struct Program {
  std::vector<int64_t> code;
  std::vector<CharClass> classes;
  ssize ngroups = 0; // capturing groups, group 0 excluded
  ssize nloops = 0;
  int64_t first_lit = -1; // when every match starts with this exact code unit
  int64_t first_op = -1;  // pc of a single-char op every match must start with
};

struct ProgramObject : Object {
  Program* prog;
};

// ------------------------------------------------------------ matcher

enum EntryKind : int32_t {
  E_CHOICE,      // a = pc, b = pos
  E_MARK,        // a = mark index, b = old value
  E_LASTINDEX,   // b = old lastindex
  E_COUNT,       // a = loop slot, b = old count, c = old last position
  E_BARRIER,     // a = 1 for an assertion, b = saved pos, c = pc of the instruction
  E_REP1_GREEDY, // a = pc of REPEAT1, b = base pos, c = current count
  E_REP1_LAZY,   // a = pc of REPEAT1, b = base pos, c = current count
  E_LAZY_LOOP,   // a = pc of REPEAT, b = pos
};

struct Entry {
  int32_t kind;
  int32_t a;
  int64_t b;
  int64_t c;
};

struct MatchResult {
  std::vector<ssize> marks;
  ssize lastindex = -1;
};

// Scratch space of the matcher, reused across calls (the matcher never runs
// Python code, so it cannot be re-entered on one thread).
struct Scratch {
  std::vector<ssize> marks;
  std::vector<int64_t> counts;
  std::vector<ssize> lasts;
  std::vector<Entry> stack;
};
thread_local Scratch scratch;

template <typename CharT> class Matcher {
public:
  Matcher(const Program& p, const CharT* s, ssize end)
      : p_(p), s_(s), end_(end), marks_(scratch.marks), counts_(scratch.counts), lasts_(scratch.lasts),
        stack_(scratch.stack) {}

  // Tries one match starting at `start`. `initial` is the position the caller
  // asked for (an empty match there is refused when must_advance is set).
  bool run(ssize start, bool fullmatch, bool must_advance, ssize initial, MatchResult& out) {
    const int64_t* code = p_.code.data();
    marks_.assign(static_cast<size_t>(2 * (p_.ngroups + 1)), -1);
    counts_.assign(static_cast<size_t>(p_.nloops), 0);
    lasts_.assign(static_cast<size_t>(p_.nloops), -1);
    stack_.clear();
    lastindex_ = -1;
    ssize pos = start;
    int64_t pc = 0;
    for (;;) {
      switch (code[pc]) {
      case OP_SUCCESS:
        if ((fullmatch && pos != end_) || (must_advance && pos == initial && start == initial))
          goto fail;
        marks_[0] = start;
        marks_[1] = pos;
        out.marks = marks_;
        out.lastindex = lastindex_;
        return true;
      case OP_FAILURE:
        goto fail;
      case OP_ANY:
      case OP_ANY_ALL:
      case OP_LIT:
      case OP_NOT_LIT:
      case OP_LIT_I:
      case OP_NOT_LIT_I:
      case OP_IN:
        if (pos >= end_ || !char_ok(code + pc, s_[pos]))
          goto fail;
        pos++;
        pc += op_length(code[pc]);
        continue;
      case OP_JMP:
        pc = code[pc + 1];
        continue;
      case OP_SPLIT:
        push(E_CHOICE, static_cast<int32_t>(code[pc + 2]), pos, 0);
        pc = code[pc + 1];
        continue;
      case OP_MARK: {
        int64_t n = code[pc + 1];
        push(E_MARK, static_cast<int32_t>(n), marks_[n], 0);
        marks_[n] = pos;
        if (n & 1) {
          push(E_LASTINDEX, 0, lastindex_, 0);
          lastindex_ = n / 2;
        }
        pc += 2;
        continue;
      }
      case OP_AT:
        if (!at(code[pc + 1], static_cast<int>(code[pc + 2]), pos))
          goto fail;
        pc += 3;
        continue;
      case OP_GROUPREF:
      case OP_GROUPREF_I: {
        bool fold = code[pc] == OP_GROUPREF_I;
        int64_t g = code[pc + (fold ? 2 : 1)];
        ssize gs = marks_[2 * g], ge = marks_[2 * g + 1];
        if (gs < 0 || ge < 0 || ge < gs)
          goto fail;
        ssize n = ge - gs;
        if (end_ - pos < n)
          goto fail;
        if (fold) {
          int f = static_cast<int>(code[pc + 1]);
          for (ssize i = 0; i < n; i++)
            if (fold_lower(f, s_[gs + i]) != fold_lower(f, s_[pos + i]))
              goto fail;
        } else {
          for (ssize i = 0; i < n; i++)
            if (s_[gs + i] != s_[pos + i])
              goto fail;
        }
        pos += n;
        pc += fold ? 3 : 2;
        continue;
      }
      case OP_GROUPREF_EXISTS: {
        int64_t g = code[pc + 1];
        ssize gs = marks_[2 * g], ge = marks_[2 * g + 1];
        if (gs < 0 || ge < 0 || ge < gs)
          pc = code[pc + 2];
        else
          pc += 3;
        continue;
      }
      case OP_REPEAT1: {
        int64_t kind = code[pc + 1], mn = code[pc + 2], mx = code[pc + 3];
        const int64_t* item = code + pc + 4;
        int64_t tail = pc + 4 + op_length(*item);
        if (pos > end_) // only when pos > endpos was asked for
          goto fail;
        ssize limit = end_ - pos;
        if (mx != MAXREPEAT && mx < limit)
          limit = static_cast<ssize>(mx);
        if (kind == REP_LAZY) {
          ssize n = 0;
          while (n < mn) {
            if (n >= limit || !char_ok(item, s_[pos + n]))
              goto fail;
            n++;
          }
          push(E_REP1_LAZY, static_cast<int32_t>(pc), pos, n);
          pos += n;
          pc = tail;
          continue;
        }
        ssize n = count_run(item, pos, limit);
        if (n < mn)
          goto fail;
        if (kind == REP_GREEDY && n > mn)
          push(E_REP1_GREEDY, static_cast<int32_t>(pc), pos, n);
        pos += n;
        pc = tail;
        continue;
      }
      case OP_REPEAT: {
        int64_t k = code[pc + 1];
        push(E_COUNT, static_cast<int32_t>(k), counts_[k], lasts_[k]);
        counts_[k] = 0;
        lasts_[k] = -1;
        pc = loop_check(pc, pos);
        if (pc < 0)
          goto fail;
        continue;
      }
      case OP_LOOP_END: {
        int64_t rpc = code[pc + 1];
        int64_t k = code[rpc + 1];
        push(E_COUNT, static_cast<int32_t>(k), counts_[k], lasts_[k]);
        counts_[k]++;
        pc = loop_check(rpc, pos);
        if (pc < 0)
          goto fail;
        continue;
      }
      case OP_ATOMIC:
        push(E_BARRIER, 0, pos, pc);
        pc += 1;
        continue;
      case OP_ASSERT: {
        bool negate = code[pc + 1] != 0;
        int64_t back = code[pc + 2];
        if (pos - back < 0) {
          if (negate) {
            pc = code[pc + 3];
            continue;
          }
          goto fail;
        }
        push(E_BARRIER, 1, pos, pc);
        pos -= back;
        pc += 4;
        continue;
      }
      case OP_END_SUB: {
        size_t bi = stack_.size();
        while (bi > 0 && stack_[bi - 1].kind != E_BARRIER)
          bi--;
        Entry barrier = stack_[bi - 1];
        const int64_t* bop = code + barrier.c;
        if (barrier.a == 1 && bop[1] != 0) {
          // Negative assertion whose body matched: undo it and fail.
          while (stack_.size() > bi)
            undo(stack_.back()), stack_.pop_back();
          stack_.pop_back();
          goto fail;
        }
        // Keep the undo entries, drop the choice points and the barrier.
        size_t w = bi - 1;
        for (size_t r = bi; r < stack_.size(); r++) {
          int32_t kind = stack_[r].kind;
          if (kind == E_MARK || kind == E_LASTINDEX || kind == E_COUNT)
            stack_[w++] = stack_[r];
        }
        stack_.resize(w);
        if (barrier.a == 1) {
          pos = barrier.b;
          pc = bop[3];
        } else {
          pc += 1;
        }
        continue;
      }
      default:
        goto fail;
      }
    fail:
      for (;;) {
        if (stack_.empty())
          return false;
        Entry& e = stack_.back();
        switch (e.kind) {
        case E_CHOICE:
          pc = e.a;
          pos = e.b;
          stack_.pop_back();
          goto resume;
        case E_MARK:
        case E_LASTINDEX:
        case E_COUNT:
          undo(e);
          stack_.pop_back();
          continue;
        case E_BARRIER: {
          Entry b = e;
          stack_.pop_back();
          if (b.a == 1 && code[b.c + 1] != 0) {
            // Negative assertion whose body failed: the assertion holds.
            pos = b.b;
            pc = code[b.c + 3];
            goto resume;
          }
          continue;
        }
        case E_REP1_GREEDY: {
          int64_t rpc = e.a;
          int64_t mn = code[rpc + 2];
          const int64_t* item = code + rpc + 4;
          int64_t tail = rpc + 4 + op_length(*item);
          ssize base = e.b;
          ssize n = e.c - 1;
          // Skip counts where the tail's first literal cannot match.
          if (code[tail] == OP_LIT) {
            uint32_t want = static_cast<uint32_t>(code[tail + 1]);
            while (n >= mn && (base + n >= end_ || s_[base + n] != want))
              n--;
          }
          if (n < mn) {
            stack_.pop_back();
            continue;
          }
          if (n == mn)
            stack_.pop_back();
          else
            e.c = n;
          pos = base + n;
          pc = tail;
          goto resume;
        }
        case E_REP1_LAZY: {
          int64_t rpc = e.a;
          int64_t mx = code[rpc + 3];
          const int64_t* item = code + rpc + 4;
          int64_t tail = rpc + 4 + op_length(*item);
          ssize p = e.b + e.c;
          if ((mx != MAXREPEAT && e.c >= mx) || p >= end_ || !char_ok(item, s_[p])) {
            stack_.pop_back();
            continue;
          }
          e.c++;
          pos = p + 1;
          pc = tail;
          goto resume;
        }
        case E_LAZY_LOOP: {
          int64_t rpc = e.a;
          ssize p = e.b;
          stack_.pop_back();
          int64_t k = code[rpc + 1], mx = code[rpc + 3];
          if ((mx == MAXREPEAT || counts_[k] < mx) && p != lasts_[k]) {
            push(E_COUNT, static_cast<int32_t>(k), counts_[k], lasts_[k]);
            lasts_[k] = p;
            pos = p;
            pc = rpc + 6;
            goto resume;
          }
          continue;
        }
        default:
          stack_.pop_back();
          continue;
        }
      }
    resume:;
    }
  }

  bool first_ok(ssize start) const noexcept {
    return start < end_ && char_ok(p_.code.data() + p_.first_op, s_[start]);
  }

private:
  const Program& p_;
  const CharT* s_;
  ssize end_;
  std::vector<ssize>& marks_;
  std::vector<int64_t>& counts_;
  std::vector<ssize>& lasts_;
  std::vector<Entry>& stack_;
  ssize lastindex_ = -1;

  void push(int32_t kind, int32_t a, int64_t b, int64_t c) { stack_.push_back(Entry{kind, a, b, c}); }

  void undo(const Entry& e) noexcept {
    switch (e.kind) {
    case E_MARK:
      marks_[e.a] = e.b;
      break;
    case E_LASTINDEX:
      lastindex_ = e.b;
      break;
    case E_COUNT:
      counts_[e.a] = e.b;
      lasts_[e.a] = e.c;
      break;
    default:
      break;
    }
  }

  bool char_ok(const int64_t* op, uint32_t c) const noexcept {
    switch (op[0]) {
    case OP_ANY:
      return c != '\n';
    case OP_ANY_ALL:
      return true;
    case OP_LIT:
      return c == static_cast<uint64_t>(op[1]);
    case OP_NOT_LIT:
      return c != static_cast<uint64_t>(op[1]);
    case OP_LIT_I:
      return fold_lower(static_cast<int>(op[1]), c) == static_cast<uint64_t>(op[2]);
    case OP_NOT_LIT_I:
      return fold_lower(static_cast<int>(op[1]), c) != static_cast<uint64_t>(op[2]);
    case OP_IN:
      return p_.classes[op[1]].test(c);
    default:
      return false;
    }
  }

  ssize count_run(const int64_t* item, ssize pos, ssize limit) const noexcept {
    ssize n = 0;
    switch (item[0]) {
    case OP_ANY_ALL:
      return limit;
    case OP_LIT: {
      uint64_t c = static_cast<uint64_t>(item[1]);
      while (n < limit && s_[pos + n] == c)
        n++;
      return n;
    }
    case OP_IN: {
      const CharClass& cls = p_.classes[item[1]];
      while (n < limit && cls.test(s_[pos + n]))
        n++;
      return n;
    }
    default:
      while (n < limit && char_ok(item, s_[pos + n]))
        n++;
      return n;
    }
  }

  // The decision taken at the top of a general loop (after REPEAT or after
  // each iteration): returns the next pc, or -1 to fail.
  int64_t loop_check(int64_t rpc, ssize pos) {
    const int64_t* code = p_.code.data();
    int64_t k = code[rpc + 1], mn = code[rpc + 2], mx = code[rpc + 3], kind = code[rpc + 4];
    int64_t exit = code[rpc + 5], body = rpc + 6;
    int64_t count = counts_[k];
    if (count < mn) // mandatory iterations do not take part in the empty-iteration check
      return body;
    if (kind == REP_LAZY) {
      push(E_LAZY_LOOP, static_cast<int32_t>(rpc), pos, 0);
      return exit;
    }
    if ((mx == MAXREPEAT || count < mx) && pos != lasts_[k]) {
      push(E_CHOICE, static_cast<int32_t>(exit), pos, 0);
      push(E_COUNT, static_cast<int32_t>(k), counts_[k], lasts_[k]);
      lasts_[k] = pos;
      return body;
    }
    return exit;
  }

  bool word_at(int mode, ssize i) const noexcept { return i >= 0 && i < end_ && is_word(mode, s_[i]); }

  bool at(int64_t kind, int mode, ssize pos) const noexcept {
    switch (kind) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return pos == 0;
    case AT_BEGINNING_LINE:
      return pos == 0 || s_[pos - 1] == '\n';
    case AT_END:
      return pos == end_ || (pos == end_ - 1 && s_[pos] == '\n');
    case AT_END_LINE:
      return pos == end_ || s_[pos] == '\n';
    case AT_END_STRING:
      return pos == end_;
    case AT_BOUNDARY:
      if (end_ == 0)
        return false;
      return word_at(mode, pos - 1) != word_at(mode, pos);
    case AT_NON_BOUNDARY:
      if (end_ == 0)
        return false;
      return word_at(mode, pos - 1) == word_at(mode, pos);
    default:
      return false;
    }
  }
};

// mode: 0 match, 1 fullmatch, 2 search
template <typename CharT>
bool run_match(const Program& p, const CharT* s, ssize pos, ssize endpos, int mode, bool must_advance,
               MatchResult& out) {
  Matcher<CharT> m(p, s, endpos);
  if (mode != 2)
    return m.run(pos, mode == 1, must_advance, pos, out);
  for (ssize start = pos; start <= endpos; start++) {
    if (p.first_lit >= 0) {
      while (start < endpos && s[start] != static_cast<uint64_t>(p.first_lit))
        start++;
      if (start >= endpos)
        return false;
    } else if (p.first_op >= 0) {
      while (start < endpos && !m.first_ok(start))
        start++;
      if (start >= endpos)
        return false;
    }
    if (m.run(start, false, must_advance, pos, out))
      return true;
  }
  return false;
}

// ------------------------------------------------------------ Program object

bool int_item(Object* o, int64_t* out) {
  if (!int_check(o)) {
    err_set_string(TypeError, "an integer is required");
    return false;
  }
  bool overflow = false;
  *out = int_as_i64(o, &overflow);
  if (overflow) {
    err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Object* bad_code() {
  return err_set_string(ValueError, "invalid SRE code");
}

// Checks every operand of the program (see the invariants at the top).
bool validate(const Program& p) {
  const std::vector<int64_t>& c = p.code;
  int64_t n = static_cast<int64_t>(c.size());
  auto target = [&](int64_t t) { return t >= 0 && t < n; };
  int64_t pc = 0;
  while (pc < n) {
    int len = op_length(c[pc]);
    if (len == 0 || pc + len > n)
      return false;
    const int64_t* o = c.data() + pc;
    switch (o[0]) {
    case OP_IN:
      if (o[1] < 0 || o[1] >= static_cast<int64_t>(p.classes.size()))
        return false;
      break;
    case OP_JMP:
      if (!target(o[1]))
        return false;
      break;
    case OP_SPLIT:
      if (!target(o[1]) || !target(o[2]))
        return false;
      break;
    case OP_MARK:
      if (o[1] < 0 || o[1] >= 2 * (p.ngroups + 1))
        return false;
      break;
    case OP_GROUPREF:
      if (o[1] < 0 || o[1] > p.ngroups)
        return false;
      break;
    case OP_GROUPREF_I:
      if (o[2] < 0 || o[2] > p.ngroups)
        return false;
      break;
    case OP_GROUPREF_EXISTS:
      if (o[1] < 0 || o[1] > p.ngroups || !target(o[2]))
        return false;
      break;
    case OP_REPEAT1:
      if (pc + 4 >= n || !is_single_char_op(o[4]) || o[2] < 0 || o[3] < o[2])
        return false;
      break;
    case OP_REPEAT:
      if (o[1] < 0 || o[1] >= p.nloops || !target(o[5]) || o[2] < 0 || o[3] < o[2])
        return false;
      break;
    case OP_LOOP_END:
      if (!target(o[1]) || c[o[1]] != OP_REPEAT)
        return false;
      break;
    case OP_ASSERT:
      if (!target(o[3]) || o[2] < 0)
        return false;
      break;
    default:
      break;
    }
    pc += len;
  }
  return n > 0;
}

// Finds the first character every match must start with: the program is
// walked over zero-width ops (MARK, AT) to the first consuming op, which must
// be a single-char op or a REPEAT1 with min >= 1.
void find_first(Program& p) {
  const std::vector<int64_t>& c = p.code;
  size_t pc = 0;
  while (pc < c.size() && (c[pc] == OP_MARK || c[pc] == OP_AT))
    pc += static_cast<size_t>(op_length(c[pc]));
  if (pc >= c.size())
    return;
  if (c[pc] == OP_REPEAT1 && c[pc + 2] >= 1)
    pc += 4;
  if (!is_single_char_op(c[pc]))
    return;
  if (c[pc] == OP_LIT && pc == 0)
    p.first_lit = c[pc + 1];
  else
    p.first_op = static_cast<int64_t>(pc);
}

// _sre.compile(code, classes, ngroups, nloops)
// classes: list of (negate, fold, ((kind, a, b), ...))
Object* sre_compile(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("compile", nargs, 4, 4))
    return nullptr;
  Object* code = args[0];
  Object* classes = args[1];
  if (!list_check(code) || !list_check(classes))
    return err_set_string(TypeError, "compile() expects lists");
  auto prog = std::make_unique<Program>();
  for (ssize i = 0; i < list_size(code); i++) {
    int64_t v;
    if (!int_item(list_get(code, i), &v))
      return nullptr;
    prog->code.push_back(v);
  }
  for (ssize i = 0; i < list_size(classes); i++) {
    Object* t = list_get(classes, i);
    if (!tuple_check(t) || tuple_size(t) != 3 || !tuple_check(tuple_get(t, 2)))
      return bad_code();
    CharClass cls;
    int64_t neg, fold;
    if (!int_item(tuple_get(t, 0), &neg) || !int_item(tuple_get(t, 1), &fold))
      return nullptr;
    cls.negate = neg != 0;
    cls.fold = static_cast<int>(fold);
    Object* items = tuple_get(t, 2);
    for (ssize j = 0; j < tuple_size(items); j++) {
      Object* it = tuple_get(items, j);
      if (!tuple_check(it) || tuple_size(it) != 3)
        return bad_code();
      int64_t k, a, b;
      if (!int_item(tuple_get(it, 0), &k) || !int_item(tuple_get(it, 1), &a) ||
          !int_item(tuple_get(it, 2), &b))
        return nullptr;
      if (k < ITEM_LIT || k > ITEM_CAT || a < 0 || b < 0 || a > 0x10ffff || b > 0x10ffff)
        return bad_code();
      cls.items.push_back(ClassItem{static_cast<int>(k), static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
    }
    cls.prepare();
    prog->classes.push_back(std::move(cls));
  }
  int64_t ng, nl;
  if (!int_item(args[2], &ng) || !int_item(args[3], &nl))
    return nullptr;
  if (ng < 0 || nl < 0)
    return bad_code();
  prog->ngroups = static_cast<ssize>(ng);
  prog->nloops = static_cast<ssize>(nl);
  if (!validate(*prog))
    return bad_code();
  find_first(*prog);
  auto* obj = static_cast<ProgramObject*>(object_alloc(&SreProgramType, sizeof(ProgramObject)));
  if (!obj)
    return nullptr;
  obj->prog = prog.release();
  return obj;
}

// The code units of a subject: str (any kind), bytes or bytearray.
struct Subject {
  Object* obj;
  const void* data;
  int kind; // 1, 2, 4
  ssize len;
  bool isstr;
};

bool get_subject(Object* s, Subject& out) {
  out.obj = s;
  if (str_check(s)) {
    auto* so = static_cast<StrObject*>(s);
    out.data = so->data();
    out.kind = so->kind;
    out.len = so->size;
    out.isstr = true;
    return true;
  }
  out.isstr = false;
  out.kind = 1;
  if (bytes_check(s)) {
    out.data = bytes_data(s);
    out.len = bytes_size(s);
    return true;
  }
  if (bytearray_check(s)) {
    auto* ba = static_cast<ByteArrayObject*>(s);
    out.data = ba->buffer;
    out.len = ba->size;
    return true;
  }
  err_format(TypeError, "expected string or bytes-like object, got '{}'", type_name_of(s));
  return false;
}

bool subject_match(const Program& p, const Subject& s, ssize pos, ssize endpos, int mode, bool adv,
                   MatchResult& r) {
  switch (s.kind) {
  case 1:
    return run_match(p, static_cast<const uint8_t*>(s.data), pos, endpos, mode, adv, r);
  case 2:
    return run_match(p, static_cast<const uint16_t*>(s.data), pos, endpos, mode, adv, r);
  default:
    return run_match(p, static_cast<const uint32_t*>(s.data), pos, endpos, mode, adv, r);
  }
}

// A slice of the subject as str or bytes (new reference).
Object* subject_slice(const Subject& s, ssize a, ssize b) {
  if (s.isstr)
    return str_substring(s.obj, a, b);
  return bytes_from(std::string_view(static_cast<const char*>(s.data) + a, static_cast<size_t>(b - a)));
}

Object* result_tuple(const MatchResult& r) {
  Object* t = tuple_new(static_cast<ssize>(r.marks.size()) + 1);
  if (!t)
    return nullptr;
  for (ssize i = 0; i < tuple_size(t); i++) {
    Object* v = int_from_i64(i == 0 ? r.lastindex : r.marks[static_cast<size_t>(i - 1)]);
    if (!v) {
      for (ssize j = i; j < tuple_size(t); j++)
        tuple_set(t, j, newref(None));
      decref(t);
      return nullptr;
    }
    tuple_set(t, i, v);
  }
  return t;
}

// An int bound clamped to [0, len]; ints beyond 64 bits raise OverflowError.
bool bound_item(Object* o, ssize len, int64_t* out) {
  if (!int_check(o)) {
    err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(o));
    return false;
  }
  bool overflow = false;
  int64_t v = int_as_i64(o, &overflow);
  if (overflow) {
    err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = v < 0 ? 0 : (v > len ? len : v);
  return true;
}

bool parse_bounds(Object* const* args, ssize len, int64_t* pos, int64_t* endpos) {
  return bound_item(args[0], len, pos) && bound_item(args[1], len, endpos);
}

// Program.match(string, pos, endpos, mode, must_advance) -> None or
// (lastindex, start0, end0, start1, end1, ...); pos/endpos are clamped here.
Object* program_match(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("match", nargs, 5, 5))
    return nullptr;
  const Program& p = *static_cast<ProgramObject*>(self)->prog;
  Subject s;
  int64_t pos, endpos, mode, adv;
  if (!get_subject(args[0], s) || !parse_bounds(args + 1, s.len, &pos, &endpos) ||
      !int_item(args[3], &mode) || !int_item(args[4], &adv))
    return nullptr;
  if (pos > endpos && mode == 2) // match/fullmatch still run (zero-width patterns can match)
    return none_new();
  MatchResult r;
  if (!subject_match(p, s, pos, endpos, static_cast<int>(mode), adv != 0, r))
    return none_new();
  return result_tuple(r);
}

// Runs successive non-overlapping searches (3.7+ empty-match rules), calling
// `each` with every result; stops after `limit` matches when limit > 0.
template <typename F>
bool scan_all(const Program& p, const Subject& s, ssize pos, ssize endpos, int64_t limit, F each) {
  bool adv = false;
  int64_t n = 0;
  MatchResult r;
  while ((limit <= 0 || n < limit) && pos <= endpos) {
    if (!subject_match(p, s, pos, endpos, 2, adv, r))
      break;
    if (!each(r))
      return false;
    n++;
    adv = r.marks[1] == r.marks[0];
    pos = r.marks[1];
  }
  return true;
}

// The list of make_item(result) over successive matches (new reference).
template <typename F>
Object* scan_to_list(const Program& p, const Subject& s, ssize pos, ssize endpos, int64_t limit,
                     F make_item) {
  Object* out = list_new(0);
  if (!out)
    return nullptr;
  if (pos > endpos)
    return out;
  bool ok = scan_all(p, s, pos, endpos, limit, [&](const MatchResult& r) {
    Object* item = make_item(r);
    if (!item)
      return false;
    int rc = list_append(out, item);
    decref(item);
    return rc == 0;
  });
  if (!ok) {
    decref(out);
    return nullptr;
  }
  return out;
}

// Program.collect(string, pos, endpos, limit) -> list of match() tuples.
Object* program_collect(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("collect", nargs, 4, 4))
    return nullptr;
  const Program& p = *static_cast<ProgramObject*>(self)->prog;
  Subject s;
  int64_t pos, endpos, limit;
  if (!get_subject(args[0], s) || !parse_bounds(args + 1, s.len, &pos, &endpos) || !int_item(args[3], &limit))
    return nullptr;
  return scan_to_list(p, s, pos, endpos, limit, [](const MatchResult& r) { return result_tuple(r); });
}

// Program.findall(string, pos, endpos) -> list as re.findall returns it.
Object* program_findall(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("findall", nargs, 3, 3))
    return nullptr;
  const Program& p = *static_cast<ProgramObject*>(self)->prog;
  Subject s;
  int64_t pos, endpos;
  if (!get_subject(args[0], s) || !parse_bounds(args + 1, s.len, &pos, &endpos))
    return nullptr;
  ssize ng = p.ngroups;
  auto group = [&](const MatchResult& r, ssize g) -> Object* {
    ssize a = r.marks[static_cast<size_t>(2 * g)], b = r.marks[static_cast<size_t>(2 * g + 1)];
    if (a < 0 || b < 0)
      a = b = 0;
    return subject_slice(s, a, b);
  };
  return scan_to_list(p, s, pos, endpos, 0, [&](const MatchResult& r) -> Object* {
    if (ng <= 1)
      return group(r, ng);
    Object* item = tuple_new(ng);
    if (!item)
      return nullptr;
    for (ssize g = 1; g <= ng; g++) {
      Object* v = group(r, g);
      if (!v) {
        for (ssize j = g - 1; j < ng; j++)
          tuple_set(item, j, newref(None));
        decref(item);
        return nullptr;
      }
      tuple_set(item, g - 1, v);
    }
    return item;
  });
}

// Program.split(string, maxsplit) -> list as re.split returns it (maxsplit >= 0).
Object* program_split(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("split", nargs, 2, 2))
    return nullptr;
  const Program& p = *static_cast<ProgramObject*>(self)->prog;
  Subject s;
  int64_t limit;
  if (!get_subject(args[0], s) || !int_item(args[1], &limit))
    return nullptr;
  Object* out = list_new(0);
  if (!out)
    return nullptr;
  auto append = [&](Object* item) {
    if (!item)
      return false;
    int rc = list_append(out, item);
    decref(item);
    return rc == 0;
  };
  ssize last = 0;
  bool ok = scan_all(p, s, 0, s.len, limit, [&](const MatchResult& r) {
    if (!append(subject_slice(s, last, r.marks[0])))
      return false;
    for (ssize g = 1; g <= p.ngroups; g++) {
      ssize a = r.marks[static_cast<size_t>(2 * g)], b = r.marks[static_cast<size_t>(2 * g + 1)];
      if (!append(a < 0 || b < 0 ? newref(None) : subject_slice(s, a, b)))
        return false;
    }
    last = r.marks[1];
    return true;
  });
  if (!ok || !append(subject_slice(s, last, s.len))) {
    decref(out);
    return nullptr;
  }
  return out;
}

void program_dealloc(Object* o) {
  delete static_cast<ProgramObject*>(o)->prog;
  object_free(o);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef program_methods[] = {
    {"match", FN(program_match), METH_FASTCALL,
     "match(string, pos, endpos, mode, must_advance) -> None or (lastindex, marks...)"},
    {"collect", FN(program_collect), METH_FASTCALL,
     "collect(string, pos, endpos, limit) -> list of match tuples"},
    {"findall", FN(program_findall), METH_FASTCALL, "findall(string, pos, endpos) -> list"},
    {"split", FN(program_split), METH_FASTCALL, "split(string, maxsplit) -> list"},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

TypeObject SreProgramType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_sre.Program";
  t.basicsize = sizeof(ProgramObject);
  t.dealloc = program_dealloc;
  t.doc = "A compiled regular expression program.";
  t.methods = program_methods;
  return t;
}();
COIL_REGISTER_TYPE(SreProgramType);

namespace {

Object* int_arg_cp(Object* arg, int64_t* out) {
  if (!int_item(arg, out))
    return nullptr;
  if (*out < 0 || *out > 0x10ffff)
    return err_set_string(ValueError, "character code out of range");
  return arg;
}

Object* sre_unicode_tolower(Object*, Object* arg) {
  int64_t c;
  if (!int_arg_cp(arg, &c))
    return nullptr;
  return int_from_i64(uni_lower(static_cast<uint32_t>(c)));
}

Object* sre_unicode_toupper(Object*, Object* arg) {
  int64_t c;
  if (!int_arg_cp(arg, &c))
    return nullptr;
  return int_from_i64(uni_upper(static_cast<uint32_t>(c)));
}

Object* sre_unicode_iscased(Object*, Object* arg) {
  int64_t c;
  if (!int_arg_cp(arg, &c))
    return nullptr;
  uint32_t u = static_cast<uint32_t>(c);
  // A character whose full upper case differs (German sharp s) counts as
  // cased too, as in CPython, whose simple mappings fall back to the first
  // character of the full mapping.
  return bool_from(u != uni_lower(u) || u != uni_upper(u) ||
                   u_hasBinaryProperty(static_cast<UChar32>(u), UCHAR_CHANGES_WHEN_UPPERCASED) ||
                   u_hasBinaryProperty(static_cast<UChar32>(u), UCHAR_CHANGES_WHEN_LOWERCASED));
}

MethodDef sre_functions[] = {
    {"compile", FN(sre_compile), METH_FASTCALL, "compile(code, classes, ngroups, nloops) -> Program"},
    {"unicode_tolower", sre_unicode_tolower, METH_O, "Simple lower-case mapping of a code point."},
    {"unicode_toupper", sre_unicode_toupper, METH_O, "Simple upper-case mapping of a code point."},
    {"unicode_iscased", sre_unicode_iscased, METH_O, "Whether a code point has another case."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* sre_module_init() {
  Object* m = module_new_str("_sre");
  if (!m)
    return nullptr;
  Object* maxrep = int_from_i64(MAXREPEAT);
  Object* maxgroups = int_from_i64(1073741823);
  if (!maxrep || !maxgroups || module_add_functions(m, sre_functions) < 0 ||
      module_add_object(m, "Program", &SreProgramType) < 0 || module_add_object(m, "MAXREPEAT", maxrep) < 0 ||
      module_add_object(m, "MAXGROUPS", maxgroups) < 0) {
    xdecref(maxrep);
    xdecref(maxgroups);
    decref(m);
    return nullptr;
  }
  decref(maxrep);
  decref(maxgroups);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_sre", sre_module_init);

} // namespace coil
