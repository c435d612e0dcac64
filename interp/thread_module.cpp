// The `_thread` module: OS threads running Python callables, locks, and
// the hooks lib/threading.py builds on (docs/THREADS.md).
//
// Invariants
// - A new thread gets its ThreadState from the creating thread (so
//   _count() and the thread list are right at once), blocks asynchronous
//   signals (they go to the main thread, which alone handles them), takes
//   the GIL, calls the function, then frees its frames' data stack and its
//   state with the GIL held, releases its sentinel locks and drops the GIL.
// - Locks are POSIX semaphores (value 1 = unlocked). Their state changes
//   with the GIL held, except the wait itself, which runs without the GIL;
//   a wait interrupted by a signal in the main thread runs the eval
//   breaker (KeyboardInterrupt) and otherwise resumes until its deadline.
// - RLock owner/count change only with the GIL held, by the owner.
#include <pthread.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <ctime>
#include <vector>

#include <fmt/format.h>

#include "interp/interp.h"
#include "interp/slowpaths.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/stack_guard.h"
#include "runtime/traceback.h"

namespace coil {

extern TypeObject ThreadLockType;  // _thread.lock
extern TypeObject ThreadRLockType; // _thread.RLock

namespace {

constexpr int64_t NS_PER_SEC = 1000000000;
// _thread.TIMEOUT_MAX: the largest timeout in seconds (CPython's value
// with 64-bit nanosecond time).
constexpr double TIMEOUT_MAX_SECONDS = 9223372036.0;

std::atomic<int> running_threads{0}; // _thread._count()
size_t thread_stack_size = 0;        // _thread.stack_size(); 0 = the system default

// ------------------------------------------------------------ waiting

enum class Acquired { Yes, No, Error };

int64_t monotonic_ns() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * NS_PER_SEC + t.tv_nsec;
}

// Waits for `sem` with the GIL released; timeout_ns < 0 waits forever.
Acquired sem_acquire(sem_t* sem, int64_t timeout_ns) {
  if (sem_trywait(sem) == 0)
    return Acquired::Yes;
  if (timeout_ns == 0)
    return Acquired::No;
  int64_t now = monotonic_ns();
  int64_t end = timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
  struct timespec deadline;
  deadline.tv_sec = static_cast<time_t>(end / NS_PER_SEC);
  deadline.tv_nsec = static_cast<long>(end % NS_PER_SEC);
  for (;;) {
    ThreadState* ts = gil_release();
    int rc = timeout_ns < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
    int e = errno;
    gil_reacquire(ts);
    if (rc == 0)
      return Acquired::Yes;
    if (e == ETIMEDOUT)
      return Acquired::No;
    if (e != EINTR) {
      errno = e;
      err_from_errno(OSError);
      return Acquired::Error;
    }
    // A signal: Ctrl-C in the main thread raises KeyboardInterrupt here,
    // as in CPython; anything else resumes the wait.
    if (ts->interp->eval_breaker.load() && interp::handle_eval_breaker(ts) < 0)
      return Acquired::Error;
  }
}

// acquire(blocking=True, timeout=-1)'s arguments -> timeout in ns (-1 forever).
bool parse_acquire_args(Object* const* args, ssize nargs, Object* kwnames, int64_t* timeout_ns) {
  static const char* const names[] = {"blocking", "timeout"};
  static const ArgSpec spec = {"acquire", names, 2, 2, 0};
  if (nargs > 2 && !kwnames)
    return err_format(TypeError, "acquire() takes at most 2 arguments ({} given)", nargs), false;
  Object* out[2] = {nullptr, nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out))
    return false;
  bool blocking = true;
  if (out[0]) {
    Object* i = number_index(out[0]);
    if (!i)
      return false;
    int t = object_is_true(i);
    decref(i);
    if (t < 0)
      return false;
    blocking = t != 0;
  }
  int64_t ns = -1;
  if (out[1]) {
    Object* o = out[1];
    if (float_check(o)) {
      double d = float_as_double(o);
      if (std::isnan(d))
        return err_set_string(ValueError, "Invalid value NaN (not a number)"), false;
      double v = std::ceil(d * 1e9); // rounded up, as CPython's _PyTime_ROUND_TIMEOUT
      if (!(v >= -9.2233720368547758e18 && v < 9.2233720368547758e18))
        return err_set_string(OverflowError, "timestamp out of range for platform time_t"), false;
      ns = static_cast<int64_t>(v);
    } else {
      Object* i = number_index(o);
      if (!i)
        return false;
      bool overflow = false;
      int64_t secs = int_as_i64(i, &overflow);
      decref(i);
      if (overflow || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC)
        return err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t"), false;
      ns = secs * NS_PER_SEC;
    }
    if (!blocking && ns != -NS_PER_SEC)
      return err_set_string(ValueError, "can't specify a timeout for a non-blocking call"), false;
    if (ns < 0 && ns != -NS_PER_SEC)
      return err_set_string(ValueError, "timeout value must be positive"), false;
    if (ns == -NS_PER_SEC)
      ns = -1;
  }
  *timeout_ns = blocking ? ns : 0;
  return true;
}

