// list, list_iterator and list_reverseiterator (sorting is in list_sort.cpp).
//
// Invariants
// - items[0..size) are owned non-null references; allocated >= size is the
//   capacity of `items` (malloc'd, nullptr when allocated == 0).
// - Growth follows CPython 3.11's over-allocation (list_resize below), and
//   list(x) for sized x preallocates exactly, so sys.getsizeof matches.
// - While list.sort() runs, items == nullptr, size == 0 and allocated == -1
//   (list_sort.cpp); any mutation in between is detected afterwards.
// - Every loop that calls Python code (comparisons, reprs) re-reads size and
//   holds a reference to the item being compared, since the list may change.
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/repr_guard.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

constexpr ssize MAX_LIST = PTRDIFF_MAX / ssize(sizeof(Object*)) / 2;

ListObject* L(Object* o) {
  return static_cast<ListObject*>(o);
}

} // namespace

// Resizes to `newsize` with CPython's over-allocation. Items beyond the old
// size are uninitialised; items beyond newsize must already be released.
int list_resize(Object* o, ssize newsize) {
  ListObject* l = L(o);
  ssize allocated = l->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return 0;
  }
  size_t new_allocated = (size_t(newsize) + (size_t(newsize) >> 3) + 6) & ~size_t(3);
  if (newsize - l->size > ssize(new_allocated) - newsize)
    new_allocated = (size_t(newsize) + 3) & ~size_t(3);
  if (newsize == 0)
    new_allocated = 0;
  if (new_allocated > size_t(MAX_LIST)) {
    err_no_memory();
    return -1;
  }
  Object** items = nullptr;
  if (new_allocated) {
    items = static_cast<Object**>(std::realloc(l->items, new_allocated * sizeof(Object*)));
    if (items == nullptr) {
      err_no_memory();
      return -1;
    }
  } else {
    std::free(l->items);
  }
  l->items = items;
  l->size = newsize;
  l->allocated = ssize(new_allocated);
  return 0;
}

// Makes room for `size` items (rounded up to even, as CPython: the allocator's
// granularity makes the odd slot free) in a list without a buffer.
int list_preallocate_exact(Object* o, ssize size) {
  ListObject* l = L(o);
  size = (size + 1) & ~ssize(1);
  if (size > MAX_LIST) {
    err_no_memory();
    return -1;
  }
  Object** items = static_cast<Object**>(std::malloc(size_t(size) * sizeof(Object*)));
  if (items == nullptr) {
    err_no_memory();
    return -1;
  }
  l->items = items;
  l->allocated = size;
  return 0;
}

Object* list_new(ssize n) {
  if (n < 0)
    return err_bad_internal_call("list_new");
  if (n > MAX_LIST)
    return err_no_memory();
  Object* o = gc_alloc(&ListType, sizeof(ListObject));
  if (o == nullptr)
    return nullptr;
  ListObject* l = L(o);
  if (n > 0) {
    l->items = static_cast<Object**>(std::calloc(size_t(n), sizeof(Object*)));
    if (l->items == nullptr) {
      decref(o);
      return err_no_memory();
    }
  }
  l->size = n;
  l->allocated = n;
  gc_track(o);
  return o;
}

namespace {

int app1(Object* o, Object* v) {
  ssize n = L(o)->size;
  if (list_resize(o, n + 1) < 0)
    return -1;
  L(o)->items[n] = newref(v);
  return 0;
}

int ins1(Object* o, ssize where, Object* v) {
  ssize n = L(o)->size;
  if (list_resize(o, n + 1) < 0)
    return -1;
  if (where < 0) {
    where += n;
    if (where < 0)
      where = 0;
  }
  if (where > n)
    where = n;
  Object** items = L(o)->items;
  std::memmove(items + where + 1, items + where, size_t(n - where) * sizeof(Object*));
  items[where] = newref(v);
  return 0;
}

// Drops all items (tp_clear too). Items are released after the list is
// emptied, so their destructors see a consistent (empty) list.
int list_clear_impl(Object* o) {
  ListObject* l = L(o);
  Object** items = l->items;
  if (items == nullptr)
    return 0;
  ssize n = l->size;
  l->items = nullptr;
  l->size = 0;
  l->allocated = 0;
  while (--n >= 0)
    xdecref(items[n]);
  std::free(items);
  return 0;
}

} // namespace

