// Allocation and the generational cycle collector (runtime/gc.h).
//
// The collector follows CPython's algorithm:
//  1. copy each candidate's refcount into gc_refs;
//  2. subtract the references candidates hold to each other (traverse);
//  3. what still has gc_refs > 0 is referenced from outside: it and all it
//     reaches are reachable; the rest is unreachable garbage;
//  4. clear the weak references to unreachable objects and call the
//     callbacks of those weakrefs that are themselves reachable (CPython's
//     handle_weakrefs); weakrefs that are garbage too die silently;
//  5. run finalizers (__del__) once per object (PEP 442), then recheck for
//     resurrection; clear what is still unreachable so refcounts drop to 0.
//
// The number reported (gc.collect()'s result, the "collected" statistics)
// counts as CPython 3.11 does: the objects still unreachable after the
// finalizers ran (resurrected ones and ones a finalizer freed are not
// counted), plus reachable weakrefs freed by their own callbacks. As in
// CPython 3.11, instances of managed-dict classes keep their attributes in
// values (no dict object) until `__dict__` is asked for
// (runtime/objects/dict_split.h): their traversal visits the values.
//
// Invariants
// - Tracked objects live in exactly one of three generation lists (circular,
//   doubly linked through GCHead, with a sentinel head per generation).
// - GCHead::prev's low bits: bit 0 = finalizer already ran. During a
//   collection only, the whole `prev` word holds gc_refs << 3 plus flags
//   (bit 1 = candidate: cleared once scanned as reachable; bit 2 = set aside
//   as unreachable, the refs field then holding its index in the tentative
//   list) and the lists are re-linked afterwards.
// - A generation's list is in CPython's order: new objects at the end,
//   survivors of a collection appended to the next generation in the order
//   move_unreachable leaves them, so finalizers of later collections (and
//   of the collections at exit) run in CPython's order.
#include "runtime/gc.h"

#include "runtime/alloc.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/objects/weakref.h"
#include "runtime/thread_state.h"
#include "runtime/traceback.h"

