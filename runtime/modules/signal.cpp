// The native `_signal` module (lib/signal.py wraps it with the Signals,
// Handlers and Sigmasks enums, as CPython's signal.py does) and the signal
// machinery the rest of Coil uses (runtime/modules/signal.h).
//
// Invariants
// - Signal dispositions are process-wide, so the handler table is process
//   state (as CPython's), not per Interpreter: `handlers[n].func` is a
//   strong reference to what getsignal(n) returns (int 0 = SIG_DFL, int 1
//   = SIG_IGN, a callable, or nullptr for "installed outside Python", shown
//   as None). It is only read and written by the main thread holding the
//   GIL.
// - The C handler (`on_signal`) touches only `tripped` flags (sig_atomic_t),
//   the main interpreter's atomic eval breaker and write(2) to the wakeup
//   fd, all async-signal-safe; errno is preserved.
// - Handlers are installed with sigaction without SA_RESTART, so blocking
//   system calls fail with EINTR and their callers run err_check_signals()
//   (PEP 475); siginterrupt(sig, False) sets SA_RESTART.
#include "runtime/modules/signal.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/binary_util.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

struct Handler {
  volatile std::sig_atomic_t tripped = 0;
  Object* func = nullptr;
};
Handler handlers[NSIG];
volatile std::sig_atomic_t any_tripped = 0;
volatile std::sig_atomic_t wakeup_fd = -1;
bool wakeup_warn = true;

Object* default_int_handler_obj = nullptr; // the builtin function, created by signals_init
Object* itimer_error = nullptr;            // signal.ItimerError (OSError subclass)

// Handler objects for SIG_DFL (0) and SIG_IGN (1) are plain ints.
bool is_handler_constant(Object* h, int which) {
  if (!h || !int_check_exact(h))
    return false;
  bool overflow = false;
  return int_as_i64(h, &overflow) == which && !overflow;
}

void on_signal(int signum) {
  int saved = errno;
  signal_trip(signum);
  int fd = wakeup_fd;
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(signum);
    ssize_t w = ::write(fd, &byte, 1);
    (void)w; // a full pipe is not an error the handler can report
  }
  errno = saved;
}

int set_os_handler(int signum, void (*fn)(int)) {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_ONSTACK;
  return sigaction(signum, &sa, nullptr);
}

bool main_thread_check(const char* what) {
  ThreadState* ts = ThreadState::current();
  if (ts && is_main_thread(ts))
    return true;
  err_format(ValueError, "{} only works in main thread of the main interpreter", what);
  return false;
}

bool signum_arg(Object* o, int* out) {
  if (!index_as_c_int(o, out))
    return false;
  return true;
}

bool signum_in_range(int signum) {
  if (signum < 1 || signum >= NSIG) {
    err_set_string(ValueError, "signal number out of range");
    return false;
  }
  return true;
}

bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max)
    return true;
  if (min == max)
    err_format(TypeError, "{} expected {} argument{}, got {}", name, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    err_format(TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s",
               nargs);
  else
    err_format(TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s", nargs);
  return false;
}

Object* handler_result(Object* h) {
  return newref(h ? h : None);
}

// ------------------------------------------------------------ functions

Object* sig_default_int_handler(Object*, Object* const*, ssize nargs) {
  if (!check_positional("default_int_handler", nargs, 2, 2))
    return nullptr;
  return err_set_none(KeyboardInterrupt);
}

MethodDef default_int_handler_def = {"default_int_handler",
                                     reinterpret_cast<MethodFn>(sig_default_int_handler), METH_FASTCALL,
                                     "The default handler for SIGINT installed by "
                                     "Python.\n\nIt raises KeyboardInterrupt."};

Object* sig_signal(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("signal", nargs, 2, 2))
    return nullptr;
  int signum;
  if (!signum_arg(args[0], &signum))
    return nullptr;
  Object* handler = args[1];
  if (!main_thread_check("signal"))
    return nullptr;
  if (!signum_in_range(signum))
    return nullptr;
  void (*fn)(int);
  if (object_callable(handler))
    fn = on_signal;
  else if (is_handler_constant(handler, 1))
    fn = SIG_IGN;
  else if (is_handler_constant(handler, 0))
    fn = SIG_DFL;
  else
    return err_set_string(TypeError,
                          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  // Pending signals run with the old handlers first.
  if (signals_run_pending(ThreadState::current()) < 0)
    return nullptr;
  if (set_os_handler(signum, fn) < 0)
    return err_from_errno(OSError);
  Object* old = handlers[signum].func;
  handlers[signum].func = newref(handler);
  if (!old)
    return newref(None);
  return old; // the table's reference passes to the caller
}

Object* sig_getsignal(Object*, Object* arg) {
  int signum;
  if (!signum_arg(arg, &signum) || !signum_in_range(signum))
    return nullptr;
  return handler_result(handlers[signum].func);
}

Object* sig_strsignal(Object*, Object* arg) {
  int signum;
  if (!signum_arg(arg, &signum) || !signum_in_range(signum))
    return nullptr;
  const char* s = ::strsignal(signum);
  if (!s || std::strstr(s, "Unknown signal"))
    return newref(None);
  return str_from_utf8(s);
}

Object* sig_raise_signal(Object*, Object* arg) {
  int signum;
  if (!signum_arg(arg, &signum))
    return nullptr;
  int rc;
  {
    GilRelease unlocked;
    rc = ::raise(signum);
  }
  if (rc != 0)
    return err_from_errno(OSError);
  if (err_check_signals() < 0)
    return nullptr;
  return newref(None);
}

Object* sig_alarm(Object*, Object* arg) {
  int seconds;
  if (!index_as_c_int(arg, &seconds))
    return nullptr;
  return int_from_i64(static_cast<int64_t>(::alarm(static_cast<unsigned>(seconds))));
}

Object* sig_pause(Object*, Object*) {
  {
    GilRelease unlocked;
    ::pause();
  }
  if (err_check_signals() < 0)
    return nullptr;
  return newref(None);
}

Object* sigset_to_set(const sigset_t& mask) {
  Object* result = set_new(nullptr);
  for (int s = 1; result && s < NSIG; s++) {
    if (sigismember(&mask, s) != 1)
      continue;
    Object* n = int_from_i64(s);
    if (!n || set_add(result, n) < 0) {
      xdecref(n);
      decref(result);
      return nullptr;
    }
    decref(n);
  }
  return result;
}

Object* sig_valid_signals(Object*, Object*) {
  sigset_t set;
  if (sigemptyset(&set) < 0 || sigfillset(&set) < 0)
    return err_from_errno(OSError);
  return sigset_to_set(set);
}

// An iterable of signal numbers -> sigset_t (CPython's _Py_Sigset_Converter).
bool iterable_to_sigset(Object* iterable, sigset_t* mask) {
  sigemptyset(mask);
  Object* it = object_get_iter(iterable);
  if (!it)
    return false;
  while (Object* item = iter_next(it)) {
    Object* index = number_index(item);
    decref(item);
    if (!index) {
      decref(it);
      return false;
    }
    bool overflow = false;
    int64_t v = int_as_i64(index, &overflow);
    decref(index);
    if (overflow || v < 1 || v >= NSIG) {
      decref(it);
      err_format(ValueError, "signal number {} out of range [1; {}]", overflow ? -1 : v, NSIG - 1);
      return false;
    }
    sigaddset(mask, static_cast<int>(v));
  }
  decref(it);
  return !err_occurred();
}

Object* sig_pthread_sigmask(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("pthread_sigmask", nargs, 2, 2))
    return nullptr;
  int how;
  if (!index_as_c_int(args[0], &how))
    return nullptr;
  sigset_t mask, previous;
  if (!iterable_to_sigset(args[1], &mask))
    return nullptr;
  int err = pthread_sigmask(how, &mask, &previous);
  if (err != 0) {
    errno = err;
    return err_from_errno(OSError);
  }
  if (err_check_signals() < 0)
    return nullptr;
  return sigset_to_set(previous);
}

