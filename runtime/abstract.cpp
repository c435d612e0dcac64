// The abstract object protocols (CPython's abstract.c behaviour): binary
// and unary number operations with full dispatch, indexing, length,
// containment, conversion to int/float/index, format() and iteration.
//
// Invariants
// - Binary slots are called as slot(a, b) for both the left operand's type
//   and the right operand's type (the slot itself checks which side it is
//   on); the right operand's slot goes first when its type is a proper
//   subclass of the left's. NotImplemented from a slot means "try the next".
// - In-place operators try the in-place slot of the left operand, then the
//   binary protocol; + and * fall back to sequence concat/repeat.
// - Error messages are CPython 3.11's.
#include <climits>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

struct BinOpInfo {
  BinaryFn NumberMethods::*slot;  // nullptr for power
  BinaryFn NumberMethods::*islot; // in-place slot, nullptr for power
  const char* symbol;
};

// Indexed by the non-inplace NB_* kind (0..12).
const BinOpInfo kBinOps[] = {
    {&NumberMethods::add, &NumberMethods::inplace_add, "+"},
    {&NumberMethods::and_, &NumberMethods::inplace_and, "&"},
    {&NumberMethods::floor_divide, &NumberMethods::inplace_floor_divide, "//"},
    {&NumberMethods::lshift, &NumberMethods::inplace_lshift, "<<"},
    {&NumberMethods::matrix_multiply, &NumberMethods::inplace_matrix_multiply, "@"},
    {&NumberMethods::multiply, &NumberMethods::inplace_multiply, "*"},
    {&NumberMethods::remainder, &NumberMethods::inplace_remainder, "%"},
    {&NumberMethods::or_, &NumberMethods::inplace_or, "|"},
    {nullptr, nullptr, "**"},
    {&NumberMethods::rshift, &NumberMethods::inplace_rshift, ">>"},
    {&NumberMethods::subtract, &NumberMethods::inplace_subtract, "-"},
    {&NumberMethods::true_divide, &NumberMethods::inplace_true_divide, "/"},
    {&NumberMethods::xor_, &NumberMethods::inplace_xor, "^"},
};

const char* const kInplaceSymbols[] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

// Maps NB_INPLACE_* to the matching binary kind.
int base_kind(int kind) {
  static const int map[] = {NB_ADD,      NB_AND,         NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY,
                            NB_MULTIPLY, NB_REMAINDER,   NB_OR,           NB_POWER,  NB_RSHIFT,
                            NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR};
  return kind >= NB_INPLACE_ADD ? map[kind - NB_INPLACE_ADD] : kind;
}

BinaryFn get_slot(TypeObject* t, BinaryFn NumberMethods::*slot) {
  return t->as_number ? t->as_number->*slot : nullptr;
}

TernaryFn get_power(TypeObject* t) {
  return t->as_number ? t->as_number->power : nullptr;
}

// CPython's binary_op1: NotImplemented (new ref) when neither side handles it.
Object* binary_op1(Object* v, Object* w, BinaryFn NumberMethods::*slot) {
  BinaryFn slotv = get_slot(v->type, slot);
  BinaryFn slotw = nullptr;
  if (w->type != v->type) {
    slotw = get_slot(w->type, slot);
    if (slotw == slotv)
      slotw = nullptr;
  }
  if (slotv) {
    if (slotw && type_is_subtype(w->type, v->type)) {
      Object* x = slotw(v, w);
      if (x != NotImplemented)
        return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w);
    if (x != NotImplemented)
      return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w);
    if (x != NotImplemented)
      return x;
    decref(x);
  }
  return newref(NotImplemented);
}