// ------------------------------------------------------------ _thread.lock

struct LockObject : Object {
  sem_t sem;
};

sem_t* lock_sem(Object* o) {
  return &static_cast<LockObject*>(o)->sem;
}

bool lock_is_locked(Object* o) {
  int v = 0;
  sem_getvalue(lock_sem(o), &v);
  return v <= 0;
}

Object* lock_new_object() {
  auto* l = static_cast<LockObject*>(object_alloc(&ThreadLockType, sizeof(LockObject)));
  if (!l)
    return nullptr;
  sem_init(&l->sem, 0, 1);
  return l;
}

void lock_dealloc(Object* o) {
  sem_destroy(lock_sem(o));
  object_free(o);
}

Object* lock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout))
    return nullptr;
  Acquired r = sem_acquire(lock_sem(self), timeout);
  if (r == Acquired::Error)
    return nullptr;
  return newref(r == Acquired::Yes ? True : False);
}

Object* lock_release(Object* self, Object*) {
  if (!lock_is_locked(self))
    return err_set_string(RuntimeError, "release unlocked lock");
  sem_post(lock_sem(self));
  return newref(None);
}

Object* lock_exit(Object* self, Object* const*, ssize) {
  return lock_release(self, nullptr);
}

Object* lock_locked(Object* self, Object*) {
  return newref(lock_is_locked(self) ? True : False);
}

// In a forked child: the lock may have been held by a thread that does not
// exist there; it becomes a new, unlocked lock (the old semaphore is
// abandoned, not destroyed, as another thread may have been waiting on it).
Object* lock_at_fork_reinit(Object* self, Object*) {
  sem_init(lock_sem(self), 0, 1);
  return newref(None);
}

Object* lock_repr(Object* self) {
  return str_from_utf8(fmt::format("<{} {} object at {}>", lock_is_locked(self) ? "locked" : "unlocked",
                                   self->type->name, static_cast<const void*>(self)));
}

Object* lock_new(TypeObject*, Object*, Object*) {
  return err_set_string(TypeError, "cannot create '_thread.lock' instances");
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef lock_methods[] = {
    {"acquire_lock", FN(lock_acquire), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)"},
    {"acquire", FN(lock_acquire), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True, timeout=-1) -> bool\n\nLock the lock."},
    {"release_lock", lock_release, METH_NOARGS, "release()\n(release_lock() is an obsolete synonym)"},
    {"release", lock_release, METH_NOARGS, "release()\n\nRelease the lock."},
    {"locked_lock", lock_locked, METH_NOARGS, "locked() -> bool\n(locked_lock() is an obsolete synonym)"},
    {"locked", lock_locked, METH_NOARGS, "locked() -> bool\n\nTest whether the lock is currently locked."},
    {"__enter__", FN(lock_acquire), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True, timeout=-1) -> bool\n\nLock the lock."},
    {"__exit__", FN(lock_exit), METH_FASTCALL, "release()\n\nRelease the lock."},
    {"_at_fork_reinit", lock_at_fork_reinit, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ------------------------------------------------------------ _thread.RLock

struct RLockObject : Object {
  sem_t sem;
  uint64_t owner; // get_ident() of the owner, 0 when unowned
  uint64_t count;
};

RLockObject* rlock(Object* o) {
  return static_cast<RLockObject*>(o);
}

Object* rlock_new(TypeObject* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  RLockObject* r = rlock(o);
  sem_init(&r->sem, 0, 1);
  r->owner = 0;
  r->count = 0;
  return o;
}

void rlock_dealloc(Object* o) {
  sem_destroy(&rlock(o)->sem);
  if (o->type->free_)
    o->type->free_(o);
  else
    object_free(o);
}

Object* rlock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout))
    return nullptr;
  RLockObject* r = rlock(self);
  uint64_t me = current_thread_ident();
  if (r->count > 0 && r->owner == me) {
    if (r->count == UINT64_MAX)
      return err_set_string(OverflowError, "Internal lock count overflowed");
    r->count++;
    return newref(True);
  }
  Acquired a = sem_acquire(&r->sem, timeout);
  if (a == Acquired::Error)
    return nullptr;
  if (a == Acquired::No)
    return newref(False);
  r->owner = me;
  r->count = 1;
  return newref(True);
}

