// Tiering policy, JIT library loading and JIT statistics (see tiering.h).
#include "interp/tiering.h"
#include "interp/inline_cache.h"

#include <dlfcn.h>
#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstring>
#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"

namespace coil::interp {

TieringState* tiering(Interpreter* interp) {
  if (!interp)
    interp = Interpreter::main();
  return static_cast<TieringState*>(interp->tiering);
}

static void on_code_release(CodeObject* code) {
  auto* rec = static_cast<JitRecord*>(code->jit_state);
  if (!rec)
    return;
  rec->calls = code->call_count;
  rec->code = nullptr;
  code->jit_state = nullptr;
  code->jit_entry = nullptr;
}

void tier_init(Interpreter* interp) {
  auto* st = new TieringState();
  interp->tiering = st;
  interp->code_release_hook = on_code_release;
  const Config& c = interp->config;
  switch (c.jit_mode) {
  case Config::JitMode::Off:
    interp->tier_call_threshold = UINT32_MAX;
    interp->tier_loop_threshold = UINT32_MAX;
    break;
  case Config::JitMode::Eager:
    // Every function at its first call; module and class bodies (which run
    // once) only when a loop in them gets hot, as in tiered mode.
    interp->tier_call_threshold = 1;
    interp->tier_loop_threshold = static_cast<uint32_t>(std::max(1, c.jit_loop_threshold));
    break;
  case Config::JitMode::On:
    interp->tier_call_threshold = static_cast<uint32_t>(std::max(1, c.jit_threshold));
    interp->tier_loop_threshold = static_cast<uint32_t>(std::max(1, c.jit_loop_threshold));
    break;
  }
  if (c.jit_explain) {
    // Every function gets a record at its first call (and every loop
    // back-edge asks); hot() still applies the real thresholds.
    st->explain = true;
    if (c.jit_mode != Config::JitMode::Off) {
      interp->tier_call_threshold = 1;
      interp->tier_loop_threshold = 1;
    }
  }
  if (c.jit_trace) {
    st->trace = c.jit_trace_file.empty() ? stderr : fopen(c.jit_trace_file.c_str(), "w");
    if (!st->trace)
      st->trace = stderr;
  }
}

void tier_trace(const char* line) {
  TieringState* st = tiering();
  if (st && st->trace) {
    fprintf(st->trace, "[jit] %s\n", line);
    fflush(st->trace);
  }
}

static std::string module_name_of(Object* globals) {
  if (globals && dict_check(globals)) {
    Object* n = dict_getitem_str(globals, "__name__");
    if (n && str_check(n))
      return std::string(str_view(n));
  }
  err_clear();
  return "?";
}

// A bare code object (no function, so no globals): named after its file.
static std::string module_name_of_file(CodeObject* code) {
  std::string f(str_view(code->filename));
  size_t slash = f.rfind('/');
  if (slash != std::string::npos)
    f = f.substr(slash + 1);
  if (f.size() > 3 && f.compare(f.size() - 3, 3, ".py") == 0)
    f.resize(f.size() - 3);
  return f;
}

JitRecord* tier_record(CodeObject* code, Object* globals) {
  // Native code reads the inline-cache records: number the sites before
  // any compilation (on the Python thread; the worker only reads them).
  if (!code->icache && quicken(code) < 0)
    err_clear();
  if (code->jit_state)
    return static_cast<JitRecord*>(code->jit_state);
  TieringState* st = tiering();
  auto rec = std::make_unique<JitRecord>();
  rec->code = code;
  rec->module = globals ? module_name_of(globals) : module_name_of_file(code);
  rec->qualname = std::string(str_view(code->qualname));
  JitRecord* r = rec.get();
  st->records.push_back(std::move(rec));
  code->jit_state = r;
  return r;
}

static std::string exe_dir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return ".";
  buf[n] = 0;
  std::string p(buf);
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? "." : p.substr(0, slash);
}