Object* ternary_op1(Object* v, Object* w, Object* z) {
  TernaryFn slotv = get_power(v->type);
  TernaryFn slotw = nullptr;
  if (w->type != v->type) {
    slotw = get_power(w->type);
    if (slotw == slotv)
      slotw = nullptr;
  }
  if (slotv) {
    if (slotw && type_is_subtype(w->type, v->type)) {
      Object* x = slotw(v, w, z);
      if (x != NotImplemented)
        return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w, z);
    if (x != NotImplemented)
      return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w, z);
    if (x != NotImplemented)
      return x;
    decref(x);
  }
  if (z != None) {
    TernaryFn slotz = get_power(z->type);
    if (slotz && slotz != slotv && slotz != slotw) {
      Object* x = slotz(v, w, z);
      if (x != NotImplemented)
        return x;
      decref(x);
    }
  }
  return newref(NotImplemented);
}

std::nullptr_t binop_type_error(Object* v, Object* w, const char* symbol) {
  if (symbol[0] == '>' && symbol[1] == '>' && symbol[2] == '\0' && is_type(v, &BuiltinFunctionType)) {
    BuiltinFunctionObject* f = static_cast<BuiltinFunctionObject*>(v);
    if (f->def && f->def->name && std::string_view(f->def->name) == "print")
      return err_format(TypeError,
                        "unsupported operand type(s) for {}: '{}' and '{}'. Did you mean \"print(<message>, "
                        "file=<output_stream>)\"?",
                        symbol, type_name_of(v), type_name_of(w));
  }
  return err_format(TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol, type_name_of(v),
                    type_name_of(w));
}

bool has_index(Object* o) {
  return o->type->as_number && o->type->as_number->index;
}

Object* sequence_repeat(SizeArgFn repeat, Object* seq, Object* n) {
  if (!has_index(n))
    return err_format(TypeError, "can't multiply sequence by non-int of type '{}'", type_name_of(n));
  ssize count = number_as_ssize(n, OverflowError);
  if (count == -1 && err_occurred())
    return nullptr;
  return repeat(seq, count);
}

Object* power_op(Object* v, Object* w, Object* z, bool inplace) {
  if (inplace && v->type->as_number && v->type->as_number->inplace_power) {
    Object* x = v->type->as_number->inplace_power(v, w, z);
    if (x != NotImplemented)
      return x;
    decref(x);
  }
  Object* x = ternary_op1(v, w, z);
  if (x != NotImplemented)
    return x;
  decref(x);
  if (inplace)
    return binop_type_error(v, w, "**=");
  if (z == None)
    return binop_type_error(v, w, "** or pow()");
  return err_format(TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name_of(v), type_name_of(w), type_name_of(z));
}

} // namespace

const char* binary_op_symbol(int kind) noexcept {
  if (kind < 0 || kind > NB_INPLACE_XOR)
    return "?";
  if (kind >= NB_INPLACE_ADD)
    return kInplaceSymbols[base_kind(kind)];
  return kBinOps[kind].symbol;
}

Object* binary_op(Object* a, Object* b, int kind) {
  bool inplace = kind >= NB_INPLACE_ADD;
  int k = base_kind(kind);
  if (k == NB_POWER)
    return power_op(a, b, None, inplace);
  const BinOpInfo& info = kBinOps[k];
  if (inplace) {
    BinaryFn islot = get_slot(a->type, info.islot);
    if (islot) {
      Object* x = islot(a, b);
      if (x != NotImplemented)
        return x;
      decref(x);
    }
  }
  Object* x = binary_op1(a, b, info.slot);
  if (x != NotImplemented)
    return x;
  decref(x);
  SequenceMethods* sa = a->type->as_sequence;
  if (k == NB_ADD && sa) {
    if (inplace && sa->inplace_concat)
      return sa->inplace_concat(a, b);
    if (sa->concat)
      return sa->concat(a, b);
  } else if (k == NB_MULTIPLY) {
    SequenceMethods* sb = b->type->as_sequence;
    if (sa && inplace && sa->inplace_repeat)
      return sequence_repeat(sa->inplace_repeat, a, b);
    if (sa && sa->repeat)
      return sequence_repeat(sa->repeat, a, b);
    if (sb && sb->repeat)
      return sequence_repeat(sb->repeat, b, a);
  }
  return binop_type_error(a, b, inplace ? kInplaceSymbols[k] : info.symbol);
}

