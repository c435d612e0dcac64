// The faulthandler module: on a fatal signal (SIGSEGV, SIGFPE, SIGABRT,
// SIGBUS, SIGILL) print "Fatal Python error: ..." and the Python traceback
// of every thread, then die by the same signal; dump_traceback(),
// dump_traceback_later() (a watchdog thread) and register() for user
// signals. -X faulthandler / PYTHONFAULTHANDLER enable it at start-up
// (faulthandler_init_from_config, called by cli/).
//
// Invariants
// - Everything reached from a signal handler is async-signal-safe: write(2)
//   on a file descriptor chosen beforehand, hand-made number formatting, and
//   reads of frames, code objects and str data (no allocation, no locks, no
//   reference counting). The frame chains of other threads are read while
//   they may run, as CPython does: best effort, never written.
// - The fatal handlers run on an alternate signal stack, so a C stack
//   overflow can still be reported; before re-raising, the previous
//   disposition is restored so the process dies with the signal.
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

constexpr int MAX_FRAME_DEPTH = 100;
constexpr int MAX_NTHREADS = 100;
constexpr ssize MAX_STRING_LENGTH = 500;

// ------------------------------------------------------------ safe output

void put(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    s += w;
    n -= static_cast<size_t>(w);
  }
}
void puts_(int fd, const char* s) {
  put(fd, s, std::strlen(s));
}

void put_decimal(int fd, unsigned long v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  put(fd, buf + i, sizeof buf - i);
}

void put_hex(int fd, unsigned long v, int width) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = "0123456789abcdef"[v & 15];
    v >>= 4;
    width--;
  } while (v || width > 0);
  put(fd, buf + i, sizeof buf - i);
}

// A str as ASCII: printable ASCII as is, other code points escaped
// (\xNN, \uNNNN, \UNNNNNNNN), truncated with "..." past 500 characters.
void put_ascii(int fd, Object* s) {
  if (!s || !str_check(s)) {
    puts_(fd, "???");
    return;
  }
  ssize n = str_length(s);
  bool truncated = n > MAX_STRING_LENGTH;
  if (truncated)
    n = MAX_STRING_LENGTH;
  for (ssize i = 0; i < n; i++) {
    uint32_t ch = str_char_at(s, i);
    if (ch >= ' ' && ch <= 126) {
      char c = static_cast<char>(ch);
      put(fd, &c, 1);
    } else if (ch <= 0xff) {
      puts_(fd, "\\x");
      put_hex(fd, ch, 2);
    } else if (ch <= 0xffff) {
      puts_(fd, "\\u");
      put_hex(fd, ch, 4);
    } else {
      puts_(fd, "\\U");
      put_hex(fd, ch, 8);
    }
  }
  if (truncated)
    puts_(fd, "...");
}

void dump_frame(int fd, Frame* frame) {
  CodeObject* code = frame->code;
  puts_(fd, "  File \"");
  put_ascii(fd, code->filename);
  puts_(fd, "\", line ");
  int line = frame_get_lineno(frame);
  if (line >= 0)
    put_decimal(fd, static_cast<unsigned long>(line));
  else
    puts_(fd, "???");
  puts_(fd, " in ");
  put_ascii(fd, code->name);
  puts_(fd, "\n");
}

void dump_frames(int fd, ThreadState* ts, bool header) {
  if (header)
    puts_(fd, "Stack (most recent call first):\n");
  Frame* frame = ts->current_frame;
  if (!frame) {
    puts_(fd, "  <no Python frame>\n");
    return;
  }
  for (int depth = 0; frame; frame = frame->previous, depth++) {
    if (depth >= MAX_FRAME_DEPTH) {
      puts_(fd, "  ...\n");
      break;
    }
    dump_frame(fd, frame);
  }
}

void dump_thread(int fd, ThreadState* ts, bool is_current) {
  puts_(fd, is_current ? "Current thread 0x" : "Thread 0x");
  put_hex(fd, static_cast<unsigned long>(ts->thread_id), 16);
  puts_(fd, " (most recent call first):\n");
  dump_frames(fd, ts, false);
}