int list_append(Object* o, Object* v) {
  ListObject* l = L(o);
  if (l->size < l->allocated) {
    l->items[l->size++] = newref(v);
    return 0;
  }
  return app1(o, v);
}

int list_insert(Object* o, ssize i, Object* v) {
  return ins1(o, i, v);
}

Object* sequence_fast(Object* v, const char* message) {
  if (list_check_exact(v) || tuple_check_exact(v))
    return newref(v);
  Object* it = object_get_iter(v);
  if (it == nullptr) {
    if (err_matches(TypeError)) {
      err_clear();
      err_set_string(TypeError, message);
    }
    return nullptr;
  }
  Object* l = sequence_list(it);
  decref(it);
  return l;
}

static inline ssize fast_size(Object* s) {
  return list_check(s) ? list_size(s) : tuple_size(s);
}
static inline Object** fast_items(Object* s) {
  return list_check(s) ? list_items(s) : tuple_items(s);
}

int list_extend(Object* o, Object* iterable) {
  if (list_check_exact(iterable) || tuple_check_exact(iterable) || iterable == o) {
    ssize n = fast_size(iterable);
    if (n == 0)
      return 0;
    ssize m = L(o)->size;
    if (m > MAX_LIST - n) {
      err_no_memory();
      return -1;
    }
    if (L(o)->items == nullptr) {
      if (list_preallocate_exact(o, n) < 0)
        return -1;
      L(o)->size = n;
    } else if (list_resize(o, m + n) < 0) {
      return -1;
    }
    // Re-read the source: when iterable is o its items moved.
    Object** src = fast_items(iterable);
    Object** dest = L(o)->items + m;
    for (ssize i = 0; i < n; ++i)
      dest[i] = newref(src[i]);
    return 0;
  }
  Object* it = object_get_iter(iterable);
  if (it == nullptr)
    return -1;
  ssize n = object_length_hint(iterable, 8);
  if (n < 0) {
    decref(it);
    return -1;
  }
  ssize m = L(o)->size;
  if (m > PTRDIFF_MAX - n) {
    // m + n overflows: the guess may lie, so ignore it and grow as items
    // come (as CPython). A guess that fits but is too large for memory
    // fails below with MemoryError, as CPython's does.
  } else if (L(o)->items == nullptr) {
    if (n && list_preallocate_exact(o, n) < 0) {
      decref(it);
      return -1;
    }
  } else {
    // Make room (this may also shrink an oversized buffer, as CPython does).
    if (list_resize(o, m + n) < 0) {
      decref(it);
      return -1;
    }
    L(o)->size = m;
  }
  for (;;) {
    Object* item = iter_next(it);
    if (item == nullptr) {
      if (err_occurred()) {
        if (err_matches(StopIteration))
          err_clear();
        else
          goto error;
      }
      break;
    }
    if (L(o)->size < L(o)->allocated) {
      L(o)->items[L(o)->size++] = item;
    } else {
      int r = app1(o, item);
      decref(item);
      if (r < 0)
        goto error;
    }
  }
  if (L(o)->size < L(o)->allocated) {
    if (list_resize(o, L(o)->size) < 0)
      goto error;
  }
  decref(it);
  return 0;
error:
  decref(it);
  return -1;
}

Object* list_as_tuple(Object* o) {
  return tuple_from_array(L(o)->items, L(o)->size);
}

Object* list_slice(Object* o, ssize ilow, ssize ihigh) {
  ssize n = L(o)->size;
  if (ilow < 0)
    ilow = 0;
  else if (ilow > n)
    ilow = n;
  if (ihigh < ilow)
    ihigh = ilow;
  else if (ihigh > n)
    ihigh = n;
  ssize len = ihigh - ilow;
  Object* r = list_new(len);
  if (r == nullptr)
    return nullptr;
  for (ssize i = 0; i < len; ++i)
    L(r)->items[i] = newref(L(o)->items[ilow + i]);
  return r;
}

