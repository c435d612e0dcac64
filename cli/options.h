// Command-line parsing for `coil`: python3's options (same spelling, same
// messages, same exit statuses) and the JIT flags, each also accepted as
// `-X name[=value]` and as a COIL_NAME environment variable.
#pragma once

#include <string>

#include "runtime/thread_state.h"

namespace coil::cli {

enum class RunMode { File, Command, Module, Stdin };

struct Options {
  Config config;
  RunMode mode = RunMode::Stdin;
  std::string file;
  std::string command;
  std::string module;
};

// Fills `opts` from argv and the environment. Returns -1 to go on running,
// or the exit status to end with (after -h, -V, or a usage error).
int parse_options(int argc, char** argv, Options& opts);

std::string absolute_path(const std::string& path);

} // namespace coil::cli
