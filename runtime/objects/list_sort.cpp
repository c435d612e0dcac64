// list.sort(): a stable natural merge sort in the style of TimSort.
//
// Invariants
// - Runs are found as CPython does (count_run: a strictly descending run is
//   reversed in place, otherwise the longest non-descending run), short runs
//   are extended to `minrun` with binary insertion, pending runs are merged
//   by the "powersort" rule CPython 3.11 uses, and merges trim the already
//   placed ends and gallop (min_gallop adapting from 7) as listsort.txt
//   describes. So the sequence of `<` comparisons is CPython's, and so are
//   the errors raised by failing comparisons.
// - The only comparison used is `key_a < key_b` via object_richcompare_bool_op.
//   Any comparison may fail (abort: every item is kept, in some order) or
//   mutate the list; while sorting, the list is emptied (items nullptr,
//   allocated -1) and a mutation is reported as "list modified during sort".
// - With key=, keys are computed first (all of them) and moved together with
//   the values. reverse=True reverses before and after sorting so that
//   equal elements keep their original order.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"

namespace coil {

namespace {

struct Run {
  ssize base;
  ssize len;
  int power;
};

class Sorter {
public:
  Sorter(Object** keys, Object** values, ssize n) : keys_(keys), values_(values), n_(n) {}

  // 0 ok, -1 a comparison failed.
  int sort() {
    if (n_ < 2)
      return 0;
    ssize minrun = compute_minrun(n_);
    ssize lo = 0;
    ssize remaining = n_;
    while (remaining > 0) {
      bool descending = false;
      ssize n = count_run(lo, lo + remaining, &descending);
      if (n < 0)
        return -1;
      if (descending)
        reverse_range(lo, lo + n);
      if (n < minrun) {
        ssize force = remaining <= minrun ? remaining : minrun;
        if (binary_sort(lo, lo + force, lo + n) < 0)
          return -1;
        n = force;
      }
      if (found_new_run(n) < 0)
        return -1;
      runs_.push_back({lo, n, 0});
      lo += n;
      remaining -= n;
    }
    while (runs_.size() > 1) {
      if (merge_at(runs_.size() - 2) < 0)
        return -1;
    }
    return 0;
  }

private:
  Object** keys_;
  Object** values_; // nullptr when sorting without key=
  ssize n_;
  std::vector<Run> runs_;
  std::vector<Object*> tmp_keys_, tmp_values_;

  // 1 if a < b, 0 if not, -1 on error.
  static int lt(Object* a, Object* b) { return object_richcompare_bool_op(a, b, CMP_LT); }

  static ssize compute_minrun(ssize n) {
    ssize r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  void swap_items(ssize i, ssize j) {
    std::swap(keys_[i], keys_[j]);
    if (values_)
      std::swap(values_[i], values_[j]);
  }

  void reverse_range(ssize lo, ssize hi) {
    --hi;
    while (lo < hi)
      swap_items(lo++, hi--);
  }

  ssize count_run(ssize lo, ssize hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi)
      return 1;
    ssize n = 2;
    int k = lt(keys_[lo], keys_[lo - 1]);
    if (k < 0)
      return -1;
    if (k) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(keys_[lo], keys_[lo - 1]);
        if (k < 0)
          return -1;
        if (!k)
          break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(keys_[lo], keys_[lo - 1]);
        if (k < 0)
          return -1;
        if (k)
          break;
      }
    }
    return n;
  }

  // [lo, start) is sorted; insert start..hi-1 one at a time.
  int binary_sort(ssize lo, ssize hi, ssize start) {
    if (lo == start)
      ++start;
    for (; start < hi; ++start) {
      Object* pivot = keys_[start];
      ssize l = lo, r = start;
      do {
        ssize p = l + ((r - l) >> 1);
        int k = lt(pivot, keys_[p]);
        if (k < 0)
          return -1;
        if (k)
          r = p;
        else
          l = p + 1;
      } while (l < r);
      // Slide [l, start) up by one and put the pivot at l.
      std::memmove(keys_ + l + 1, keys_ + l, size_t(start - l) * sizeof(Object*));
      keys_[l] = pivot;
      if (values_) {
        Object* pv = values_[start];
        std::memmove(values_ + l + 1, values_ + l, size_t(start - l) * sizeof(Object*));
        values_[l] = pv;
      }
    }
    return 0;
  }