namespace {

void reverse_items(Object** lo, Object** hi) {
  --hi;
  while (lo < hi) {
    Object* t = *lo;
    *lo = *hi;
    *hi = t;
    ++lo;
    --hi;
  }
}

} // namespace

int list_reverse(Object* o) {
  if (L(o)->size > 1)
    reverse_items(L(o)->items, L(o)->items + L(o)->size);
  return 0;
}

namespace {

// a[ilow:ihigh] = v (v nullptr deletes), as CPython's list_ass_slice.
int list_ass_slice(Object* a, ssize ilow, ssize ihigh, Object* v) {
  Object* seq = nullptr;
  ssize n = 0;
  if (v != nullptr) {
    if (v == a) {
      Object* copy = list_slice(v, 0, L(v)->size);
      if (copy == nullptr)
        return -1;
      int r = list_ass_slice(a, ilow, ihigh, copy);
      decref(copy);
      return r;
    }
    seq = sequence_fast(v, "can only assign an iterable");
    if (seq == nullptr)
      return -1;
    n = fast_size(seq);
  }
  ssize size = L(a)->size;
  if (ilow < 0)
    ilow = 0;
  else if (ilow > size)
    ilow = size;
  if (ihigh < ilow)
    ihigh = ilow;
  else if (ihigh > size)
    ihigh = size;
  ssize norig = ihigh - ilow;
  ssize d = n - norig;
  if (size + d == 0) {
    xdecref(seq);
    return list_clear_impl(a);
  }
  // Keep the replaced items alive until the list is consistent again.
  Object** recycle = nullptr;
  if (norig > 0) {
    recycle = static_cast<Object**>(std::malloc(size_t(norig) * sizeof(Object*)));
    if (recycle == nullptr) {
      xdecref(seq);
      err_no_memory();
      return -1;
    }
    std::memcpy(recycle, L(a)->items + ilow, size_t(norig) * sizeof(Object*));
  }
  if (d < 0) {
    Object** items = L(a)->items;
    std::memmove(items + ihigh + d, items + ihigh, size_t(size - ihigh) * sizeof(Object*));
    if (list_resize(a, size + d) < 0) {
      // Shrinking cannot fail in practice (realloc to smaller); restore on failure anyway.
      std::memmove(items + ihigh, items + ihigh + d, size_t(size - ihigh) * sizeof(Object*));
      std::memcpy(items + ilow, recycle, size_t(norig) * sizeof(Object*));
      std::free(recycle);
      xdecref(seq);
      return -1;
    }
  } else if (d > 0) {
    if (size > MAX_LIST - d || list_resize(a, size + d) < 0) {
      if (!err_occurred())
        err_no_memory();
      std::free(recycle);
      xdecref(seq);
      return -1;
    }
    Object** items = L(a)->items;
    std::memmove(items + ihigh + d, items + ihigh, size_t(size - ihigh) * sizeof(Object*));
  }
  if (n > 0) {
    Object** src = fast_items(seq);
    Object** items = L(a)->items;
    for (ssize k = 0; k < n; ++k)
      items[ilow + k] = newref(src[k]);
  }
  for (ssize k = norig - 1; k >= 0; --k)
    decref(recycle[k]);
  std::free(recycle);
  xdecref(seq);
  return 0;
}

ssize list_length(Object* o) {
  return L(o)->size;
}

Object* list_item(Object* o, ssize i) {
  if (size_t(i) >= size_t(L(o)->size))
    return err_set_string(IndexError, "list index out of range");
  return newref(L(o)->items[i]);
}

int list_ass_item(Object* o, ssize i, Object* v) {
  if (size_t(i) >= size_t(L(o)->size)) {
    err_set_string(IndexError, "list assignment index out of range");
    return -1;
  }
  if (v == nullptr)
    return list_ass_slice(o, i, i + 1, nullptr);
  Object* old = L(o)->items[i];
  L(o)->items[i] = newref(v);
  decref(old);
  return 0;
}

int list_contains(Object* o, Object* v) {
  for (ssize i = 0; i < L(o)->size; ++i) {
    Object* item = newref(L(o)->items[i]);
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r != 0)
      return r;
  }
  return 0;
}

