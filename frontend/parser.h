// Source text -> AST. Entry points of the frontend.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace coil::frontend {

// A syntax error with CPython's message and location. Positions are 1-based
// lines and 1-based columns in characters (CPython's SyntaxError.offset).
struct SyntaxErrorInfo {
  std::string type = "SyntaxError"; // or "IndentationError", "TabError"
  std::string message;              // "'(' was never closed", "invalid syntax", ...
  std::string filename;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
  std::string text; // the source line (UTF-8) with its newline, as CPython's SyntaxError.text
};

enum class ParseMode { Exec, Eval, Single, FuncType };

// Parses UTF-8 (or PEP 263-declared) source. Returns nullptr and fills
// `error` on failure. The tree lives in `arena`.
ast::Mod* parse(std::string_view source, const std::string& filename, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& error, int feature_flags = 0);

} // namespace coil::frontend
