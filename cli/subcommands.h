// `coil SUBCOMMAND ...` (../shared/CLI.md): a subcommand is recognised only
// as the first argument and only when no file of that name exists; `coil --
// NAME` always runs a file.
#pragma once

#include <vector>

namespace coil::cli {

// When argv names a subcommand, fills `out` with the equivalent command line
// (pointers into argv or static strings) and returns true; otherwise leaves
// `out` alone and returns false.
//   coil dis FILE[:FUNC]  ->  coil <lib>/dis.py FILE[:FUNC]
//   coil ir FILE:FUNC     ->  coil <lib>/_coil_ir.py FILE:FUNC
//   coil explain FILE ... ->  coil -X jit-explain FILE ...
bool rewrite_subcommand(int argc, char** argv, std::vector<char*>& out);

// `coil bench [options] FILE [args]`: runs FILE with --jit=off and with the
// JIT in separate processes, N times each, and compares (cli/bench.cpp).
// Returns the exit status, or -1 when argv is not a bench command line.
int run_bench(int argc, char** argv);

} // namespace coil::cli
