// The time module: clocks (time, monotonic, perf_counter, process_time,
// thread_time and their _ns forms, clock_gettime/clock_getres), sleep,
// struct_time conversions (gmtime, localtime, mktime), formatting
// (strftime, asctime, ctime), get_clock_info and the timezone values.
//
// Invariants
// - Clock readings are int64 nanoseconds; the float forms divide by 1e9 as
//   CPython does (exact when the value is a whole number of seconds).
// - Timestamps given to gmtime/localtime/ctime are floored to whole
//   seconds; errors follow CPython 3.11's texts ("timestamp out of range
//   for platform time_t", "Invalid value NaN (not a number)").
// - struct_time is a struct sequence of the 9 visible fields plus the
//   hidden tm_zone and tm_gmtoff (from the C library's struct tm).
// - strptime() is lib/_strptime.py's _strptime_time.
// - sleep() waits on CLOCK_MONOTONIC with an absolute deadline, so a signal
//   handled by C code just resumes the wait; when the eval breaker's
//   signal bit is set (Ctrl-C), it stops early with KeyboardInterrupt.
// - timezone/altzone/daylight/tzname are computed at import (and by
//   tzset()) from localtime() in January and July of the current year, as
//   CPython does on glibc.
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

constexpr int64_t NS_PER_SEC = 1000000000;

// ---------------------------------------------------------------- clocks

bool clock_ns(clockid_t clk, int64_t* out) {
  struct timespec ts;
  if (clock_gettime(clk, &ts) != 0) {
    err_from_errno(OSError);
    return false;
  }
  *out = static_cast<int64_t>(ts.tv_sec) * NS_PER_SEC + ts.tv_nsec;
  return true;
}

double ns_to_seconds(int64_t ns) {
  if (ns % NS_PER_SEC == 0)
    return static_cast<double>(ns / NS_PER_SEC);
  return static_cast<double>(ns) / 1e9;
}

Object* clock_float(clockid_t clk) {
  int64_t ns;
  if (!clock_ns(clk, &ns))
    return nullptr;
  return float_from_double(ns_to_seconds(ns));
}
Object* clock_int(clockid_t clk) {
  int64_t ns;
  if (!clock_ns(clk, &ns))
    return nullptr;
  return int_from_i64(ns);
}

Object* time_time(Object*, Object*) {
  return clock_float(CLOCK_REALTIME);
}
Object* time_time_ns(Object*, Object*) {
  return clock_int(CLOCK_REALTIME);
}
Object* time_monotonic(Object*, Object*) {
  return clock_float(CLOCK_MONOTONIC);
}
Object* time_monotonic_ns(Object*, Object*) {
  return clock_int(CLOCK_MONOTONIC);
}
Object* time_process_time(Object*, Object*) {
  return clock_float(CLOCK_PROCESS_CPUTIME_ID);
}
Object* time_process_time_ns(Object*, Object*) {
  return clock_int(CLOCK_PROCESS_CPUTIME_ID);
}
Object* time_thread_time(Object*, Object*) {
  return clock_float(CLOCK_THREAD_CPUTIME_ID);
}
Object* time_thread_time_ns(Object*, Object*) {
  return clock_int(CLOCK_THREAD_CPUTIME_ID);
}