// Every thread, newest first and the main thread last (CPython's order:
// its list has the newest thread at the head). Coil's list keeps the main
// thread at the head and inserts new ones right after it.
void dump_all_threads(int fd, ThreadState* current) {
  Interpreter* interp = Interpreter::main();
  if (!interp || !interp->threads)
    return;
  ThreadState* main_ts = interp->threads;
  int n = 0;
  for (ThreadState* ts = main_ts->next;; ts = ts->next) {
    if (!ts)
      ts = main_ts;
    if (n >= MAX_NTHREADS) {
      puts_(fd, "...\n");
      break;
    }
    if (n++ != 0)
      puts_(fd, "\n");
    dump_thread(fd, ts, ts == current);
    if (ts == main_ts)
      break;
  }
}

void dump_traceback_for(int fd, bool all_threads, ThreadState* current) {
  if (all_threads)
    dump_all_threads(fd, current);
  else if (current)
    dump_frames(fd, current, true);
}

// ------------------------------------------------------------ fatal signals

struct FatalSignal {
  int signum;
  const char* name;
  bool enabled;
  struct sigaction previous;
};
FatalSignal fatal_signals[] = {
    {SIGBUS, "Bus error", false, {}},
    {SIGILL, "Illegal instruction", false, {}},
    {SIGFPE, "Floating point exception", false, {}},
    {SIGABRT, "Aborted", false, {}},
    {SIGSEGV, "Segmentation fault", false, {}},
};

struct State {
  bool enabled = false;
  int fd = 2;
  bool all_threads = true;
  Object* file = nullptr; // kept alive while enabled
  void* altstack = nullptr;
};
State fatal;

void fatal_handler(int signum) {
  int saved = errno;
  FatalSignal* sig = nullptr;
  for (FatalSignal& f : fatal_signals)
    if (f.signum == signum)
      sig = &f;
  if (!sig || !fatal.enabled)
    return;
  // Restore the previous disposition first, so re-raising ends the process.
  if (sig->enabled) {
    sigaction(signum, &sig->previous, nullptr);
    sig->enabled = false;
  }
  int fd = fatal.fd;
  puts_(fd, "Fatal Python error: ");
  puts_(fd, sig->name);
  puts_(fd, "\n\n");
  dump_traceback_for(fd, fatal.all_threads, ThreadState::current());
  errno = saved;
  ::raise(signum);
}

void install_altstack() {
  if (fatal.altstack)
    return;
  size_t size = SIGSTKSZ * 2 + 64 * 1024;
  fatal.altstack = ::malloc(size);
  if (!fatal.altstack)
    return;
  stack_t ss;
  ss.ss_sp = fatal.altstack;
  ss.ss_size = size;
  ss.ss_flags = 0;
  if (sigaltstack(&ss, nullptr) != 0) {
    ::free(fatal.altstack);
    fatal.altstack = nullptr;
  }
}

void enable_fatal(int fd, bool all_threads) {
  fatal.fd = fd;
  fatal.all_threads = all_threads;
  if (fatal.enabled)
    return;
  install_altstack();
  fatal.enabled = true;
  for (FatalSignal& f : fatal_signals) {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = fatal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_NODEFER | SA_ONSTACK;
    f.enabled = sigaction(f.signum, &sa, &f.previous) == 0;
  }
}

void disable_fatal() {
  if (!fatal.enabled)
    return;
  fatal.enabled = false;
  for (FatalSignal& f : fatal_signals) {
    if (f.enabled)
      sigaction(f.signum, &f.previous, nullptr);
    f.enabled = false;
  }
  Object* file = fatal.file;
  fatal.file = nullptr;
  xdecref(file);
}

// ------------------------------------------------------------ file argument

