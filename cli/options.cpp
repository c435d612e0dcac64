#include "cli/options.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace coil::cli {

namespace {

constexpr const char* VERSION = "0.1.0";
constexpr const char* PYTHON_VERSION = "3.11.7";

const char* usage_line = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

void print_usage_error(const char* prog) {
  fprintf(stderr, usage_line, prog);
  fprintf(stderr, "Try `coil -h' for more information.\n");
}

void print_help(const char* prog) {
  printf(usage_line, prog);
  printf(
      "Options (and corresponding environment variables):\n"
      "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
      "-c cmd : program passed in as string (terminates option list)\n"
      "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
      "-h     : print this help message and exit (also -? or --help)\n"
      "-i     : inspect interactively after running script\n"
      "-I     : isolate Coil from the user's environment (implies -E and -s)\n"
      "-m mod : run library module as a script (terminates option list)\n"
      "-O     : remove assert and __debug__-dependent statements\n"
      "-OO    : do -O changes and also discard docstrings\n"
      "-q     : don't print version and copyright messages on interactive startup\n"
      "-s     : don't add user site directory to sys.path\n"
      "-S     : don't imply 'import site' on initialization\n"
      "-u     : force the stdout and stderr streams to be unbuffered\n"
      "-V     : print the version number and exit (also --version)\n"
      "-W arg : warning control\n"
      "-X opt : set implementation-specific option\n"
      "file   : program read from script file\n"
      "-      : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...: arguments passed to program in sys.argv[1:]\n"
      "\n"
      "JIT options (also as -X name=value or COIL_NAME environment variables):\n"
      "--jit=off|on|eager      : interpreter only; tiered (default); compile every function at first call\n"
      "--jit-sync              : compile on the calling thread (reproducible tests)\n"
      "--jit-threshold=N       : calls before a function is compiled (default 1000)\n"
      "--jit-loop-threshold=N  : loop back-edges before a function is compiled (default 10000)\n"
      "--jit-only=GLOB         : compile only functions whose module:qualname matches\n"
      "--jit-opt=0..3          : LLVM optimisation level (default 1)\n"
      "--dump-ir[=pre|post|both]: print each compiled function's LLVM IR (before/after optimisation)\n"
      "--dump-asm              : print each compiled function's machine code\n"
      "--dump-dir=DIR          : write dumps to DIR, one file per function and stage\n"
      "--jit-trace[=FILE]      : a line per JIT event (compiled, skipped, failed)\n"
      "--jit-stats[=json:FILE] : JIT statistics at exit\n"
      "--gdb-jit               : register compiled code with GDB's JIT interface\n"
      "-X perf                 : write /tmp/perf-PID.map for perf\n"
      "\n"
      "Memory checks (docs/ROBUSTNESS.md, \"Leak checks\"):\n"
      "-X showrefcount         : at exit, print [N refs, M blocks] on stderr: the total reference count\n"
      "                          and the number of the heap objects still alive\n"
      "coil leakcheck [-n N] FILE [args]: run FILE N times (default 4) in one process; fail if live\n"
      "                          objects grow between the second run and the last\n");
}

bool parse_int(std::string_view s, long lo, long hi, long* out) {
  if (s.empty())
    return false;
  std::string tmp(s);
  char* end;
  errno = 0;
  long v = strtol(tmp.c_str(), &end, 10);
  if (*end || errno || v < lo || v > hi)
    return false;
  *out = v;
  return true;
}

// Applies one JIT setting given by name ("jit", "jit-sync", ...). Returns false if unknown/invalid.
bool apply_jit_option(Config& c, std::string_view name, std::string_view value, bool has_value,
                      std::string* error) {
  long n;
  if (name == "jit") {
    if (!has_value || value == "on")
      c.jit_mode = Config::JitMode::On;
    else if (value == "off")
      c.jit_mode = Config::JitMode::Off;
    else if (value == "eager")
      c.jit_mode = Config::JitMode::Eager;
    else {
      *error = "--jit must be off, on or eager, not '" + std::string(value) + "'";
      return false;
    }
    return true;
  }
  if (name == "jit-sync") {
    c.jit_sync = !has_value || value == "1" || value == "on";
    return true;
  }
  if (name == "jit-threshold" || name == "jit-loop-threshold") {
    if (!has_value || !parse_int(value, 0, INT_MAX, &n)) {
      *error = "--" + std::string(name) + " expects a non-negative integer";
      return false;
    }
    (name == "jit-threshold" ? c.jit_threshold : c.jit_loop_threshold) = static_cast<int>(n);
    return true;
  }
  if (name == "jit-opt") {
    if (!has_value || !parse_int(value, 0, 3, &n)) {
      *error = "--jit-opt expects 0, 1, 2 or 3";
      return false;
    }
    c.jit_opt = static_cast<int>(n);
    return true;
  }
  if (name == "jit-only") {
    if (!has_value) {
      *error = "--jit-only expects a pattern";
      return false;
    }
    c.jit_only = std::string(value);
    return true;
  }
  if (name == "dump-ir") {
    if (!has_value || value == "both")
      c.dump_ir_pre = c.dump_ir_post = true;
    else if (value == "pre")
      c.dump_ir_pre = true;
    else if (value == "post")
      c.dump_ir_post = true;
    else {
      *error = "--dump-ir must be pre, post or both, not '" + std::string(value) + "'";
      return false;
    }
    return true;
  }
  if (name == "dump-asm") {
    c.dump_asm = !has_value || value == "1" || value == "on";
    return true;
  }
  if (name == "dump-dir") {
    if (!has_value || value.empty()) {
      *error = "--dump-dir expects a directory";
      return false;
    }
    c.dump_dir = std::string(value);
    return true;
  }
  if (name == "jit-trace") {
    c.jit_trace = true;
    c.jit_trace_file = has_value && value != "1" ? std::string(value) : std::string();
    return true;
  }
  if (name == "jit-stats") {
    c.jit_stats = true;
    if (has_value && value != "1") {
      if (value.rfind("json:", 0) != 0 || value.size() == 5) {
        *error = "--jit-stats expects nothing or json:FILE";
        return false;
      }
      c.jit_stats_json = std::string(value.substr(5));
    }
    return true;
  }
  if (name == "perf") {
    c.perf_map = true;
    return true;
  }
  if (name == "gdb-jit") {
    c.gdb_jit = true;
    return true;
  }
  if (name == "jit-explain") {
    c.jit_explain = true;
    return true;
  }
  if (name == "jit-library") {
    c.jit_library = std::string(value);
    return true;
  }
  *error = "unknown option --" + std::string(name);
  return false;
}

const char* env(const Config& c, const char* name) {
  if (c.ignore_environment)
    return nullptr;
  const char* v = getenv(name);
  return v && *v ? v : nullptr;
}

std::string dirname_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos)
    return "";
  if (slash == 0)
    return "/";
  return path.substr(0, slash);
}

} // namespace

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/')
    return path;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf))
    return path;
  return std::string(buf) + "/" + path;
}