namespace coil {

namespace {

constexpr uintptr_t FLAG_FINALIZED = 1;
constexpr uintptr_t FLAG_CANDIDATE = 2;
constexpr uintptr_t FLAG_UNREACHABLE = 4;
constexpr int REFS_SHIFT = 3;

struct Generation {
  GCHead head; // sentinel
  int threshold;
  int count;
};

struct GCState {
  Generation gens[3];
  bool enabled = true;
  bool collecting = false;
  ssize long_lived_total = 0;
  ssize long_lived_pending = 0;
  Generation permanent;
  int debug = 0;
  Object* garbage = nullptr;   // gc.garbage
  Object* callbacks = nullptr; // gc.callbacks
  GCGenerationStats stats[3] = {};
  GCState() {
    int thresholds[3] = {700, 10, 10};
    for (int i = 0; i < 3; i++) {
      gens[i].head.next = &gens[i].head;
      gens[i].head.prev = reinterpret_cast<uintptr_t>(&gens[i].head);
      gens[i].threshold = thresholds[i];
      gens[i].count = 0;
    }
    permanent.head.next = &permanent.head;
    permanent.head.prev = reinterpret_cast<uintptr_t>(&permanent.head);
  }
};

GCState& state() {
  static GCState s;
  return s;
}

inline GCHead* prev_of(GCHead* g) {
  return reinterpret_cast<GCHead*>(g->prev & ~uintptr_t(7));
}
inline void set_prev(GCHead* g, GCHead* p) {
  g->prev = reinterpret_cast<uintptr_t>(p) | (g->prev & FLAG_FINALIZED);
}

void list_append(GCHead* head, GCHead* g) {
  GCHead* last = prev_of(head);
  g->next = head;
  set_prev(g, last);
  last->next = g;
  set_prev(head, g);
}

void list_remove(GCHead* g) {
  GCHead* p = prev_of(g);
  GCHead* n = g->next;
  p->next = n;
  set_prev(n, p);
  g->next = nullptr;
  g->prev &= FLAG_FINALIZED;
}

// Moves all of `from` to the end of `to`.
void list_merge(GCHead* from, GCHead* to) {
  if (from->next == from)
    return;
  GCHead* to_last = prev_of(to);
  GCHead* first = from->next;
  GCHead* last = prev_of(from);
  to_last->next = first;
  set_prev(first, to_last);
  last->next = to;
  set_prev(to, last);
  from->next = from;
  set_prev(from, from);
}

bool is_finalized(Object* o) {
  return (gc_head_of(o)->prev & FLAG_FINALIZED) != 0;
}

} // namespace

// ---------------------------------------------------------------- allocation

// Live heap objects (object_alloc/gc_alloc minus object_free/gc_free).
static ssize live_objects = 0;

ssize live_object_count() noexcept {
  return live_objects;
}

Object* object_alloc(TypeObject* type, ssize size) {
  void* mem = raw_alloc(static_cast<size_t>(size), BlockKind::Plain);
  if (!mem)
    return err_no_memory();
  live_objects++;
  Object* o = static_cast<Object*>(mem);
  o->refcnt = 1;
  o->type = type;
  if (type->flags & TPFLAG_HEAPTYPE)
    incref(type);
  return o;
}

void object_free(void* mem) {
  if (mem)
    live_objects--;
  raw_free(mem);
}

static void maybe_collect();

Object* gc_alloc(TypeObject* type, ssize size) {
  GCState& s = state();
  if (++s.gens[0].count > s.gens[0].threshold && s.enabled && !s.collecting && s.gens[0].threshold > 0)
    maybe_collect();
  // Managed-dict instances get the 16-byte pre-header (dict and values
  // pointers, objects/type.h) in front of the GC header, as CPython 3.11.
  size_t pre = (type->flags & TPFLAG_MANAGED_DICT) ? MANAGED_PREHEADER : 0;
  void* mem =
      raw_alloc(pre + sizeof(GCHead) + static_cast<size_t>(size), pre ? BlockKind::ManagedGC : BlockKind::GC);
  if (!mem)
    return err_no_memory();
  live_objects++;
  Object* o = gc_object_of(reinterpret_cast<GCHead*>(static_cast<char*>(mem) + pre));
  o->refcnt = 1;
  o->type = type;
  if (type->flags & TPFLAG_HEAPTYPE)
    incref(type);
  return o;
}

void gc_free(void* object) {
  GCState& s = state();
  if (s.gens[0].count > 0)
    s.gens[0].count--;
  live_objects--;
  auto* o = static_cast<Object*>(object);
  size_t pre = (o->type->flags & TPFLAG_MANAGED_DICT) ? MANAGED_PREHEADER : 0;
  raw_free(reinterpret_cast<char*>(gc_head_of(o)) - pre);
}

Object* type_generic_alloc(TypeObject* type, ssize nitems) {
  ssize size = type->basicsize + (nitems + 1) * type->itemsize; // +1: room for a sentinel, as CPython
  // Rounded up to a pointer's alignment: the __dict__ pointer of a subclass
  // of a var-sized type follows the items, aligned (object_dict_ptr).
  constexpr ssize align = alignof(Object*);
  size = (size + align - 1) / align * align;
  Object* o;
  if (type->flags & TPFLAG_HAVE_GC) {
    o = gc_alloc(type, size);
    if (o && type->itemsize)
      static_cast<VarObject*>(o)->size = nitems;
    if (o)
      gc_track(o);
  } else {
    o = object_alloc(type, size);
    if (o && type->itemsize)
      static_cast<VarObject*>(o)->size = nitems;
  }
  return o;
}

void gc_track(Object* o) noexcept {
  GCHead* g = gc_head_of(o);
  if (g->next)
    return;
  list_append(&state().gens[0].head, g);
}

void gc_untrack(Object* o) noexcept {
  GCHead* g = gc_head_of(o);
  if (!g->next)
    return;
  list_remove(g);
}

bool gc_is_tracked(Object* o) noexcept {
  return gc_head_of(o)->next != nullptr;
}

// ---------------------------------------------------------------- collection

namespace {

inline ssize get_refs(GCHead* g) {
  return static_cast<ssize>(g->prev >> REFS_SHIFT);
}
inline void set_refs(GCHead* g, ssize r) {
  g->prev = (static_cast<uintptr_t>(r) << REFS_SHIFT) |
            (g->prev & (FLAG_FINALIZED | FLAG_CANDIDATE | FLAG_UNREACHABLE));
}

struct Partition {
  std::vector<Object*> reachable;   // in CPython's young-list order after the scan
  std::vector<Object*> unreachable; // in CPython's unreachable-list order
};

bool is_gc_object(Object* o) {
  return object_is_gc(o);
}

int visit_decref(Object* o, void*) {
  if (o && is_gc_object(o)) {
    GCHead* g = gc_head_of(o);
    if (g->next && (g->prev & FLAG_CANDIDATE)) {
      ssize r = get_refs(g);
      if (r > 0)
        set_refs(g, r - 1);
    }
  }
  return 0;
}

struct MoveCtx {
  std::vector<Object*>* young;       // scan order; objects moved back are appended
  std::vector<Object*>* unreachable; // tentative, with holes (nullptr) for moved-back ones
};

int visit_reachable(Object* o, void* arg);

// CPython's visit_reachable: an object already set aside as tentatively
// unreachable goes back to the end of the young list (to be scanned again);
// one not scanned yet is marked reachable where it stands.
int visit_reachable(Object* o, void* arg) {
  if (!o || !is_gc_object(o))
    return 0;
  GCHead* g = gc_head_of(o);
  if (!g->next || !(g->prev & FLAG_CANDIDATE))
    return 0;
  auto* c = static_cast<MoveCtx*>(arg);
  if (g->prev & FLAG_UNREACHABLE) {
    (*c->unreachable)[static_cast<size_t>(get_refs(g))] = nullptr;
    g->prev &= ~FLAG_UNREACHABLE;
    set_refs(g, 1);
    c->young->push_back(o);
  } else if (get_refs(g) == 0) {
    set_refs(g, 1);
  }
  return 0;
}

// CPython's deduce_unreachable over `objs` (all candidates, in list order):
// update_refs, subtract_refs, then move_unreachable, which scans the list
// once: an object still referenced from outside is reachable and its
// referents are marked (or moved back to the end of the list when they were
// already set aside); one with no outside reference is set aside. Both
// results keep CPython's order, which decides the order of finalizers now
// and of the survivors' list (hence of later collections).
Partition find_unreachable(const std::vector<Object*>& objs) {
  for (Object* o : objs) {
    GCHead* g = gc_head_of(o);
    g->prev = (g->prev & FLAG_FINALIZED) | FLAG_CANDIDATE;
    set_refs(g, o->refcnt);
  }
  for (Object* o : objs)
    if (TraverseFn t = o->type->traverse)
      t(o, visit_decref, nullptr);
  std::vector<Object*> young(objs);
  std::vector<Object*> tentative;
  Partition result;
  MoveCtx ctx{&young, &tentative};
  for (size_t i = 0; i < young.size(); i++) {
    Object* o = young[i];
    GCHead* g = gc_head_of(o);
    if (get_refs(g) > 0) {
      if (TraverseFn t = o->type->traverse)
        t(o, visit_reachable, &ctx);
      g->prev &= ~FLAG_CANDIDATE; // scanned: no longer part of this collection
      result.reachable.push_back(o);
    } else {
      g->prev |= FLAG_UNREACHABLE;
      set_refs(g, static_cast<ssize>(tentative.size()));
      tentative.push_back(o);
    }
  }
  for (Object* o : tentative)
    if (o)
      result.unreachable.push_back(o);
  return result;
}

// CPython's _PyObject_GC_MAY_BE_TRACKED.
bool may_be_tracked(Object* o) {
  if (!is_gc_object(o))
    return false;
  if (o->type == &TupleType)
    return gc_is_tracked(o);
  return true;
}

// Whether an exact tuple or dict holds an item, key or value that may be
// part of a cycle (CPython's _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack).
bool holds_trackable(Object* o) {
  if (o->type == &TupleType) {
    for (ssize i = 0; i < tuple_size(o); i++) {
      Object* item = tuple_get(o, i);
      if (!item || may_be_tracked(item))
        return true;
    }
    return false;
  }
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(o, &pos, &k, &v))
    if (may_be_tracked(k) || may_be_tracked(v))
      return true;
  return false;
}

// Collects the objects of list `head` into a vector (order preserved).
std::vector<Object*> list_objects(GCHead* head) {
  std::vector<Object*> v;
  for (GCHead* g = head->next; g != head; g = g->next)
    v.push_back(gc_object_of(g));
  return v;
}

// Rebuilds `head` as a list of `objs`, keeping only the FINALIZED bit.
void relink(GCHead* head, const std::vector<Object*>& objs) {
  head->next = head;
  head->prev = reinterpret_cast<uintptr_t>(head);
  for (Object* o : objs) {
    GCHead* g = gc_head_of(o);
    g->prev &= FLAG_FINALIZED;
    list_append(head, g);
  }
}

} // namespace

