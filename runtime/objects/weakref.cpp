// Weak references (runtime/objects/weakref.h): weakref.ReferenceType,
// ProxyType, CallableProxyType, the list maintenance and
// PyObject_ClearWeakRefs' behaviour, and the native `_weakref` module.
//
// Invariants
// - See weakref.h for the per-object list and its order.
// - A WeakRefObject is unlinked from its referent's list before it dies
//   (dealloc and clear both unlink), so the lists never hold freed refs.
// - Callbacks run with the dead reference as their only argument; the
//   referent is unreachable by then (its refcount is 0, or the collector
//   found it unreachable).
#include "runtime/objects/weakref.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

WeakRefObject* as_wr(Object* o) {
  return static_cast<WeakRefObject*>(o);
}

// The callback-less exact ref and callback-less proxy at the head of a list.
void get_basic_refs(WeakRefObject* head, WeakRefObject** refp, WeakRefObject** proxyp) {
  *refp = nullptr;
  *proxyp = nullptr;
  if (head && !head->wr_callback) {
    if (head->type == &WeakRefType) {
      *refp = head;
      head = head->wr_next;
    }
    if (head && !head->wr_callback && weakref_check_proxy(head))
      *proxyp = head;
  }
}

void insert_after(WeakRefObject* newref_, WeakRefObject* prev) {
  newref_->wr_prev = prev;
  newref_->wr_next = prev->wr_next;
  if (prev->wr_next)
    prev->wr_next->wr_prev = newref_;
  prev->wr_next = newref_;
}

void insert_head(WeakRefObject* newref_, WeakRefObject** list) {
  WeakRefObject* next = *list;
  newref_->wr_prev = nullptr;
  newref_->wr_next = next;
  if (next)
    next->wr_prev = newref_;
  *list = newref_;
}

void init_weakref(WeakRefObject* self, Object* ob, Object* callback) {
  self->hash = -1;
  self->wr_object = ob;
  self->wr_prev = nullptr;
  self->wr_next = nullptr;
  self->wr_callback = xnewref(callback);
}

std::nullptr_t cannot_weakref(Object* ob) {
  return err_format(TypeError, "cannot create weak reference to '{}' object", ob->type->name);
}

// PyArg_UnpackTuple's messages.
bool unpack_args(const char* name, Object* args, ssize lo, ssize hi, Object** out) {
  ssize n = args ? tuple_size(args) : 0;
  if (n < lo) {
    err_format(TypeError, "{} expected {}{} argument{}, got {}", name, lo == hi ? "" : "at least ", lo,
               lo == 1 ? "" : "s", n);
    return false;
  }
  if (n > hi) {
    err_format(TypeError, "{} expected {}{} argument{}, got {}", name, lo == hi ? "" : "at most ", hi,
               hi == 1 ? "" : "s", n);
    return false;
  }
  for (ssize i = 0; i < n; i++)
    out[i] = tuple_get(args, i);
  return true;
}

void call_callback(Object* wr, Object* callback) {
  Object* r = object_call_one(callback, wr);
  if (!r)
    err_write_unraisable(callback);
  else
    decref(r);
}

// ---------------------------------------------------------------- ref

Object* weakref_tp_new(TypeObject* type, Object* args, Object* /*kwargs: ignored, as CPython*/) {
  Object* a[2] = {nullptr, nullptr};
  if (!unpack_args("__new__", args, 1, 2, a))
    return nullptr;
  Object* ob = a[0];
  Object* callback = a[1] == None ? nullptr : a[1];
  WeakRefObject** list = object_weaklist_ptr(ob);
  if (!list)
    return cannot_weakref(ob);
  WeakRefObject *ref, *proxy;
  get_basic_refs(*list, &ref, &proxy);
  if (!callback && type == &WeakRefType && ref)
    return newref(ref);
  // The allocation may collect garbage and change the list: look again after.
  Object* o = type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  WeakRefObject* self = as_wr(o);
  init_weakref(self, ob, callback);
  if (!callback && type == &WeakRefType) {
    insert_head(self, list);
  } else {
    get_basic_refs(*list, &ref, &proxy);
    WeakRefObject* prev = proxy ? proxy : ref;
    if (prev)
      insert_after(self, prev);
    else
      insert_head(self, list);
  }
  return o;
}