Object* number_power(Object* a, Object* b, Object* mod) {
  return power_op(a, b, mod ? mod : None, false);
}

// ---------------------------------------------------------------- unary

namespace {

Object* unary(Object* o, UnaryFn NumberMethods::*slot, const char* what) {
  NumberMethods* nb = o->type->as_number;
  if (nb && nb->*slot)
    return (nb->*slot)(o);
  return err_format(TypeError, "bad operand type for {}: '{}'", what, type_name_of(o));
}

} // namespace

Object* number_negative(Object* o) {
  return unary(o, &NumberMethods::negative, "unary -");
}
Object* number_positive(Object* o) {
  return unary(o, &NumberMethods::positive, "unary +");
}
Object* number_invert(Object* o) {
  return unary(o, &NumberMethods::invert, "unary ~");
}
Object* number_absolute(Object* o) {
  return unary(o, &NumberMethods::absolute, "abs()");
}

// ---------------------------------------------------------------- conversions

Object* number_index(Object* o) {
  if (int_check_exact(o))
    return newref(o);
  if (int_check(o))
    return int_copy_exact(o);
  if (!has_index(o))
    return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(o));
  Object* r = o->type->as_number->index(o);
  if (!r || int_check_exact(r))
    return r;
  if (!int_check(r)) {
    err_format(TypeError, "__index__ returned non-int (type {})", type_name_of(r));
    decref(r);
    return nullptr;
  }
  Object* exact = int_copy_exact(r);
  decref(r);
  return exact;
}

ssize number_as_ssize(Object* o, TypeObject* overflow_exc) {
  Object* v = number_index(o);
  if (!v)
    return -1;
  bool overflow = false;
  int64_t x = int_as_i64(v, &overflow);
  if (!overflow) {
    decref(v);
    return static_cast<ssize>(x);
  }
  int sign = int_sign(v);
  decref(v);
  if (!overflow_exc)
    return sign < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  err_format(overflow_exc, "cannot fit '{}' into an index-sized integer", type_name_of(o));
  return -1;
}