namespace {

ssize list_size(GCHead* head) {
  ssize n = 0;
  for (GCHead* g = head->next; g != head; g = g->next)
    n++;
  return n;
}

void debug_cycle(const char* msg, Object* o) {
  write_to_stderr(fmt::format("gc: {} <{} {}>\n", msg, o->type->name, static_cast<void*>(o)));
}

// CPython's handle_weakrefs: every weakref to an unreachable object dies now.
// Weakrefs that are garbage themselves die without calling their callbacks;
// the callbacks of reachable weakrefs run (they cannot see the garbage).
// Returns the number of such reachable weakrefs their callbacks freed.
ssize handle_weakrefs(const std::vector<Object*>& unreachable) {
  std::unordered_set<Object*> garbage(unreachable.begin(), unreachable.end());
  std::vector<Object*> to_call;
  for (Object* o : unreachable) {
    if (weakref_check(o))
      weakref_unlink(static_cast<WeakRefObject*>(o));
    WeakRefObject** list = object_weaklist_ptr(o);
    if (!list)
      continue;
    while (WeakRefObject* wr = *list) {
      weakref_unlink(wr);
      if (!wr->wr_callback || garbage.count(wr))
        continue;
      to_call.push_back(newref(static_cast<Object*>(wr)));
    }
  }
  ssize freed = 0;
  for (Object* wr : to_call) {
    Object* callback = static_cast<WeakRefObject*>(wr)->wr_callback;
    if (callback) {
      incref(callback);
      Object* r = object_call_one(callback, wr);
      if (!r)
        err_write_unraisable(callback);
      else
        decref(r);
      decref(callback);
    }
    if (wr->refcnt == 1)
      freed++;
    decref(wr);
  }
  return freed;
}

// Trial deletion over `objs` (each holding one extra reference of ours):
// the objects whose count would reach 0 when our references are dropped,
// following the references of each object so freed.
struct TrialCtx {
  std::unordered_map<Object*, ssize>* rc;
  std::vector<Object*>* work;
};
int visit_trial(Object* o, void* arg) {
  auto* c = static_cast<TrialCtx*>(arg);
  auto it = c->rc->find(o);
  if (it != c->rc->end() && it->second > 0 && --it->second == 0)
    c->work->push_back(o);
  return 0;
}
std::unordered_set<Object*> freed_by_refcounting(const std::vector<Object*>& objs) {
  std::unordered_map<Object*, ssize> rc;
  std::vector<Object*> work;
  for (Object* o : objs) {
    rc[o] = o->refcnt - 1;
    if (o->refcnt - 1 == 0)
      work.push_back(o);
  }
  std::unordered_set<Object*> freed;
  TrialCtx ctx{&rc, &work};
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (!freed.insert(o).second)
      continue;
    if (TraverseFn t = o->type->traverse)
      t(o, visit_trial, &ctx);
  }
  return freed;
}