bool clock_id_arg(Object* o, clockid_t* out) {
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow || v > INT_MAX || v < INT_MIN) {
    err_set_string(OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<clockid_t>(v);
  return true;
}

Object* time_clock_gettime(Object*, Object* arg) {
  clockid_t c;
  if (!clock_id_arg(arg, &c))
    return nullptr;
  return clock_float(c);
}
Object* time_clock_gettime_ns(Object*, Object* arg) {
  clockid_t c;
  if (!clock_id_arg(arg, &c))
    return nullptr;
  return clock_int(c);
}
Object* time_clock_getres(Object*, Object* arg) {
  clockid_t c;
  if (!clock_id_arg(arg, &c))
    return nullptr;
  struct timespec ts;
  if (clock_getres(c, &ts) != 0)
    return err_from_errno(OSError);
  return float_from_double(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

Object* time_get_clock_info(Object*, Object* arg) {
  if (!str_check(arg))
    return err_format(TypeError, "get_clock_info() argument must be str, not {}", arg_type_name(arg));
  const char* impl;
  clockid_t clk;
  bool monotonic = true, adjustable = false;
  if (str_equal_ascii(arg, "time")) {
    impl = "clock_gettime(CLOCK_REALTIME)";
    clk = CLOCK_REALTIME;
    monotonic = false;
    adjustable = true;
  } else if (str_equal_ascii(arg, "monotonic") || str_equal_ascii(arg, "perf_counter")) {
    impl = "clock_gettime(CLOCK_MONOTONIC)";
    clk = CLOCK_MONOTONIC;
  } else if (str_equal_ascii(arg, "process_time")) {
    impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    clk = CLOCK_PROCESS_CPUTIME_ID;
  } else if (str_equal_ascii(arg, "thread_time")) {
    impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    clk = CLOCK_THREAD_CPUTIME_ID;
  } else {
    return err_set_string(ValueError, "unknown clock");
  }
  struct timespec ts;
  double resolution = 1e-9;
  if (clock_getres(clk, &ts) == 0)
    resolution = static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  Object* d = dict_new();
  if (!d)
    return nullptr;
  Object* vals[4] = {str_from_ascii(impl), bool_from(monotonic), bool_from(adjustable),
                     float_from_double(resolution)};
  const char* names[4] = {"implementation", "monotonic", "adjustable", "resolution"};
  bool ok = true;
  for (int i = 0; i < 4; i++) {
    if (!vals[i] || dict_setitem_str(d, names[i], vals[i]) < 0)
      ok = false;
    xdecref(vals[i]);
  }
  Object* ns = ok ? namespace_new(d) : nullptr;
  decref(d);
  return ns;
}

// ---------------------------------------------------------------- sleep

// Seconds argument of sleep() as nanoseconds (rounded up, as CPython's
// timeout rounding).
bool sleep_arg(Object* o, int64_t* ns) {
  if (float_check(o)) {
    double d = float_value(o);
    if (std::isnan(d)) {
      err_set_string(ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double v = std::ceil(d * 1e9);
    if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) {
      err_set_string(OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *ns = static_cast<int64_t>(v);
    return true;
  }
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t secs = int_as_i64(i, &overflow);
  decref(i);
  if (overflow || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC) {
    err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *ns = secs * NS_PER_SEC;
  return true;
}

Object* time_sleep(Object*, Object* arg) {
  int64_t ns;
  if (!sleep_arg(arg, &ns))
    return nullptr;
  if (ns < 0)
    return err_set_string(ValueError, "sleep length must be non-negative");
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  int64_t deadline_ns = static_cast<int64_t>(now.tv_sec) * NS_PER_SEC + now.tv_nsec;
  if (deadline_ns > INT64_MAX - ns)
    deadline_ns = INT64_MAX;
  else
    deadline_ns += ns;
  struct timespec deadline;
  deadline.tv_sec = static_cast<time_t>(deadline_ns / NS_PER_SEC);
  deadline.tv_nsec = static_cast<long>(deadline_ns % NS_PER_SEC);
  for (;;) {
    // Other threads run while this one sleeps (runtime/gil.h).
    ThreadState* ts = gil_release();
    int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    gil_reacquire(ts);
    if (rc == 0)
      break;
    if (rc != EINTR) {
      errno = rc;
      return err_from_errno(OSError);
    }
    // Interrupted (PEP 475): run the Python signal handlers; the sleep
    // ends if one raises, else it resumes until the same deadline.
    if (err_check_signals() < 0)
      return nullptr;
  }
  return none_new();
}

// ---------------------------------------------------------------- struct_time

const char* const struct_time_fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour",  "tm_min",
                                          "tm_sec",  "tm_wday", "tm_yday", "tm_isdst", nullptr};
const char* const struct_time_hidden[] = {"tm_zone", "tm_gmtoff", nullptr};
StructSeqDesc struct_time_desc = {"time.struct_time", struct_time_fields,
                                  "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                                  " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                                  " sequence of 9 integers.",
                                  /*instantiable=*/true, struct_time_hidden};

Object* tm_to_struct_time(const struct tm& t) {
  auto i = [](long v) { return int_from_i64(v); };
  return structseq_new(&struct_time_desc,
                       {i(t.tm_year + 1900L), i(t.tm_mon + 1), i(t.tm_mday), i(t.tm_hour), i(t.tm_min),
                        i(t.tm_sec), i((t.tm_wday + 6) % 7), i(t.tm_yday + 1), i(t.tm_isdst),
                        t.tm_zone ? str_from_utf8(t.tm_zone) : newref(None), i(t.tm_gmtoff)});
}

// A timestamp argument (None = now) floored to whole seconds.
bool timestamp_arg(Object* o, time_t* out) {
  if (!o || o == None) {
    *out = time(nullptr);
    return true;
  }
  if (float_check(o)) {
    double d = float_value(o);
    if (std::isnan(d)) {
      err_set_string(ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      err_set_string(OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow) {
    err_set_string(OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<time_t>(v);
  return true;
}

bool to_tm(time_t t, bool local, struct tm* out) {
  errno = 0;
  struct tm* r = local ? localtime_r(&t, out) : gmtime_r(&t, out);
  if (!r) {
    if (errno == 0)
      errno = EINVAL;
    err_from_errno(OSError);
    return false;
  }
  return true;
}

Object* time_gmtime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("gmtime", nargs, 0, 1))
    return nullptr;
  time_t t;
  struct tm tm;
  if (!timestamp_arg(nargs ? args[0] : nullptr, &t) || !to_tm(t, false, &tm))
    return nullptr;
  return tm_to_struct_time(tm);
}

Object* time_localtime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("localtime", nargs, 0, 1))
    return nullptr;
  time_t t;
  struct tm tm;
  if (!timestamp_arg(nargs ? args[0] : nullptr, &t) || !to_tm(t, true, &tm))
    return nullptr;
  return tm_to_struct_time(tm);
}

// One item of a time tuple as a C int (PyArg_ParseTuple's "i").
bool tuple_int(Object* o, int* out) {
  if (float_check(o)) {
    err_set_string(TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t v = int_as_i64(i, &overflow);
  bool neg = int_sign(i) < 0;
  decref(i);
  if (overflow ? !neg : v > INT_MAX) {
    err_set_string(OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (overflow ? neg : v < INT_MIN) {
    err_set_string(OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

// A struct_time or 9-tuple into a struct tm (CPython's gettmarg).
bool tuple_to_tm(Object* t, struct tm* out, const char* illegal) {
  std::memset(out, 0, sizeof(*out));
  if (!tuple_check(t)) {
    err_set_string(TypeError, "Tuple or struct_time argument required");
    return false;
  }
  if (tuple_size(t) != 9) {
    err_set_string(TypeError, illegal);
    return false;
  }
  int v[9];
  for (int i = 0; i < 9; i++)
    if (!tuple_int(tuple_get(t, i), &v[i]))
      return false;
  out->tm_year = v[0] - 1900;
  out->tm_mon = v[1] - 1;
  out->tm_mday = v[2];
  out->tm_hour = v[3];
  out->tm_min = v[4];
  out->tm_sec = v[5];
  out->tm_wday = (v[6] + 1) % 7;
  out->tm_yday = v[7] - 1;
  out->tm_isdst = v[8];
  return true;
}

// The range checks of strftime and asctime (CPython's checktm), mapping 0
// to the lowest valid value for the 1-based fields.
bool check_tm(struct tm* b) {
  const char* bad = nullptr;
  if (b->tm_mon == -1)
    b->tm_mon = 0;
  else if (b->tm_mon < 0 || b->tm_mon > 11)
    bad = "month out of range";
  if (!bad) {
    if (b->tm_mday == 0)
      b->tm_mday = 1;
    else if (b->tm_mday < 0 || b->tm_mday > 31)
      bad = "day of month out of range";
  }
  if (!bad && (b->tm_hour < 0 || b->tm_hour > 23))
    bad = "hour out of range";
  if (!bad && (b->tm_min < 0 || b->tm_min > 59))
    bad = "minute out of range";
  if (!bad && (b->tm_sec < 0 || b->tm_sec > 61))
    bad = "seconds out of range";
  if (!bad && b->tm_wday < 0)
    bad = "day of week out of range";
  if (!bad) {
    if (b->tm_yday == -1)
      b->tm_yday = 0;
    else if (b->tm_yday < 0 || b->tm_yday > 365)
      bad = "day of year out of range";
  }
  if (bad) {
    err_set_string(ValueError, bad);
    return false;
  }
  return true;
}

Object* time_mktime(Object*, Object* arg) {
  struct tm tm;
  if (!tuple_to_tm(arg, &tm, "mktime(): illegal time tuple argument"))
    return nullptr;
  tm.tm_wday = -1; // sentinel: mktime() leaves it alone on failure
  time_t tt = mktime(&tm);
  if (tt == static_cast<time_t>(-1) && tm.tm_wday == -1)
    return err_set_string(OverflowError, "mktime argument out of range");
  return float_from_double(static_cast<double>(tt));
}

// ---------------------------------------------------------------- formatting

const char* const WDAY_NAMES[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const MON_NAMES[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Object* format_asctime(const struct tm& t) {
  return str_from_ascii(fmt::format("{} {}{:3d} {:02d}:{:02d}:{:02d} {}", WDAY_NAMES[t.tm_wday],
                                    MON_NAMES[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                                    1900L + t.tm_year));
}

Object* time_asctime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("asctime", nargs, 0, 1))
    return nullptr;
  struct tm tm;
  if (nargs == 0) {
    time_t now = time(nullptr);
    if (!to_tm(now, true, &tm))
      return nullptr;
  } else if (!tuple_to_tm(args[0], &tm, "asctime(): illegal time tuple argument") || !check_tm(&tm)) {
    return nullptr;
  }
  return format_asctime(tm);
}

Object* time_ctime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("ctime", nargs, 0, 1))
    return nullptr;
  time_t t;
  struct tm tm;
  if (!timestamp_arg(nargs ? args[0] : nullptr, &t) || !to_tm(t, true, &tm))
    return nullptr;
  return format_asctime(tm);
}

Object* time_strftime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("strftime", nargs, 1, 2))
    return nullptr;
  if (!str_check(args[0]))
    return err_format(TypeError, "strftime() argument 1 must be str, not {}", arg_type_name(args[0]));
  struct tm tm;
  if (nargs == 1) {
    time_t now = time(nullptr);
    if (!to_tm(now, true, &tm))
      return nullptr;
  } else {
    if (!tuple_to_tm(args[1], &tm, "strftime(): illegal time tuple argument") || !check_tm(&tm))
      return nullptr;
    if (tm.tm_isdst < -1)
      tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1)
      tm.tm_isdst = 1;
  }
  std::string_view fmt = str_view(args[0]);
  if (err_occurred())
    return nullptr;
  if (fmt.find('\0') != std::string_view::npos)
    return err_set_string(ValueError, "embedded null character");
  if (fmt.empty())
    return str_new_empty();
  std::string f(fmt);
  // strftime() returns 0 both for "buffer too small" and for an empty
  // result: grow the buffer up to 256 times the format's length.
  for (size_t size = 1024;; size *= 2) {
    std::string buf(size, '\0');
    size_t n = strftime(buf.data(), size, f.c_str(), &tm);
    if (n > 0 || size >= 256 * f.size()) {
      buf.resize(n);
      return str_decode_utf8(buf, "surrogateescape");
    }
  }
}

// ---------------------------------------------------------------- timezone

int init_timezone(Object* m) {
  tzset();
  constexpr time_t YEAR = (365 * 24 + 6) * 3600;
  time_t t = (time(nullptr) / YEAR) * YEAR;
  struct tm p;
  localtime_r(&t, &p);
  std::string janname = p.tm_zone ? p.tm_zone : "";
  long janzone = -p.tm_gmtoff;
  t += YEAR / 2;
  localtime_r(&t, &p);
  std::string julyname = p.tm_zone ? p.tm_zone : "";
  long julyzone = -p.tm_gmtoff;
  long tz, alt;
  std::string name0, name1;
  if (janzone < julyzone) { // southern hemisphere: DST in January
    tz = julyzone;
    alt = janzone;
    name0 = julyname;
    name1 = janname;
  } else {
    tz = janzone;
    alt = julyzone;
    name0 = janname;
    name1 = julyname;
  }
  Object* vals[4] = {int_from_i64(tz), int_from_i64(alt), int_from_i64(janzone != julyzone ? 1 : 0), nullptr};
  Object* n0 = str_decode_utf8(name0, "surrogateescape");
  Object* n1 = str_decode_utf8(name1, "surrogateescape");
  if (n0 && n1)
    vals[3] = tuple_pack({n0, n1});
  xdecref(n0);
  xdecref(n1);
  const char* names[4] = {"timezone", "altzone", "daylight", "tzname"};
  int rc = 0;
  for (int i = 0; i < 4; i++) {
    if (!vals[i] || module_add_object(m, names[i], vals[i]) < 0)
      rc = -1;
    xdecref(vals[i]);
  }
  return rc;
}

// Module functions are bound to their module: self is `time`.
Object* time_tzset(Object* self, Object*) {
  if (self && module_check(self) && init_timezone(self) < 0)
    return nullptr;
  return none_new();
}

// strptime(string[, format]): _strptime._strptime_time (lib/_strptime.py),
// imported through builtins.__import__ on each call as CPython does.
Object* time_strptime(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("strptime", nargs, 1, 2))
    return nullptr;
  Interpreter* interp = Interpreter::main();
  Object* imp = interp && interp->builtins ? dict_getitem_str(interp->builtins, "__import__") : nullptr;
  if (!imp)
    return err_set_string(ImportError, "__import__ not found");
  Object* name = str_from_ascii("_strptime");
  Object* mod = name ? object_call_one(imp, name) : nullptr;
  xdecref(name);
  if (!mod)
    return nullptr;
  Object* fn = object_getattr_str(mod, "_strptime_time");
  decref(mod);
  if (!fn)
    return nullptr;
  Object* r = object_vectorcall(fn, args, static_cast<size_t>(nargs), nullptr);
  decref(fn);
  return r;
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef time_functions[] = {
    {"time", time_time, METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, METH_NOARGS, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_monotonic, METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_monotonic_ns, METH_NOARGS,
     "Performance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, METH_NOARGS,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, METH_NOARGS, "Process time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, METH_NOARGS,
     "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", time_thread_time_ns, METH_NOARGS, "Thread time for profiling as nanoseconds."},
    {"clock_gettime", time_clock_gettime, METH_O, "Return the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, METH_O,
     "Return the time of the specified clock clk_id as nanoseconds."},
    {"clock_getres", time_clock_getres, METH_O,
     "Return the resolution (precision) of the specified clock clk_id."},
    {"get_clock_info", time_get_clock_info, METH_O, "Get information of the specified clock."},
    {"sleep", time_sleep, METH_O, "Delay execution for a given number of seconds."},
    {"gmtime", FN(time_gmtime), METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", FN(time_localtime), METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, METH_O, "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", FN(time_asctime), METH_FASTCALL,
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", FN(time_ctime), METH_FASTCALL,
     "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", FN(time_strftime), METH_FASTCALL,
     "Convert a time tuple to a string according to a format specification."},
    {"strptime", FN(time_strptime), METH_FASTCALL,
     "Parse a string to a time tuple according to a format specification."},
    {"tzset", time_tzset, METH_NOARGS, "Initialize, or reinitialize, the local timezone to the value of TZ."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* time_module_init() {
  Object* m = module_new_str("time");
  if (!m)
    return nullptr;
  if (module_add_functions(m, time_functions) < 0 ||
      module_add_object(m, "struct_time", structseq_type(&struct_time_desc)) < 0 || init_timezone(m) < 0) {
    decref(m);
    return nullptr;
  }
  const std::pair<const char*, long> clocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},
      {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
      {"_STRUCT_TM_ITEMS", 11},
  };
  for (auto& [name, value] : clocks) {
    Object* v = int_from_i64(value);
    if (!v || module_add_object(m, name, v) < 0) {
      xdecref(v);
      decref(m);
      return nullptr;
    }
    decref(v);
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("time", time_module_init);

} // namespace coil