int weakref_tp_init(Object*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    err_set_string(TypeError, "ref() takes no keyword arguments");
    return -1;
  }
  Object* a[2];
  return unpack_args("__init__", args, 1, 2, a) ? 0 : -1;
}

Object* weakref_tp_call(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0)
    return err_set_string(TypeError, "weakref() takes no keyword arguments");
  Object* a[1];
  if (!unpack_args("weakref", args, 0, 0, a))
    return nullptr;
  return newref(as_wr(self)->wr_object);
}

hash_t weakref_tp_hash(Object* self) {
  WeakRefObject* wr = as_wr(self);
  if (wr->hash != -1)
    return wr->hash;
  Object* obj = wr->wr_object;
  if (obj == None) {
    err_set_string(TypeError, "weak object has gone away");
    return -1;
  }
  incref(obj);
  wr->hash = object_hash(obj);
  decref(obj);
  return wr->hash;
}

Object* weakref_tp_richcompare(Object* self, Object* other, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !weakref_check(self) || !weakref_check(other))
    return newref(NotImplemented);
  Object* a = as_wr(self)->wr_object;
  Object* b = as_wr(other)->wr_object;
  if (a == None || b == None) {
    bool res = self == other;
    if (op == CMP_NE)
      res = !res;
    return bool_from(res);
  }
  incref(a);
  incref(b);
  Object* r = object_richcompare(a, b, op);
  decref(a);
  decref(b);
  return r;
}

Object* weakref_tp_repr(Object* self) {
  Object* obj = as_wr(self)->wr_object;
  if (obj == None)
    return str_from_utf8(fmt::format("<weakref at {}; dead>", static_cast<void*>(self)));
  incref(obj);
  int error = 0;
  Object* name = object_lookup_attr(obj, str_static("__name__"), &error);
  Object* r = nullptr;
  if (!error) {
    if (name && str_check(name)) {
      std::string_view n = str_view(name);
      if (!err_occurred())
        r = str_from_utf8(fmt::format("<weakref at {}; to '{}' at {} ({})>", static_cast<void*>(self),
                                      obj->type->name, static_cast<void*>(obj), n));
    } else {
      r = str_from_utf8(fmt::format("<weakref at {}; to '{}' at {}>", static_cast<void*>(self),
                                    obj->type->name, static_cast<void*>(obj)));
    }
  }
  xdecref(name);
  decref(obj);
  return r;
}

int weakref_tp_traverse(Object* self, VisitFn visit, void* arg) {
  if (Object* cb = as_wr(self)->wr_callback)
    return visit(cb, arg);
  return 0;
}

int weakref_tp_clear(Object* self) {
  weakref_clear_ref(as_wr(self));
  return 0;
}

void weakref_tp_dealloc(Object* self) {
  gc_untrack(self);
  weakref_clear_ref(as_wr(self));
  self->type->free_(self);
}

Object* weakref_class_getitem(Object* cls, Object* item) {
  return generic_alias_new(cls, item);
}

MemberDef weakref_members[] = {
    {"__callback__", MEMBER_OBJECT, offsetof(WeakRefObject, wr_callback), MEMBER_READONLY, nullptr},
    {},
};

MethodDef weakref_methods[] = {
    {"__class_getitem__", weakref_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {},
};

} // namespace

TypeObject WeakRefType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "weakref.ReferenceType";
  t.basicsize = sizeof(WeakRefObject);
  t.dealloc = weakref_tp_dealloc;
  t.repr = weakref_tp_repr;
  t.hash = weakref_tp_hash;
  t.call = weakref_tp_call;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.traverse = weakref_tp_traverse;
  t.clear = weakref_tp_clear;
  t.richcompare = weakref_tp_richcompare;
  t.methods = weakref_methods;
  t.members = weakref_members;
  t.init = weakref_tp_init;
  t.new_ = weakref_tp_new;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(WeakRefType);

// ---------------------------------------------------------------- list maintenance

void weakref_clear_ref(WeakRefObject* self) {
  Object* callback = self->wr_callback;
  weakref_unlink(self);
  if (callback) {
    self->wr_callback = nullptr;
    decref(callback);
  }
}