void invoke_callbacks(const char* phase, int generation, ssize collected, ssize uncollectable) {
  GCState& s = state();
  if (!s.callbacks || list_size(s.callbacks) == 0)
    return;
  Object* saved = err_fetch();
  Object* info = dict_new();
  Object* g = int_from_i64(generation);
  Object* c = int_from_i64(collected);
  Object* u = int_from_i64(uncollectable);
  Object* ph = str_from_ascii(phase);
  if (!info || !g || !c || !u || !ph || dict_setitem_str(info, "generation", g) < 0 ||
      dict_setitem_str(info, "collected", c) < 0 || dict_setitem_str(info, "uncollectable", u) < 0) {
    err_write_unraisable(nullptr);
  } else {
    Object* cbs = s.callbacks;
    incref(cbs);
    for (ssize i = 0; i < list_size(cbs); i++) {
      Object* cb = newref(list_get(cbs, i));
      Object* args[2] = {ph, info};
      Object* r = object_vectorcall(cb, args, 2, nullptr);
      if (!r)
        err_write_unraisable(cb);
      else
        decref(r);
      decref(cb);
    }
    decref(cbs);
  }
  xdecref(info);
  xdecref(g);
  xdecref(c);
  xdecref(u);
  xdecref(ph);
  err_restore(saved);
}

} // namespace

