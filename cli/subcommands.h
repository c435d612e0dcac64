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
bool rewrite_subcommand(int argc, char** argv, std::vector<char*>& out);

} // namespace coil::cli
