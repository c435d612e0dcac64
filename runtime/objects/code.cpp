// The code type: creation, attributes (co_*), co_lines()/co_positions(),
// replace(), repr, equality and hash as CPython 3.11.
//
// Invariants
// - A CodeObject owns its code units (new[]-allocated copy of the spec's),
//   and one reference to each object field. It is not GC-tracked (its
//   fields are immutable and cannot form cycles through user objects
//   except via constants, as in CPython).
// - co_code_bytes is made at creation, so co_code shows the unquickened
//   code even after the interpreter specialises `code` in place.
// - The line table is decoded on demand (bytecode/linetable.h).
#include "runtime/objects/code.h"
#include "runtime/thread_state.h"

#include <cctype>
#include <cstdint>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

CodeObject* as_code(Object* o) {
  return static_cast<CodeObject*>(o);
}

// ---------------------------------------------------------------- line table
// A decoder of CPython 3.11's co_linetable (the encoder and the reference
// decoder live in bytecode/linetable.cpp; runtime/ may not include
// bytecode/, so this file carries its own reader of the same format).
struct Loc {
  int line = -1, end_line = -1, col = -1, end_col = -1;
};

struct LineReader {
  std::string_view t;
  size_t pos = 0;
  unsigned byte() { return pos < t.size() ? static_cast<unsigned char>(t[pos++]) : 0; }
  unsigned varint() {
    unsigned b = byte(), v = b & 63, shift = 0;
    while (b & 64) {
      b = byte();
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  }
  int svarint() {
    unsigned v = varint();
    return (v & 1) ? -int(v >> 1) : int(v >> 1);
  }
};

// Calls fn(loc, length_in_units) per entry; stops when fn returns false.
template <class F> void walk_linetable(std::string_view table, int firstlineno, F fn) {
  LineReader r{table};
  int line = firstlineno;
  while (r.pos < table.size()) {
    unsigned first = r.byte();
    int code = (first >> 3) & 15, length = (first & 7) + 1;
    Loc loc;
    if (code == 15) {
    } else if (code == 14) {
      line += r.svarint();
      loc.line = line;
      loc.end_line = line + int(r.varint());
      loc.col = int(r.varint()) - 1;
      loc.end_col = int(r.varint()) - 1;
    } else if (code == 13) {
      line += r.svarint();
      loc.line = loc.end_line = line;
    } else if (code >= 10) {
      line += code - 10;
      loc.line = loc.end_line = line;
      loc.col = int(r.byte());
      loc.end_col = int(r.byte());
    } else {
      unsigned second = r.byte();
      loc.line = loc.end_line = line;
      loc.col = code * 8 + int((second >> 4) & 7);
      loc.end_col = loc.col + int(second & 15);
    }
    if (!fn(loc, length))
      return;
  }
}

void code_dealloc(Object* o) {
  CodeObject* co = as_code(o);
  if (co->jit_state) {
    if (auto hook = Interpreter::main()->code_release_hook)
      hook(co); // the tiering record outlives the code (statistics); native code is released
  }
  delete[] co->code;
  delete[] co->icache;
  xdecref(co->consts);
  xdecref(co->names);
  xdecref(co->localsplusnames);
  xdecref(co->localspluskinds);
  xdecref(co->filename);
  xdecref(co->name);
  xdecref(co->qualname);
  xdecref(co->linetable);
  xdecref(co->exceptiontable);
  xdecref(co->co_code_bytes);
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

Object* code_repr(Object* o) {
  CodeObject* co = as_code(o);
  int line = co->firstlineno;
  std::string name = co->name && str_check(co->name) ? str_to_std(co->name) : "???";
  const void* addr = static_cast<const void*>(o);
  if (co->filename && str_check(co->filename))
    return str_from_utf8(fmt::format("<code object {} at {}, file \"{}\", line {}>", name, addr,
                                     str_to_std(co->filename), line));
  return str_from_utf8(fmt::format("<code object {} at {}, file ???, line {}>", name, addr, line));
}

// Constants compare by type and value, with -0.0 != 0.0 and 0 != False, as
// CPython's _PyCode_ConstantKey.
int const_equal(Object* a, Object* b) {
  if (a == b)
    return 1;
  if (a->type != b->type)
    return 0;
  if (float_check_exact(a)) {
    double x = float_value(a), y = float_value(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  if (a->type == &ComplexType) {
    auto* x = static_cast<ComplexObject*>(a);
    auto* y = static_cast<ComplexObject*>(b);
    return std::memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
           std::memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
  }
  if (tuple_check_exact(a)) {
    if (tuple_size(a) != tuple_size(b))
      return 0;
    for (ssize i = 0; i < tuple_size(a); i++) {
      int r = const_equal(tuple_get(a, i), tuple_get(b, i));
      if (r <= 0)
        return r;
    }
    return 1;
  }
  if (a->type == &FrozenSetType) {
    if (set_size(a) != set_size(b))
      return 0;
    ssize pos = 0;
    Object* key;
    hash_t h;
    while (set_next(a, &pos, &key, &h)) {
      // Find an element of b with the same constant identity.
      ssize pos2 = 0;
      Object* k2;
      hash_t h2;
      bool found = false;
      while (set_next(b, &pos2, &k2, &h2)) {
        int r = const_equal(key, k2);
        if (r < 0)
          return -1;
        if (r) {
          found = true;
          break;
        }
      }
      if (!found)
        return 0;
    }
    return 1;
  }
  if (a->type == &CodeType) {
    Object* r = a->type->richcompare(a, b, CMP_EQ);
    if (!r)
      return -1;
    int t = r == True;
    decref(r);
    return t;
  }
  return object_richcompare_bool(a, b, CMP_EQ);
}

Object* code_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !code_check(a) || !code_check(b))
    return newref(NotImplemented);
  CodeObject* x = as_code(a);
  CodeObject* y = as_code(b);
  bool eq = true;
  auto strs_eq = [](Object* p, Object* q) { return object_richcompare_bool(p, q, CMP_EQ); };
  int r;
  if ((r = strs_eq(x->name, y->name)) <= 0)
    goto done;
  if (x->argcount != y->argcount || x->posonlyargcount != y->posonlyargcount ||
      x->kwonlyargcount != y->kwonlyargcount || x->flags != y->flags || x->firstlineno != y->firstlineno) {
    r = 0;
    goto done;
  }
  if ((r = strs_eq(x->co_code_bytes, y->co_code_bytes)) <= 0)
    goto done;
  if ((r = const_equal(x->consts, y->consts)) <= 0)
    goto done;
  if ((r = strs_eq(x->names, y->names)) <= 0)
    goto done;
  if ((r = strs_eq(x->localsplusnames, y->localsplusnames)) <= 0)
    goto done;
  if ((r = strs_eq(x->linetable, y->linetable)) <= 0)
    goto done;
  r = strs_eq(x->exceptiontable, y->exceptiontable);
done:
  if (r < 0)
    return nullptr;
  eq = r == 1;
  return bool_from(op == CMP_EQ ? eq : !eq);
}

hash_t code_hash(Object* o) {
  CodeObject* co = as_code(o);
  hash_t h = 0;
  for (Object* part :
       {co->name, co->co_code_bytes, co->names, co->localsplusnames, co->linetable, co->exceptiontable}) {
    hash_t x = object_hash(part);
    if (x == -1)
      return -1;
    h ^= x;
  }
  h ^= co->argcount ^ (co->posonlyargcount << 4) ^ (co->kwonlyargcount << 8) ^ (hash_t(co->flags) << 12) ^
       (hash_t(co->firstlineno) << 20) ^ tuple_size(co->consts);
  if (h == -1)
    h = -2;
  return h;
}

// ---------------------------------------------------------------- attributes

Object* names_with_kind(CodeObject* co, int kind) {
  std::vector<Object*> v;
  std::string_view kinds = bytes_view(co->localspluskinds);
  for (size_t i = 0; i < kinds.size(); i++)
    if (static_cast<unsigned char>(kinds[i]) & kind)
      v.push_back(tuple_get(co->localsplusnames, ssize(i)));
  return tuple_from_array(v.data(), ssize(v.size()));
}

Object* get_argcount(Object* o, void*) {
  return int_from_i64(as_code(o)->argcount);
}
Object* get_posonly(Object* o, void*) {
  return int_from_i64(as_code(o)->posonlyargcount);
}
Object* get_kwonly(Object* o, void*) {
  return int_from_i64(as_code(o)->kwonlyargcount);
}
Object* get_nlocals(Object* o, void*) {
  return int_from_i64(as_code(o)->nlocals);
}
Object* get_stacksize(Object* o, void*) {
  return int_from_i64(as_code(o)->stacksize);
}
Object* get_flags(Object* o, void*) {
  return int_from_i64(as_code(o)->flags);
}
Object* get_firstlineno(Object* o, void*) {
  return int_from_i64(as_code(o)->firstlineno);
}
Object* get_code(Object* o, void*) {
  return newref(as_code(o)->co_code_bytes);
}
// co._co_code_adaptive: the code units as the interpreter runs them (dis's adaptive=True).
Object* get_code_adaptive(Object* o, void*) {
  CodeObject* co = as_code(o);
  return bytes_from(
      std::string_view(reinterpret_cast<const char*>(co->code), size_t(co->ncodeunits) * sizeof(CodeUnit)));
}
Object* get_consts(Object* o, void*) {
  return newref(as_code(o)->consts);
}
Object* get_names(Object* o, void*) {
  return newref(as_code(o)->names);
}
Object* get_varnames(Object* o, void*) {
  return names_with_kind(as_code(o), LOCALS_KIND_LOCAL);
}
Object* get_cellvars(Object* o, void*) {
  return names_with_kind(as_code(o), LOCALS_KIND_CELL);
}
Object* get_freevars(Object* o, void*) {
  return names_with_kind(as_code(o), LOCALS_KIND_FREE);
}
Object* get_filename(Object* o, void*) {
  return newref(as_code(o)->filename);
}
Object* get_name(Object* o, void*) {
  return newref(as_code(o)->name);
}
Object* get_qualname(Object* o, void*) {
  return newref(as_code(o)->qualname);
}
Object* get_linetable(Object* o, void*) {
  return newref(as_code(o)->linetable);
}
Object* get_exceptiontable(Object* o, void*) {
  return newref(as_code(o)->exceptiontable);
}

// co_lnotab: the 3.10 format (byte increments, line increments) derived from co_lines().
Object* get_lnotab(Object* o, void*) {
  CodeObject* co = as_code(o);
  std::string out;
  int prev_addr = 0, prev_line = co->firstlineno;
  int addr = 0;
  walk_linetable(bytes_view(co->linetable), co->firstlineno, [&](const Loc& l, int length) {
    int start = addr;
    addr += length * 2;
    if (l.line < 0 || l.line == prev_line)
      return true;
    int addr_delta = start - prev_addr;
    int line_delta = l.line - prev_line;
    while (addr_delta > 255) {
      out.push_back(char(255));
      out.push_back(0);
      addr_delta -= 255;
    }
    while (line_delta > 127 || line_delta < -128) {
      int step = line_delta > 0 ? 127 : -128;
      out.push_back(char(addr_delta));
      out.push_back(char(step));
      addr_delta = 0;
      line_delta -= step;
    }
    out.push_back(char(addr_delta));
    out.push_back(char(line_delta));
    prev_addr = start;
    prev_line = l.line;
    return true;
  });
  return bytes_from(out);
}

GetSetDef code_getset[] = {
    {"co_argcount", get_argcount, nullptr, nullptr, nullptr},
    {"co_posonlyargcount", get_posonly, nullptr, nullptr, nullptr},
    {"co_kwonlyargcount", get_kwonly, nullptr, nullptr, nullptr},
    {"co_nlocals", get_nlocals, nullptr, nullptr, nullptr},
    {"co_stacksize", get_stacksize, nullptr, nullptr, nullptr},
    {"co_flags", get_flags, nullptr, nullptr, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr, nullptr, nullptr},
    {"co_code", get_code, nullptr, nullptr, nullptr},
    {"_co_code_adaptive", get_code_adaptive, nullptr, nullptr, nullptr},
    {"co_consts", get_consts, nullptr, nullptr, nullptr},
    {"co_names", get_names, nullptr, nullptr, nullptr},
    {"co_varnames", get_varnames, nullptr, nullptr, nullptr},
    {"co_cellvars", get_cellvars, nullptr, nullptr, nullptr},
    {"co_freevars", get_freevars, nullptr, nullptr, nullptr},
    {"co_filename", get_filename, nullptr, nullptr, nullptr},
    {"co_name", get_name, nullptr, nullptr, nullptr},
    {"co_qualname", get_qualname, nullptr, nullptr, nullptr},
    {"co_linetable", get_linetable, nullptr, nullptr, nullptr},
    {"co_exceptiontable", get_exceptiontable, nullptr, nullptr, nullptr},
    {"co_lnotab", get_lnotab, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- methods

Object* int_or_none(int v) {
  return v < 0 ? none_new() : int_from_i64(v);
}

Object* code_co_lines(Object* self, Object*) {
  CodeObject* co = as_code(self);
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  int addr = 0;
  bool failed = false;
  walk_linetable(bytes_view(co->linetable), co->firstlineno, [&](const Loc& l, int length) {
    Object* a = int_from_i64(addr);
    Object* b = int_from_i64(addr + 2 * length);
    addr += 2 * length;
    Object* c = int_or_none(l.line);
    Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
    xdecref(a);
    xdecref(b);
    xdecref(c);
    if (!t || list_append(list, t) < 0) {
      xdecref(t);
      failed = true;
      return false;
    }
    decref(t);
    return true;
  });
  if (failed) {
    decref(list);
    return nullptr;
  }
  Object* it = object_get_iter(list);
  decref(list);
  return it;
}

Object* code_co_positions(Object* self, Object*) {
  CodeObject* co = as_code(self);
  std::vector<Loc> locs;
  walk_linetable(bytes_view(co->linetable), co->firstlineno, [&](const Loc& l, int length) {
    for (int i = 0; i < length; i++)
      locs.push_back(l);
    return true;
  });
  locs.resize(size_t(co->ncodeunits));
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  for (auto& l : locs) {
    Object* parts[4] = {int_or_none(l.line), int_or_none(l.end_line), int_or_none(l.col),
                        int_or_none(l.end_col)};
    Object* t = (parts[0] && parts[1] && parts[2] && parts[3]) ? tuple_from_array(parts, 4) : nullptr;
    for (Object* p : parts)
      xdecref(p);
    if (!t || list_append(list, t) < 0) {
      xdecref(t);
      decref(list);
      return nullptr;
    }
    decref(t);
  }
  Object* it = object_get_iter(list);
  decref(list);
  return it;
}

bool build_localsplus(Object* varnames, Object* cellvars, Object* freevars, Object** names_out,
                      Object** kinds_out) {
  std::vector<Object*> names;
  std::string kinds;
  for (ssize i = 0; i < tuple_size(varnames); i++) {
    Object* n = tuple_get(varnames, i);
    names.push_back(n);
    uint8_t k = LOCALS_KIND_LOCAL;
    for (ssize j = 0; j < tuple_size(cellvars); j++)
      if (str_check(tuple_get(cellvars, j)) && str_equal(tuple_get(cellvars, j), n))
        k |= LOCALS_KIND_CELL;
    kinds.push_back(char(k));
  }
  for (ssize j = 0; j < tuple_size(cellvars); j++) {
    Object* n = tuple_get(cellvars, j);
    bool dup = false;
    for (ssize i = 0; i < tuple_size(varnames); i++)
      if (str_equal(tuple_get(varnames, i), n))
        dup = true;
    if (dup)
      continue;
    names.push_back(n);
    kinds.push_back(char(LOCALS_KIND_CELL));
  }
  for (ssize j = 0; j < tuple_size(freevars); j++) {
    names.push_back(tuple_get(freevars, j));
    kinds.push_back(char(LOCALS_KIND_FREE));
  }
  *names_out = tuple_from_array(names.data(), ssize(names.size()));
  if (!*names_out)
    return false;
  *kinds_out = bytes_from(kinds);
  if (!*kinds_out) {
    decref(*names_out);
    return false;
  }
  return true;
}

bool check_str_tuple(Object* t, const char*) {
  for (ssize i = 0; i < tuple_size(t); i++)
    if (!str_check_exact(tuple_get(t, i))) {
      err_set_string(SystemError, "non-string found in code slot"); // CPython's intern_strings
      return false;
    }
  return true;
}

// code.replace(**kwargs): a copy with the given co_* fields replaced.
Object* code_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* co = as_code(self);
  if (nargs != 0)
    return err_format(TypeError, "replace() takes no positional arguments");
  CodeSpec spec;
  spec.code.assign(reinterpret_cast<const CodeUnit*>(bytes_data(co->co_code_bytes)),
                   reinterpret_cast<const CodeUnit*>(bytes_data(co->co_code_bytes)) + co->ncodeunits);
  spec.consts = co->consts;
  spec.names = co->names;
  spec.filename = co->filename;
  spec.name = co->name;
  spec.qualname = co->qualname;
  spec.linetable = co->linetable;
  spec.exceptiontable = co->exceptiontable;
  spec.argcount = co->argcount;
  spec.posonlyargcount = co->posonlyargcount;
  spec.kwonlyargcount = co->kwonlyargcount;
  spec.stacksize = co->stacksize;
  spec.flags = co->flags;
  spec.firstlineno = co->firstlineno;
  // The code object's own name tuples (new references, dropped at the end);
  // varnames etc. start as them and may be replaced by borrowed kwargs.
  Object* own_names[3] = {get_varnames(self, nullptr), get_cellvars(self, nullptr),
                          get_freevars(self, nullptr)};
  Object* varnames = own_names[0];
  Object* cellvars = own_names[1];
  Object* freevars = own_names[2];
  Object* result = nullptr;
  Object* lpnames = nullptr;
  Object* lpkinds = nullptr;
  bool locals_changed = false;
  if (!varnames || !cellvars || !freevars)
    goto out;
  {
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    for (ssize i = 0; i < nkw; i++) {
      std::string key = str_to_std(tuple_get(kwnames, i));
      Object* v = args[i];
      auto want_int = [&](int& field) { return index_as_c_int(v, &field); };
      auto want_type = [&](Object*& field, TypeObject* t, const char* tname) {
        if (!is_instance_of(v, t)) {
          err_format(TypeError, "replace() argument '{}' must be {}, not {}", key, tname, type_name_of(v));
          return false;
        }
        field = v;
        return true;
      };
      bool ok = true;
      if (key == "co_argcount")
        ok = want_int(spec.argcount);
      else if (key == "co_posonlyargcount")
        ok = want_int(spec.posonlyargcount);
      else if (key == "co_kwonlyargcount")
        ok = want_int(spec.kwonlyargcount);
      else if (key == "co_nlocals") {
        int dummy;
        ok = want_int(dummy);
      } else if (key == "co_stacksize")
        ok = want_int(spec.stacksize);
      else if (key == "co_flags")
        ok = want_int(spec.flags);
      else if (key == "co_firstlineno")
        ok = want_int(spec.firstlineno);
      else if (key == "co_code") {
        if (!bytes_check(v)) {
          err_format(TypeError, "replace() argument 'co_code' must be bytes, not {}", type_name_of(v));
          ok = false;
        } else {
          auto sv = bytes_view(v);
          spec.code.assign(sv.size() / 2, 0);
          std::memcpy(spec.code.data(), sv.data(), spec.code.size() * 2);
        }
      } else if (key == "co_consts")
        ok = want_type(spec.consts, &TupleType, "tuple");
      else if (key == "co_names")
        ok = want_type(spec.names, &TupleType, "tuple") && check_str_tuple(v, "co_names");
      else if (key == "co_varnames") {
        ok = want_type(varnames, &TupleType, "tuple") && check_str_tuple(v, "co_varnames");
        locals_changed = true;
      } else if (key == "co_cellvars") {
        ok = want_type(cellvars, &TupleType, "tuple") && check_str_tuple(v, "co_cellvars");
        locals_changed = true;
      } else if (key == "co_freevars") {
        ok = want_type(freevars, &TupleType, "tuple") && check_str_tuple(v, "co_freevars");
        locals_changed = true;
      } else if (key == "co_filename")
        ok = want_type(spec.filename, &StrType, "str");
      else if (key == "co_name")
        ok = want_type(spec.name, &StrType, "str");
      else if (key == "co_qualname")
        ok = want_type(spec.qualname, &StrType, "str");
      else if (key == "co_linetable")
        ok = want_type(spec.linetable, &BytesType, "bytes");
      else if (key == "co_exceptiontable")
        ok = want_type(spec.exceptiontable, &BytesType, "bytes");
      else {
        err_format(TypeError, "'{}' is an invalid keyword argument for replace()", key);
        ok = false;
      }
      if (!ok)
        goto out;
    }
    if (locals_changed) {
      if (!build_localsplus(varnames, cellvars, freevars, &lpnames, &lpkinds))
        goto out;
      spec.localsplusnames = lpnames;
      spec.localspluskinds = lpkinds;
    } else {
      spec.localsplusnames = co->localsplusnames;
      spec.localspluskinds = co->localspluskinds;
    }
    result = code_new(spec);
  }
out:
  // varnames etc. may now be borrowed kwargs; only drop our own.
  for (Object* o : own_names)
    xdecref(o);
  xdecref(lpnames);
  xdecref(lpkinds);
  return result;
}

// code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
//      codestring, constants, names, varnames, filename, name, qualname,
//      firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /)
// with CPython 3.11's conversions, checks and messages.
Object* code_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) > 0)
    return err_set_string(TypeError, "code() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (n < 16)
    return err_format(TypeError, "code expected at least 16 arguments, got {}", n);
  if (n > 18)
    return err_format(TypeError, "code expected at most 18 arguments, got {}", n);
  Object* const* a = tuple_items(args);
  int ints[7];
  const int int_pos[7] = {0, 1, 2, 3, 4, 5, 13};
  auto want = [&](int pos, TypeObject* t, const char* tname) {
    if (a[pos]->type == t || type_is_subtype(a[pos]->type, t))
      return true;
    err_format(TypeError, "code() argument {} must be {}, not {}", pos + 1, tname, type_name_of(a[pos]));
    return false;
  };
  Object* empty = tuple_empty();
  Object* freevars = n > 16 ? a[16] : empty;
  Object* cellvars = n > 17 ? a[17] : empty;
  Object* result = nullptr;
  Object* lpnames = nullptr;
  Object* lpkinds = nullptr;
  // Conversions in argument order, as the argument clinic does them.
  for (int pos = 0; pos < 16; pos++) {
    bool ok = true;
    int k = -1;
    for (int j = 0; j < 7; j++)
      if (int_pos[j] == pos)
        k = j;
    if (k >= 0)
      ok = index_as_c_int(a[pos], &ints[k]);
    else if (pos == 6 || pos == 14 || pos == 15)
      ok = want(pos, &BytesType, "bytes");
    else if (pos == 7 || pos == 8 || pos == 9)
      ok = want(pos, &TupleType, "tuple");
    else
      ok = want(pos, &StrType, "str");
    if (!ok)
      goto out;
  }
  if ((n > 16 && !want(16, &TupleType, "tuple")) || (n > 17 && !want(17, &TupleType, "tuple")))
    goto out;
  {
    const char* const what[4] = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals"};
    for (int j = 0; j < 4; j++)
      if (ints[j] < 0) {
        err_format(ValueError, "code: {} must not be negative", what[j]);
        goto out;
      }
    for (Object* t : {a[8], a[9], freevars, cellvars})
      for (ssize i = 0; i < tuple_size(t); i++)
        if (!str_check_exact(tuple_get(t, i))) {
          err_format(TypeError, "name tuples must contain only strings, not '{}'",
                     type_name_of(tuple_get(t, i)));
          goto out;
        }
    int argcount = ints[0], posonly = ints[1], kwonly = ints[2], nlocals = ints[3], stacksize = ints[4],
        flags = ints[5];
    if (argcount < posonly || stacksize < 0 || flags < 0) {
      err_bad_internal_call("code");
      goto out;
    }
    if (bytes_size(a[6]) % 2 != 0) {
      err_set_string(ValueError, "code: co_code is malformed");
      goto out;
    }
    ssize nargs =
        ssize(argcount) + kwonly + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
    if (tuple_size(a[9]) < nargs) {
      err_set_string(ValueError, "code: co_varnames is too small");
      goto out;
    }
    if (nlocals != tuple_size(a[9])) {
      err_set_string(ValueError, "code: co_nlocals != len(co_varnames)");
      goto out;
    }
    if (!build_localsplus(a[9], cellvars, freevars, &lpnames, &lpkinds))
      goto out;
    CodeSpec spec;
    std::string_view cv = bytes_view(a[6]);
    spec.code.resize(cv.size() / 2);
    if (!cv.empty())
      std::memcpy(spec.code.data(), cv.data(), cv.size());
    spec.consts = a[7];
    spec.names = a[8];
    spec.localsplusnames = lpnames;
    spec.localspluskinds = lpkinds;
    spec.filename = a[10];
    spec.name = a[11];
    spec.qualname = a[12];
    spec.linetable = a[14];
    spec.exceptiontable = a[15];
    spec.argcount = argcount;
    spec.posonlyargcount = posonly;
    spec.kwonlyargcount = kwonly;
    spec.stacksize = stacksize;
    spec.flags = flags;
    spec.firstlineno = ints[6];
    result = code_new(spec);
  }
out:
  decref(empty);
  xdecref(lpnames);
  xdecref(lpkinds);
  return result;
}

// co._varname_from_oparg(oparg): the name of fast-locals slot `oparg` (dis
// resolves LOAD_FAST/LOAD_DEREF/MAKE_CELL arguments with it).
Object* code_varname_from_oparg(Object* self, Object* arg) {
  Object* index = number_index(arg);
  if (!index)
    return nullptr;
  bool overflow = false;
  int64_t i = int_as_i64(index, &overflow);
  decref(index);
  Object* names = as_code(self)->localsplusnames;
  if (overflow || i < 0 || i >= tuple_size(names))
    return err_set_string(IndexError, "tuple index out of range");
  return newref(tuple_get(names, ssize(i)));
}

MethodDef code_methods[] = {
    {"_varname_from_oparg", code_varname_from_oparg, METH_O, nullptr},
    {"co_lines", code_co_lines, METH_NOARGS, nullptr},
    {"co_positions", code_co_positions, METH_NOARGS, nullptr},
    {"replace", reinterpret_cast<MethodFn>(code_replace), METH_FASTCALL | METH_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// CPython's all_name_chars: ASCII letters, digits and '_' only.
bool all_name_chars(Object* s) {
  auto* so = static_cast<StrObject*>(s);
  if (!so->ascii)
    return false;
  const auto* p = static_cast<const unsigned char*>(so->data());
  for (ssize i = 0; i < so->size; i++)
    if (!(std::isalnum(p[i]) || p[i] == '_'))
      return false;
  return true;
}

// Interns identifier-like string constants in place, recursively in tuples
// and frozensets (a frozenset whose strings were replaced by previously
// interned equal strings is rebuilt, which can change its iteration order,
// exactly as CPython's intern_string_constants).
int intern_string_constants(Object* tuple, bool* modified) {
  for (ssize i = tuple_size(tuple); --i >= 0;) {
    Object* v = tuple_get(tuple, i);
    if (str_check_exact(v)) {
      if (all_name_chars(v)) {
        Object* w = str_intern(v);
        if (!w)
          return -1;
        if (w != v) {
          tuple_set(tuple, i, w);
          decref(v);
          if (modified)
            *modified = true;
        } else {
          decref(w);
        }
      }
    } else if (tuple_check_exact(v)) {
      if (intern_string_constants(v, nullptr) < 0)
        return -1;
    } else if (v->type == &FrozenSetType) {
      Object* tmp = sequence_tuple(v);
      if (!tmp)
        return -1;
      bool tmp_modified = false;
      if (intern_string_constants(tmp, &tmp_modified) < 0) {
        decref(tmp);
        return -1;
      }
      if (tmp_modified) {
        Object* fs = frozenset_new(tmp);
        if (!fs) {
          decref(tmp);
          return -1;
        }
        tuple_set(tuple, i, fs);
        decref(v);
      }
      decref(tmp);
    }
  }
  return 0;
}

} // namespace

Object* code_new(const CodeSpec& spec) {
  if (!spec.consts || !tuple_check(spec.consts) || !spec.names || !tuple_check(spec.names) ||
      !spec.localsplusnames || !tuple_check(spec.localsplusnames) || !spec.localspluskinds ||
      !bytes_check(spec.localspluskinds) || !spec.filename || !spec.name || !spec.linetable ||
      !spec.exceptiontable)
    return err_bad_internal_call("code_new");
  if (bytes_size(spec.localspluskinds) != tuple_size(spec.localsplusnames))
    return err_format(ValueError, "code: localsplusnames ({}) != localspluskinds ({})",
                      tuple_size(spec.localsplusnames), bytes_size(spec.localspluskinds));
  if (spec.argcount < spec.posonlyargcount || spec.posonlyargcount < 0 || spec.kwonlyargcount < 0)
    return err_format(ValueError, "code: argcount must not be negative");
  if (intern_string_constants(spec.consts, nullptr) < 0)
    return nullptr;
  Object* code_bytes = bytes_from(
      std::string_view(reinterpret_cast<const char*>(spec.code.data()), spec.code.size() * sizeof(CodeUnit)));
  if (!code_bytes)
    return nullptr;
  Object* o = object_alloc(&CodeType, sizeof(CodeObject));
  if (!o) {
    decref(code_bytes);
    return nullptr;
  }
  CodeObject* co = as_code(o);
  co->ncodeunits = ssize(spec.code.size());
  co->code = new CodeUnit[spec.code.size() ? spec.code.size() : 1];
  if (!spec.code.empty())
    std::memcpy(co->code, spec.code.data(), spec.code.size() * sizeof(CodeUnit));
  co->co_code_bytes = code_bytes;
  co->consts = newref(spec.consts);
  co->names = newref(spec.names);
  co->localsplusnames = newref(spec.localsplusnames);
  co->localspluskinds = newref(spec.localspluskinds);
  co->filename = newref(spec.filename);
  co->name = newref(spec.name);
  co->qualname = newref(spec.qualname ? spec.qualname : spec.name);
  co->linetable = newref(spec.linetable);
  co->exceptiontable = newref(spec.exceptiontable);
  co->argcount = spec.argcount;
  co->posonlyargcount = spec.posonlyargcount;
  co->kwonlyargcount = spec.kwonlyargcount;
  co->stacksize = spec.stacksize;
  co->flags = spec.flags;
  co->firstlineno = spec.firstlineno;
  co->nlocalsplus = int(tuple_size(spec.localsplusnames));
  std::string_view kinds = bytes_view(spec.localspluskinds);
  for (char k : kinds) {
    auto kk = static_cast<unsigned char>(k);
    if (kk & LOCALS_KIND_LOCAL)
      co->nlocals++;
    if (kk & LOCALS_KIND_CELL)
      co->ncellvars++;
    if (kk & LOCALS_KIND_FREE)
      co->nfreevars++;
  }
  return o;
}

SourceRange code_location(CodeObject* code, int index) {
  SourceRange r;
  if (index < 0 || index >= code->ncodeunits)
    return r;
  int addr = 0;
  walk_linetable(bytes_view(code->linetable), code->firstlineno, [&](const Loc& l, int length) {
    if (index < addr + length) {
      r.line = l.line;
      r.end_line = l.end_line;
      r.col = l.col;
      r.end_col = l.end_col;
      return false;
    }
    addr += length;
    return true;
  });
  return r;
}

int code_line(CodeObject* code, int index) {
  return code_location(code, index).line;
}

TypeObject CodeType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "code";
  t.basicsize = sizeof(CodeObject);
  t.itemsize = 0;
  t.dealloc = code_dealloc;
  t.repr = code_repr;
  t.hash = code_hash;
  t.richcompare = code_richcompare;
  t.flags = TPFLAG_IMMUTABLETYPE;
  t.doc = "Create a code object.  Not for the faint of heart.";
  t.new_ = code_tp_new;
  t.methods = code_methods;
  t.getset = code_getset;
  t.weaklistoffset = offsetof(CodeObject, weakreflist);
  return t;
}();
COIL_REGISTER_TYPE(CodeType);

} // namespace coil