Object* sig_sigpending(Object*, Object*) {
  sigset_t mask;
  if (sigpending(&mask) < 0)
    return err_from_errno(OSError);
  return sigset_to_set(mask);
}

Object* sig_sigwait(Object*, Object* arg) {
  sigset_t mask;
  if (!iterable_to_sigset(arg, &mask))
    return nullptr;
  int signum = 0, err;
  {
    GilRelease unlocked;
    err = sigwait(&mask, &signum);
  }
  if (err != 0) {
    errno = err;
    return err_from_errno(OSError);
  }
  return int_from_i64(signum);
}

Object* sig_pthread_kill(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("pthread_kill", nargs, 2, 2))
    return nullptr;
  Object* index = number_index(args[0]);
  if (!index)
    return nullptr;
  bool overflow = false;
  int64_t tid = int_as_i64(index, &overflow);
  bool negative = int_sign(index) < 0;
  decref(index);
  if (overflow && !negative) {
    // Thread ids are unsigned long: take the low 64 bits as CPython does.
    mpz_t z;
    mpz_init(z);
    int_to_mpz(args[0], z);
    tid = static_cast<int64_t>(mpz_get_ui(z));
    mpz_clear(z);
  } else if (overflow) {
    return err_set_string(OverflowError, "can't convert negative value to unsigned int");
  }
  int signum;
  if (!index_as_c_int(args[1], &signum))
    return nullptr;
  int err = pthread_kill(static_cast<pthread_t>(static_cast<uint64_t>(tid)), signum);
  if (err != 0) {
    errno = err;
    return err_from_errno(OSError);
  }
  if (err_check_signals() < 0)
    return nullptr;
  return newref(None);
}

Object* sig_siginterrupt(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("siginterrupt", nargs, 2, 2))
    return nullptr;
  int signum, flag;
  if (!signum_arg(args[0], &signum) || !index_as_c_int(args[1], &flag))
    return nullptr;
  if (!signum_in_range(signum))
    return nullptr;
  struct sigaction sa;
  if (sigaction(signum, nullptr, &sa) < 0)
    return err_from_errno(OSError);
  if (flag)
    sa.sa_flags &= ~SA_RESTART;
  else
    sa.sa_flags |= SA_RESTART;
  if (sigaction(signum, &sa, nullptr) < 0)
    return err_from_errno(OSError);
  return newref(None);
}

Object* sig_set_wakeup_fd(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"fd", "warn_on_full_buffer"};
  static const ArgSpec spec = {"set_wakeup_fd", names, 2, 1, 1};
  Object* out[2] = {nullptr, nullptr};
  if (!parse_fast_args(spec, args, nargs, kwnames, out))
    return nullptr;
  int fd;
  if (!index_as_c_int(out[0], &fd))
    return nullptr;
  bool warn = true;
  if (out[1]) {
    int t = object_is_true(out[1]);
    if (t < 0)
      return nullptr;
    warn = t != 0;
  }
  if (!main_thread_check("set_wakeup_fd"))
    return nullptr;
  if (fd != -1) {
    struct stat st;
    if (fstat(fd, &st) != 0)
      return err_from_errno(OSError);
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0)
      return err_from_errno(OSError);
    if (!(flags & O_NONBLOCK))
      return err_format(ValueError, "the fd {} must be in non-blocking mode", fd);
  }
  int old = wakeup_fd;
  wakeup_fd = fd;
  wakeup_warn = warn;
  return int_from_i64(old);
}

// Seconds (int or float) -> timeval, rounding up as CPython's setitimer.
bool seconds_to_timeval(Object* o, struct timeval* tv) {
  if (float_check(o)) {
    double d = float_as_double(o);
    if (std::isnan(d))
      return err_set_string(ValueError, "Invalid value NaN (not a number)"), false;
    double us = std::ceil(d * 1e6);
    if (!(us >= -9.2e18 && us <= 9.2e18))
      return err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t"), false;
    int64_t total = static_cast<int64_t>(us);
    int64_t sec = total / 1000000, rem = total % 1000000;
    if (rem < 0) {
      rem += 1000000;
      sec -= 1;
    }
    tv->tv_sec = static_cast<time_t>(sec);
    tv->tv_usec = static_cast<suseconds_t>(rem);
    return true;
  }
  Object* index = number_index(o);
  if (!index)
    return false;
  bool overflow = false;
  int64_t sec = int_as_i64(index, &overflow);
  decref(index);
  if (overflow || sec > INT64_MAX / 1000000000 || sec < INT64_MIN / 1000000000)
    return err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t"), false;
  tv->tv_sec = static_cast<time_t>(sec);
  tv->tv_usec = 0;
  return true;
}

