// The GIL and the thread-state registry (see gil.h, docs/THREADS.md).
//
// Invariants
// - GilState is allocated once and never freed: a daemon thread may still
//   be blocked on its mutex/condition variables while the process exits.
// - `locked`, `holder`, `switch_number` and `waiters` change only under
//   `mu`. `enabled` becomes true once (before a second thread exists) and
//   stays so; it is read without the mutex on every release/reacquire.
// - The thread-state list (Interpreter::threads) changes only under
//   `list_mu`; its head is the main thread's state, which is never deleted
//   (after fork() in a child, the forking thread's state becomes the head).
#include "runtime/gil.h"

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "runtime/errors.h"

namespace coil {

namespace {

struct GilState {
  std::mutex mu;
  std::condition_variable cv;        // signalled when the GIL is released
  std::condition_variable switch_cv; // signalled when a thread takes the GIL
  bool locked = false;
  ThreadState* holder = nullptr;
  uint64_t switch_number = 0; // incremented at every take
  int waiters = 0;            // threads blocked in gil_take
  std::atomic<bool> enabled{false};
  std::atomic<bool> finalizing{false};
  std::atomic<int64_t> interval_us{5000}; // sys.setswitchinterval, in microseconds
  std::mutex list_mu;
  int nthreads = 1;
};

// Replaced in a forked child, whose copy may be locked by threads that do
// not exist there; the old one is kept in `abandoned`.
GilState* g_state = nullptr;

// What a forked child cannot free (the old GIL, whose mutexes another
// thread may hold, and the other threads' states): kept reachable for the
// life of the process, so LeakSanitizer does not report it.
std::vector<void*>* abandoned = nullptr;
void abandon(void* p) {
  if (!abandoned)
    abandoned = new std::vector<void*>();
  abandoned->push_back(p);
}

GilState& gil() {
  if (!g_state)
    g_state = new GilState();
  return *g_state;
}

[[noreturn]] void block_forever() {
  for (;;)
    pause();
}

} // namespace

bool gil_enabled() noexcept {
  return gil().enabled.load(std::memory_order_acquire);
}

void gil_enable(ThreadState* ts) {
  GilState& g = gil();
  if (g.enabled.load())
    return;
  std::lock_guard<std::mutex> lk(g.mu);
  g.locked = true;
  g.holder = ts;
  g.switch_number++;
  g.enabled.store(true, std::memory_order_release);
}

void gil_take(ThreadState* ts) {
  GilState& g = gil();
  if (!g.enabled.load(std::memory_order_acquire)) {
    ThreadState::set_current(ts);
    return;
  }
  std::unique_lock<std::mutex> lk(g.mu);
  while (g.locked) {
    g.waiters++;
    uint64_t seen = g.switch_number;
    int64_t us = g.interval_us.load(std::memory_order_relaxed);
    auto interval = std::chrono::microseconds(us < 1 ? 1 : us);
    bool timed_out = g.cv.wait_for(lk, interval) == std::cv_status::timeout;
    g.waiters--;
    // Waited a whole interval and nobody else got the GIL meanwhile: ask
    // the holder to let go at its next eval-breaker check.
    if (timed_out && g.locked && g.switch_number == seen && ts->interp)
      ts->interp->eval_breaker.fetch_or(EVAL_BREAKER_GIL_DROP);
  }
  g.locked = true;
  g.holder = ts;
  g.switch_number++;
  // A drop request meant for the previous holder is satisfied now; clear it
  // unless other threads still wait (they re-arm it after an interval).
  if (ts->interp && g.waiters == 0)
    ts->interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_GIL_DROP));
  g.switch_cv.notify_all();
  if (g.finalizing.load() && ts != main_thread_state()) {
    // Shutdown is under way: a daemon thread never runs Python code again.
    g.locked = false;
    g.holder = nullptr;
    g.cv.notify_one();
    lk.unlock();
    block_forever();
  }
  lk.unlock();
  ThreadState::set_current(ts);
}

