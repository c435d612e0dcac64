// CPython 3.11's exception table (co_exceptiontable).
//
// Invariants
// - Entries are sorted by start, non-overlapping, each
//   (start, length, target, depth<<1 | lasti) in code units.
// - Each field is a big-endian varint of 6-bit groups, 0x40 marking "more
//   groups follow"; the first byte of an entry carries 0x80.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coil::bytecode {

struct ExceptionTableEntry {
  int start = 0, end = 0; // code units, [start, end)
  int target = 0;         // code unit of the handler
  int depth = 0;          // stack depth to unwind to
  bool lasti = false;     // push the raising instruction's offset first
  bool operator==(const ExceptionTableEntry&) const = default;
};

std::string encode_exception_table(const std::vector<ExceptionTableEntry>& entries);
std::vector<ExceptionTableEntry> decode_exception_table(const std::string& table);

struct HandlerInfo {
  int target, depth;
  bool lasti;
};
// The handler covering code unit `index`, if any.
std::optional<HandlerInfo> find_handler(const std::string& table, int index);
std::optional<HandlerInfo> find_handler(const char* table, size_t size, int index);

} // namespace coil::bytecode
