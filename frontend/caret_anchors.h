// CPython 3.11's traceback "anchors": which part of an instruction's
// source segment gets the primary '~' and which the '^' carets. Found by
// parsing the segment; registered as Interpreter::caret_anchors_hook.
#pragma once

#include <string_view>

namespace coil::frontend {

// For a segment that parses as one expression statement: a BinOp anchors
// on its operator (one or two characters), a Subscript on "[...]". Offsets
// are UTF-8 byte offsets into `segment`. Returns false otherwise.
bool find_caret_anchors(std::string_view segment, int* left_end, int* right_start, int* right_end);
void install_caret_anchors();

} // namespace coil::frontend