Object* itimer_tuple(const struct itimerval& v) {
  Object* a = float_from_double(double(v.it_value.tv_sec) + double(v.it_value.tv_usec) * 1e-6);
  Object* b =
      a ? float_from_double(double(v.it_interval.tv_sec) + double(v.it_interval.tv_usec) * 1e-6) : nullptr;
  Object* t = b ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* raise_itimer_error() {
  TypeObject* type = reinterpret_cast<TypeObject*>(itimer_error);
  return err_from_errno(type ? type : OSError);
}

Object* sig_setitimer(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("setitimer", nargs, 2, 3))
    return nullptr;
  int which;
  if (!index_as_c_int(args[0], &which))
    return nullptr;
  struct itimerval nv, ov;
  std::memset(&nv, 0, sizeof nv);
  if (!seconds_to_timeval(args[1], &nv.it_value))
    return nullptr;
  if (nargs > 2 && !seconds_to_timeval(args[2], &nv.it_interval))
    return nullptr;
  if (setitimer(which, &nv, &ov) != 0)
    return raise_itimer_error();
  return itimer_tuple(ov);
}

Object* sig_getitimer(Object*, Object* arg) {
  int which;
  if (!index_as_c_int(arg, &which))
    return nullptr;
  struct itimerval v;
  if (getitimer(which, &v) != 0)
    return raise_itimer_error();
  return itimer_tuple(v);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef signal_functions[] = {
    {"alarm", sig_alarm, METH_O, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"getitimer", sig_getitimer, METH_O, "Returns current value of given itimer."},
    {"getsignal", sig_getsignal, METH_O,
     "Return the current action for the given signal.\n\nThe return "
     "value "
     "can be:\n  SIG_IGN -- if the signal is being ignored\n  SIG_DFL -- if the default action for the "
     "signal "
     "is in effect\n  None    -- if an unknown handler is in effect\n  anything else -- the callable Python "
     "object used as a handler"},
    {"pause", sig_pause, METH_NOARGS, "Wait until a signal arrives."},
    {"pthread_kill", FN(sig_pthread_kill), METH_FASTCALL, "Send a signal to a thread."},
    {"pthread_sigmask", FN(sig_pthread_sigmask), METH_FASTCALL,
     "Fetch and/or change the signal mask of the calling "
     "thread."},
    {"raise_signal", sig_raise_signal, METH_O, "Send a signal to the executing process."},
    {"set_wakeup_fd", FN(sig_set_wakeup_fd), METH_FASTCALL | METH_KEYWORDS,
     "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\nSets the fd to be written to (with the signal "
     "number) when a signal\ncomes in.  A library can use this to wakeup select or poll.\nThe previous fd or "
     "-1 "
     "is returned.\n\nThe fd must be non-blocking."},
    {"setitimer", FN(sig_setitimer), METH_FASTCALL,
     "Sets given itimer (one of ITIMER_REAL, "
     "ITIMER_VIRTUAL or ITIMER_PROF).\n\nThe timer will fire after value seconds and after that every "
     "interval seconds.\nThe itimer can be cleared by setting seconds to zero.\n\nReturns old values as a "
     "tuple: (delay, interval)."},
    {"siginterrupt", FN(sig_siginterrupt), METH_FASTCALL,
     "Change system call restart behaviour.\n\nIf flag is "
     "False, system calls will be restarted when interrupted by\nsignal sig, else system calls will be "
     "interrupted."},
    {"signal", FN(sig_signal), METH_FASTCALL,
     "Set the action for the given signal.\n\nThe action can "
     "be "
     "SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned.  See getsignal() for "
     "possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two "
     "arguments:\nthe first is the signal number, the second is the interrupted stack frame."},
    {"sigpending", sig_sigpending, METH_NOARGS,
     "Examine pending signals.\n\nReturns a set of signal numbers that are "
     "pending for delivery to\nthe calling thread."},
    {"sigwait", sig_sigwait, METH_O,
     "Wait for a signal.\n\nSuspend execution of the calling thread until "
     "the delivery of one of the\nsignals specified in the signal set sigset.  The function accepts the "
     "signal\nand returns the signal number."},
    {"strsignal", sig_strsignal, METH_O,
     "Return the system description of the given signal.\n\nReturns "
     "the description of signal *signalnum*, such as \"Interrupt\"\nfor :const:`SIGINT`. Returns "
     ":const:`None` if *signalnum* has no\ndescription. Raises :exc:`ValueError` if *signalnum* is invalid."},
    {"valid_signals", sig_valid_signals, METH_NOARGS,
     "Return a set of valid signal numbers on this platform.\n\nThe signal "
     "numbers returned by this function can be safely passed to\nfunctions like `pthread_sigmask`."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

struct NamedInt {
  const char* name;
  int value;
};

int add_int(Object* m, const char* name, int64_t v) {
  Object* o = int_from_i64(v);
  if (!o)
    return -1;
  int rc = module_add_object(m, name, o);
  decref(o);
  return rc;
}

Object* signal_module_init() {
  Object* m = module_new_str("_signal");
  if (!m)
    return nullptr;
  static const NamedInt constants[] = {
      {"SIGHUP", SIGHUP},
      {"SIGINT", SIGINT},
      {"SIGQUIT", SIGQUIT},
      {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP},
      {"SIGIOT", SIGIOT},
      {"SIGABRT", SIGABRT},
      {"SIGFPE", SIGFPE},
      {"SIGKILL", SIGKILL},
      {"SIGBUS", SIGBUS},
      {"SIGSEGV", SIGSEGV},
      {"SIGSYS", SIGSYS},
      {"SIGPIPE", SIGPIPE},
      {"SIGALRM", SIGALRM},
      {"SIGTERM", SIGTERM},
      {"SIGUSR1", SIGUSR1},
      {"SIGUSR2", SIGUSR2},
      {"SIGCLD", SIGCHLD},
      {"SIGCHLD", SIGCHLD},
      {"SIGPWR", SIGPWR},
      {"SIGIO", SIGIO},
      {"SIGURG", SIGURG},
      {"SIGWINCH", SIGWINCH},
      {"SIGPOLL", SIGPOLL},
      {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP},
      {"SIGCONT", SIGCONT},
      {"SIGTTIN", SIGTTIN},
      {"SIGTTOU", SIGTTOU},
      {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF},
      {"SIGXCPU", SIGXCPU},
      {"SIGXFSZ", SIGXFSZ},
      {"SIGSTKFLT", SIGSTKFLT},
      {"NSIG", NSIG},
      {"SIG_BLOCK", SIG_BLOCK},
      {"SIG_UNBLOCK", SIG_UNBLOCK},
      {"SIG_SETMASK", SIG_SETMASK},
      {"ITIMER_REAL", ITIMER_REAL},
      {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
      {"ITIMER_PROF", ITIMER_PROF},
      {"SIG_DFL", 0},
      {"SIG_IGN", 1},
  };
  bool ok = module_add_functions(m, signal_functions) == 0;
  for (const NamedInt& c : constants)
    ok = ok && add_int(m, c.name, c.value) == 0;
  ok = ok && add_int(m, "SIGRTMIN", SIGRTMIN) == 0 && add_int(m, "SIGRTMAX", SIGRTMAX) == 0;
  if (ok && !default_int_handler_obj)
    default_int_handler_obj = builtin_function_new(&default_int_handler_def, nullptr, nullptr);
  ok = ok && default_int_handler_obj &&
       module_add_object(m, "default_int_handler", default_int_handler_obj) == 0;
  if (ok && !itimer_error)
    itimer_error = new_exception_class("signal", "itimer_error", reinterpret_cast<Object*>(OSError));
  ok = ok && itimer_error && module_add_object(m, "ItimerError", itimer_error) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_signal", signal_module_init);

void signal_trip(int signum) noexcept {
  if (signum < 1 || signum >= NSIG)
    return;
  handlers[signum].tripped = 1;
  any_tripped = 1;
  if (Interpreter* interp = Interpreter::main())
    interp->eval_breaker.fetch_or(EVAL_BREAKER_SIGNALS);
}

int signal_simulate(int signum) noexcept {
  if (signum < 1 || signum >= NSIG)
    return -1;
  Object* h = handlers[signum].func;
  if (!is_handler_constant(h, 0) && !is_handler_constant(h, 1))
    signal_trip(signum);
  return 0;
}

int signals_init() {
  if (!default_int_handler_obj) {
    default_int_handler_obj = builtin_function_new(&default_int_handler_def, nullptr, nullptr);
    if (!default_int_handler_obj)
      return -1;
  }
  Object* dfl = int_from_i64(0);
  Object* ign = int_from_i64(1);
  if (!dfl || !ign) {
    xdecref(dfl);
    xdecref(ign);
    return -1;
  }
  for (int s = 1; s < NSIG; s++) {
    struct sigaction sa;
    if (sigaction(s, nullptr, &sa) != 0)
      continue;
    Object* h = sa.sa_handler == SIG_DFL ? dfl : sa.sa_handler == SIG_IGN ? ign : nullptr;
    xdecref(handlers[s].func);
    handlers[s].func = h ? newref(h) : nullptr;
  }
  // SIGPIPE and SIGXFSZ become errors (BrokenPipeError, EFBIG), not deaths.
  for (int s : {SIGPIPE, SIGXFSZ}) {
    set_os_handler(s, SIG_IGN);
    xdecref(handlers[s].func);
    handlers[s].func = newref(ign);
  }
  if (is_handler_constant(handlers[SIGINT].func, 0)) {
    set_os_handler(SIGINT, on_signal);
    decref(handlers[SIGINT].func);
    handlers[SIGINT].func = newref(default_int_handler_obj);
  }
  decref(dfl);
  decref(ign);
  return 0;
}

void signals_finalize() {
  for (int s = 1; s < NSIG; s++) {
    Object* h = handlers[s].func;
    handlers[s].func = nullptr;
    handlers[s].tripped = 0;
    if (h && h != default_int_handler_obj && !is_handler_constant(h, 0) && !is_handler_constant(h, 1))
      set_os_handler(s, SIG_DFL);
    xdecref(h);
  }
  any_tripped = 0;
}

int signals_run_pending(ThreadState* ts) {
  if (!any_tripped || !ts || !is_main_thread(ts))
    return 0;
  any_tripped = 0;
  for (int s = 1; s < NSIG; s++) {
    if (!handlers[s].tripped)
      continue;
    handlers[s].tripped = 0;
    Object* func = handlers[s].func;
    if (!func || func == None || is_handler_constant(func, 0) || is_handler_constant(func, 1))
      continue;
    incref(func);
    Object* frame = nullptr;
    if (ts->interp->getframe_hook && ts->current_frame) {
      frame = ts->interp->getframe_hook(0);
      if (!frame)
        err_clear();
    }
    Object* num = int_from_i64(s);
    Object* result = nullptr;
    if (num) {
      Object* args[2] = {num, frame ? frame : None};
      result = object_vectorcall(func, args, 2, nullptr);
      decref(num);
    }
    xdecref(frame);
    decref(func);
    if (!result) {
      // The other tripped signals wait for the next check.
      any_tripped = 1;
      ts->interp->eval_breaker.fetch_or(EVAL_BREAKER_SIGNALS);
      return -1;
    }
    decref(result);
  }
  return 0;
}

int err_check_signals() {
  ThreadState* ts = ThreadState::current();
  if (!ts)
    return 0;
  return signals_run_pending(ts);
}

} // namespace coil