void weakref_unlink(WeakRefObject* self) {
  if (self->wr_object != None && self->wr_object) {
    WeakRefObject** list = object_weaklist_ptr(self->wr_object);
    if (*list == self)
      *list = self->wr_next;
    self->wr_object = None;
    if (self->wr_prev)
      self->wr_prev->wr_next = self->wr_next;
    if (self->wr_next)
      self->wr_next->wr_prev = self->wr_prev;
    self->wr_prev = nullptr;
    self->wr_next = nullptr;
  }
}

ssize weakref_count(Object* o) noexcept {
  WeakRefObject** list = object_weaklist_ptr(o);
  if (!list)
    return 0;
  ssize n = 0;
  for (WeakRefObject* w = *list; w; w = w->wr_next)
    n++;
  return n;
}

void weakref_clear_all(Object* o) {
  WeakRefObject** list = object_weaklist_ptr(o);
  if (!list || !*list)
    return;
  // The callback-less basic ref and proxy die silently.
  if (*list && !(*list)->wr_callback) {
    weakref_clear_ref(*list);
    if (*list && !(*list)->wr_callback)
      weakref_clear_ref(*list);
  }
  if (!*list)
    return;
  Object* saved = err_fetch();
  // Kill every reference first, then call the callbacks in list order.
  std::vector<std::pair<Object*, Object*>> pending;
  while (WeakRefObject* current = *list) {
    Object* callback = current->wr_callback;
    current->wr_callback = nullptr;
    weakref_clear_ref(current);
    if (callback) {
      if (current->refcnt > 0)
        pending.emplace_back(newref(static_cast<Object*>(current)), callback);
      else
        decref(callback);
    }
  }
  for (auto& [wr, callback] : pending) {
    call_callback(wr, callback);
    decref(callback);
    decref(wr);
  }
  err_restore(saved);
}

Object* weakref_new_ref(Object* ob, Object* callback) {
  Object* args = callback ? tuple_pack({ob, callback}) : tuple_pack({ob});
  if (!args)
    return nullptr;
  Object* r = weakref_tp_new(&WeakRefType, args, nullptr);
  decref(args);
  return r;
}

// ---------------------------------------------------------------- proxies