// One collection of `generation` (CPython's gc_collect_main). Returns the
// number of unreachable objects found; *uncollectable receives those that
// could not be freed (always 0: Coil has no legacy tp_del finalizers).
static ssize collect_main(int generation, bool requested, ssize* uncollectable) {
  GCState& s = state();
  using clock = std::chrono::steady_clock;
  clock::time_point t1;
  if (s.debug & GC_DEBUG_STATS) {
    std::string sizes;
    for (int i = 0; i < 3; i++)
      sizes += fmt::format(" {}", list_size(&s.gens[i].head));
    write_to_stderr(fmt::format("gc: collecting generation {}...\n", generation));
    write_to_stderr(
        fmt::format("gc: objects in each generation:{}\ngc: objects in permanent generation: {}\n", sizes,
                    list_size(&s.permanent.head)));
    t1 = clock::now();
  }
  // Merge younger generations into the one collected.
  for (int i = 0; i < generation; i++)
    list_merge(&s.gens[i].head, &s.gens[generation].head);
  GCHead* young = &s.gens[generation].head;
  std::vector<Object*> objs = list_objects(young);
  Partition part = find_unreachable(objs);
  std::vector<Object*>& unreachable = part.unreachable;

  // Survivors stay in the list (re-linked in the scan's order), promoted to
  // the next generation. As CPython: surviving tuples that hold nothing
  // trackable stop being tracked, and so do such dicts in full collections.
  // Tuples only in requested collections (gc.collect(), exit): Coil's
  // automatic collections do not happen at the moments CPython's do (its
  // start-up allocates differently), and untracking there would make
  // gc.is_tracked of a code object's constant tuples depend on that timing.
  std::vector<Object*> kept;
  kept.reserve(part.reachable.size());
  for (Object* o : part.reachable) {
    if ((requested && o->type == &TupleType && !holds_trackable(o)) ||
        (generation == 2 && o->type == &DictType && !holds_trackable(o))) {
      GCHead* g = gc_head_of(o);
      g->next = nullptr;
      g->prev &= FLAG_FINALIZED;
      continue;
    }
    kept.push_back(o);
  }
  relink(young, kept);
  GCHead unreachable_head;
  relink(&unreachable_head, unreachable);
  int target = generation < 2 ? generation + 1 : 2;
  if (target != generation)
    list_merge(young, &s.gens[target].head);

  ssize m = 0; // collected
  ssize n = 0; // uncollectable
  if (!unreachable.empty()) {
    if (s.debug & GC_DEBUG_COLLECTABLE)
      for (Object* o : unreachable)
        debug_cycle("collectable", o);
    // Keep everything alive while callbacks, finalizers and clears run.
    for (Object* o : unreachable)
      incref(o);
    m += handle_weakrefs(unreachable);
    // Finalizers (__del__), once per object.
    bool ran_finalizer = false;
    for (Object* o : unreachable) {
      if (o->type->finalize && !is_finalized(o)) {
        gc_head_of(o)->prev |= FLAG_FINALIZED;
        ran_finalizer = true;
        Object* saved = err_fetch();
        o->type->finalize(o);
        if (err_occurred())
          err_write_unraisable(o);
        err_restore(saved);
      }
    }
    std::vector<Object*> to_clear = unreachable;
    if (ran_finalizer) {
      // Resurrection check: recompute over the still-unreachable set, with
      // our own extra references discounted.
      std::vector<Object*> still = list_objects(&unreachable_head);
      for (Object* o : still)
        o->refcnt--;
      std::vector<Object*> dead = std::move(find_unreachable(still).unreachable);
      for (Object* o : still)
        o->refcnt++;
      relink(&unreachable_head, still);
      to_clear = dead;
    }
    // Objects that refcounting alone would free once our references are
    // gone were freed during the finalizers in CPython (which holds no such
    // references): they are not counted.
    std::unordered_set<Object*> would_free;
    if (ran_finalizer)
      would_free = freed_by_refcounting(to_clear);
    for (Object* o : to_clear)
      if (!would_free.count(o))
        m++;
    // Break the cycles: clear drops internal references; refcounts fall.
    // With DEBUG_SAVEALL the objects go to gc.garbage instead.
    for (Object* o : to_clear) {
      GCHead* g = gc_head_of(o);
      if (!g->next)
        continue;
      if ((s.debug & GC_DEBUG_SAVEALL) && s.garbage) {
        if (list_append(s.garbage, o) < 0)
          err_clear();
        continue;
      }
      if (InquiryFn clear = o->type->clear) {
        Object* saved = err_fetch();
        clear(o);
        if (err_occurred())
          err_write_unraisable_msg("in tp_clear of", o->type);
        err_restore(saved);
      }
    }
    // Whatever survived (resurrected or unclearable) joins the next generation.
    list_merge(&unreachable_head, &s.gens[target].head);
    for (Object* o : unreachable)
      decref(o);
  }
  if (s.debug & GC_DEBUG_STATS) {
    double secs = std::chrono::duration<double>(clock::now() - t1).count();
    write_to_stderr(
        fmt::format("gc: done, {} unreachable, {} uncollectable, {:.4f}s elapsed\n", n + m, n, secs));
  }
  for (int i = 0; i <= generation; i++)
    s.gens[i].count = 0;
  if (generation < 2)
    s.gens[generation + 1].count++;
  s.stats[generation].collections++;
  s.stats[generation].collected += m;
  s.stats[generation].uncollectable += n;
  *uncollectable = n;
  return n + m;
}

