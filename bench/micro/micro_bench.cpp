// Google Benchmark micro-benchmarks of Coil's runtime primitives: int and
// float arithmetic, dict/str/list operations, calls into the interpreter,
// attribute loads, reference counting, allocation, the cycle collector and
// float repr. Run: build/coil_micro_bench [--benchmark_filter=REGEX].
//
// Invariants
// - main() starts the runtime, the frontend and the interpreter once, before
//   any benchmark runs, exactly as the coil executable does; every benchmark
//   releases what it creates, so the live-object count stays flat.
// - A benchmark that fails a runtime call reports it with SkipWithError and
//   clears the pending exception: it never measures an error path by
//   accident.
// - Objects a benchmark keeps across iterations are made before the timed
//   loop; only the named operation is inside it.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/compile.h"
#include "interp/interp.h"
#include "interp/tiering.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

using namespace coil;

namespace {

// Reports a failed runtime call on `state` (and drops the exception).
bool failed(benchmark::State& state, Object* result, const char* what) {
  if (result)
    return false;
  Object* exc = err_fetch();
  std::string msg = std::string(what) + " failed";
  if (exc) {
    msg += std::string(": ") + type_name_of(exc);
    decref(exc);
  }
  state.SkipWithError(msg.c_str());
  return true;
}

// Times `make()`, which returns a new reference (released at once).
template <class Fn> void time_new_refs(benchmark::State& state, const char* what, Fn make) {
  for (auto _ : state) {
    Object* r = make();
    if (failed(state, r, what))
      break;
    benchmark::DoNotOptimize(r);
    decref(r);
  }
}

// Runs `source` in a fresh namespace; returns the namespace (new ref).
Object* run_source(const char* source) {
  Object* filename = str_from_utf8("<micro_bench>");
  Object* code = Interpreter::main()->compile_hook(source, filename, "exec", 0, 0, nullptr);
  decref(filename);
  if (!code)
    return nullptr;
  Object* ns = dict_new();
  dict_setitem_str(ns, "__builtins__", Interpreter::main()->builtins);
  dict_setitem_str(ns, "__name__", str_static("__micro__"));
  Object* r = interp::eval_code(code, ns, ns);
  decref(code);
  if (!r) {
    decref(ns);
    return nullptr;
  }
  decref(r);
  return ns;
}

std::vector<Object*> make_str_keys(int64_t n) {
  std::vector<Object*> keys;
  for (int64_t i = 0; i < n; i++)
    keys.push_back(str_from_utf8("key_" + std::to_string(i)));
  return keys;
}

std::vector<Object*> make_int_keys(int64_t n) {
  std::vector<Object*> keys;
  for (int64_t i = 0; i < n; i++)
    keys.push_back(int_from_i64(i * 7919));
  return keys;
}

void release(std::vector<Object*>& objs) {
  for (Object* o : objs)
    decref(o);
  objs.clear();
}

// ---------------------------------------------------------------- numbers

void BM_IntAddSmall(benchmark::State& state) {
  Object* a = int_from_i64(123456);
  Object* b = int_from_i64(789);
  time_new_refs(state, "int +", [&] { return binary_op(a, b, NB_ADD); });
  decref(a);
  decref(b);
}
BENCHMARK(BM_IntAddSmall);

void BM_IntAddBig(benchmark::State& state) {
  // 2**200-sized operands: the GMP path.
  Object* a = int_from_string("1606938044258990275541962092341162602522202993782792835301375", 10);
  Object* b = int_from_string("987654321098765432109876543210987654321098765432109876543210", 10);
  if (failed(state, a && b ? a : nullptr, "big int literal"))
    return;
  time_new_refs(state, "big int +", [&] { return binary_op(a, b, NB_ADD); });
  decref(a);
  decref(b);
}
BENCHMARK(BM_IntAddBig);

void BM_FloatOps(benchmark::State& state) {
  // (a * b + c) / d: four boxed float results per iteration.
  Object* a = float_from_double(1.5);
  Object* b = float_from_double(2.25);
  Object* c = float_from_double(-0.75);
  Object* d = float_from_double(3.0);
  for (auto _ : state) {
    Object* m = binary_op(a, b, NB_MULTIPLY);
    Object* s = m ? binary_op(m, c, NB_ADD) : nullptr;
    Object* q = s ? binary_op(s, d, NB_TRUE_DIVIDE) : nullptr;
    xdecref(m);
    xdecref(s);
    if (failed(state, q, "float ops"))
      break;
    benchmark::DoNotOptimize(q);
    decref(q);
  }
  for (Object* o : {a, b, c, d})
    decref(o);
}
BENCHMARK(BM_FloatOps);

void BM_FloatRepr(benchmark::State& state) {
  const double values[] = {0.1, 1e100, 3.141592653589793, -2.5e-7, 123456789.0, 1.0 / 3.0};
  size_t i = 0;
  for (auto _ : state) {
    std::string s = float_repr(values[i++ % 6]);
    benchmark::DoNotOptimize(s.data());
  }
}
BENCHMARK(BM_FloatRepr);

// ---------------------------------------------------------------- dict

using KeyMaker = std::vector<Object*> (*)(int64_t n);

// Inserts state.range(0) prebuilt keys into a fresh dict per iteration.
void BM_DictInsert(benchmark::State& state, KeyMaker make_keys) {
  std::vector<Object*> keys = make_keys(state.range(0));
  for (auto _ : state) {
    Object* d = dict_new();
    for (Object* k : keys) {
      if (dict_setitem(d, k, k) < 0) {
        failed(state, nullptr, "dict insert");
        break;
      }
    }
    decref(d);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(keys.size()));
  release(keys);
}
BENCHMARK_CAPTURE(BM_DictInsert, Str, make_str_keys)->Arg(8)->Arg(1024);
BENCHMARK_CAPTURE(BM_DictInsert, Int, make_int_keys)->Arg(8)->Arg(1024);

// Looks up each of state.range(0) keys in a dict holding them.
void BM_DictLookup(benchmark::State& state, KeyMaker make_keys) {
  std::vector<Object*> keys = make_keys(state.range(0));
  Object* d = dict_new();
  for (Object* k : keys)
    dict_setitem(d, k, k);
  for (auto _ : state) {
    for (Object* k : keys) {
      Object* v = dict_getitem(d, k); // borrowed
      if (!v) {
        failed(state, nullptr, "dict lookup");
        break;
      }
      benchmark::DoNotOptimize(v);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(keys.size()));
  decref(d);
  release(keys);
}
BENCHMARK_CAPTURE(BM_DictLookup, Str, make_str_keys)->Arg(8)->Arg(1024);
BENCHMARK_CAPTURE(BM_DictLookup, Int, make_int_keys)->Arg(8)->Arg(1024);

// ---------------------------------------------------------------- str

// SipHash-1-3 over state.range(0) bytes (what an uncached str hash costs).
void BM_StrHash(benchmark::State& state) {
  std::string text(static_cast<size_t>(state.range(0)), 'x');
  for (size_t i = 0; i < text.size(); i++)
    text[i] = static_cast<char>('a' + i % 26);
  for (auto _ : state) {
    hash_t h = hash_bytes(text.data(), text.size());
    benchmark::DoNotOptimize(h);
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_StrHash)->Arg(8)->Arg(64)->Arg(1024);

// hash() of an existing str: the cached path every dict lookup takes.
void BM_StrHashCached(benchmark::State& state) {
  Object* s = str_from_utf8("a string that has been hashed before");
  str_hash(s);
  for (auto _ : state) {
    hash_t h = object_hash(s);
    benchmark::DoNotOptimize(h);
  }
  decref(s);
}
BENCHMARK(BM_StrHashCached);

void BM_StrConcat(benchmark::State& state) {
  Object* a = str_from_utf8(std::string(static_cast<size_t>(state.range(0)), 'a'));
  Object* b = str_from_utf8("tail");
  time_new_refs(state, "str concat", [&] { return str_concat(a, b); });
  decref(a);
  decref(b);
}
BENCHMARK(BM_StrConcat)->Arg(8)->Arg(1024);

// ---------------------------------------------------------------- list

void BM_ListAppend(benchmark::State& state) {
  Object* item = int_from_i64(42);
  for (auto _ : state) {
    Object* l = list_new(0);
    for (int64_t i = 0; i < state.range(0); i++)
      list_append(l, item);
    benchmark::DoNotOptimize(l);
    decref(l);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  decref(item);
}
BENCHMARK(BM_ListAppend)->Arg(1000);

// ---------------------------------------------------------------- calls and attributes

void BM_CallInterpreted(benchmark::State& state) {
  Object* ns = run_source("def f(a, b):\n    return a + b\n");
  if (failed(state, ns, "defining f"))
    return;
  Object* f = dict_getitem_str(ns, "f"); // borrowed
  Object* args[2] = {int_from_i64(3), int_from_i64(4)};
  time_new_refs(state, "calling f", [&] { return object_vectorcall(f, args, 2, nullptr); });
  decref(args[0]);
  decref(args[1]);
  decref(ns);
}
BENCHMARK(BM_CallInterpreted);

// The same call when f has been compiled by the JIT tier (libcoil-jit.so,
// loaded from next to this executable; nothing else is compiled, since the
// thresholds are out of reach). Fails unless the calls entered native code.
void BM_CallCompiled(benchmark::State& state) {
  Object* ns = run_source("def f(a, b):\n    return a + b\n");
  if (failed(state, ns, "defining f"))
    return;
  Object* f = dict_getitem_str(ns, "f"); // borrowed
  Object* code = object_getattr_str(f, "__code__");
  if (failed(state, code, "f.__code__")) {
    decref(ns);
    return;
  }
  int compiled = interp::tier_compile_now(static_cast<CodeObject*>(code), ns);
  interp::JitRecord* rec = interp::tier_record(static_cast<CodeObject*>(code), ns);
  if (compiled != 1) {
    err_clear();
    std::string why = "f was not compiled: " + rec->reason + " " + interp::tiering()->load_error;
    state.SkipWithError(why.c_str());
  } else {
    uint64_t entries_before = rec->native_entries;
    Object* args[2] = {int_from_i64(3), int_from_i64(4)};
    time_new_refs(state, "calling compiled f", [&] { return object_vectorcall(f, args, 2, nullptr); });
    decref(args[0]);
    decref(args[1]);
    if (rec->native_entries == entries_before)
      state.SkipWithError("the calls did not enter f's native code");
  }
  decref(code);
  decref(ns);
}
BENCHMARK(BM_CallCompiled);

// Times loading attribute `attr` of the object `source` binds to `obj`.
void attr_load(benchmark::State& state, const char* source, const char* attr) {
  Object* ns = run_source(source);
  if (failed(state, ns, "making the instance"))
    return;
  Object* obj = dict_getitem_str(ns, "obj"); // borrowed
  Object* name = str_intern_utf8(attr);
  time_new_refs(state, attr, [&] { return object_getattr(obj, name); });
  decref(name);
  decref(ns);
}

void BM_AttrLoadInstance(benchmark::State& state) {
  attr_load(state, "class C:\n    def __init__(self):\n        self.x = 1\nobj = C()\n", "x");
}
BENCHMARK(BM_AttrLoadInstance);

void BM_AttrLoadMethod(benchmark::State& state) {
  // A bound-method load of a method found on the class (dict miss, MRO hit).
  attr_load(state, "class B:\n    def m(self):\n        pass\nclass C(B):\n    pass\nobj = C()\n", "m");
}
BENCHMARK(BM_AttrLoadMethod);

// ---------------------------------------------------------------- memory

void BM_RefcountIncDec(benchmark::State& state) {
  Object* o = list_new(0);
  for (auto _ : state) {
    incref(o);
    benchmark::ClobberMemory();
    decref(o);
    benchmark::ClobberMemory();
  }
  decref(o);
}
BENCHMARK(BM_RefcountIncDec);

void BM_AllocFloat(benchmark::State& state) {
  // A non-GC object: allocation, initialisation and deallocation.
  double v = 0.5;
  time_new_refs(state, "float alloc", [&] { return float_from_double(v += 1.0); });
}
BENCHMARK(BM_AllocFloat);

void BM_AllocTuple(benchmark::State& state) {
  // A GC object with items: GCHead, tracking, untracking.
  Object* item = int_from_i64(7);
  time_new_refs(state, "tuple alloc", [&] { return tuple_pack({item, item, item}); });
  decref(item);
}
BENCHMARK(BM_AllocTuple);

// One full collection (generation 2); false (reported) if it failed.
bool collect_all(benchmark::State& state) {
  ssize found = gc_collect(2);
  if (found < 0)
    return !failed(state, nullptr, "gc_collect");
  benchmark::DoNotOptimize(found);
  return true;
}

// A full collection (generation 2) while state.range(0) container objects
// are alive and reachable: the cost of traversing them.
void BM_GcCollectLive(benchmark::State& state) {
  Object* holder = list_new(0);
  for (int64_t i = 0; i < state.range(0); i++) {
    Object* l = list_new(0);
    list_append(holder, l);
    decref(l);
  }
  for (auto _ : state) {
    if (!collect_all(state))
      break;
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  decref(holder);
}
BENCHMARK(BM_GcCollectLive)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

// A full collection that finds state.range(0) / 2 two-list cycles garbage.
void BM_GcCollectCycles(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    for (int64_t i = 0; i < state.range(0) / 2; i++) {
      Object* a = list_new(0);
      Object* b = list_new(0);
      list_append(a, b);
      list_append(b, a);
      decref(a);
      decref(b);
    }
    state.ResumeTiming();
    if (!collect_all(state))
      break;
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_GcCollectCycles)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  Config config;
  config.argv = {"coil_micro_bench"};
  config.use_hash_seed = true; // PYTHONHASHSEED=0: reproducible table layouts
  config.hash_seed = 0;
  // The JIT compiles only what BM_CallCompiled asks for, synchronously.
  config.jit_mode = Config::JitMode::On;
  config.jit_sync = true;
  config.jit_threshold = INT32_MAX;
  config.jit_loop_threshold = INT32_MAX;
  if (runtime_init(config) != 0)
    return 1;
  frontend::frontend_register();
  if (interp::install() != 0)
    return 1;
  // Automatic collections would land inside unrelated benchmarks.
  gc_set_enabled(false);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  interp::tier_finalize();
  runtime_finalize();
  return 0;
}