Object* rlock_release(Object* self, Object*) {
  RLockObject* r = rlock(self);
  if (r->count == 0 || r->owner != current_thread_ident())
    return err_set_string(RuntimeError, "cannot release un-acquired lock");
  if (--r->count == 0) {
    r->owner = 0;
    sem_post(&r->sem);
  }
  return newref(None);
}

Object* rlock_exit(Object* self, Object* const*, ssize) {
  return rlock_release(self, nullptr);
}

// For Condition.wait(): releases the lock whatever its recursion level and
// returns (count, owner); _acquire_restore puts that state back.
Object* rlock_release_save(Object* self, Object*) {
  RLockObject* r = rlock(self);
  if (r->count == 0)
    return err_set_string(RuntimeError, "cannot release un-acquired lock");
  Object* count = int_from_u64(r->count);
  Object* owner = int_from_u64(r->owner);
  if (!count || !owner) {
    xdecref(count);
    xdecref(owner);
    return nullptr;
  }
  r->count = 0;
  r->owner = 0;
  sem_post(&r->sem);
  Object* t = tuple_new(2);
  if (!t) {
    decref(count);
    decref(owner);
    return nullptr;
  }
  tuple_items(t)[0] = count;
  tuple_items(t)[1] = owner;
  return t;
}

Object* rlock_acquire_restore(Object* self, Object* state) {
  if (!tuple_check(state))
    return err_format(TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not {}",
                      arg_type_name(state));
  if (tuple_size(state) != 2)
    return err_format(TypeError, "_acquire_restore() argument 1 must be sequence of length 2, not {}",
                      tuple_size(state));
  bool o1 = false, o2 = false;
  Object* ci = number_index(tuple_get(state, 0));
  if (!ci)
    return nullptr;
  int64_t count = int_as_i64(ci, &o1);
  decref(ci);
  Object* oi = number_index(tuple_get(state, 1));
  if (!oi)
    return nullptr;
  int64_t owner = int_as_i64(oi, &o2);
  if (o2) {
    // Idents are unsigned 64-bit values.
    err_clear();
    o2 = false;
  }
  decref(oi);
  if (o1)
    return err_set_string(OverflowError, "Python int too large to convert to C unsigned long");
  RLockObject* r = rlock(self);
  if (sem_acquire(&r->sem, -1) == Acquired::Error)
    return nullptr;
  r->owner = current_thread_ident();
  (void)owner;
  r->count = static_cast<uint64_t>(count);
  return newref(None);
}

Object* rlock_is_owned(Object* self, Object*) {
  RLockObject* r = rlock(self);
  return newref(r->count > 0 && r->owner == current_thread_ident() ? True : False);
}

Object* rlock_recursion_count(Object* self, Object*) {
  RLockObject* r = rlock(self);
  return int_from_u64(r->owner == current_thread_ident() ? r->count : 0);
}

// As lock_at_fork_reinit: unowned and unlocked in the child.
Object* rlock_at_fork_reinit(Object* self, Object*) {
  RLockObject* r = rlock(self);
  sem_init(&r->sem, 0, 1);
  r->owner = 0;
  r->count = 0;
  return newref(None);
}

