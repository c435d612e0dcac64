// CPython 3.11's location table (co_linetable): one entry per run of up to 8
// code units giving (line, end_line, col, end_col).
//
// Invariants
// - Entry = first byte 0x80 | code<<3 | (length-1), then code-specific bytes
//   (short forms 0-9, one-line forms 10-12, no-column 13, long 14, none 15).
// - Lines are deltas from the previous entry's line, starting at
//   co_firstlineno; "none" entries (15) do not move the current line.
// - Columns are 0-based UTF-8 byte offsets; -1 means unknown.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace coil::bytecode {

struct Location {
  int line = -1, end_line = -1, col = -1, end_col = -1;
  bool operator==(const Location&) const = default;
};

// Builds co_linetable from one Location per code unit run: `locs[i]` covers
// `lengths[i]` code units (any positive length; split into <= 8 unit entries).
class LineTableWriter {
public:
  explicit LineTableWriter(int firstlineno) : line_(firstlineno) {}
  void add(const Location& loc, int length);
  const std::string& bytes() const { return out_; }

private:
  void entry(const Location& loc, int length);
  void first_byte(int code, int length) { out_.push_back(char(0x80 | (code << 3) | (length - 1))); }
  void varint(unsigned v);
  void svarint(int v) { varint(v < 0 ? ((unsigned(-v) << 1) | 1) : (unsigned(v) << 1)); }
  std::string out_;
  int line_;
};

// Decodes a line table into one Location per code unit (`ncodeunits` long;
// units past the table's end get the unknown location).
std::vector<Location> decode_positions(const std::string& table, int firstlineno, int ncodeunits);

// One co_lines() range: [start, end) in BYTES, line or -1 for None.
struct LineRange {
  int start, end, line;
};
// co_lines() as CPython 3.11: one range per table entry (no merging).
std::vector<LineRange> decode_lines(const std::string& table, int firstlineno);

} // namespace coil::bytecode
