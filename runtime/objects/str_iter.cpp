// Iterators over str: `str_ascii_iterator` for ASCII strings and
// `str_iterator` otherwise (the names CPython 3.11 shows for type(iter(s))).
//
// Invariants
// - `seq` is the iterated string until exhaustion, then released (nullptr).
// - Each step returns the shared one-character singleton for Latin-1 code points.
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

struct StrIterObject : Object {
  Object* seq; // str or nullptr when exhausted
  ssize index;
};

void striter_dealloc(Object* o) {
  auto* it = static_cast<StrIterObject*>(o);
  clear_ref(it->seq);
  object_free(o);
}

Object* striter_next(Object* o) {
  auto* it = static_cast<StrIterObject*>(o);
  if (!it->seq)
    return nullptr;
  if (it->index < str_length(it->seq))
    return str_from_char(str_char_at(it->seq, it->index++));
  clear_ref(it->seq);
  return nullptr;
}

Object* striter_self(Object* o) {
  return newref(o);
}

Object* striter_length_hint(Object* o, Object*) {
  auto* it = static_cast<StrIterObject*>(o);
  ssize n = it->seq ? str_length(it->seq) - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}

Object* striter_setstate(Object* o, Object* state) {
  auto* it = static_cast<StrIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, 0, it->seq ? str_length(it->seq) : 0, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return newref(None);
}

Object* striter_reduce(Object* o, Object*) {
  auto* it = static_cast<StrIterObject*>(o);
  Object* iter = builtin_named("iter");
  if (!iter)
    return nullptr;
  return it->seq ? iter_reduce_indexed(iter, it->seq, it->index) : iter_reduce_exhausted(str_from_ascii(""));
}

MethodDef striter_methods[] = {
    {"__reduce__", striter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__length_hint__", striter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__setstate__", striter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

constexpr TypeObject make_iter_type(const char* name) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(StrIterObject);
  t.dealloc = striter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = striter_self;
  t.iternext = striter_next;
  t.methods = striter_methods;
  return t;
}

} // namespace

constinit TypeObject StrAsciiIterType = make_iter_type("str_ascii_iterator");
constinit TypeObject StrIterType = make_iter_type("str_iterator");
COIL_REGISTER_TYPE(StrAsciiIterType);
COIL_REGISTER_TYPE(StrIterType);

Object* str_iter_new(Object* s) {
  // Only exact str objects are "compact ASCII" in CPython (a subclass instance is not).
  TypeObject* t = str_check_exact(s) && str_is_ascii(s) ? &StrAsciiIterType : &StrIterType;
  auto* it = static_cast<StrIterObject*>(object_alloc(t, sizeof(StrIterObject)));
  if (!it)
    return nullptr;
  it->seq = newref(s);
  it->index = 0;
  return it;
}

} // namespace coil
