// Exception table encoding/decoding (see exceptiontable.h).
#include "bytecode/exceptiontable.h"

namespace coil::bytecode {

namespace {
void put_varint(std::string& out, unsigned v, unsigned first_flag) {
  int groups = 1;
  while (groups < 6 && (v >> (6 * groups)) != 0)
    groups++;
  for (int g = groups - 1; g >= 0; g--) {
    unsigned b = (v >> (6 * g)) & 63;
    if (g > 0)
      b |= 0x40;
    out.push_back(char(b | first_flag));
    first_flag = 0;
  }
}

struct Reader {
  const unsigned char* p;
  size_t n, pos = 0;
  bool at_end() const { return pos >= n; }
  unsigned varint() {
    unsigned v = 0;
    while (pos < n) {
      unsigned b = p[pos++];
      v = (v << 6) | (b & 63);
      if (!(b & 0x40))
        break;
    }
    return v;
  }
};
} // namespace

std::string encode_exception_table(const std::vector<ExceptionTableEntry>& entries) {
  std::string out;
  for (auto& e : entries) {
    put_varint(out, unsigned(e.start), 0x80);
    put_varint(out, unsigned(e.end - e.start), 0);
    put_varint(out, unsigned(e.target), 0);
    put_varint(out, unsigned(e.depth << 1 | (e.lasti ? 1 : 0)), 0);
  }
  return out;
}

std::vector<ExceptionTableEntry> decode_exception_table(const std::string& table) {
  std::vector<ExceptionTableEntry> v;
  Reader r{reinterpret_cast<const unsigned char*>(table.data()), table.size()};
  while (!r.at_end()) {
    ExceptionTableEntry e;
    e.start = int(r.varint());
    e.end = e.start + int(r.varint());
    e.target = int(r.varint());
    unsigned dl = r.varint();
    e.depth = int(dl >> 1);
    e.lasti = dl & 1;
    v.push_back(e);
  }
  return v;
}

std::optional<HandlerInfo> find_handler(const char* table, size_t size, int index) {
  Reader r{reinterpret_cast<const unsigned char*>(table), size};
  while (!r.at_end()) {
    int start = int(r.varint());
    int length = int(r.varint());
    if (start > index)
      return std::nullopt;
    int target = int(r.varint());
    unsigned dl = r.varint();
    if (index < start + length)
      return HandlerInfo{target, int(dl >> 1), (dl & 1) != 0};
  }
  return std::nullopt;
}

std::optional<HandlerInfo> find_handler(const std::string& table, int index) {
  return find_handler(table.data(), table.size(), index);
}

} // namespace coil::bytecode