Object* list_concat(Object* a, Object* b) {
  if (!list_check(b))
    return err_format(TypeError, "can only concatenate list (not \"{}\") to list", type_name_of(b));
  ssize na = L(a)->size, nb = L(b)->size;
  if (na > MAX_LIST - nb)
    return err_no_memory();
  Object* r = list_new(na + nb);
  if (r == nullptr)
    return nullptr;
  for (ssize i = 0; i < na; ++i)
    L(r)->items[i] = newref(L(a)->items[i]);
  for (ssize i = 0; i < nb; ++i)
    L(r)->items[na + i] = newref(L(b)->items[i]);
  return r;
}

Object* list_repeat(Object* o, ssize n) {
  ssize size = L(o)->size;
  if (n <= 0 || size == 0)
    return list_new(0);
  if (n > MAX_LIST / size)
    return err_no_memory();
  Object* r = list_new(size * n);
  if (r == nullptr)
    return nullptr;
  Object** dest = L(r)->items;
  for (ssize k = 0; k < n; ++k)
    for (ssize i = 0; i < size; ++i)
      *dest++ = newref(L(o)->items[i]);
  return r;
}

Object* list_inplace_concat(Object* o, Object* other) {
  if (list_extend(o, other) < 0)
    return nullptr;
  return newref(o);
}

Object* list_inplace_repeat(Object* o, ssize n) {
  ssize size = L(o)->size;
  if (size == 0 || n == 1)
    return newref(o);
  if (n < 1) {
    list_clear_impl(o);
    return newref(o);
  }
  if (size > MAX_LIST / n)
    return err_no_memory();
  if (list_resize(o, size * n) < 0)
    return nullptr;
  Object** items = L(o)->items;
  for (ssize k = 1; k < n; ++k)
    for (ssize i = 0; i < size; ++i)
      items[k * size + i] = newref(items[i]);
  return newref(o);
}

bool is_index_like(Object* key) {
  return int_check(key) || (key->type->as_number && key->type->as_number->index);
}

Object* list_subscript(Object* o, Object* key) {
  if (is_index_like(key)) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += L(o)->size;
    return list_item(o, i);
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize len = slice_adjust_indices(L(o)->size, &start, &stop, step);
    if (len <= 0)
      return list_new(0);
    if (step == 1)
      return list_slice(o, start, stop);
    Object* r = list_new(len);
    if (r == nullptr)
      return nullptr;
    for (ssize i = 0, cur = start; i < len; ++i, cur += step)
      L(r)->items[i] = newref(L(o)->items[cur]);
    return r;
  }
  return err_format(TypeError, "list indices must be integers or slices, not {}", type_name_of(key));
}