Object* rlock_repr(Object* self) {
  RLockObject* r = rlock(self);
  return str_from_utf8(fmt::format("<{} {}.{} object owner={} count={} at {}>",
                                   r->count ? "locked" : "unlocked",
                                   self->type == &ThreadRLockType ? "_thread" : "__main__",
                                   self->type == &ThreadRLockType ? "RLock" : self->type->name, r->owner,
                                   r->count, static_cast<const void*>(self)));
}

MethodDef rlock_methods[] = {
    {"acquire", FN(rlock_acquire), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True) -> bool\n\nLock the lock."},
    {"release", rlock_release, METH_NOARGS, "release()\n\nRelease the lock."},
    {"_is_owned", rlock_is_owned, METH_NOARGS,
     "_is_owned() -> bool\n\nFor internal use by `threading.Condition`."},
    {"_at_fork_reinit", rlock_at_fork_reinit, METH_NOARGS, nullptr},
    {"_recursion_count", rlock_recursion_count, METH_NOARGS,
     "_recursion_count() -> int\n\nFor internal use by reentrancy checks."},
    {"_release_save", rlock_release_save, METH_NOARGS,
     "_release_save() -> tuple\n\nFor internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, METH_O,
     "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`."},
    {"__enter__", FN(rlock_acquire), METH_FASTCALL | METH_KEYWORDS,
     "acquire(blocking=True) -> bool\n\nLock the lock."},
    {"__exit__", FN(rlock_exit), METH_FASTCALL, "release()\n\nRelease the lock."},
    {nullptr, nullptr, 0, nullptr},
};

// ------------------------------------------------------------ threads

// Locks _set_sentinel() handed out in this thread: released when the
// thread's state goes away (threading.Thread.join waits on one).
thread_local std::vector<Object*>* thread_sentinels = nullptr;

struct Bootstrap {
  ThreadState* ts;
  Object* func;
  Object* args;
  Object* kwargs; // or nullptr
};

void block_async_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGALRM, SIGUSR1, SIGUSR2, SIGCHLD, SIGWINCH, SIGPIPE})
    sigaddset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void* thread_main(void* arg) {
  auto* boot = static_cast<Bootstrap*>(arg);
  ThreadState* ts = boot->ts;
  block_async_signals();
  ts->thread_id = current_thread_ident();
  stack_guard_init(ts); // this thread's own stack bounds (runtime/stack_guard.h)
  gil_take(ts);
  Object* r = object_call(boot->func, boot->args, boot->kwargs);
  if (r) {
    decref(r);
  } else if (err_matches(SystemExit)) {
    err_clear(); // _thread.exit() / sys.exit() end the thread quietly
  } else {
    err_write_unraisable_msg("in thread started by", boot->func);
  }
  decref(boot->func);
  decref(boot->args);
  xdecref(boot->kwargs);
  delete boot;
  if (std::vector<Object*>* sentinels = thread_sentinels) {
    thread_sentinels = nullptr;
    for (Object* lock : *sentinels) {
      if (lock_is_locked(lock))
        sem_post(lock_sem(lock));
      decref(lock);
    }
    delete sentinels;
  }
  err_clear();
  interp::free_datastack(ts);
  running_threads.fetch_sub(1);
  thread_state_delete(ts);
  gil_drop(nullptr);
  return nullptr;
}

Object* thread_start_new_thread(Object*, Object* const* args, ssize nargs) {
  if (nargs < 2)
    return err_format(TypeError, "start_new_thread expected at least 2 arguments, got {}", nargs);
  if (nargs > 3)
    return err_format(TypeError, "start_new_thread expected at most 3 arguments, got {}", nargs);
  Object* func = args[0];
  Object* fargs = args[1];
  Object* fkwargs = nargs > 2 ? args[2] : nullptr;
  if (!object_callable(func))
    return err_set_string(TypeError, "first arg must be callable");
  if (!tuple_check(fargs))
    return err_set_string(TypeError, "2nd arg must be a tuple");
  if (fkwargs && !dict_check(fkwargs))
    return err_set_string(TypeError, "optional 3rd arg must be a dictionary");
  ThreadState* self = ThreadState::current();
  gil_enable(self);
  auto* boot = new Bootstrap{thread_state_new(self->interp), newref(func), newref(fargs), xnewref(fkwargs)};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (thread_stack_size)
    pthread_attr_setstacksize(&attr, thread_stack_size);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t tid;
  running_threads.fetch_add(1);
  int rc = pthread_create(&tid, &attr, thread_main, boot);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    running_threads.fetch_sub(1);
    thread_state_delete(boot->ts);
    decref(boot->func);
    decref(boot->args);
    xdecref(boot->kwargs);
    delete boot;
    return err_set_string(RuntimeError, "can't start new thread");
  }
  return int_from_u64(static_cast<uint64_t>(tid));
}

