// The `coil` executable: python3's command line (../shared/CLI.md), plus
// the JIT flags. Parses options into a Config, starts the runtime, runs the
// script / -c command / -m module / stdin, and maps the outcome to an exit
// status as CPython does.
#include <unistd.h>

#include <climits>
#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/run_module.h"
#include "cli/subcommands.h"
#include "frontend/caret_anchors.h"
#include "frontend/compile.h"
#include "interp/interp.h"
#include "interp/slowpaths.h"
#include "interp/tiering.h"
#include "runtime/errors.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"
#include "runtime/traceback.h"

using namespace coil;

namespace {

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Creates __main__ and registers it in sys.modules.
Object* make_main_module(const std::string* file) {
  Object* m = module_new_str("__main__");
  if (!m)
    return nullptr;
  Object* d = module_dict(m);
  // CPython's __main__ always starts with an empty __annotations__.
  Object* annotations = dict_new();
  if (!annotations || dict_setitem_str(d, "__annotations__", annotations) < 0) {
    xdecref(annotations);
    decref(m);
    return nullptr;
  }
  decref(annotations);
  if (dict_setitem_str(d, "__builtins__", dict_getitem_str(Interpreter::main()->modules, "builtins")) < 0 ||
      dict_setitem_str(Interpreter::main()->modules, "__main__", m) < 0) {
    decref(m);
    return nullptr;
  }
  if (file) {
    Object* f = str_from_utf8(*file);
    if (!f || dict_setitem_str(d, "__file__", f) < 0 || dict_setitem_str(d, "__cached__", None) < 0) {
      xdecref(f);
      decref(m);
      return nullptr;
    }
    decref(f);
  }
  return m;
}

// Runs source text as __main__. Returns 0 on success, -1 with an exception set.
// CPython's file tokenizer rejects some scripts before parsing them
// (undeclared non-UTF-8 bytes, null bytes, encoding problems). 0/-1.
int check_script_file(const std::string& source, const std::string& filename) {
  Object* fn = str_from_utf8(filename);
  if (!fn)
    return -1;
  int rc = frontend::check_script_source(source, fn);
  decref(fn);
  return rc;
}

int run_source(const std::string& source, const std::string& filename, const std::string* file_attr,
               const cli::MainTarget* target = nullptr) {
  Object* main = make_main_module(file_attr);
  if (!main)
    return -1;
  if (target && cli::set_main_module_attrs(main, *target) < 0) {
    decref(main);
    return -1;
  }
  Object* fn = str_from_utf8(filename);
  if (!fn) {
    decref(main);
    return -1;
  }
  Interpreter* interp = Interpreter::main();
  // CPython keeps the parser's arena (its constants and identifiers) alive
  // while the main module runs; sys.getrefcount of a constant counts it.
  Object* parse_objects = nullptr;
  Object* code = interp->compile_hook(source, fn, "exec", 0, interp->config.optimize, &parse_objects);
  decref(fn);
  if (!code) {
    decref(main);
    return -1;
  }
  Object* r = interp::eval_code(code, module_dict(main), module_dict(main));
  decref(code);
  xdecref(parse_objects);
  decref(main);
  if (!r)
    return -1;
  decref(r);
  return 0;
}

// Maps a pending exception to the process exit status, printing it as CPython does.
int exit_status_for_error(bool* interrupted) {
  Object* exc = err_current();
  if (exc && is_instance_of(exc, static_cast<TypeObject*>(SystemExit))) {
    Object* e = err_fetch();
    int status = handle_system_exit(e);
    decref(e);
    return status;
  }
  if (exc && is_instance_of(exc, static_cast<TypeObject*>(KeyboardInterrupt)))
    *interrupted = true;
  err_print();
  return 1;
}

} // namespace