int list_ass_subscript(Object* o, Object* key, Object* value) {
  if (is_index_like(key)) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return -1;
    if (i < 0)
      i += L(o)->size;
    return list_ass_item(o, i, value);
  }
  if (!slice_check(key)) {
    err_format(TypeError, "list indices must be integers or slices, not {}", type_name_of(key));
    return -1;
  }
  ssize start, stop, step;
  if (slice_unpack(key, &start, &stop, &step) < 0)
    return -1;
  if (value == nullptr) {
    ssize slicelength = slice_adjust_indices(L(o)->size, &start, &stop, step);
    if (step == 1)
      return list_ass_slice(o, start, stop, nullptr);
    if (slicelength <= 0)
      return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    Object** garbage = static_cast<Object**>(std::malloc(size_t(slicelength) * sizeof(Object*)));
    if (garbage == nullptr) {
      err_no_memory();
      return -1;
    }
    // Compact the kept items down over the deleted ones.
    Object** items = L(o)->items;
    ssize size = L(o)->size;
    ssize w = start, k = 0;
    for (ssize r = start; r < size; ++r) {
      if (k < slicelength && r == start + k * step)
        garbage[k++] = items[r];
      else
        items[w++] = items[r];
    }
    L(o)->size = size - slicelength;
    int r = list_resize(o, L(o)->size);
    for (ssize i = 0; i < slicelength; ++i)
      decref(garbage[i]);
    std::free(garbage);
    return r;
  }
  // Assignment.
  ssize ustart = start, ustop = stop;
  ssize slicelength = slice_adjust_indices(L(o)->size, &start, &stop, step);
  if (step == 1) {
    // s[5:2] = x inserts at 5, not at 2.
    if (start > stop)
      stop = start;
    return list_ass_slice(o, start, stop, value);
  }
  Object* seq;
  if (value == o)
    seq = list_slice(value, 0, L(value)->size);
  else
    seq = sequence_fast(value, "must assign iterable to extended slice");
  if (seq == nullptr)
    return -1;
  // Converting `value` may have run code that resized the list.
  start = ustart;
  stop = ustop;
  slicelength = slice_adjust_indices(L(o)->size, &start, &stop, step);
  ssize n = fast_size(seq);
  if (n != slicelength) {
    decref(seq);
    err_format(ValueError, "attempt to assign sequence of size {} to extended slice of size {}", n,
               slicelength);
    return -1;
  }
  if (slicelength == 0) {
    decref(seq);
    return 0;
  }
  Object** garbage = static_cast<Object**>(std::malloc(size_t(slicelength) * sizeof(Object*)));
  if (garbage == nullptr) {
    decref(seq);
    err_no_memory();
    return -1;
  }
  Object** src = fast_items(seq);
  Object** items = L(o)->items;
  for (ssize cur = start, i = 0; i < slicelength; cur += step, ++i) {
    garbage[i] = items[cur];
    items[cur] = newref(src[i]);
  }
  for (ssize i = 0; i < slicelength; ++i)
    decref(garbage[i]);
  std::free(garbage);
  decref(seq);
  return 0;
}

Object* list_richcompare(Object* v, Object* w, int op) {
  if (!list_check(v) || !list_check(w))
    return newref(NotImplemented);
  if (L(v)->size != L(w)->size && (op == CMP_EQ || op == CMP_NE))
    return bool_from(op == CMP_NE);
  ssize i = 0;
  for (; i < L(v)->size && i < L(w)->size; ++i) {
    Object* a = L(v)->items[i];
    Object* b = L(w)->items[i];
    if (a == b)
      continue;
    incref(a);
    incref(b);
    int k = object_richcompare_bool(a, b, CMP_EQ);
    decref(a);
    decref(b);
    if (k < 0)
      return nullptr;
    if (!k)
      break;
  }
  ssize nv = L(v)->size, nw = L(w)->size;
  if (i >= nv || i >= nw) {
    bool res = false;
    switch (op) {
    case CMP_LT:
      res = nv < nw;
      break;
    case CMP_LE:
      res = nv <= nw;
      break;
    case CMP_EQ:
      res = nv == nw;
      break;
    case CMP_NE:
      res = nv != nw;
      break;
    case CMP_GT:
      res = nv > nw;
      break;
    case CMP_GE:
      res = nv >= nw;
      break;
    }
    return bool_from(res);
  }
  if (op == CMP_EQ)
    return bool_from(false);
  if (op == CMP_NE)
    return bool_from(true);
  Object* a = newref(L(v)->items[i]);
  Object* b = newref(L(w)->items[i]);
  Object* r = object_richcompare(a, b, op);
  decref(a);
  decref(b);
  return r;
}