// A collection with the gc.callbacks notifications around it.
static ssize collect(int generation, bool requested) {
  GCState& s = state();
  s.collecting = true;
  invoke_callbacks("start", generation, 0, 0);
  ssize uncollectable = 0;
  ssize found = collect_main(generation, requested, &uncollectable);
  invoke_callbacks("stop", generation, found - uncollectable, uncollectable);
  s.collecting = false;
  return found;
}

static void maybe_collect() {
  GCState& s = state();
  int gen = 0;
  for (int i = 2; i >= 0; i--) {
    if (s.gens[i].count > s.gens[i].threshold) {
      gen = i;
      break;
    }
  }
  Object* saved = err_fetch();
  collect(gen, false);
  err_restore(saved);
}

ssize gc_collect(int generation) {
  GCState& s = state();
  if (s.collecting)
    return 0;
  if (generation < 0 || generation > 2) {
    err_set_string(ValueError, "invalid generation");
    return -1;
  }
  return collect(generation, true);
}

bool gc_is_enabled() noexcept {
  return state().enabled;
}
void gc_set_enabled(bool on) noexcept {
  state().enabled = on;
}
void gc_get_threshold(int* t0, int* t1, int* t2) noexcept {
  *t0 = state().gens[0].threshold;
  *t1 = state().gens[1].threshold;
  *t2 = state().gens[2].threshold;
}
void gc_set_threshold(int t0, int t1, int t2) noexcept {
  state().gens[0].threshold = t0;
  state().gens[1].threshold = t1;
  state().gens[2].threshold = t2;
}
void gc_get_count(int* c0, int* c1, int* c2) noexcept {
  *c0 = state().gens[0].count;
  *c1 = state().gens[1].count;
  *c2 = state().gens[2].count;
}

