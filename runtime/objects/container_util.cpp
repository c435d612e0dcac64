// Argument helpers for the container types (see container_util.h).
#include "runtime/objects/container_util.h"

#include <cstring>

#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max)
    return true;
  const char* qualifier = min == max ? "" : (nargs < min ? "at least " : "at most ");
  ssize n = nargs < min ? min : max;
  err_format(TypeError, "{} expected {}{} argument{}, got {}", name, qualifier, n, n == 1 ? "" : "s", nargs);
  return false;
}

bool check_no_kwargs(const char* name, Object* kwargs) {
  if (kwargs == nullptr || (dict_check(kwargs) && dict_size(kwargs) == 0))
    return true;
  err_format(TypeError, "{}() takes no keyword arguments", name);
  return false;
}

namespace {

int find_param(const ArgSpec& spec, Object* key) {
  if (!str_check(key))
    return -1;
  for (int i = 0; i < spec.nparams; ++i)
    if (str_equal_ascii(key, spec.names[i]))
      return i;
  return -1;
}

bool too_many(const ArgSpec& spec, ssize nargs, ssize nkw) {
  // Argument clinic checks the total count first.
  if (nargs + nkw <= spec.nparams && nargs > spec.max_positional && spec.max_positional == 0) {
    err_format(TypeError, "{}() takes no positional arguments", spec.fname);
    return true;
  }
  if (nargs + nkw > spec.nparams) {
    if (spec.max_positional == 0 && nargs == 0) {
      err_format(TypeError, "{}() takes at most {} keyword argument{} ({} given)", spec.fname, spec.nparams,
                 spec.nparams == 1 ? "" : "s", nkw);
    } else {
      err_format(TypeError, "{}() takes at most {} argument{} ({} given)", spec.fname, spec.nparams,
                 spec.nparams == 1 ? "" : "s", nargs + nkw);
    }
    return true;
  }
  if (nargs > spec.max_positional) {
    err_format(TypeError, "{}() takes at most {} positional argument{} ({} given)", spec.fname,
               spec.max_positional, spec.max_positional == 1 ? "" : "s", nargs);
    return true;
  }
  return false;
}

bool bad_keyword(const ArgSpec& spec, Object* key) {
  if (!str_check(key)) {
    err_set_string(TypeError, "keywords must be strings");
    return false;
  }
  err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), spec.fname);
  return false;
}

bool check_required(const ArgSpec& spec, Object** out) {
  for (int i = 0; i < spec.required; ++i) {
    if (out[i] == nullptr) {
      err_format(TypeError, "{}() missing required argument '{}'", spec.fname, spec.names[i]);
      return false;
    }
  }
  return true;
}

} // namespace

bool parse_fast_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames, Object** out) {
  for (int i = 0; i < spec.nparams; ++i)
    out[i] = nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (too_many(spec, nargs, nkw))
    return false;
  for (ssize i = 0; i < nargs; ++i)
    out[i] = args[i];
  for (ssize k = 0; k < nkw; ++k) {
    Object* key = tuple_get(kwnames, k);
    int idx = find_param(spec, key);
    if (idx < 0 || out[idx] != nullptr)
      return bad_keyword(spec, key);
    out[idx] = args[nargs + k];
  }
  return check_required(spec, out);
}

bool parse_tuple_args(const ArgSpec& spec, Object* args, Object* kwargs, Object** out) {
  for (int i = 0; i < spec.nparams; ++i)
    out[i] = nullptr;
  ssize nargs = args ? tuple_size(args) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  if (too_many(spec, nargs, nkw))
    return false;
  for (ssize i = 0; i < nargs; ++i)
    out[i] = tuple_get(args, i);
  if (nkw) {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
      int idx = find_param(spec, key);
      if (idx < 0 || out[idx] != nullptr)
        return bad_keyword(spec, key);
      out[idx] = value;
    }
  }
  return check_required(spec, out);
}

bool eval_slice_index(Object* v, ssize* out) {
  if (!int_check(v)) {
    // Accept objects with __index__ (number_index raises TypeError otherwise).
    TypeObject* t = v->type;
    if (t->as_number == nullptr || t->as_number->index == nullptr) {
      err_set_string(TypeError, "slice indices must be integers or have an __index__ method");
      return false;
    }
  }
  ssize x = number_as_ssize(v, nullptr);
  if (x == -1 && err_occurred())
    return false;
  *out = x;
  return true;
}

std::nullptr_t set_key_error(Object* key) {
  Object* args = tuple_pack({key});
  if (args == nullptr)
    return nullptr;
  Object* exc = exception_new(static_cast<TypeObject*>(KeyError), args);
  decref(args);
  if (exc == nullptr)
    return nullptr;
  err_raise_instance(exc);
  decref(exc);
  return nullptr;
}

void container_gc_free(Object* o) {
  gc_free(o);
}

} // namespace coil

namespace coil {

Object* builtin_named(const char* name) {
  Interpreter* interp = Interpreter::main();
  Object* f = interp && interp->builtins ? dict_getitem_str(interp->builtins, name) : nullptr;
  if (!f && !err_occurred())
    err_format(RuntimeError, "lost builtins.{}", name);
  return f;
}

Object* iter_reduce_indexed(Object* callable, Object* seq, ssize index) {
  Object* idx = int_from_i64(index);
  Object* args = idx ? tuple_pack({seq}) : nullptr;
  Object* r = args ? tuple_pack({callable, args, idx}) : nullptr;
  xdecref(args);
  xdecref(idx);
  return r;
}

Object* iter_reduce_exhausted(Object* empty) {
  Object* iter = empty ? builtin_named("iter") : nullptr;
  Object* args = iter ? tuple_pack({empty}) : nullptr;
  xdecref(empty);
  Object* r = args ? tuple_pack({iter, args}) : nullptr;
  xdecref(args);
  return r;
}

bool iter_state_index(Object* state, ssize lo, ssize hi, ssize* out) {
  // As CPython's PyLong_AsSsize_t: ints only, no __index__.
  if (!int_check(state)) {
    err_set_string(TypeError, "an integer is required");
    return false;
  }
  bool overflow = false;
  int64_t i = int_as_i64(state, &overflow);
  if (overflow) {
    err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = i < lo ? lo : (i > hi ? hi : static_cast<ssize>(i));
  return true;
}

} // namespace coil