namespace {

// Replaces a proxy by its referent (borrowed); ReferenceError when dead.
bool unwrap(Object*& o) {
  if (weakref_check_proxy(o)) {
    Object* obj = as_wr(o)->wr_object;
    if (obj == None) {
      err_set_string(ReferenceError, "weakly-referenced object no longer exists");
      return false;
    }
    o = obj;
  }
  return true;
}

// Holds strong references to unwrapped operands for the duration of an operation.
struct Held {
  Object* a;
  Object* b;
  Held(Object* x, Object* y = nullptr) : a(x), b(y) {
    incref(a);
    xincref(b);
  }
  ~Held() {
    decref(a);
    xdecref(b);
  }
};

#define PROXY_BINARY(fname, KIND)                                                                            \
  Object* fname(Object* x, Object* y) {                                                                      \
    if (!unwrap(x) || !unwrap(y))                                                                            \
      return nullptr;                                                                                        \
    Held h(x, y);                                                                                            \
    return binary_op(x, y, KIND);                                                                            \
  }
PROXY_BINARY(proxy_add, NB_ADD)
PROXY_BINARY(proxy_sub, NB_SUBTRACT)
PROXY_BINARY(proxy_mul, NB_MULTIPLY)
PROXY_BINARY(proxy_mod, NB_REMAINDER)
PROXY_BINARY(proxy_lshift, NB_LSHIFT)
PROXY_BINARY(proxy_rshift, NB_RSHIFT)
PROXY_BINARY(proxy_and, NB_AND)
PROXY_BINARY(proxy_xor, NB_XOR)
PROXY_BINARY(proxy_or, NB_OR)
PROXY_BINARY(proxy_floordiv, NB_FLOOR_DIVIDE)
PROXY_BINARY(proxy_truediv, NB_TRUE_DIVIDE)
PROXY_BINARY(proxy_matmul, NB_MATRIX_MULTIPLY)
PROXY_BINARY(proxy_iadd, NB_INPLACE_ADD)
PROXY_BINARY(proxy_isub, NB_INPLACE_SUBTRACT)
PROXY_BINARY(proxy_imul, NB_INPLACE_MULTIPLY)
PROXY_BINARY(proxy_imod, NB_INPLACE_REMAINDER)
PROXY_BINARY(proxy_ilshift, NB_INPLACE_LSHIFT)
PROXY_BINARY(proxy_irshift, NB_INPLACE_RSHIFT)
PROXY_BINARY(proxy_iand, NB_INPLACE_AND)
PROXY_BINARY(proxy_ixor, NB_INPLACE_XOR)
PROXY_BINARY(proxy_ior, NB_INPLACE_OR)
PROXY_BINARY(proxy_ifloordiv, NB_INPLACE_FLOOR_DIVIDE)
PROXY_BINARY(proxy_itruediv, NB_INPLACE_TRUE_DIVIDE)
PROXY_BINARY(proxy_imatmul, NB_INPLACE_MATRIX_MULTIPLY)
#undef PROXY_BINARY

Object* proxy_divmod(Object* x, Object* y) {
  if (!unwrap(x) || !unwrap(y))
    return nullptr;
  Held h(x, y);
  // divmod() itself keeps the full dispatch (reflected operands, messages).
  Object* fn = dict_getitem_str(Interpreter::main()->builtins, "divmod");
  if (!fn)
    return err_set_string(SystemError, "builtins.divmod is missing");
  Object* args[2] = {x, y};
  return object_vectorcall(fn, args, 2, nullptr);
}

Object* proxy_pow(Object* x, Object* y, Object* z) {
  if (!unwrap(x) || !unwrap(y) || !unwrap(z))
    return nullptr;
  Held h(x, y);
  return number_power(x, y, z);
}

Object* proxy_ipow(Object* x, Object* y, Object* z) {
  if (!unwrap(x) || !unwrap(y) || !unwrap(z))
    return nullptr;
  Held h(x, y);
  (void)z;
  return binary_op(x, y, NB_INPLACE_POWER);
}

#define PROXY_UNARY(fname, CALL)                                                                             \
  Object* fname(Object* x) {                                                                                 \
    if (!unwrap(x))                                                                                          \
      return nullptr;                                                                                        \
    Held h(x);                                                                                               \
    return CALL(x);                                                                                          \
  }
PROXY_UNARY(proxy_neg, number_negative)
PROXY_UNARY(proxy_pos, number_positive)
PROXY_UNARY(proxy_abs, number_absolute)
PROXY_UNARY(proxy_invert, number_invert)
PROXY_UNARY(proxy_int, number_long)
PROXY_UNARY(proxy_float, number_float)
PROXY_UNARY(proxy_index, number_index)
PROXY_UNARY(proxy_str, object_str)
PROXY_UNARY(proxy_iter, object_get_iter)
#undef PROXY_UNARY

int proxy_bool(Object* x) {
  if (!unwrap(x))
    return -1;
  Held h(x);
  return object_is_true(x);
}

ssize proxy_length(Object* x) {
  if (!unwrap(x))
    return -1;
  Held h(x);
  return object_length(x);
}

int proxy_contains(Object* x, Object* v) {
  if (!unwrap(x))
    return -1;
  Held h(x);
  return sequence_contains(x, v);
}

Object* proxy_getitem(Object* x, Object* key) {
  if (!unwrap(x))
    return nullptr;
  Held h(x);
  return object_getitem(x, key);
}

int proxy_setitem(Object* x, Object* key, Object* value) {
  if (!unwrap(x))
    return -1;
  Held h(x);
  return value ? object_setitem(x, key, value) : object_delitem(x, key);
}

Object* proxy_getattr(Object* x, Object* name) {
  if (!unwrap(x))
    return nullptr;
  Held h(x);
  return object_getattr(x, name);
}

int proxy_setattr(Object* x, Object* name, Object* value) {
  if (!unwrap(x))
    return -1;
  Held h(x);
  return object_setattr(x, name, value);
}

Object* proxy_richcompare(Object* x, Object* y, int op) {
  if (!unwrap(x) || !unwrap(y))
    return nullptr;
  Held h(x, y);
  return object_richcompare(x, y, op);
}

Object* proxy_iternext(Object* x) {
  if (!unwrap(x))
    return nullptr;
  if (!iter_check(x))
    return err_format(TypeError, "Weakref proxy referenced a non-iterator '{}' object", x->type->name);
  Held h(x);
  return iter_next(x);
}

Object* proxy_call(Object* x, Object* args, Object* kwargs) {
  if (!unwrap(x))
    return nullptr;
  Held h(x);
  return object_call(x, args, kwargs);
}

hash_t proxy_hash(Object* self) {
  err_format(TypeError, "unhashable type: '{}'", self->type->name);
  return -1;
}

Object* proxy_repr(Object* self) {
  Object* obj = as_wr(self)->wr_object;
  return str_from_utf8(fmt::format("<weakproxy at {}; to '{}' at {}>", static_cast<void*>(self),
                                   obj->type->name, static_cast<void*>(obj)));
}

Object* proxy_bytes(Object* x, Object*) {
  if (!unwrap(x))
    return nullptr;
  Held h(x);
  return object_call_method(x, "__bytes__", nullptr, 0);
}

Object* proxy_reversed(Object* x, Object*) {
  if (!unwrap(x))
    return nullptr;
  Held h(x);
  return object_call_method(x, "__reversed__", nullptr, 0);
}

NumberMethods proxy_as_number = [] {
  NumberMethods m{};
  m.add = proxy_add;
  m.subtract = proxy_sub;
  m.multiply = proxy_mul;
  m.remainder = proxy_mod;
  m.divmod = proxy_divmod;
  m.power = proxy_pow;
  m.negative = proxy_neg;
  m.positive = proxy_pos;
  m.absolute = proxy_abs;
  m.bool_ = proxy_bool;
  m.invert = proxy_invert;
  m.lshift = proxy_lshift;
  m.rshift = proxy_rshift;
  m.and_ = proxy_and;
  m.xor_ = proxy_xor;
  m.or_ = proxy_or;
  m.int_ = proxy_int;
  m.float_ = proxy_float;
  m.inplace_add = proxy_iadd;
  m.inplace_subtract = proxy_isub;
  m.inplace_multiply = proxy_imul;
  m.inplace_remainder = proxy_imod;
  m.inplace_power = proxy_ipow;
  m.inplace_lshift = proxy_ilshift;
  m.inplace_rshift = proxy_irshift;
  m.inplace_and = proxy_iand;
  m.inplace_xor = proxy_ixor;
  m.inplace_or = proxy_ior;
  m.floor_divide = proxy_floordiv;
  m.true_divide = proxy_truediv;
  m.inplace_floor_divide = proxy_ifloordiv;
  m.inplace_true_divide = proxy_itruediv;
  m.index = proxy_index;
  m.matrix_multiply = proxy_matmul;
  m.inplace_matrix_multiply = proxy_imatmul;
  return m;
}();

SequenceMethods proxy_as_sequence = [] {
  SequenceMethods m{};
  m.contains = proxy_contains;
  return m;
}();

MappingMethods proxy_as_mapping = [] {
  MappingMethods m{};
  m.length = proxy_length;
  m.subscript = proxy_getitem;
  m.ass_subscript = proxy_setitem;
  return m;
}();

MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_NOARGS, nullptr},
    {"__reversed__", proxy_reversed, METH_NOARGS, nullptr},
    {},
};