  // The powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
  int power_of(ssize s1, ssize n1, ssize n2) const {
    int result = 0;
    ssize a = 2 * s1 + n1;
    ssize b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n_) {
        a -= n_;
        b -= n_;
      } else if (b >= n_) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  int found_new_run(ssize n2) {
    if (!runs_.empty()) {
      Run& last = runs_.back();
      int power = power_of(last.base, last.len, n2);
      while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power) {
        if (merge_at(runs_.size() - 2) < 0)
          return -1;
      }
      runs_.back().power = power;
    }
    return 0;
  }

  // ------------------------------------------------------------ merging
  // A position in the parallel (keys, values) arrays; values may be null.
  struct Pos {
    Object** k;
    Object** v;
    Object* key(ssize i = 0) const { return k[i]; }
    Pos operator+(ssize n) const { return {k + n, v ? v + n : nullptr}; }
    Pos operator-(ssize n) const { return {k - n, v ? v - n : nullptr}; }
    Pos& operator+=(ssize n) { return *this = *this + n; }
    Pos& operator-=(ssize n) { return *this = *this - n; }
  };
  static void put(Pos dst, Pos src) { // one item
    *dst.k = *src.k;
    if (dst.v)
      *dst.v = *src.v;
  }
  static void copy_n(Pos dst, Pos src, ssize n) { // memmove semantics
    std::memmove(dst.k, src.k, size_t(n) * sizeof(Object*));
    if (dst.v)
      std::memmove(dst.v, src.v, size_t(n) * sizeof(Object*));
  }

  static constexpr ssize MIN_GALLOP = 7;
  ssize min_gallop_ = MIN_GALLOP;

  // k in [0, n] with a[k-1] < key <= a[k], searching from a[hint]; -1 on error.
  static ssize gallop_left(Object* key, Object** a, ssize n, ssize hint) {
    ssize lastofs = 0, ofs = 1;
    int c = lt(a[hint], key);
    if (c < 0)
      return -1;
    if (c) {
      // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
      ssize maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt(a[hint + ofs], key);
        if (c < 0)
          return -1;
        if (!c)
          break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
      ssize maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt(a[hint - ofs], key);
        if (c < 0)
          return -1;
        if (c)
          break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs)
        ofs = maxofs;
      ssize k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // Now a[lastofs] < key <= a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
      ssize m = lastofs + ((ofs - lastofs) >> 1);
      c = lt(a[m], key);
      if (c < 0)
        return -1;
      if (c)
        lastofs = m + 1;
      else
        ofs = m;
    }
    return ofs;
  }

  // k in [0, n] with a[k-1] <= key < a[k], searching from a[hint]; -1 on error.
  static ssize gallop_right(Object* key, Object** a, ssize n, ssize hint) {
    ssize lastofs = 0, ofs = 1;
    int c = lt(key, a[hint]);
    if (c < 0)
      return -1;
    if (c) {
      // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
      ssize maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt(key, a[hint - ofs]);
        if (c < 0)
          return -1;
        if (!c)
          break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs)
        ofs = maxofs;
      ssize k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
      ssize maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt(key, a[hint + ofs]);
        if (c < 0)
          return -1;
        if (c)
          break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      ssize m = lastofs + ((ofs - lastofs) >> 1);
      c = lt(key, a[m]);
      if (c < 0)
        return -1;
      if (c)
        ofs = m;
      else
        lastofs = m + 1;
    }
    return ofs;
  }

  Pos make_tmp(Pos src, ssize n) {
    tmp_keys_.assign(src.k, src.k + n);
    if (src.v)
      tmp_values_.assign(src.v, src.v + n);
    return {tmp_keys_.data(), src.v ? tmp_values_.data() : nullptr};
  }

  // Merges the na items at a with the nb following ones at b, na <= nb,
  // left to right with a copied aside. Preconditions (from merge_at):
  // b[0] < a[0] and a[na-1] belongs after all of b.
  int merge_lo(Pos a, ssize na, Pos b, ssize nb) {
    Pos dest = a;
    a = make_tmp(a, na);
    int result = -1;
    ssize min_gallop;
    put(dest, b);
    dest += 1;
    b += 1;
    if (--nb == 0)
      goto succeed;
    if (na == 1)
      goto copy_b;
    min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0, bcount = 0;
      // One item at a time until one run seems to win consistently.
      for (;;) {
        int k = lt(b.key(), a.key());
        if (k < 0)
          goto fail;
        if (k) {
          put(dest, b);
          dest += 1;
          b += 1;
          ++bcount;
          acount = 0;
          if (--nb == 0)
            goto succeed;
          if (bcount >= min_gallop)
            break;
        } else {
          put(dest, a);
          dest += 1;
          a += 1;
          ++acount;
          bcount = 0;
          if (--na == 1)
            goto copy_b;
          if (acount >= min_gallop)
            break;
        }
      }
      // Galloping while it pays off.
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = gallop_right(b.key(), a.k, na, 0);
        if (k < 0)
          goto fail;
        acount = k;
        if (k) {
          copy_n(dest, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na == 1)
            goto copy_b;
          if (na == 0) // only with an inconsistent comparison
            goto succeed;
        }
        put(dest, b);
        dest += 1;
        b += 1;
        if (--nb == 0)
          goto succeed;
        k = gallop_left(a.key(), b.k, nb, 0);
        if (k < 0)
          goto fail;
        bcount = k;
        if (k) {
          copy_n(dest, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb == 0)
            goto succeed;
        }
        put(dest, a);
        dest += 1;
        a += 1;
        if (--na == 1)
          goto copy_b;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    result = 0;
  fail:
    if (na)
      copy_n(dest, a, na);
    return result;
  copy_b:
    // The last item of a belongs at the end of the merge.
    copy_n(dest, b, nb);
    put(dest + nb, a);
    return 0;
  }

  // Mirror image of merge_lo for na >= nb: right to left with b copied aside.
  int merge_hi(Pos a, ssize na, Pos b, ssize nb) {
    Pos dest = b + (nb - 1);
    Pos basea = a;
    Pos baseb = make_tmp(b, nb);
    b = baseb + (nb - 1);
    a += na - 1;
    int result = -1;
    ssize min_gallop;
    put(dest, a);
    dest -= 1;
    a -= 1;
    if (--na == 0)
      goto succeed;
    if (nb == 1)
      goto copy_a;
    min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0, bcount = 0;
      for (;;) {
        int k = lt(b.key(), a.key());
        if (k < 0)
          goto fail;
        if (k) {
          put(dest, a);
          dest -= 1;
          a -= 1;
          ++acount;
          bcount = 0;
          if (--na == 0)
            goto succeed;
          if (acount >= min_gallop)
            break;
        } else {
          put(dest, b);
          dest -= 1;
          b -= 1;
          ++bcount;
          acount = 0;
          if (--nb == 1)
            goto copy_a;
          if (bcount >= min_gallop)
            break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = gallop_right(b.key(), basea.k, na, na - 1);
        if (k < 0)
          goto fail;
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          copy_n(dest + 1, a + 1, k);
          na -= k;
          if (na == 0)
            goto succeed;
        }
        put(dest, b);
        dest -= 1;
        b -= 1;
        if (--nb == 1)
          goto copy_a;
        k = gallop_left(a.key(), baseb.k, nb, nb - 1);
        if (k < 0)
          goto fail;
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          copy_n(dest + 1, b + 1, k);
          nb -= k;
          if (nb == 1)
            goto copy_a;
          if (nb == 0) // only with an inconsistent comparison
            goto succeed;
        }
        put(dest, a);
        dest -= 1;
        a -= 1;
        if (--na == 0)
          goto succeed;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    result = 0;
  fail:
    if (nb)
      copy_n(dest - (nb - 1), baseb, nb);
    return result;
  copy_a:
    // The first item of b belongs at the front of the merge.
    dest -= na;
    a -= na;
    copy_n(dest + 1, a + 1, na);
    put(dest, b);
    return 0;
  }

  // Merges runs i and i+1 (adjacent). On a comparison failure every item is
  // still present in the merged range.
  int merge_at(size_t i) {
    ssize base_a = runs_[i].base, na = runs_[i].len;
    ssize base_b = runs_[i + 1].base, nb = runs_[i + 1].len;
    runs_[i].len = na + nb;
    runs_.erase(runs_.begin() + ssize(i) + 1);
    Pos a{keys_ + base_a, values_ ? values_ + base_a : nullptr};
    Pos b{keys_ + base_b, values_ ? values_ + base_b : nullptr};
    // Items of a that are <= b[0] are already in place.
    ssize k = gallop_right(b.key(), a.k, na, 0);
    if (k < 0)
      return -1;
    a += k;
    na -= k;
    if (na == 0)
      return 0;
    // Items of b that are >= a[na-1] are already in place.
    nb = gallop_left(a.key(na - 1), b.k, nb, nb - 1);
    if (nb <= 0)
      return int(nb);
    return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
  }
};

} // namespace