Object* list_repr(Object* o) {
  if (L(o)->size == 0)
    return str_from_ascii("[]");
  int r = repr_enter(o);
  if (r != 0)
    return r > 0 ? str_from_ascii("[...]") : nullptr;
  StrBuilder b;
  b.append_ascii('[');
  for (ssize i = 0; i < L(o)->size; ++i) {
    if (i > 0)
      b.append_utf8(", ");
    Object* item = newref(L(o)->items[i]);
    Object* s = object_repr(item);
    decref(item);
    if (s == nullptr) {
      repr_leave(o);
      return nullptr;
    }
    b.append(s);
    decref(s);
  }
  b.append_ascii(']');
  repr_leave(o);
  return b.finish();
}

void list_dealloc(Object* o) {
  gc_untrack(o);
  if (!trashcan_begin(o))
    return;
  ListObject* l = L(o);
  if (l->items) {
    for (ssize i = l->size; --i >= 0;)
      xdecref(l->items[i]);
    std::free(l->items);
  }
  free_instance(o);
  trashcan_end();
}

int list_traverse(Object* o, VisitFn visit, void* arg) {
  for (ssize i = L(o)->size; --i >= 0;) {
    Object* item = L(o)->items[i];
    if (item) {
      int r = visit(item, arg);
      if (r)
        return r;
    }
  }
  return 0;
}

// ---------------------------------------------------------------- methods

Object* list_append_method(Object* self, Object* v) {
  if (list_append(self, v) < 0)
    return nullptr;
  return none_new();
}

Object* list_extend_method(Object* self, Object* v) {
  if (list_extend(self, v) < 0)
    return nullptr;
  return none_new();
}

Object* list_insert_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("insert", nargs, 2, 2))
    return nullptr;
  ssize i = number_as_ssize_arg(args[0]);
  if (i == -1 && err_occurred())
    return nullptr;
  if (ins1(self, i, args[1]) < 0)
    return nullptr;
  return none_new();
}

Object* list_pop_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 0, 1))
    return nullptr;
  ssize i = -1;
  if (nargs == 1) {
    i = number_as_ssize_arg(args[0]);
    if (i == -1 && err_occurred())
      return nullptr;
  }
  ssize size = L(self)->size;
  if (size == 0)
    return err_set_string(IndexError, "pop from empty list");
  if (i < 0)
    i += size;
  if (i < 0 || i >= size)
    return err_set_string(IndexError, "pop index out of range");
  Object* v = L(self)->items[i];
  if (i == size - 1) {
    if (list_resize(self, size - 1) < 0)
      return nullptr;
    return v; // the list's reference moves to the caller
  }
  incref(v);
  if (list_ass_slice(self, i, i + 1, nullptr) < 0) {
    decref(v);
    return nullptr;
  }
  return v;
}

Object* list_remove_method(Object* self, Object* v) {
  for (ssize i = 0; i < L(self)->size; ++i) {
    Object* item = newref(L(self)->items[i]);
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r < 0)
      return nullptr;
    if (r) {
      if (list_ass_slice(self, i, i + 1, nullptr) < 0)
        return nullptr;
      return none_new();
    }
  }
  return err_set_string(ValueError, "list.remove(x): x not in list");
}

Object* list_index_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3))
    return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !eval_slice_index(args[1], &start))
    return nullptr;
  if (nargs > 2 && !eval_slice_index(args[2], &stop))
    return nullptr;
  if (start < 0) {
    start += L(self)->size;
    if (start < 0)
      start = 0;
  }
  if (stop < 0) {
    stop += L(self)->size;
    if (stop < 0)
      stop = 0;
  }
  for (ssize i = start; i < stop && i < L(self)->size; ++i) {
    Object* item = newref(L(self)->items[i]);
    int r = object_richcompare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (r < 0)
      return nullptr;
    if (r)
      return int_from_i64(i);
  }
  Object* rep = object_repr(args[0]);
  if (rep == nullptr)
    return nullptr;
  err_format(ValueError, "{} is not in list", str_to_std(rep));
  decref(rep);
  return nullptr;
}

