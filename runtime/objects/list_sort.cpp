// list.sort(): a stable natural merge sort in the style of TimSort.
//
// Invariants
// - Runs are found as CPython does (count_run: a strictly descending run is
//   reversed in place, otherwise the longest non-descending run), short runs
//   are extended to `minrun` with binary insertion, and pending runs are
//   merged by the "powersort" rule CPython 3.11 uses. So for small lists the
//   sequence of `<` comparisons is CPython's, and error messages from
//   failing comparisons match.
// - The only comparison used is `key_a < key_b` via object_richcompare_bool.
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
  static int lt(Object* a, Object* b) { return object_richcompare_bool(a, b, CMP_LT); }

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

  // Merges runs i and i+1 (adjacent) into one. On a comparison failure every
  // item is still present in [base, base+na+nb).
  int merge_at(size_t i) {
    Run& a = runs_[i];
    Run& b = runs_[i + 1];
    ssize base = a.base, na = a.len, nb = b.len;
    a.len = na + nb;
    runs_.erase(runs_.begin() + ssize(i) + 1);
    // Copy the left run aside, merge into place from the left.
    tmp_keys_.assign(keys_ + base, keys_ + base + na);
    if (values_)
      tmp_values_.assign(values_ + base, values_ + base + na);
    ssize i_a = 0;       // index into tmp (left run)
    ssize j = base + na; // index into the right run, in place
    ssize end = base + na + nb;
    ssize dest = base;
    int result = 0;
    while (i_a < na && j < end) {
      int k = lt(keys_[j], tmp_keys_[size_t(i_a)]);
      if (k < 0) {
        result = -1;
        break;
      }
      if (k) {
        keys_[dest] = keys_[j];
        if (values_)
          values_[dest] = values_[j];
        ++j;
      } else {
        keys_[dest] = tmp_keys_[size_t(i_a)];
        if (values_)
          values_[dest] = tmp_values_[size_t(i_a)];
        ++i_a;
      }
      ++dest;
    }
    // The holes left are exactly [dest, dest + na - i_a): fill them with what remains of the left run.
    ssize rest = na - i_a;
    std::memcpy(keys_ + dest, tmp_keys_.data() + i_a, size_t(rest) * sizeof(Object*));
    if (values_)
      std::memcpy(values_ + dest, tmp_values_.data() + i_a, size_t(rest) * sizeof(Object*));
    return result;
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
  bool reverse = false;
  if (parsed[1]) {
    // CPython converts reverse with an int conversion (reverse=1.5 is a TypeError).
    ssize r = number_as_ssize(parsed[1], nullptr);
    if (r == -1 && err_occurred())
      return nullptr;
    reverse = r != 0;
  }
  if (list_sort(self, parsed[0], reverse) < 0)
    return nullptr;
  return none_new();
}

} // namespace coil