Object* thread_allocate_lock(Object*, Object*) {
  return lock_new_object();
}

Object* thread_get_ident(Object*, Object*) {
  return int_from_u64(current_thread_ident());
}

Object* thread_get_native_id(Object*, Object*) {
  return int_from_i64(static_cast<int64_t>(syscall(SYS_gettid)));
}

Object* thread_count(Object*, Object*) {
  return int_from_i64(running_threads.load());
}

Object* thread_exit(Object*, Object*) {
  return err_set_none(SystemExit);
}

Object* thread_stack_size_fn(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "stack_size expected at most 1 argument, got {}", nargs);
  // As CPython, stack_size() without an argument sets the size to 0; a
  // refused argument leaves it unchanged.
  int64_t v = 0;
  if (nargs == 1) {
    Object* i = number_index(args[0]);
    if (!i)
      return nullptr;
    bool overflow = false;
    v = int_as_i64(i, &overflow);
    decref(i);
    if (overflow)
      return err_set_string(OverflowError, "Python int too large to convert to C long");
    if (v < 0)
      return err_set_string(ValueError, "size must be 0 or a positive value");
    if (v != 0 && v < 32768)
      return err_format(ValueError, "size not valid: {} bytes", v);
  }
  size_t old = thread_stack_size;
  thread_stack_size = static_cast<size_t>(v);
  return int_from_u64(old);
}

Object* thread_interrupt_main(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"signum"};
  static const ArgSpec spec = {"interrupt_main", names, 1, 1, 0};
  Object* out[1] = {nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out))
    return nullptr;
  int64_t signum = SIGINT;
  if (out[0]) {
    Object* i = number_index(out[0]);
    if (!i)
      return nullptr;
    bool overflow = false;
    signum = int_as_i64(i, &overflow);
    decref(i);
    if (overflow)
      return err_set_string(OverflowError, "Python int too large to convert to C int");
  }
  if (signum < 1 || signum >= NSIG)
    return err_set_string(ValueError, "signal number out of range");
  // As PyErr_SetInterruptEx: a no-op when the handler is SIG_IGN or SIG_DFL.
  signal_simulate(static_cast<int>(signum));
  return newref(None);
}

Object* thread_set_sentinel(Object*, Object*) {
  Object* lock = lock_new_object();
  if (!lock)
    return nullptr;
  // The caller (threading's _set_tstate_lock) acquires it; the runtime
  // releases it when this thread's state goes away.
  if (!thread_sentinels)
    thread_sentinels = new std::vector<Object*>();
  thread_sentinels->push_back(newref(lock));
  return lock;
}