// CPython's faulthandler_get_fileno: None -> sys.stderr; an int is the fd;
// else file.fileno(), after which file.flush() is called (errors ignored).
// Returns the fd, or -1 with an exception set; *keep gets a new reference
// to the file object (nullptr for an int).
int get_fileno(Object* file, Object** keep) {
  *keep = nullptr;
  if (!file || file == None) {
    Interpreter* interp = Interpreter::main();
    file = interp && interp->sysdict ? dict_getitem_str(interp->sysdict, "stderr") : nullptr;
    if (!file) {
      err_set_string(RuntimeError, "unable to get sys.stderr");
      return -1;
    }
    if (file == None) {
      err_set_string(RuntimeError, "sys.stderr is None");
      return -1;
    }
  } else if (int_check(file)) {
    int fd;
    if (!index_as_c_int(file, &fd))
      return -1;
    if (fd < 0) {
      err_set_string(ValueError, "file is not a valid file descripter" /* sic: CPython 3.11 */);
      return -1;
    }
    return fd;
  }
  Object* r = object_call_method(file, "fileno", nullptr, 0);
  if (!r)
    return -1;
  int fd = -1;
  bool ok = int_check(r) && index_as_c_int(r, &fd);
  decref(r);
  if (!ok || fd < 0) {
    if (ok || !err_occurred())
      err_set_string(ValueError, "file.fileno() is not a valid file descriptor");
    return -1;
  }
  if (Object* f = object_call_method(file, "flush", nullptr, 0))
    decref(f);
  else
    err_clear();
  *keep = newref(file);
  return fd;
}

bool parse_bool(Object* o, bool dflt, bool* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  int t = object_is_true(o);
  if (t < 0)
    return false;
  *out = t != 0;
  return true;
}

// ------------------------------------------------------------ functions

// The (file=sys.stderr, all_threads=True) arguments of enable() and
// dump_traceback(): the fd, or -1 with an exception set; *keep as get_fileno.
int file_and_threads_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                          bool* all_threads, Object** keep) {
  Object* out[2] = {nullptr, nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out) || !parse_bool(out[1], true, all_threads))
    return -1;
  return get_fileno(out[0], keep);
}

const char* const file_threads_names[] = {"file", "all_threads"};

Object* fh_enable(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec = {"enable", file_threads_names, 2, 2, 0};
  bool all_threads;
  Object* keep;
  int fd = file_and_threads_args(spec, args, nargs, kwnames, &all_threads, &keep);
  if (fd < 0)
    return nullptr;
  Object* old = fatal.file;
  fatal.file = keep;
  xdecref(old);
  enable_fatal(fd, all_threads);
  return newref(None);
}

Object* fh_disable(Object*, Object*) {
  bool was = fatal.enabled;
  disable_fatal();
  return bool_from(was);
}

Object* fh_is_enabled(Object*, Object*) {
  return bool_from(fatal.enabled);
}

Object* fh_dump_traceback(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec = {"dump_traceback", file_threads_names, 2, 2, 0};
  bool all_threads;
  Object* keep;
  int fd = file_and_threads_args(spec, args, nargs, kwnames, &all_threads, &keep);
  if (fd < 0)
    return nullptr;
  dump_traceback_for(fd, all_threads, ThreadState::current());
  xdecref(keep);
  return newref(None);
}

// ------------------------------------------------------------ watchdog

// The watchdog thread is detached and its state never destroyed, so a
// timer still pending at exit cannot trip static destructors.
struct Watchdog {
  std::mutex mu;
  std::condition_variable cv;
  bool cancel = false;
  bool running = false;
  Object* file = nullptr;
};
Watchdog& watchdog = *new Watchdog;