// dlopen + coil_jit_init; sets st->library or st->load_error. Runs on the
// loader thread or, for synchronous loads, on the interpreter's.
static void load_library(TieringState* st) {
  Interpreter* interp = Interpreter::main();
  std::string path = interp->config.jit_library;
  if (path.empty())
    path = exe_dir() + "/libcoil-jit.so";
  void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char* e = dlerror();
    st->load_error = fmt::format("cannot load the JIT library: {}", e ? e : path);
    tier_trace(st->load_error.c_str());
    return;
  }
  using InitFn = int (*)(Interpreter*, JitApi*);
  auto init = reinterpret_cast<InitFn>(dlsym(h, "coil_jit_init"));
  if (!init || init(interp, &st->api) != 0 || st->api.abi_version != JIT_ABI_VERSION) {
    st->load_error = "the JIT library failed to initialise";
    tier_trace(st->load_error.c_str());
    dlclose(h);
    return;
  }
  st->library = h;
}

// Joins the loader once it has finished (or, with wait, in any case).
// True when no load is in progress afterwards.
static bool join_loader(TieringState* st, bool wait) {
  if (!st->loader.joinable())
    return true;
  if (!wait && !st->loader_done.load(std::memory_order_acquire))
    return false;
  st->loader.join();
  return true;
}

bool tier_load_jit() {
  TieringState* st = tiering();
  join_loader(st, true);
  if (st->library)
    return true;
  if (st->load_attempted)
    return false;
  st->load_attempted = true;
  load_library(st);
  return st->library != nullptr;
}

void tier_poll() {
  TieringState* st = tiering();
  if (st->forked)
    return;
  if (!join_loader(st, false))
    return;
  if (!st->waiting.empty()) {
    std::vector<JitRecord*> recs;
    recs.swap(st->waiting);
    for (JitRecord* rec : recs) {
      if (!st->library || !rec->code) {
        rec->status = JitStatus::Skipped;
        rec->reason =
            rec->code ? st->load_error : std::string("the code object died before the JIT was loaded");
        continue;
      }
      st->api.request(rec, false);
    }
  }
  if (st->library)
    st->api.poll();
}

bool tier_drain(int max_ms) {
  TieringState* st = tiering();
  for (int waited = 0;; waited++) {
    tier_poll();
    bool pending = false;
    for (auto& r : st->records)
      if (r->status.load() == JitStatus::Queued) {
        pending = true;
        break;
      }
    if (!pending)
      return true;
    if (waited >= max_ms)
      return false;
    ThreadState* ts = gil_release();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    gil_reacquire(ts);
  }
}

// Decides whether a hot record goes to the JIT; returns false when skipped.
static bool admit(JitRecord* rec, bool sync) {
  Interpreter* interp = Interpreter::main();
  const std::string& only = interp->config.jit_only;
  if (!only.empty()) {
    std::string full = rec->module + ":" + rec->qualname;
    if (fnmatch(only.c_str(), full.c_str(), 0) != 0) {
      rec->status = JitStatus::Skipped;
      rec->reason = "not matched by --jit-only=" + only;
      tier_trace(fmt::format("skipped {}: {}", full, rec->reason).c_str());
      return false;
    }
  }
  TieringState* st = tiering();
  bool failed = st->load_attempted && !st->loader.joinable() && !st->library;
  if (failed || (sync && !tier_load_jit())) {
    rec->status = JitStatus::Skipped;
    rec->reason = st->load_error;
    return false;
  }
  return true;
}

static JitEntryFn send_to_jit(JitRecord* rec, bool sync) {
  if (!admit(rec, sync))
    return nullptr;
  TieringState* st = tiering();
  rec->status = JitStatus::Queued;
  if (st->library) {
    // Install what the worker finished meanwhile: a finished job keeps its
    // code object alive until installed, and nothing else polls when no
    // queued function is called again (a hot loop that ran once).
    st->api.poll();
    st->api.request(rec, sync);
    return reinterpret_cast<JitEntryFn>(rec->code->jit_entry);
  }
  // Load LLVM off the interpreter's thread; the record waits for it.
  st->waiting.push_back(rec);
  if (!st->load_attempted) {
    st->load_attempted = true;
    st->loader = std::thread([st] {
      load_library(st);
      st->loader_done.store(true, std::memory_order_release);
    });
  }
  return nullptr;
}