// _thread._excepthook(args): threading.excepthook's default, writing
// "Exception in thread NAME:" and the traceback to sys.stderr (or to the
// thread's saved _stderr when sys.stderr is None).
Object* thread_excepthook(Object*, Object* hook_args) {
  auto attr = [&](const char* name) { return object_getattr_str(hook_args, name); };
  Object* exc_type = attr("exc_type");
  if (!exc_type)
    return nullptr;
  bool is_exit = exc_type == static_cast<Object*>(SystemExit);
  decref(exc_type);
  if (is_exit)
    return newref(None); // a thread ending with SystemExit is silent
  Object* exc_value = attr("exc_value");
  Object* exc_tb = exc_value ? attr("exc_traceback") : nullptr;
  Object* thread = exc_tb ? attr("thread") : nullptr;
  if (!thread) {
    xdecref(exc_value);
    xdecref(exc_tb);
    return nullptr;
  }
  Object* file = dict_getitem_str(Interpreter::main()->sysdict, "stderr");
  xincref(file);
  if ((!file || file == None) && thread != None) {
    xdecref(file);
    file = object_getattr_str(thread, "_stderr");
    if (!file)
      err_clear();
  }
  Object* result = nullptr;
  if (!file || file == None) {
    result = newref(None);
  } else {
    std::string name;
    Object* n = thread != None ? object_getattr_str(thread, "name") : nullptr;
    if (n && str_check(n)) {
      name = str_as_utf8(n);
    } else {
      err_clear();
      name = fmt::format("{}", current_thread_ident());
    }
    xdecref(n);
    Object* text = str_from_utf8(fmt::format("Exception in thread {}:\n", name));
    Object* w = text ? object_call_method(file, "write", &text, 1) : nullptr;
    xdecref(text);
    if (w) {
      decref(w);
      Object* f = object_call_method(file, "flush", nullptr, 0);
      if (f)
        decref(f);
      else
        err_clear();
      err_display(exc_value, exc_tb, file);
      f = object_call_method(file, "flush", nullptr, 0);
      if (f)
        decref(f);
      else
        err_clear();
      result = newref(None);
    }
  }
  xdecref(file);
  decref(exc_value);
  decref(exc_tb);
  decref(thread);
  return result;
}

MethodDef thread_functions[] = {
    {"start_new_thread", FN(thread_start_new_thread), METH_FASTCALL,
     "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread "
     "and return its identifier."},
    {"start_new", FN(thread_start_new_thread), METH_FASTCALL,
     "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)"},
    {"allocate_lock", thread_allocate_lock, METH_NOARGS,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object."},
    {"allocate", thread_allocate_lock, METH_NOARGS, "allocate_lock() -> lock object"},
    {"get_ident", thread_get_ident, METH_NOARGS,
     "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", thread_get_native_id, METH_NOARGS,
     "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported\nby the "
     "OS (kernel)."},
    {"_count", thread_count, METH_NOARGS,
     "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\nthe main "
     "thread."},
    {"exit", thread_exit, METH_NOARGS, "exit()\n(exit_thread() is an obsolete synonym)\n\nExit the thread."},
    {"exit_thread", thread_exit, METH_NOARGS, "exit()\n(exit_thread() is an obsolete synonym)"},
    {"stack_size", FN(thread_stack_size_fn), METH_FASTCALL,
     "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads."},
    {"interrupt_main", FN(thread_interrupt_main), METH_FASTCALL | METH_KEYWORDS,
     "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given signal in the main "
     "thread."},
    {"_set_sentinel", thread_set_sentinel, METH_NOARGS,
     "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current thread\nstate "
     "is finalized."},
    {"_excepthook", thread_excepthook, METH_O, "excepthook(exc_type, exc_value, exc_traceback, thread)"},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* thread_module_init() {
  Object* m = module_new_str("_thread");
  if (!m)
    return nullptr;
  Object* tmax = float_from_double(TIMEOUT_MAX_SECONDS);
  bool ok = tmax && module_add_functions(m, thread_functions) >= 0 &&
            module_add_object(m, "LockType", &ThreadLockType) >= 0 &&
            module_add_object(m, "RLock", &ThreadRLockType) >= 0 &&
            module_add_object(m, "error", RuntimeError) >= 0 &&
            module_add_object(m, "TIMEOUT_MAX", tmax) >= 0;
  xdecref(tmax);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

TypeObject ThreadLockType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_thread.lock";
  t.basicsize = sizeof(LockObject);
  t.dealloc = lock_dealloc;
  t.repr = lock_repr;
  t.doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().";
  t.methods = lock_methods;
  t.new_ = lock_new;
  return t;
}();
COIL_REGISTER_TYPE(ThreadLockType);

TypeObject ThreadRLockType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_thread.RLock";
  t.basicsize = sizeof(RLockObject);
  t.dealloc = rlock_dealloc;
  t.repr = rlock_repr;
  t.flags = TPFLAG_BASETYPE;
  t.methods = rlock_methods;
  t.new_ = rlock_new;
  return t;
}();
COIL_REGISTER_TYPE(ThreadRLockType);

COIL_REGISTER_MODULE("_thread", thread_module_init);

} // namespace coil