TypeObject make_proxy_type(const char* name, bool callable) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(WeakRefObject);
  t.dealloc = weakref_tp_dealloc;
  t.repr = proxy_repr;
  t.as_number = &proxy_as_number;
  t.as_sequence = &proxy_as_sequence;
  t.as_mapping = &proxy_as_mapping;
  t.hash = proxy_hash;
  if (callable)
    t.call = proxy_call;
  t.str = proxy_str;
  t.getattro = proxy_getattr;
  t.setattro = proxy_setattr;
  t.flags = TPFLAG_HAVE_GC;
  t.traverse = weakref_tp_traverse;
  t.clear = weakref_tp_clear;
  t.richcompare = proxy_richcompare;
  t.iter = proxy_iter;
  t.iternext = proxy_iternext;
  t.methods = proxy_methods;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}

} // namespace

TypeObject WeakProxyType = make_proxy_type("weakref.ProxyType", false);
COIL_REGISTER_TYPE(WeakProxyType);
TypeObject WeakCallableProxyType = make_proxy_type("weakref.CallableProxyType", true);
COIL_REGISTER_TYPE(WeakCallableProxyType);

Object* weakref_new_proxy(Object* ob, Object* callback) {
  WeakRefObject** list = object_weaklist_ptr(ob);
  if (!list)
    return cannot_weakref(ob);
  if (callback == None)
    callback = nullptr;
  WeakRefObject *ref, *proxy;
  get_basic_refs(*list, &ref, &proxy);
  if (!callback && proxy)
    return newref(proxy);
  TypeObject* type = object_callable(ob) ? &WeakCallableProxyType : &WeakProxyType;
  Object* o = type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  WeakRefObject* self = as_wr(o);
  init_weakref(self, ob, callback);
  get_basic_refs(*list, &ref, &proxy);
  WeakRefObject* prev;
  if (!callback) {
    if (proxy) {
      // Another proxy appeared during the allocation (a collection ran).
      decref(o);
      return newref(proxy);
    }
    prev = ref;
  } else {
    prev = proxy ? proxy : ref;
  }
  if (prev)
    insert_after(self, prev);
  else
    insert_head(self, list);
  return o;
}