int list_sort(Object* self, Object* keyfunc, bool reverse) {
  auto* l = static_cast<ListObject*>(self);
  if (keyfunc == None)
    keyfunc = nullptr;
  // Take the items away from the list while sorting.
  ssize n = l->size;
  Object** items = l->items;
  ssize saved_allocated = l->allocated;
  l->size = 0;
  l->items = nullptr;
  l->allocated = -1;

  int result = 0;
  Object** keys = items;
  Object** values = nullptr;
  if (keyfunc != nullptr && n > 0) {
    keys = static_cast<Object**>(std::malloc(size_t(n) * sizeof(Object*)));
    if (keys == nullptr) {
      err_no_memory();
      result = -1;
      keys = nullptr;
    } else {
      for (ssize i = 0; i < n; ++i) {
        keys[i] = object_call_one(keyfunc, items[i]);
        if (keys[i] == nullptr) {
          for (ssize k = 0; k < i; ++k)
            decref(keys[k]);
          std::free(keys);
          keys = nullptr;
          result = -1;
          break;
        }
      }
    }
    values = items;
  }

  if (result == 0) {
    if (reverse && n > 1) {
      for (ssize lo = 0, hi = n - 1; lo < hi; ++lo, --hi) {
        std::swap(keys[lo], keys[hi]);
        if (values)
          std::swap(values[lo], values[hi]);
      }
    }
    Sorter sorter(keys, values, n);
    result = sorter.sort();
    if (reverse && n > 1) {
      for (ssize lo = 0, hi = n - 1; lo < hi; ++lo, --hi) {
        std::swap(keys[lo], keys[hi]);
        if (values)
          std::swap(values[lo], values[hi]);
      }
    }
    if (values) {
      for (ssize i = 0; i < n; ++i)
        decref(keys[i]);
      std::free(keys);
    }
  }

  // Put the items back; anything the list gained meanwhile is discarded.
  bool modified = l->allocated != -1 || l->items != nullptr;
  Object** extra = l->items;
  ssize extra_n = l->size;
  l->items = items;
  l->size = n;
  l->allocated = saved_allocated;
  if (modified && result == 0) {
    err_set_string(ValueError, "list modified during sort");
    result = -1;
  }
  if (extra) {
    for (ssize i = extra_n; --i >= 0;)
      xdecref(extra[i]);
    std::free(extra);
  }
  return result;
}

Object* list_sort_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"key", "reverse"};
  static const ArgSpec spec{"sort", names, 2, 0, 0};
  Object* parsed[2];
  if (!parse_fast_args(spec, args, nargs, kwnames, parsed))
    return nullptr;
  int reverse = 0;
  // CPython converts reverse with the "i" converter (reverse=1.5 is a TypeError).
  if (parsed[1] && number_as_int_arg(parsed[1], &reverse) < 0)
    return nullptr;
  if (list_sort(self, parsed[0], reverse != 0) < 0)
    return nullptr;
  return none_new();
}

} // namespace coil