static JitEntryFn hot(ThreadState* ts, Frame* frame, bool loop) {
  CodeObject* code = frame->code;
  Interpreter* interp = ts->interp;
  if (interp->config.jit_mode == Config::JitMode::Off)
    return nullptr;
  JitRecord* rec = tier_record(code, frame->globals);
  switch (rec->status.load()) {
  case JitStatus::Interpreted: {
    // In explain mode every call lands here; apply the real thresholds.
    uint32_t call_thr = interp->config.jit_mode == Config::JitMode::Eager
                            ? 1
                            : static_cast<uint32_t>(std::max(1, interp->config.jit_threshold));
    uint32_t loop_thr = static_cast<uint32_t>(std::max(1, interp->config.jit_loop_threshold));
    if (code->call_count < call_thr && code->backedge_count < loop_thr)
      return nullptr;
    // A module or class body runs once: compiling it pays only for a hot loop.
    if (!(code->flags & CO_OPTIMIZED) && code->backedge_count < loop_thr)
      return nullptr;
    rec->hot_calls = static_cast<int>(code->call_count);
    rec->hot_backedges = static_cast<int>(code->backedge_count);
    rec->reason = loop ? fmt::format("hot loop ({} back-edges)", code->backedge_count)
                  : interp->config.jit_mode == Config::JitMode::Eager
                      ? std::string("eager (first call)")
                      : fmt::format("hot function ({} calls)", code->call_count);
    return send_to_jit(rec, interp->config.jit_sync);
  }
  case JitStatus::Queued:
    tier_poll();
    return reinterpret_cast<JitEntryFn>(code->jit_entry);
  case JitStatus::Compiled:
    return reinterpret_cast<JitEntryFn>(code->jit_entry);
  default:
    return nullptr;
  }
}

JitEntryFn tier_hot_call(ThreadState* ts, Frame* frame) {
  return hot(ts, frame, false);
}
JitEntryFn tier_hot_loop(ThreadState* ts, Frame* frame) {
  return hot(ts, frame, true);
}

int tier_compile_now(CodeObject* code, Object* globals) {
  JitRecord* rec = tier_record(code, globals);
  JitStatus s = rec->status.load();
  if (s == JitStatus::Compiled)
    return 1;
  if (s == JitStatus::Queued) {
    // Waiting for the library or the worker: finish it here.
    tier_load_jit();
    tier_poll();
    if (!code->jit_entry && rec->status == JitStatus::Queued && tiering()->library) {
      rec->status = JitStatus::Interpreted;
      send_to_jit(rec, true);
    }
    return code->jit_entry ? 1 : 0;
  }
  if (Interpreter::main()->config.jit_mode == Config::JitMode::Off) {
    rec->reason = "the JIT is off (--jit=off)";
    return 0;
  }
  rec->status = JitStatus::Interpreted;
  if (rec->reason.empty() || s != JitStatus::Interpreted)
    rec->reason = "coil.jit.compile()";
  send_to_jit(rec, true);
  return code->jit_entry ? 1 : 0;
}

// ------------------------------------------------------------ statistics