int main(int argc, char** argv) {
  if (int b = cli::run_bench(argc, argv); b >= 0)
    return b;
  std::vector<char*> subcommand_argv; // `coil dis FILE` and the like, as a plain command line
  if (cli::rewrite_subcommand(argc, argv, subcommand_argv)) {
    argc = int(subcommand_argv.size()) - 1;
    argv = subcommand_argv.data();
  }
  cli::Options opts;
  int early = cli::parse_options(argc, argv, opts);
  if (early >= 0)
    return early;

  Config& config = opts.config;
  if (runtime_init(config) < 0)
    return 1;
  frontend::frontend_register();
  frontend::install_caret_anchors();
  if (interp::install() < 0) {
    err_print();
    return 1;
  }
  faulthandler_init_from_config(config);
  if (signals_init() < 0) { // SIGINT -> KeyboardInterrupt (runtime/modules/signal.h)
    err_print();
    return 1;
  }
  // As CPython: -W options import the warnings module at start-up, so that
  // they apply from the first statement and bad ones are reported at once.
  if (!config.warnoptions.empty()) {
    if (Object* warnings = interp::import_module("warnings"))
      decref(warnings);
    else
      err_print();
  }

  int status = 0;
  bool interrupted = false;
  int rc = 0;
  switch (opts.mode) {
  case cli::RunMode::Command:
    rc = run_source(opts.command, "<string>", nullptr);
    break;
  case cli::RunMode::Module: {
    // Run a module as __main__, found as runpy does (parent packages imported first).
    cli::MainTarget target;
    int found = cli::find_main_module(opts.module, config.program_name, &target);
    if (found != 0) {
      if (found < 0) {
        rc = -1;
        break;
      }
      flush_std_streams();
      interp::tier_finalize();
      runtime_finalize();
      return 1;
    }
    std::string path = target.path;
    // As runpy: sys.argv[0] is the module's file.
    Object* zero = int_from_i64(0);
    if (Object* argv = dict_getitem_str(Interpreter::main()->sysdict, "argv")) {
      Object* p = str_from_utf8(path);
      if (!p || object_setitem(argv, zero, p) < 0)
        err_clear();
      xdecref(p);
    }
    xdecref(zero);
    std::ifstream f(path, std::ios::binary);
    std::string source;
    read_all(f, source);
    rc = run_source(source, path, &path, &target);
    break;
  }
  case cli::RunMode::Stdin: {
    std::string source;
    read_all(std::cin, source);
    rc = run_source(source, "<stdin>", nullptr);
    break;
  }
  case cli::RunMode::File: {
    struct stat st;
    if (stat(opts.file.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      // As CPython: a folder runs its __main__.py; without one it is an error.
      std::string main_py = opts.file + "/__main__.py";
      if (stat(main_py.c_str(), &st) != 0) {
        fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", config.program_name.c_str(),
                cli::absolute_path(opts.file).c_str());
        interp::tier_finalize();
        runtime_finalize();
        return 1;
      }
      opts.file = main_py;
    }
    std::ifstream f(opts.file, std::ios::binary);
    if (!f) {
      int e = errno;
      fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", config.program_name.c_str(),
              cli::absolute_path(opts.file).c_str(), e, strerror(e));
      return 2;
    }
    std::string source;
    read_all(f, source);
    // As CPython 3.9+: __main__.__file__ and code filenames are absolute.
    std::string abs = cli::absolute_path(opts.file);
    rc = check_script_file(source, abs) < 0 ? -1 : run_source(source, abs, &abs);
    break;
  }
  }
  if (rc < 0) {
    // For a script file CPython flushes stdout before printing the traceback
    // (not for -c/-m), so buffered output precedes the error in a pipe.
    if (opts.mode == cli::RunMode::File)
      flush_std_streams();
    status = exit_status_for_error(&interrupted);
  }
  flush_std_streams(); // the program's output comes before the JIT's reports
  interp::tier_finalize();
  signals_finalize();
  runtime_finalize();
  fflush(stdout);
  fflush(stderr);
  if (interrupted) {
    // As CPython: end by the signal so the shell sees 130.
    std::signal(SIGINT, SIG_DFL);
    raise(SIGINT);
    status = 128 + SIGINT; // SIGINT was blocked: CPython's exit_sigint status
  }
  return status;
}