static void drop_locked(GilState& g, ThreadState* ts, std::unique_lock<std::mutex>& lk, bool forced) {
  g.locked = false;
  g.holder = nullptr;
  g.cv.notify_one();
  if (forced && g.waiters > 0) {
    // Forced switch: do not race the waiter for the GIL we just released.
    uint64_t n = g.switch_number;
    g.switch_cv.wait(lk, [&] { return g.switch_number != n || g.waiters == 0; });
  }
  (void)ts;
}

void gil_drop(ThreadState* ts) {
  GilState& g = gil();
  if (!g.enabled.load(std::memory_order_acquire))
    return;
  std::unique_lock<std::mutex> lk(g.mu);
  drop_locked(g, ts, lk, false);
}

void gil_yield(ThreadState* ts) {
  GilState& g = gil();
  if (!g.enabled.load(std::memory_order_acquire)) {
    ts->interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_GIL_DROP));
    return;
  }
  {
    std::unique_lock<std::mutex> lk(g.mu);
    ts->interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_GIL_DROP));
    drop_locked(g, ts, lk, true);
  }
  gil_take(ts);
}

ThreadState* gil_release() noexcept {
  ThreadState* ts = ThreadState::current();
  if (gil_enabled())
    gil_drop(ts);
  return ts;
}

void gil_reacquire(ThreadState* ts) noexcept {
  if (gil_enabled())
    gil_take(ts);
}

double gil_switch_interval() noexcept {
  return 1e-6 * static_cast<double>(gil().interval_us.load()); // as CPython
}

int gil_set_switch_interval(double seconds) {
  if (!(seconds > 0.0)) {
    err_set_string(ValueError, "switch interval must be strictly positive");
    return -1;
  }
  double us = seconds * 1e6;
  // CPython keeps whole microseconds (maybe 0: waits are then 1 us).
  int64_t v = us >= 9.2e18 ? INT64_MAX : static_cast<int64_t>(us);
  gil().interval_us.store(v);
  return 0;
}

void gil_finalize() noexcept {
  gil().finalizing.store(true);
}

bool gil_finalizing() noexcept {
  return gil().finalizing.load();
}

ThreadState* thread_state_new(Interpreter* interp) {
  auto* ts = new ThreadState();
  ts->interp = interp;
  GilState& g = gil();
  std::lock_guard<std::mutex> lk(g.list_mu);
  // After the head: the head stays the main thread's state.
  ThreadState* head = interp->threads;
  ts->next = head->next;
  head->next = ts;
  g.nthreads++;
  return ts;
}

void thread_state_delete(ThreadState* ts) {
  GilState& g = gil();
  {
    std::lock_guard<std::mutex> lk(g.list_mu);
    for (ThreadState** p = &ts->interp->threads; *p; p = &(*p)->next) {
      if (*p == ts) {
        *p = ts->next;
        g.nthreads--;
        break;
      }
    }
  }
  xdecref(ts->current_exception);
  ts->current_exception = nullptr;
  Object* handled = ts->base_exc_info.exc_value;
  ts->base_exc_info.exc_value = nullptr;
  xdecref(handled);
  if (ThreadState::current() == ts)
    ThreadState::set_current(nullptr);
  delete ts;
}

void gil_after_fork_child(ThreadState* ts) {
  GilState* old = g_state;
  auto* g = new GilState();
  if (old) {
    g->interval_us.store(old->interval_us.load());
    if (old->enabled.load()) {
      g->locked = true;
      g->holder = ts;
      g->switch_number = 1;
      g->enabled.store(true);
    }
  }
  g_state = g;
  if (old)
    abandon(old);
  // The forking thread is the only one left: it heads the list (it is the
  // main thread from now on); the other states are unlinked and abandoned.
  if (ts && ts->interp) {
    for (ThreadState* t = ts->interp->threads; t; t = t->next)
      if (t != ts)
        abandon(t);
    ts->interp->threads = ts;
    ts->next = nullptr;
    ts->interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_GIL_DROP));
  }
}

ThreadState* main_thread_state() noexcept {
  Interpreter* interp = Interpreter::main();
  return interp ? interp->threads : nullptr;
}

int thread_state_count() noexcept {
  GilState& g = gil();
  std::lock_guard<std::mutex> lk(g.list_mu);
  return g.nthreads;
}

uint64_t current_thread_ident() noexcept {
  return static_cast<uint64_t>(pthread_self());
}

} // namespace coil