Object* list_count_method(Object* self, Object* v) {
  ssize count = 0;
  for (ssize i = 0; i < L(self)->size; ++i) {
    Object* item = L(self)->items[i];
    if (item == v) {
      ++count;
      continue;
    }
    incref(item);
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r < 0)
      return nullptr;
    count += r;
  }
  return int_from_i64(count);
}

Object* list_clear_method(Object* self, Object*) {
  list_clear_impl(self);
  return none_new();
}

Object* list_copy_method(Object* self, Object*) {
  return list_slice(self, 0, L(self)->size);
}

Object* list_reverse_method(Object* self, Object*) {
  list_reverse(self);
  return none_new();
}

Object* list_getitem_method(Object* self, Object* key) {
  return list_subscript(self, key);
}

Object* list_sizeof_method(Object* self, Object*) {
  ssize alloc = L(self)->allocated > 0 ? L(self)->allocated : 0;
  return int_from_i64(self->type->basicsize + alloc * ssize(sizeof(Object*)));
}

Object* list_reversed_method(Object* self, Object*);

// list.__init__(iterable=()): clears, then extends.
int list_init(Object* self, Object* args, Object* kwargs) {
  if (self->type == &ListType && !check_no_kwargs("list", kwargs))
    return -1;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional("list", nargs, 0, 1))
    return -1;
  if (L(self)->items != nullptr)
    list_clear_impl(self);
  if (nargs == 0)
    return 0;
  // list_extend sizes the list from the length hint, taken after iter() as
  // in CPython 3.11 (a __len__ override runs after __iter__).
  return list_extend(self, tuple_get(args, 0));
}

Object* list_type_new(TypeObject* type, Object* args, Object* kwargs) {
  Object* o = type == &ListType ? gc_alloc(type, sizeof(ListObject)) : type_generic_alloc(type, 0);
  if (o == nullptr)
    return nullptr;
  if (!gc_is_tracked(o))
    gc_track(o);
  return o;
}

Object* list_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "list() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("list", nargs, 0, 1))
    return nullptr;
  Object* l = list_type_new(reinterpret_cast<TypeObject*>(type), nullptr, nullptr);
  if (l == nullptr)
    return nullptr;
  if (nargs) {
    Object* a = tuple_from_array(args, 1);
    if (a == nullptr || list_init(l, a, nullptr) < 0) {
      xdecref(a);
      decref(l);
      return nullptr;
    }
    decref(a);
  }
  return l;
}

SequenceMethods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

MappingMethods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

MethodDef list_methods[] = {
    {"__getitem__", list_getitem_method, METH_O | METH_COEXIST, "Return self[key]."},
    {"__reversed__", list_reversed_method, METH_NOARGS, "Return a reverse iterator."},
    {"__sizeof__", list_sizeof_method, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {"clear", list_clear_method, METH_NOARGS, "Remove all items."},
    {"copy", list_copy_method, METH_NOARGS, "Return a shallow copy."},
    {"append", list_append_method, METH_O, "Append object to the end of the list."},
    {"insert", reinterpret_cast<MethodFn>(list_insert_method), METH_FASTCALL, "Insert object before index."},
    {"extend", list_extend_method, METH_O, "Extend list by appending elements from the iterable."},
    {"pop", reinterpret_cast<MethodFn>(list_pop_method), METH_FASTCALL,
     "Remove and return an item (the last one, or the given index or key)."},
    {"remove", list_remove_method, METH_O, "Remove the first occurrence of a value."},
    {"index", reinterpret_cast<MethodFn>(list_index_method), METH_FASTCALL,
     "Return the first index of value."},
    {"count", list_count_method, METH_O, "Return the number of occurrences of value."},
    {"reverse", list_reverse_method, METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", reinterpret_cast<MethodFn>(list_sort_method), METH_FASTCALL | METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- iterators

struct ListIterObject : Object {
  ssize index;
  Object* seq; // nullptr once exhausted
};

void listiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ListIterObject*>(o)->seq);
  container_gc_free(o);
}

int listiter_traverse(Object* o, VisitFn visit, void* arg) {
  Object* s = static_cast<ListIterObject*>(o)->seq;
  return s ? visit(s, arg) : 0;
}

Object* self_iter(Object* o) {
  return newref(o);
}

Object* listiter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  if (it->seq == nullptr)
    return nullptr;
  if (it->index < L(it->seq)->size)
    return newref(L(it->seq)->items[it->index++]);
  clear_ref(it->seq);
  return nullptr;
}