int parse_options(int argc, char** argv, Options& opts) {
  Config& c = opts.config;
  const char* prog = argv[0];
  bool x_int_max_str_digits = false;
  c.program_name = prog; // as CPython: messages name the program as invoked
  for (int i = 0; i < argc; i++)
    c.orig_argv.emplace_back(argv[i]);
  bool have_target = false;
  int i = 1;
  std::string error;
  for (; i < argc && !have_target; i++) {
    const char* a = argv[i];
    if (a[0] != '-' || a[1] == '\0') {
      break; // a file name, or "-" (stdin)
    }
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[1] == '-') {
      std::string_view opt(a + 2);
      if (opt == "version") {
        printf("Coil %s (Python %s)\n", VERSION, PYTHON_VERSION);
        return 0;
      }
      if (opt == "help") {
        print_help(prog);
        return 0;
      }
      size_t eq = opt.find('=');
      std::string_view name = opt.substr(0, eq);
      std::string_view value = eq == std::string_view::npos ? std::string_view() : opt.substr(eq + 1);
      if (!apply_jit_option(c, name, value, eq != std::string_view::npos, &error)) {
        if (error.rfind("unknown option", 0) == 0)
          fprintf(stderr, "unknown option %s\n", a);
        else
          fprintf(stderr, "%s\n", error.c_str());
        print_usage_error(prog);
        return 2;
      }
      continue;
    }
    // Short options, possibly combined (-uB), some taking an argument.
    for (const char* p = a + 1; *p; p++) {
      char ch = *p;
      auto take_arg = [&](std::string& out) -> bool {
        if (p[1]) {
          out = p + 1;
        } else if (i + 1 < argc) {
          out = argv[++i];
        } else {
          fprintf(stderr, "Argument expected for the -%c option\n", ch);
          print_usage_error(prog);
          return false;
        }
        return true;
      };
      std::string arg;
      switch (ch) {
      case 'c':
        if (!take_arg(arg))
          return 2;
        opts.command = arg + "\n";
        opts.mode = RunMode::Command;
        have_target = true;
        goto next_arg;
      case 'm':
        if (!take_arg(arg))
          return 2;
        opts.module = arg;
        opts.mode = RunMode::Module;
        have_target = true;
        goto next_arg;
      case 'W':
        if (!take_arg(arg))
          return 2;
        c.warnoptions.push_back(arg);
        goto next_arg;
      case 'X': {
        if (!take_arg(arg))
          return 2;
        c.xoptions.push_back(arg);
        size_t eq = arg.find('=');
        std::string name = arg.substr(0, eq);
        std::string value = eq == std::string::npos ? "" : arg.substr(eq + 1);
        if (name.rfind("jit", 0) == 0 || name.rfind("dump-", 0) == 0 || name == "perf" || name == "gdb-jit") {
          if (!apply_jit_option(c, name, value, eq != std::string::npos, &error)) {
            fprintf(stderr, "%s\n", error.c_str());
            print_usage_error(prog);
            return 2;
          }
        } else if (name == "int_max_str_digits") {
          long n;
          if (!parse_int(value, 0, INT_MAX, &n) || (n != 0 && n < 640)) {
            fprintf(stderr,
                    "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid "
                    "limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n");
            return 1;
          }
          c.int_max_str_digits = static_cast<int>(n);
          x_int_max_str_digits = true;
        }
        goto next_arg;
      }
      case 'B':
        c.dont_write_bytecode = true;
        break;
      case 'E':
        c.ignore_environment = true;
        break;
      case 'I':
        c.isolated = c.ignore_environment = c.no_user_site = true;
        break;
      case 'O':
        c.optimize++;
        break;
      case 'q':
        c.quiet = true;
        break;
      case 's':
        c.no_user_site = true;
        break;
      case 'S':
        c.no_site = true;
        break;
      case 'u':
        c.unbuffered = true;
        break;
      case 'i':
        c.inspect = true;
        break;
      case 'b':
      case 'd':
      case 'v':
      case 'R':
      case 'P':
        break; // accepted as python3 does; no effect here
      case 'h':
      case '?':
        print_help(prog);
        return 0;
      case 'V':
        if (p[1] == 'V')
          printf("Coil %s (Python %s compatible; C++20, GCC %d.%d)\n", VERSION, PYTHON_VERSION, __GNUC__,
                 __GNUC_MINOR__);
        else
          printf("Coil %s (Python %s)\n", VERSION, PYTHON_VERSION);
        return 0;
      default:
        fprintf(stderr, "Unknown option: -%c\n", ch);
        print_usage_error(prog);
        return 2;
      }
    }
  next_arg:;
  }

  // The target and sys.argv.
  if (opts.mode == RunMode::Command) {
    c.argv.push_back("-c");
  } else if (opts.mode == RunMode::Module) {
    c.argv.push_back(opts.module); // replaced by the module's path as CPython's runpy does
  } else if (i < argc) {
    if (strcmp(argv[i], "-") == 0) {
      opts.mode = RunMode::Stdin;
      c.argv.push_back("-");
    } else {
      opts.mode = RunMode::File;
      opts.file = argv[i];
      c.argv.push_back(argv[i]);
    }
    i++;
  } else {
    opts.mode = RunMode::Stdin;
    c.argv.push_back("");
  }
  for (; i < argc; i++)
    c.argv.emplace_back(argv[i]);

  // Environment.
  if (const char* v = env(c, "PYTHONUNBUFFERED"))
    c.unbuffered = c.unbuffered || *v;
  if (env(c, "PYTHONDONTWRITEBYTECODE"))
    c.dont_write_bytecode = true;
  if (const char* v = env(c, "PYTHONHASHSEED")) {
    long n;
    if (strcmp(v, "random") == 0) {
      c.use_hash_seed = false;
    } else if (parse_int(v, 0, 4294967295L, &n)) {
      c.use_hash_seed = true;
      c.hash_seed = static_cast<uint64_t>(n);
    } else {
      fprintf(stderr,
              "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer "
              "in range [0; 4294967295]\nPython runtime state: preinitialized\n\n");
      return 1;
    }
  }
  // As CPython: an invalid PYTHONINTMAXSTRDIGITS is fatal even when
  // -X int_max_str_digits (which wins) is given.
  if (const char* v = env(c, "PYTHONINTMAXSTRDIGITS")) {
    long n;
    if (!parse_int(v, 0, INT_MAX, &n) || (n != 0 && n < 640)) {
      fprintf(stderr,
              "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; "
              "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n");
      return 1;
    }
    if (!x_int_max_str_digits)
      c.int_max_str_digits = static_cast<int>(n);
  }
  static const char* const jit_env[][2] = {{"COIL_JIT", "jit"},
                                           {"COIL_JIT_SYNC", "jit-sync"},
                                           {"COIL_JIT_THRESHOLD", "jit-threshold"},
                                           {"COIL_JIT_LOOP_THRESHOLD", "jit-loop-threshold"},
                                           {"COIL_JIT_ONLY", "jit-only"},
                                           {"COIL_JIT_OPT", "jit-opt"},
                                           {"COIL_DUMP_IR", "dump-ir"},
                                           {"COIL_DUMP_ASM", "dump-asm"},
                                           {"COIL_DUMP_DIR", "dump-dir"},
                                           {"COIL_JIT_TRACE", "jit-trace"},
                                           {"COIL_JIT_STATS", "jit-stats"},
                                           {"COIL_PERF", "perf"},
                                           {"COIL_GDB_JIT", "gdb-jit"},
                                           {"COIL_JIT_LIBRARY", "jit-library"}};
  for (auto& e : jit_env) {
    const char* v = getenv(e[0]);
    if (v && *v) {
      if (!apply_jit_option(c, e[1], v, true, &error)) {
        fprintf(stderr, "%s: %s\n", e[0], error.c_str());
        return 2;
      }
    }
  }

  // sys.path: the script's folder (or '' for -c, the cwd for -m), PYTHONPATH, Coil's lib/.
  if (opts.mode == RunMode::File) {
    char buf[PATH_MAX];
    std::string real = realpath(opts.file.c_str(), buf) ? std::string(buf) : absolute_path(opts.file);
    c.path.push_back(dirname_of(real));
  } else if (opts.mode == RunMode::Module) {
    c.path.push_back(absolute_path("."));
    if (!c.path.back().empty() && c.path.back().size() > 2 &&
        c.path.back().substr(c.path.back().size() - 2) == "/.")
      c.path.back().resize(c.path.back().size() - 2);
  } else {
    c.path.push_back("");
  }
  if (const char* pp = env(c, "PYTHONPATH")) {
    std::string s(pp);
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      // As CPython (site.abs_paths): entries are made absolute, an empty one
      // is the current folder.
      if (part.empty() || part[0] != '/') {
        part = absolute_path(part.empty() ? "." : part);
        if (part.size() > 2 && part.compare(part.size() - 2, 2, "/.") == 0)
          part.resize(part.size() - 2);
      }
      c.path.push_back(part);
      if (colon == std::string::npos)
        break;
      start = colon + 1;
    }
  }
#ifdef COIL_LIB_DIR
  c.lib_dir = COIL_LIB_DIR;
  c.path.push_back(c.lib_dir);
#endif
  return -1;
}

} // namespace coil::cli