ssize number_as_ssize_arg(Object* o) {
  Object* v = number_index(o);
  if (!v)
    return -1;
  bool overflow = false;
  int64_t x = int_as_i64(v, &overflow);
  decref(v);
  if (overflow) {
    err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return static_cast<ssize>(x);
}

int number_as_int_arg(Object* o, int* out) {
  Object* v = number_index(o);
  if (!v)
    return -1;
  bool overflow = false;
  int64_t x = int_as_i64(v, &overflow);
  decref(v);
  if (overflow || x < INT32_MIN || x > INT32_MAX) {
    err_set_string(OverflowError, "Python int too large to convert to C int");
    return -1;
  }
  *out = static_cast<int>(x);
  return 0;
}

Object* number_long(Object* o) {
  if (int_check_exact(o))
    return newref(o);
  NumberMethods* nb = o->type->as_number;
  if (nb && nb->int_) {
    Object* r = nb->int_(o);
    if (!r || int_check_exact(r))
      return r;
    if (!int_check(r)) {
      err_format(TypeError, "__int__ returned non-int (type {})", type_name_of(r));
      decref(r);
      return nullptr;
    }
    Object* exact = int_copy_exact(r);
    decref(r);
    return exact;
  }
  if (nb && nb->index)
    return number_index(o);
  bool found = false;
  Object* t = object_call_special(o, str_static("__trunc__"), nullptr, 0, &found);
  if (found) {
    if (!t)
      return nullptr;
    if (int_check(t)) {
      Object* exact = int_copy_exact(t);
      decref(t);
      return exact;
    }
    if (!has_index(t)) {
      err_format(TypeError, "__trunc__ returned non-Integral (type {})", type_name_of(t));
      decref(t);
      return nullptr;
    }
    Object* r = number_index(t);
    decref(t);
    return r;
  }
  if (err_occurred())
    return nullptr;
  if (str_check(o)) {
    std::string text = number_text_from_str(o);
    return int_parse(text, 10, o);
  }
  if (bytes_check(o))
    return int_parse(bytes_view(o), 10, o);
  if (bytearray_check(o)) {
    ByteArrayObject* ba = static_cast<ByteArrayObject*>(o);
    return int_parse(std::string_view(ba->buffer ? ba->buffer : "", size_t(ba->size)), 10, o);
  }
  return err_format(TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name_of(o));
}

Object* number_float(Object* o) {
  if (float_check_exact(o))
    return newref(o);
  NumberMethods* nb = o->type->as_number;
  if (nb && nb->float_) {
    Object* r = nb->float_(o);
    if (!r || float_check_exact(r))
      return r;
    if (!float_check(r)) {
      err_format(TypeError, "{}.__float__ returned non-float (type {})", type_name_of(o), type_name_of(r));
      decref(r);
      return nullptr;
    }
    double d = float_value(r);
    decref(r);
    return float_from_double(d);
  }
  if (nb && nb->index) {
    Object* i = number_index(o);
    if (!i)
      return nullptr;
    double d = int_as_double(i);
    decref(i);
    if (d == -1.0 && err_occurred())
      return nullptr;
    return float_from_double(d);
  }
  if (float_check(o))
    return float_from_double(float_value(o));
  if (str_check(o)) {
    std::string text = number_text_from_str(o);
    return float_parse(text, o);
  }
  if (bytes_check(o))
    return float_parse(bytes_view(o), o);
  if (bytearray_check(o)) {
    ByteArrayObject* ba = static_cast<ByteArrayObject*>(o);
    return float_parse(std::string_view(ba->buffer ? ba->buffer : "", size_t(ba->size)), o);
  }
  return err_format(TypeError, "float() argument must be a string or a real number, not '{}'",
                    type_name_of(o));
}

// ---------------------------------------------------------------- containers

ssize object_length(Object* o) {
  SequenceMethods* sq = o->type->as_sequence;
  if (sq && sq->length)
    return sq->length(o);
  MappingMethods* mp = o->type->as_mapping;
  if (mp && mp->length)
    return mp->length(o);
  err_format(TypeError, "object of type '{}' has no len()", type_name_of(o));
  return -1;
}

ssize object_length_hint(Object* o, ssize dflt) {
  SequenceMethods* sq = o->type->as_sequence;
  MappingMethods* mp = o->type->as_mapping;
  if ((sq && sq->length) || (mp && mp->length)) {
    ssize n = object_length(o);
    if (n >= 0)
      return n;
    if (!err_matches(TypeError))
      return -1;
    err_clear();
  }
  bool found = false;
  Object* hint = object_call_special(o, str_static("__length_hint__"), nullptr, 0, &found);
  if (!found)
    return err_occurred() ? -1 : dflt;
  if (!hint) {
    if (err_matches(TypeError)) {
      err_clear();
      return dflt;
    }
    return -1;
  }
  if (hint == NotImplemented) {
    decref(hint);
    return dflt;
  }
  if (!int_check(hint)) {
    err_format(TypeError, "__length_hint__ must be an integer, not {}", type_name_of(hint));
    decref(hint);
    return -1;
  }
  ssize n = int_as_ssize(hint);
  decref(hint);
  if (n == -1 && err_occurred())
    return -1;
  if (n < 0) {
    err_set_string(ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

namespace {

// Index for the sequence protocol, negative values normalised by length.
bool seq_index(Object* o, Object* key, ssize* out) {
  ssize i = number_as_ssize(key, IndexError);
  if (i == -1 && err_occurred())
    return false;
  if (i < 0) {
    SequenceMethods* sq = o->type->as_sequence;
    if (sq->length) {
      ssize n = sq->length(o);
      if (n < 0)
        return false;
      i += n;
    }
  }
  *out = i;
  return true;
}

} // namespace

Object* object_getitem(Object* o, Object* key) {
  MappingMethods* mp = o->type->as_mapping;
  if (mp && mp->subscript)
    return mp->subscript(o, key);
  SequenceMethods* sq = o->type->as_sequence;
  if (sq && sq->item) {
    if (has_index(key)) {
      ssize i;
      if (!seq_index(o, key, &i))
        return nullptr;
      return sq->item(o, i);
    }
    return err_format(TypeError, "sequence index must be integer, not '{}'", type_name_of(key));
  }
  if (type_check(o)) {
    if (o == &TypeType) // type[int] is a GenericAlias, as CPython special-cases it
      return generic_alias_new(o, key);
    int error = 0;
    Object* meth = object_lookup_attr(o, str_static("__class_getitem__"), &error);
    if (error)
      return nullptr;
    if (meth) {
      Object* r = object_call_one(meth, key);
      decref(meth);
      return r;
    }
    return err_format(TypeError, "type '{}' is not subscriptable", static_cast<TypeObject*>(o)->name);
  }
  return err_format(TypeError, "'{}' object is not subscriptable", type_name_of(o));
}

int object_setitem(Object* o, Object* key, Object* value) {
  MappingMethods* mp = o->type->as_mapping;
  if (mp && mp->ass_subscript)
    return mp->ass_subscript(o, key, value);
  SequenceMethods* sq = o->type->as_sequence;
  if (sq) {
    if (has_index(key)) {
      if (sq->ass_item) {
        ssize i;
        if (!seq_index(o, key, &i))
          return -1;
        return sq->ass_item(o, i, value);
      }
    } else if (sq->ass_item) {
      err_format(TypeError, "sequence index must be integer, not '{}'", type_name_of(key));
      return -1;
    }
  }
  err_format(TypeError, "'{}' object does not support item assignment", type_name_of(o));
  return -1;
}

int object_delitem(Object* o, Object* key) {
  MappingMethods* mp = o->type->as_mapping;
  if (mp && mp->ass_subscript)
    return mp->ass_subscript(o, key, nullptr);
  SequenceMethods* sq = o->type->as_sequence;
  if (sq) {
    if (has_index(key)) {
      if (sq->ass_item) {
        ssize i;
        if (!seq_index(o, key, &i))
          return -1;
        return sq->ass_item(o, i, nullptr);
      }
    } else if (sq->ass_item) {
      err_format(TypeError, "sequence index must be integer, not '{}'", type_name_of(key));
      return -1;
    }
  }
  err_format(TypeError, "'{}' object doesn't support item deletion", type_name_of(o));
  return -1;
}

int sequence_contains(Object* container, Object* item) {
  SequenceMethods* sq = container->type->as_sequence;
  if (sq && sq->contains)
    return sq->contains(container, item);
  Object* it = object_get_iter(container);
  if (!it) {
    if (err_matches(TypeError)) {
      err_clear();
      err_format(TypeError, "argument of type '{}' is not iterable", type_name_of(container));
    }
    return -1;
  }
  for (;;) {
    Object* x = iter_next(it);
    if (!x) {
      decref(it);
      return err_occurred() ? -1 : 0;
    }
    int eq = object_richcompare_bool(x, item, CMP_EQ);
    decref(x);
    if (eq != 0) {
      decref(it);
      return eq;
    }
  }
}

Object* sequence_list(Object* iterable) {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  if (list_extend(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

Object* sequence_tuple(Object* iterable) {
  if (tuple_check_exact(iterable))
    return newref(iterable);
  if (list_check_exact(iterable))
    return list_as_tuple(iterable);
  Object* l = sequence_list(iterable);
  if (!l)
    return nullptr;
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

Object* object_format(Object* o, Object* spec) {
  bool empty = !spec || (str_check(spec) && str_length(spec) == 0);
  if (empty) {
    if (str_check_exact(o))
      return newref(o);
    if (int_check_exact(o))
      return object_str(o);
  }
  Object* empty_str = nullptr;
  if (!spec) {
    empty_str = str_new_empty();
    if (!empty_str)
      return nullptr;
    spec = empty_str;
  }
  bool found = false;
  Object* r = object_call_special(o, str_static("__format__"), &spec, 1, &found);
  xdecref(empty_str);
  if (!found) {
    if (err_occurred())
      return nullptr;
    return err_format(TypeError, "Type {} doesn't define __format__", type_name_of(o));
  }
  if (r && !str_check(r)) {
    err_format(TypeError, "__format__ must return a str, not {}", type_name_of(r));
    decref(r);
    return nullptr;
  }
  return r;
}

// ---------------------------------------------------------------- iteration

namespace {

// The iterator for objects that only have __getitem__ (CPython's "iterator").
struct SeqIterObject : Object {
  ssize index;
  Object* seq; // nullptr once exhausted
};

void seqiter_dealloc(Object* o) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  clear_ref(it->seq);
  object_free(o);
}

Object* seqiter_next(Object* o) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  if (!it->seq)
    return nullptr;
  SequenceMethods* sq = it->seq->type->as_sequence;
  Object* r = sq && sq->item ? sq->item(it->seq, it->index) : nullptr;
  if (!r && !err_occurred()) {
    Object* idx = int_from_i64(it->index);
    if (!idx)
      return nullptr;
    r = object_getitem(it->seq, idx);
    decref(idx);
  }
  if (r) {
    ++it->index;
    return r;
  }
  if (err_matches(IndexError) || err_matches(StopIteration)) {
    err_clear();
    clear_ref(it->seq);
  }
  return nullptr;
}

Object* seqiter_iter(Object* o) {
  return newref(o);
}

Object* seqiter_length_hint(Object* self, Object*) {
  SeqIterObject* it = static_cast<SeqIterObject*>(self);
  if (!it->seq)
    return int_from_i64(0);
  SequenceMethods* sq = it->seq->type->as_sequence;
  if (sq && sq->length) {
    ssize n = sq->length(it->seq);
    if (n < 0)
      return nullptr;
    return int_from_i64(n > it->index ? n - it->index : 0);
  }
  return newref(NotImplemented);
}

MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject SeqIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "iterator";
  t.basicsize = sizeof(SeqIterObject);
  t.dealloc = seqiter_dealloc;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = seqiter_iter;
  t.iternext = seqiter_next;
  t.methods = seqiter_methods;
  return t;
}();
COIL_REGISTER_TYPE(SeqIterType);

Object* seqiter_new(Object* seq) {
  SeqIterObject* it = static_cast<SeqIterObject*>(object_alloc(&SeqIterType, sizeof(SeqIterObject)));
  if (!it)
    return nullptr;
  it->index = 0;
  it->seq = newref(seq);
  return it;
}

} // namespace

bool iter_check(Object* o) noexcept {
  return o->type->iternext != nullptr;
}

Object* object_get_iter(Object* o) {
  UnaryFn f = o->type->iter;
  if (f) {
    Object* r = f(o);
    if (r && !iter_check(r)) {
      err_format(TypeError, "iter() returned non-iterator of type '{}'", type_name_of(r));
      decref(r);
      return nullptr;
    }
    return r;
  }
  SequenceMethods* sq = o->type->as_sequence;
  if (sq && sq->item && !dict_check(o))
    return seqiter_new(o);
  return err_format(TypeError, "'{}' object is not iterable", type_name_of(o));
}

Object* iter_next(Object* iter) {
  Object* r = iter->type->iternext(iter);
  if (!r && err_occurred() && err_matches(StopIteration))
    err_clear();
  return r;
}

} // namespace coil