Object* listiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<ListIterObject*>(o);
  ssize n = it->seq ? L(it->seq)->size - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}

Object* listreviter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  if (it->seq == nullptr)
    return nullptr;
  if (it->index >= 0 && it->index < L(it->seq)->size)
    return newref(L(it->seq)->items[it->index--]);
  it->index = -1;
  clear_ref(it->seq);
  return nullptr;
}

Object* listreviter_length_hint(Object* o, Object*) {
  auto* it = static_cast<ListIterObject*>(o);
  ssize n = it->index + 1;
  if (it->seq == nullptr || L(it->seq)->size < n)
    n = 0;
  return int_from_i64(n);
}

Object* listiter_reduce(Object* o, Object*) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* iter = builtin_named("iter");
  if (!iter)
    return nullptr;
  return it->seq ? iter_reduce_indexed(iter, it->seq, it->index) : iter_reduce_exhausted(list_new(0));
}

Object* listreviter_reduce(Object* o, Object*) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* rev = builtin_named("reversed");
  if (!rev)
    return nullptr;
  return it->seq ? iter_reduce_indexed(rev, it->seq, it->index) : iter_reduce_exhausted(list_new(0));
}

Object* listiter_setstate(Object* o, Object* state) {
  auto* it = static_cast<ListIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, 0, it->seq ? L(it->seq)->size : 0, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return none_new();
}

Object* listreviter_setstate(Object* o, Object* state) {
  auto* it = static_cast<ListIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, -1, it->seq ? L(it->seq)->size - 1 : -1, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return none_new();
}

MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", listiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", listiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", listreviter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", listreviter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject make_iter_type(const char* name, UnaryFn next, MethodDef* methods) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(ListIterObject);
  t.dealloc = listiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = listiter_traverse;
  t.iter = self_iter;
  t.iternext = next;
  t.methods = methods;
  t.free_ = container_gc_free;
  return t;
}

} // namespace

TypeObject ListIterType = make_iter_type("list_iterator", listiter_next, listiter_methods);
TypeObject ListRevIterType = make_iter_type("list_reverseiterator", listreviter_next, listreviter_methods);
COIL_REGISTER_TYPE(ListIterType);
COIL_REGISTER_TYPE(ListRevIterType);

namespace {

Object* new_list_iter(TypeObject* type, Object* seq, ssize index) {
  auto* it = static_cast<ListIterObject*>(gc_alloc(type, sizeof(ListIterObject)));
  if (it == nullptr)
    return nullptr;
  it->index = index;
  it->seq = newref(seq);
  gc_track(it);
  return it;
}

Object* list_iter(Object* o) {
  return new_list_iter(&ListIterType, o, 0);
}

Object* list_reversed_method(Object* self, Object*) {
  return new_list_iter(&ListRevIterType, self, L(self)->size - 1);
}

} // namespace

TypeObject ListType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "list";
  t.basicsize = sizeof(ListObject);
  t.dealloc = list_dealloc;
  t.repr = list_repr;
  t.as_sequence = &list_as_sequence;
  t.as_mapping = &list_as_mapping;
  // hash stays null: type_ready makes it unhashable (__hash__ = None) since richcompare is set.
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_LIST_SUBCLASS | TPFLAG_SEQUENCE;
  t.doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
          "The argument must be an iterable if specified.";
  t.traverse = list_traverse;
  t.clear = list_clear_impl;
  t.richcompare = list_richcompare;
  t.iter = list_iter;
  t.methods = list_methods;
  t.init = list_init;
  t.new_ = list_type_new;
  t.free_ = container_gc_free;
  t.vectorcall = list_type_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(ListType);

} // namespace coil