void watchdog_main(int64_t timeout_us, bool repeat, int fd, bool exit_after, std::string header) {
  // Asynchronous signals stay with the main thread.
  sigset_t mask;
  sigfillset(&mask);
  for (int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
    sigdelset(&mask, s);
  pthread_sigmask(SIG_BLOCK, &mask, nullptr);
  std::unique_lock<std::mutex> lk(watchdog.mu);
  for (;;) {
    if (watchdog.cv.wait_for(lk, std::chrono::microseconds(timeout_us), [] { return watchdog.cancel; }))
      break;
    put(fd, header.data(), header.size());
    dump_all_threads(fd, nullptr);
    if (exit_after)
      ::_exit(1);
    if (!repeat)
      break;
  }
  watchdog.running = false;
  watchdog.cv.notify_all();
}

void cancel_watchdog() {
  {
    GilRelease unlocked;
    std::unique_lock<std::mutex> lk(watchdog.mu);
    watchdog.cancel = true;
    watchdog.cv.notify_all();
    watchdog.cv.wait(lk, [] { return !watchdog.running; });
    watchdog.cancel = false;
  }
  Object* f = watchdog.file;
  watchdog.file = nullptr;
  xdecref(f);
}

Object* fh_dump_traceback_later(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"timeout", "repeat", "file", "exit"};
  static const ArgSpec spec = {"dump_traceback_later", names, 4, 4, 1};
  Object* out[4] = {nullptr, nullptr, nullptr, nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out))
    return nullptr;
  double timeout = float_as_double(out[0]);
  if (timeout == -1.0 && err_occurred())
    return nullptr;
  double us_d = timeout * 1e6;
  if (!(us_d < 9.2e18))
    return err_set_string(OverflowError, "timeout value is too large");
  int64_t us = static_cast<int64_t>(us_d);
  if (us <= 0)
    return err_set_string(ValueError, "timeout must be greater than 0");
  bool repeat, exit_after;
  if (!parse_bool(out[1], false, &repeat) || !parse_bool(out[3], false, &exit_after))
    return nullptr;
  Object* keep;
  int fd = get_fileno(out[2], &keep);
  if (fd < 0)
    return nullptr;
  cancel_watchdog();
  // "Timeout (H:MM:SS)!" or "Timeout (H:MM:SS.ffffff)!", as CPython.
  int64_t sec = us / 1000000, frac = us % 1000000;
  std::string header = "Timeout (" + std::to_string(sec / 3600) + ":";
  auto two = [](int64_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  header += two(sec / 60 % 60) + ":" + two(sec % 60);
  if (frac) {
    std::string f = std::to_string(frac);
    header += "." + std::string(6 - f.size(), '0') + f;
  }
  header += ")!\n";
  watchdog.file = keep;
  {
    std::lock_guard<std::mutex> lk(watchdog.mu);
    watchdog.running = true;
  }
  std::thread(watchdog_main, us, repeat, fd, exit_after, header).detach();
  return newref(None);
}

Object* fh_cancel_dump_traceback_later(Object*, Object*) {
  cancel_watchdog();
  return newref(None);
}

// ------------------------------------------------------------ register

struct UserSignal {
  bool enabled = false;
  int fd = 2;
  bool all_threads = true;
  bool chain = false;
  Object* file = nullptr;
  struct sigaction previous;
};
UserSignal user_signals[NSIG];

void user_handler(int signum) {
  int saved = errno;
  UserSignal& u = user_signals[signum];
  if (!u.enabled)
    return;
  dump_traceback_for(u.fd, u.all_threads, ThreadState::current());
  if (u.chain) {
    // Call the previous handler (a plain C handler; SIG_DFL/SIG_IGN are
    // not callable and would end the process or do nothing).
    void (*prev)(int) = u.previous.sa_handler;
    if (prev != SIG_DFL && prev != SIG_IGN && prev)
      prev(signum);
  }
  errno = saved;
}

bool check_user_signum(int signum) {
  for (FatalSignal& f : fatal_signals) {
    if (f.signum == signum) {
      err_format(RuntimeError, "signal {} cannot be registered, use enable() instead", signum);
      return false;
    }
  }
  if (signum < 1 || signum >= NSIG) {
    err_set_string(ValueError, "signal number out of range");
    return false;
  }
  return true;
}