namespace {

struct Summary {
  int compiled = 0, failed = 0, skipped = 0, queued = 0;
  double compile_total = 0, compile_median = 0, compile_max = 0, lower_total = 0;
  uint64_t code_bytes = 0, entries = 0, osr = 0, deopts = 0, calls_native = 0, calls_interp = 0;
};

uint64_t calls_of(const JitRecord& r) {
  return r.code ? r.code->call_count : r.calls;
}

Summary summarise(const TieringState& st) {
  Summary s;
  std::vector<double> times;
  for (auto& r : st.records) {
    switch (r->status.load()) {
    case JitStatus::Compiled:
      s.compiled++;
      times.push_back(r->compile_ms + r->lower_ms);
      break;
    case JitStatus::Failed:
      s.failed++;
      break;
    case JitStatus::Skipped:
      s.skipped++;
      break;
    case JitStatus::Queued:
      s.queued++;
      break;
    default:
      break;
    }
    s.lower_total += r->lower_ms;
    s.code_bytes += r->code_bytes;
    s.entries += r->native_entries;
    s.osr += r->osr_entries;
    s.deopts += r->deopts;
    uint64_t native_calls = r->native_entries - r->osr_entries;
    uint64_t calls = calls_of(*r);
    s.calls_native += std::min(native_calls, calls);
    s.calls_interp += calls - std::min(native_calls, calls);
  }
  std::sort(times.begin(), times.end());
  for (double t : times)
    s.compile_total += t;
  if (!times.empty()) {
    s.compile_median = times.size() % 2 ? times[times.size() / 2]
                                        : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
    s.compile_max = times.back();
  }
  return s;
}

const char* status_name(JitStatus s) {
  switch (s) {
  case JitStatus::Interpreted:
    return "interpreted";
  case JitStatus::Queued:
    return "queued";
  case JitStatus::Compiled:
    return "compiled";
  case JitStatus::Failed:
    return "failed";
  case JitStatus::Skipped:
    return "skipped";
  }
  return "?";
}

std::string json_str(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      out += '\\', out += static_cast<char>(c);
    else if (c < 0x20)
      out += fmt::format("\\u{:04x}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

void write_stats(TieringState& st, const Config& c) {
  Summary s = summarise(st);
  if (!c.jit_stats_json.empty()) {
    FILE* f = fopen(c.jit_stats_json.c_str(), "w");
    if (!f)
      return;
    fmt::print(f, "{{\n  \"jit_loaded\": {},\n", st.library ? "true" : "false");
    fmt::print(f, "  \"mode\": {},\n",
               json_str(c.jit_mode == Config::JitMode::Off     ? "off"
                        : c.jit_mode == Config::JitMode::Eager ? "eager"
                                                               : "on"));
    fmt::print(f, "  \"threshold\": {},\n  \"loop_threshold\": {},\n  \"opt_level\": {},\n", c.jit_threshold,
               c.jit_loop_threshold, c.jit_opt);
    fmt::print(
        f,
        "  \"compiled\": {},\n  \"failed\": {},\n  \"skipped\": {},\n  \"pending\": {},\n"
        "  \"compile_ms_total\": {:.3f},\n  \"compile_ms_median\": {:.3f},\n  \"compile_ms_max\": {:.3f},\n"
        "  \"code_bytes\": {},\n  \"native_entries\": {},\n  \"osr_entries\": {},\n  \"deopts\": {},\n"
        "  \"calls_native\": {},\n  \"calls_interpreted\": {},\n  \"functions\": [",
        s.compiled, s.failed, s.skipped, s.queued, s.compile_total, s.compile_median, s.compile_max,
        s.code_bytes, s.entries, s.osr, s.deopts, s.calls_native, s.calls_interp);
    bool first = true;
    for (auto& r : st.records) {
      fmt::print(f,
                 "{}\n    {{\"name\": {}, \"status\": \"{}\", \"reason\": {}, \"calls\": {}, "
                 "\"native_entries\": {}, "
                 "\"osr_entries\": {}, \"deopts\": {}, \"lower_ms\": {:.3f}, \"compile_ms\": {:.3f}, "
                 "\"code_bytes\": {}, \"ir_instructions\": {}}}",
                 first ? "" : ",", json_str(r->module + ":" + r->qualname), status_name(r->status.load()),
                 json_str(r->reason), calls_of(*r), r->native_entries, r->osr_entries, r->deopts, r->lower_ms,
                 r->compile_ms, r->code_bytes, r->ir_instructions);
      first = false;
    }
    fmt::print(f, "\n  ]\n}}\n");
    fclose(f);
    return;
  }
  fmt::print(stderr, "JIT statistics\n");
  fmt::print(stderr, "  library loaded      {}\n", st.library ? "yes" : "no");
  fmt::print(stderr, "  compiled            {} (failed {}, skipped {}, pending {})\n", s.compiled, s.failed,
             s.skipped, s.queued);
  fmt::print(stderr, "  compile time        total {:.2f} ms, median {:.2f} ms, max {:.2f} ms\n",
             s.compile_total, s.compile_median, s.compile_max);
  fmt::print(stderr, "  code size           {} bytes\n", s.code_bytes);
  fmt::print(stderr, "  native entries      {} ({} by on-stack replacement), {} deopts\n", s.entries, s.osr,
             s.deopts);
  fmt::print(stderr, "  calls               {} native, {} interpreted (hot functions only)\n", s.calls_native,
             s.calls_interp);
}

void write_explain(TieringState& st) {
  fmt::print(stdout, "{:<40} {:>9} {:>9} {:>9}  {}\n", "function", "calls", "loops", "tier", "why");
  for (auto& r : st.records) {
    std::string name = r->module + ":" + r->qualname;
    JitStatus s = r->status.load();
    std::string why = r->reason;
    if (s == JitStatus::Interpreted)
      why = "not hot enough";
    uint64_t loops = r->code ? r->code->backedge_count : 0;
    fmt::print(stdout, "{:<40} {:>9} {:>9} {:>9}  {}\n", name, calls_of(*r), loops,
               s == JitStatus::Compiled ? "native" : "interp", why);
    if (s == JitStatus::Compiled && (r->native_entries || r->deopts))
      fmt::print(stdout, "{:<40} native entries {} ({} loop), deopts {}, {:.2f} ms, {} bytes\n", "",
                 r->native_entries, r->osr_entries, r->deopts, r->lower_ms + r->compile_ms, r->code_bytes);
  }
  fflush(stdout);
}

} // namespace

void tier_fork_prepare() {
  TieringState* st = tiering();
  if (st && !st->forked)
    join_loader(st, true);
}

void tier_fork_child() {
  Interpreter* interp = Interpreter::main();
  TieringState* st = tiering(interp);
  if (!st)
    return;
  st->forked = true;
  interp->tier_call_threshold = UINT32_MAX;
  interp->tier_loop_threshold = UINT32_MAX;
  interp->config.jit_mode = Config::JitMode::Off;
  for (JitRecord* rec : st->waiting) {
    rec->status = JitStatus::Skipped;
    rec->reason = "the process forked before its compilation";
  }
  st->waiting.clear();
}

void tier_finalize() {
  TieringState* st = tiering();
  if (!st)
    return;
  if (st->forked) {
    // The JIT's threads do not exist in this process: nothing to wait for.
    if (st->trace && st->trace != stderr)
      fclose(st->trace);
    st->trace = nullptr;
    return;
  }
  join_loader(st, true);
  for (JitRecord* rec : st->waiting) {
    rec->status = JitStatus::Skipped;
    rec->reason = "the program ended before its compilation";
  }
  st->waiting.clear();
  if (st->library && st->api.finalize)
    st->api.finalize();
  const Config& c = Interpreter::main()->config;
  if (st->explain)
    write_explain(*st);
  if (c.jit_stats)
    write_stats(*st, c);
  if (st->trace && st->trace != stderr)
    fclose(st->trace);
  st->trace = nullptr;
}

Object* tier_stats_dict() {
  TieringState* st = tiering();
  Summary s = summarise(*st);
  Object* d = dict_new();
  if (!d)
    return nullptr;
  auto put = [&](const char* k, Object* v) {
    if (!v)
      return false;
    int r = dict_setitem_str(d, k, v);
    decref(v);
    return r == 0;
  };
  if (!put("enabled", newref(Interpreter::main()->config.jit_mode != Config::JitMode::Off ? True : False)) ||
      !put("loaded", newref(st->library ? True : False)) || !put("compiled", int_from_i64(s.compiled)) ||
      !put("failed", int_from_i64(s.failed)) || !put("skipped", int_from_i64(s.skipped)) ||
      !put("pending", int_from_i64(s.queued)) ||
      !put("compile_ms_total", float_from_double(s.compile_total)) ||
      !put("compile_ms_median", float_from_double(s.compile_median)) ||
      !put("compile_ms_max", float_from_double(s.compile_max)) ||
      !put("code_bytes", int_from_i64(static_cast<int64_t>(s.code_bytes))) ||
      !put("native_entries", int_from_i64(static_cast<int64_t>(s.entries))) ||
      !put("osr_entries", int_from_i64(static_cast<int64_t>(s.osr))) ||
      !put("deopts", int_from_i64(static_cast<int64_t>(s.deopts)))) {
    decref(d);
    return nullptr;
  }
  return d;
}

} // namespace coil::interp
