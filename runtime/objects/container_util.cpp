// Argument helpers for the container types (see container_util.h).
#include "runtime/objects/container_util.h"

#include <cstring>
#include <vector>

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

// The value given for keyword `name`, or nullptr.
Object* find_keyword(const char* name, Object* const* kwkeys, Object* const* kwvalues, ssize nkw) {
  for (ssize k = 0; k < nkw; ++k)
    if (str_check(kwkeys[k]) && str_equal_ascii(kwkeys[k], name))
      return kwvalues[k];
  return nullptr;
}

} // namespace

bool clinic_unpack(const ClinicSpec& spec, Object* const* args, ssize nargs, Object* const* kwkeys,
                   Object* const* kwvalues, ssize nkw, Object** out) {
  const char* f = spec.fname;
  int maxargs = spec.n;
  int minposonly = spec.posonly < spec.minpos ? spec.posonly : spec.minpos;
  int reqlimit = spec.minkw ? spec.maxpos + spec.minkw : spec.minpos;
  for (int i = 0; i < maxargs; ++i)
    out[i] = nullptr;
  if (nargs + nkw > maxargs) {
    err_format(TypeError, "{}() takes at most {} {}argument{} ({} given)", f, maxargs,
               nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  if (nargs > spec.maxpos) {
    if (spec.maxpos == 0)
      err_format(TypeError, "{}() takes no positional arguments", f);
    else
      err_format(TypeError, "{}() takes {} {} positional argument{} ({} given)", f,
                 spec.minpos < spec.maxpos ? "at most" : "exactly", spec.maxpos, spec.maxpos == 1 ? "" : "s",
                 nargs);
    return false;
  }
  if (nargs < minposonly) {
    err_format(TypeError, "{}() takes {} {} positional argument{} ({} given)", f,
               minposonly < spec.maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
               nargs);
    return false;
  }
  for (ssize i = 0; i < nargs; ++i)
    out[i] = args[i];
  ssize left = nkw;
  for (int i = nargs > spec.posonly ? static_cast<int>(nargs) : spec.posonly; i < maxargs; ++i) {
    Object* v = nullptr;
    if (left)
      v = find_keyword(spec.names[i], kwkeys, kwvalues, nkw);
    else if (i >= reqlimit)
      break;
    out[i] = v;
    if (v) {
      --left;
    } else if (i < spec.minpos || (spec.maxpos <= i && i < reqlimit)) {
      err_format(TypeError, "{}() missing required argument '{}' (pos {})", f, spec.names[i], i + 1);
      return false;
    }
  }
  if (left > 0) {
    for (int i = spec.posonly; i < nargs; ++i) {
      if (find_keyword(spec.names[i], kwkeys, kwvalues, nkw)) {
        err_format(TypeError, "argument for {}() given by name ('{}') and position ({})", f, spec.names[i],
                   i + 1);
        return false;
      }
    }
    for (ssize k = 0; k < nkw; ++k) {
      Object* key = kwkeys[k];
      if (!str_check(key)) {
        err_set_string(TypeError, "keywords must be strings");
        return false;
      }
      bool known = false;
      for (int i = spec.posonly; i < maxargs && !known; ++i)
        known = str_equal_ascii(key, spec.names[i]);
      if (!known) {
        err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), f);
        return false;
      }
    }
    err_format(TypeError, "{}() got an unexpected keyword argument", f);
    return false;
  }
  return true;
}

static ClinicSpec clinic_of(const ArgSpec& spec) {
  int minpos = spec.required < spec.max_positional ? spec.required : spec.max_positional;
  int minkw = spec.required > spec.max_positional ? spec.required - spec.max_positional : 0;
  return ClinicSpec{spec.fname, spec.names, spec.nparams, 0, minpos, spec.max_positional, minkw};
}

bool parse_fast_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames, Object** out) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* const* keys = nkw ? tuple_items(kwnames) : nullptr;
  return clinic_unpack(clinic_of(spec), args, nargs, keys, args + nargs, nkw, out);
}

bool parse_tuple_args(const ArgSpec& spec, Object* args, Object* kwargs, Object** out) {
  ssize nargs = args ? tuple_size(args) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  std::vector<Object*> keys, values;
  if (nkw) {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
      keys.push_back(key);
      values.push_back(value);
    }
  }
  Object* const* pos_args = nargs ? tuple_items(args) : nullptr;
  return clinic_unpack(clinic_of(spec), pos_args, nargs, keys.data(), values.data(), nkw, out);
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