Object* fh_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"signum", "file", "all_threads", "chain"};
  static const ArgSpec spec = {"register", names, 4, 4, 1};
  Object* out[4] = {nullptr, nullptr, nullptr, nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out))
    return nullptr;
  int signum;
  if (!index_as_c_int(out[0], &signum) || !check_user_signum(signum))
    return nullptr;
  bool all_threads, chain;
  if (!parse_bool(out[2], true, &all_threads) || !parse_bool(out[3], false, &chain))
    return nullptr;
  Object* keep;
  int fd = get_fileno(out[1], &keep);
  if (fd < 0)
    return nullptr;
  UserSignal& u = user_signals[signum];
  if (!u.enabled) {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK | (chain ? SA_NODEFER : 0);
    if (sigaction(signum, &sa, &u.previous) != 0) {
      xdecref(keep);
      return err_from_errno(OSError);
    }
  }
  Object* old = u.file;
  u.file = keep;
  xdecref(old);
  u.fd = fd;
  u.all_threads = all_threads;
  u.chain = chain;
  u.enabled = true;
  return newref(None);
}

Object* fh_unregister(Object*, Object* arg) {
  int signum;
  if (!index_as_c_int(arg, &signum) || !check_user_signum(signum))
    return nullptr;
  UserSignal& u = user_signals[signum];
  if (!u.enabled)
    return newref(False);
  u.enabled = false;
  sigaction(signum, &u.previous, nullptr);
  Object* f = u.file;
  u.file = nullptr;
  xdecref(f);
  return newref(True);
}

// ------------------------------------------------------------ test helpers

// Crashes that do not depend on undefined behaviour: the signal is raised
// explicitly, as CPython's helpers end up doing.
Object* fh_sigsegv(Object*, Object* const*, ssize) {
  ::raise(SIGSEGV);
  return newref(None);
}
Object* fh_sigabrt(Object*, Object*) {
  ::abort();
}
Object* fh_sigfpe(Object*, Object*) {
  ::raise(SIGFPE);
  return newref(None);
}
Object* fh_read_null(Object*, Object*) {
  ::raise(SIGSEGV);
  return newref(None);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef faulthandler_functions[] = {
    {"enable", FN(fh_enable), METH_FASTCALL | METH_KEYWORDS,
     "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
    {"disable", fh_disable, METH_NOARGS, "disable(): disable the fault handler"},
    {"is_enabled", fh_is_enabled, METH_NOARGS, "is_enabled()->bool: check if the handler is enabled"},
    {"dump_traceback", FN(fh_dump_traceback), METH_FASTCALL | METH_KEYWORDS,
     "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all "
     "threads if all_threads is True, into file"},
    {"dump_traceback_later", FN(fh_dump_traceback_later), METH_FASTCALL | METH_KEYWORDS,
     "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the traceback of all "
     "threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call "
     "_exit(1) which is not safe."},
    {"cancel_dump_traceback_later", fh_cancel_dump_traceback_later, METH_NOARGS,
     "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
    {"register", FN(fh_register), METH_FASTCALL | METH_KEYWORDS,
     "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal "
     "'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into "
     "file"},
    {"unregister", fh_unregister, METH_O,
     "unregister(signum): unregister the handler of the signal 'signum' "
     "registered by register()"},
    {"_sigsegv", FN(fh_sigsegv), METH_FASTCALL, "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
    {"_sigabrt", fh_sigabrt, METH_NOARGS, "_sigabrt(): raise a SIGABRT signal"},
    {"_sigfpe", fh_sigfpe, METH_NOARGS, "_sigfpe(): raise a SIGFPE signal"},
    {"_read_null", fh_read_null, METH_NOARGS,
     "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal"},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* faulthandler_module_init() {
  Object* m = module_new_str("faulthandler");
  if (!m)
    return nullptr;
  Object* doc = str_from_ascii("faulthandler module.");
  bool ok = doc && module_add_object(m, "__doc__", doc) == 0 &&
            module_add_functions(m, faulthandler_functions) == 0;
  xdecref(doc);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("faulthandler", faulthandler_module_init);

int faulthandler_init_from_config(const Config& config) {
  bool on = false;
  for (const std::string& x : config.xoptions)
    if (x == "faulthandler" || x.rfind("faulthandler=", 0) == 0)
      on = true;
  if (!config.ignore_environment && !config.isolated) {
    const char* env = ::getenv("PYTHONFAULTHANDLER");
    if (env && *env)
      on = true;
  }
  if (on)
    enable_fatal(2, true);
  return 0;
}

} // namespace coil