Object* gc_get_objects(int generation) {
  Object* result = list_new(0);
  if (!result)
    return nullptr;
  GCState& s = state();
  for (int i = 0; i < 3; i++) {
    if (generation >= 0 && i != generation)
      continue;
    for (GCHead* g = s.gens[i].head.next; g != &s.gens[i].head; g = g->next) {
      Object* o = gc_object_of(g);
      if (o == result)
        continue;
      if (list_append(result, o) < 0) {
        decref(result);
        return nullptr;
      }
    }
  }
  return result;
}

namespace {
struct ReferrerCtx {
  Object* const* targets;
  ssize n;
  bool found;
};
int visit_find(Object* o, void* arg) {
  auto* c = static_cast<ReferrerCtx*>(arg);
  for (ssize i = 0; i < c->n; i++)
    if (o == c->targets[i])
      c->found = true;
  return 0;
}
int visit_collect(Object* o, void* arg) {
  if (o)
    list_append(static_cast<Object*>(arg), o);
  return 0;
}
} // namespace

Object* gc_get_referrers(Object* const* objs, ssize n) {
  Object* result = list_new(0);
  if (!result)
    return nullptr;
  GCState& s = state();
  for (int i = 0; i < 3; i++) {
    for (GCHead* g = s.gens[i].head.next; g != &s.gens[i].head; g = g->next) {
      Object* o = gc_object_of(g);
      if (o == result || !o->type->traverse)
        continue;
      ReferrerCtx ctx{objs, n, false};
      o->type->traverse(o, visit_find, &ctx);
      if (ctx.found && list_append(result, o) < 0) {
        decref(result);
        return nullptr;
      }
    }
  }
  return result;
}

Object* gc_get_referents(Object* const* objs, ssize n) {
  Object* result = list_new(0);
  if (!result)
    return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* o = objs[i];
    if (is_gc_object(o) && o->type->traverse)
      o->type->traverse(o, visit_collect, result);
  }
  return result;
}

void gc_unfreeze() noexcept {
  GCState& s = state();
  list_merge(&s.permanent.head, &s.gens[2].head);
}

ssize gc_get_freeze_count() noexcept {
  return list_size(&state().permanent.head);
}

void gc_set_debug(int flags) noexcept {
  state().debug = flags;
}
int gc_get_debug() noexcept {
  return state().debug;
}

void gc_set_module_lists(Object* garbage, Object* callbacks) {
  GCState& s = state();
  setref(s.garbage, xnewref(garbage));
  setref(s.callbacks, xnewref(callbacks));
}

GCGenerationStats gc_get_generation_stats(int generation) noexcept {
  return state().stats[generation];
}

int gc_freeze() noexcept {
  GCState& s = state();
  for (int i = 0; i < 3; i++) {
    list_merge(&s.gens[i].head, &s.permanent.head);
    s.gens[i].count = 0;
  }
  return 0;
}

// ---------------------------------------------------------------- trashcan

namespace {
constexpr int TRASHCAN_LIMIT = 50;
thread_local int trash_depth = 0;
thread_local std::vector<Object*>* trash_deferred = nullptr;
thread_local bool trash_draining = false;
} // namespace

bool trashcan_begin(Object* o) {
  if (trash_depth >= TRASHCAN_LIMIT) {
    if (!trash_deferred)
      trash_deferred = new std::vector<Object*>();
    trash_deferred->push_back(o);
    return false;
  }
  ++trash_depth;
  return true;
}

void trashcan_end() {
  --trash_depth;
  if (trash_depth == 0 && trash_deferred && !trash_draining) {
    trash_draining = true;
    while (!trash_deferred->empty()) {
      Object* o = trash_deferred->back();
      trash_deferred->pop_back();
      o->type->dealloc(o);
    }
    trash_draining = false;
  }
}

} // namespace coil
