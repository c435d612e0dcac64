// dis.dis() for Coil code objects. Column layout as Lib/dis.py's
// Instruction._disassemble: line number (width 3, or wider past line 999),
// current-instruction marker (3), jump-target marker (2), offset
// right-justified (4), opname left-justified (20), argument right-justified
// (5), then "(argrepr)". CACHE units are hidden but still counted in offsets.
#include "bytecode/disassembler.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "bytecode/exceptiontable.h"
#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::bytecode {

namespace {

const char* const nb_symbols[] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

struct Decoded {
  int offset; // bytes
  int op;
  bool has_arg;
  int arg;
};

bool repr_of(Object* o, std::string& out) {
  Object* r = object_repr(o);
  if (!r)
    return false;
  out = str_to_std(r);
  decref(r);
  return true;
}

std::string name_at(Object* tuple, int i) {
  if (i < 0 || i >= tuple_size(tuple))
    return std::string();
  return str_to_std(tuple_get(tuple, i));
}

bool disassemble_one(CodeObject* co, std::string& out) {
  int n = int(co->ncodeunits);
  const CodeUnit* code = reinterpret_cast<const CodeUnit*>(bytes_data(co->co_code_bytes));
  // Unpack instructions as dis._unpack_opargs.
  std::vector<Decoded> instrs;
  int extended = 0, caches = 0;
  for (int i = 0; i < n; i++) {
    if (caches) {
      caches--;
      continue;
    }
    int op = code[i] & 0xFF;
    caches = cache_entries(op);
    Decoded d{i * 2, op, false, 0};
    if (op >= HAVE_ARGUMENT) {
      d.has_arg = true;
      d.arg = (code[i] >> 8) | extended;
      extended = op == EXTENDED_ARG ? (d.arg << 8) : 0;
    } else {
      extended = 0;
    }
    instrs.push_back(d);
  }
  // Line starts (dis.findlinestarts).
  std::map<int, int> linestarts;
  int lastline = -1;
  bool have_last = false;
  for (auto& r : decode_lines(std::string(bytes_view(co->linetable)), co->firstlineno)) {
    if (r.line >= 0 && (!have_last || r.line != lastline)) {
      lastline = r.line;
      have_last = true;
      linestarts.emplace(r.start, r.line);
    }
  }
  // Jump labels and exception targets.
  std::set<int> labels;
  for (auto& d : instrs) {
    if (!d.has_arg)
      continue;
    ArgKind k = op_info[d.op].argkind;
    if (k == ArgKind::JREL)
      labels.insert(d.offset + 2 + d.arg * 2);
    else if (k == ArgKind::JBACK)
      labels.insert(d.offset + 2 - d.arg * 2);
  }
  auto entries = decode_exception_table(std::string(bytes_view(co->exceptiontable)));
  for (auto& e : entries)
    if (e.end > e.start)
      labels.insert(e.target * 2);

  int lineno_width = 0;
  if (!linestarts.empty()) {
    int maxline = 0;
    for (auto& [off, line] : linestarts)
      maxline = std::max(maxline, line);
    lineno_width = maxline >= 1000 ? int(std::to_string(maxline).size()) : 3;
  }
  int maxoffset = n * 2 - 2;
  int offset_width = maxoffset >= 10000 ? int(std::to_string(maxoffset).size()) : 4;

  for (auto& d : instrs) {
    auto ls = linestarts.find(d.offset);
    bool starts = ls != linestarts.end();
    if (lineno_width && starts && d.offset > 0)
      out += "\n";
    std::string line;
    if (lineno_width) {
      if (starts)
        line += fmt::format("{:>{}}", ls->second, lineno_width);
      else
        line += std::string(size_t(lineno_width), ' ');
      line += " ";
    }
    line += "   ";
    line += " ";
    line += labels.count(d.offset) ? ">>" : "  ";
    line += " ";
    line += fmt::format("{:>{}}", d.offset, offset_width);
    line += " ";
    const char* nm = opcode_name(d.op);
    std::string opname = nm ? nm : fmt::format("<{}>", d.op);
    line += fmt::format("{:<20}", opname);
    if (d.has_arg) {
      line += " ";
      line += fmt::format("{:>5}", d.arg);
      std::string argrepr;
      int arg = d.arg;
      switch (op_info[d.op].argkind) {
      case ArgKind::CONST:
        if (d.op == LOAD_CONST && arg < tuple_size(co->consts)) {
          if (!repr_of(tuple_get(co->consts, arg), argrepr))
            return false;
        }
        break;
      case ArgKind::NAME:
        argrepr = name_at(co->names, arg);
        break;
      case ArgKind::GLOBAL:
        argrepr = name_at(co->names, arg >> 1);
        if ((arg & 1) && !argrepr.empty())
          argrepr = "NULL + " + argrepr;
        break;
      case ArgKind::JREL:
        argrepr = fmt::format("to {}", d.offset + 2 + arg * 2);
        break;
      case ArgKind::JBACK:
        argrepr = fmt::format("to {}", d.offset + 2 - arg * 2);
        break;
      case ArgKind::LOCAL:
      case ArgKind::FREE:
        argrepr = name_at(co->localsplusnames, arg);
        break;
      case ArgKind::CMP:
        if (arg >= 0 && arg < 6)
          argrepr = cmp_op_names[arg];
        break;
      case ArgKind::FORMAT: {
        static const char* const conv[] = {"", "str", "repr", "ascii"};
        argrepr = conv[arg & 3];
        if (arg & 4) {
          if (!argrepr.empty())
            argrepr += ", ";
          argrepr += "with format";
        }
        break;
      }
      case ArgKind::BINOP:
        if (arg >= 0 && arg < 26)
          argrepr = nb_symbols[arg];
        break;
      default:
        if (d.op == MAKE_FUNCTION) {
          static const char* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
          for (int i = 0; i < 4; i++)
            if (arg & (1 << i)) {
              if (!argrepr.empty())
                argrepr += ", ";
              argrepr += flags[i];
            }
        }
        break;
      }
      if (!argrepr.empty())
        line += " (" + argrepr + ")";
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line;
    out += "\n";
  }
  if (!entries.empty()) {
    out += "ExceptionTable:\n";
    for (auto& e : entries)
      out += fmt::format("  {} to {} -> {} [{}]{}\n", e.start * 2, e.end * 2 - 2, e.target * 2, e.depth,
                         e.lasti ? " lasti" : "");
  }
  return true;
}

} // namespace

bool disassemble(Object* code, std::string& out, bool recursive) {
  auto* co = static_cast<CodeObject*>(code);
  if (!disassemble_one(co, out))
    return false;
  if (!recursive)
    return true;
  for (ssize i = 0; i < tuple_size(co->consts); i++) {
    Object* c = tuple_get(co->consts, i);
    if (!code_check(c))
      continue;
    std::string r;
    if (!repr_of(c, r))
      return false;
    out += "\nDisassembly of " + r + ":\n";
    if (!disassemble(c, out, true))
      return false;
  }
  return true;
}

} // namespace coil::bytecode
