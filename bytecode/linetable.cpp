// Encoder and decoder of CPython 3.11's co_linetable (see linetable.h).
//
// Invariants
// - The decoder reads tables from marshal data (untrusted): varints longer
//   than 32 bits drop their high bits and line arithmetic wraps, so any
//   bytes decode to some locations without undefined behaviour.
#include "bytecode/linetable.h"

namespace coil::bytecode {

void LineTableWriter::varint(unsigned v) {
  while (v >= 64) {
    out_.push_back(char(0x40 | (v & 63)));
    v >>= 6;
  }
  out_.push_back(char(v));
}

void LineTableWriter::add(const Location& loc, int length) {
  while (length > 0) {
    int n = length > 8 ? 8 : length;
    entry(loc, n);
    length -= n;
  }
}

void LineTableWriter::entry(const Location& loc, int length) {
  if (loc.line < 0) {
    first_byte(15, length);
    return;
  }
  int delta = loc.line - line_;
  int col = loc.col, end_col = loc.end_col;
  if (col < 0 || end_col < 0) {
    if (loc.end_line == loc.line || loc.end_line == -1) {
      first_byte(13, length);
      svarint(delta);
      line_ = loc.line;
      return;
    }
  } else if (loc.end_line == loc.line) {
    if (delta == 0 && col < 80 && end_col - col < 16 && end_col >= col) {
      first_byte(col / 8, length);
      out_.push_back(char(((col % 8) << 4) | (end_col - col)));
      return;
    }
    if (delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
      first_byte(10 + delta, length);
      out_.push_back(char(col));
      out_.push_back(char(end_col));
      line_ = loc.line;
      return;
    }
  }
  first_byte(14, length);
  svarint(delta);
  varint(unsigned(loc.end_line - loc.line));
  varint(unsigned(col + 1));
  varint(unsigned(end_col + 1));
  line_ = loc.line;
}

namespace {
struct Reader {
  const std::string& t;
  size_t pos = 0;
  unsigned byte() { return pos < t.size() ? static_cast<unsigned char>(t[pos++]) : 0; }
  unsigned varint() {
    unsigned b = byte(), v = b & 63, shift = 0;
    while (b & 64) {
      b = byte();
      shift += 6;
      if (shift < 32)
        v |= (b & 63) << shift;
    }
    return v;
  }
  int svarint() {
    unsigned v = varint();
    return (v & 1) ? -int(v >> 1) : int(v >> 1);
  }
};

// a + b wrapping around (no overflow on hostile tables).
int wrap_add(int a, int b) {
  return int(unsigned(a) + unsigned(b));
}

// Calls fn(location, length) for each entry.
template <class F> void walk(const std::string& table, int firstlineno, F fn) {
  Reader r{table};
  int line = firstlineno;
  while (r.pos < table.size()) {
    unsigned first = r.byte();
    int code = (first >> 3) & 15, length = (first & 7) + 1;
    Location loc;
    if (code == 15) {
      // no location
    } else if (code == 14) {
      line = wrap_add(line, r.svarint());
      loc.line = line;
      loc.end_line = wrap_add(line, int(r.varint()));
      loc.col = wrap_add(int(r.varint()), -1);
      loc.end_col = wrap_add(int(r.varint()), -1);
    } else if (code == 13) {
      line = wrap_add(line, r.svarint());
      loc.line = loc.end_line = line;
    } else if (code >= 10) {
      line = wrap_add(line, code - 10);
      loc.line = loc.end_line = line;
      loc.col = int(r.byte());
      loc.end_col = int(r.byte());
    } else {
      unsigned second = r.byte();
      loc.line = loc.end_line = line;
      loc.col = code * 8 + int((second >> 4) & 7);
      loc.end_col = loc.col + int(second & 15);
    }
    fn(loc, length);
  }
}
} // namespace

std::vector<Location> decode_positions(const std::string& table, int firstlineno, int ncodeunits) {
  std::vector<Location> out;
  out.reserve(ncodeunits);
  walk(table, firstlineno, [&](const Location& loc, int length) {
    for (int i = 0; i < length; i++)
      out.push_back(loc);
  });
  out.resize(ncodeunits);
  return out;
}

std::vector<LineRange> decode_lines(const std::string& table, int firstlineno) {
  std::vector<LineRange> out;
  int addr = 0;
  walk(table, firstlineno, [&](const Location& loc, int length) {
    int end = addr + length * 2;
    out.push_back({addr, end, loc.line});
    addr = end;
  });
  return out;
}

} // namespace coil::bytecode