// ---------------------------------------------------------------- the _weakref module

namespace {

Object* mod_getweakrefcount(Object*, Object* o) {
  return int_from_i64(weakref_count(o));
}

Object* mod_getweakrefs(Object*, Object* o) {
  Object* result = list_new(0);
  if (!result)
    return nullptr;
  WeakRefObject** list = object_weaklist_ptr(o);
  for (WeakRefObject* w = list ? *list : nullptr; w; w = w->wr_next) {
    if (list_append(result, w) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* mod_proxy(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0)
    return err_set_string(TypeError, "_weakref.proxy() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return err_format(TypeError, "proxy expected {} {} argument{}, got {}",
                      nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
  return weakref_new_proxy(args[0], nargs == 2 ? args[1] : nullptr);
}

Object* mod_remove_dead_weakref(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "_remove_dead_weakref expected 2 arguments, got {}", nargs);
  Object* d = args[0];
  Object* key = args[1];
  if (!dict_check(d))
    return err_format(TypeError, "_remove_dead_weakref() argument 1 must be dict, not {}", arg_type_name(d));
  Object* value = dict_getitem(d, key);
  if (!value) {
    if (err_occurred() && !err_matches(KeyError))
      return nullptr;
    err_clear();
    return newref(None);
  }
  if (!weakref_check(value))
    return err_set_string(TypeError, "not a weakref");
  if (weakref_get_object(value) == None) {
    if (dict_delitem(d, key) < 0) {
      if (!err_matches(KeyError))
        return nullptr;
      err_clear();
    }
  }
  return newref(None);
}

MethodDef weakref_module_methods[] = {
    {"getweakrefcount", mod_getweakrefcount, METH_O, "Return the number of weak references to 'object'."},
    {"getweakrefs", mod_getweakrefs, METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", reinterpret_cast<MethodFn>(mod_proxy), METH_FASTCALL | METH_KEYWORDS,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a "
     "reference to the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", reinterpret_cast<MethodFn>(mod_remove_dead_weakref), METH_FASTCALL,
     "Atomically remove key from dict if it points to a dead weakref."},
    {},
};

Object* weakref_module_init() {
  Object* m = module_new_str("_weakref");
  if (!m)
    return nullptr;
  if (module_add_functions(m, weakref_module_methods) < 0 || module_add_object(m, "ref", &WeakRefType) < 0 ||
      module_add_object(m, "ReferenceType", &WeakRefType) < 0 ||
      module_add_object(m, "ProxyType", &WeakProxyType) < 0 ||
      module_add_object(m, "CallableProxyType", &WeakCallableProxyType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_weakref", weakref_module_init);

} // namespace coil
