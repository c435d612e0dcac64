// Out-of-line parts of opcodes (see slowpaths.h).
#include "interp/slowpaths.h"

#include <csignal>
#include <vector>

#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/coro.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/gen.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/thread_state.h"

namespace coil::interp {

// ---------------------------------------------------------------- names

void raise_name_error(Object* name) {
  err_format(NameError, "name '{}' is not defined", str_view(name));
  Object* exc = err_current();
  if (exc && is_instance_of(exc, static_cast<TypeObject*>(NameError))) {
    auto* ne = static_cast<NameErrorObject*>(exc);
    setref(ne->name, newref(name));
  }
}

void raise_unbound_local(CodeObject* code, int index) {
  Object* name = tuple_get(code->localsplusnames, index);
  uint8_t kind = static_cast<uint8_t>(bytes_data(code->localspluskinds)[index]);
  if (kind & LOCALS_KIND_FREE) {
    err_format(NameError,
               "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
               str_view(name));
  } else {
    err_format(UnboundLocalError, "cannot access local variable '{}' where it is not associated with a value",
               str_view(name));
  }
}

Object* load_global(Frame* frame, Object* name) {
  Object* v = dict_getitem(frame->globals, name);
  if (v)
    return newref(v);
  if (err_occurred())
    return nullptr;
  v = dict_getitem(frame->builtins, name);
  if (v)
    return newref(v);
  if (!err_occurred())
    raise_name_error(name);
  return nullptr;
}

Object* load_name(Frame* frame, Object* name) {
  Object* locals = frame->locals;
  if (!locals) {
    err_format(SystemError, "no locals when loading {}", str_view(name));
    return nullptr;
  }
  if (dict_check_exact(locals)) {
    Object* v = dict_getitem(locals, name);
    if (v)
      return newref(v);
    if (err_occurred())
      return nullptr;
  } else {
    Object* v = object_getitem(locals, name);
    if (v)
      return v;
    if (!err_matches(KeyError))
      return nullptr;
    err_clear();
  }
  return load_global(frame, name);
}

Object* load_classderef(Frame* frame, int oparg) {
  CodeObject* co = frame->code;
  Object* name = tuple_get(co->localsplusnames, oparg);
  Object* locals = frame->locals;
  if (locals) {
    if (dict_check_exact(locals)) {
      Object* v = dict_getitem(locals, name);
      if (v)
        return newref(v);
      if (err_occurred())
        return nullptr;
    } else {
      Object* v = object_getitem(locals, name);
      if (v)
        return v;
      if (!err_matches(KeyError))
        return nullptr;
      err_clear();
    }
  }
  Object* v = static_cast<CellObject*>(frame->localsplus[oparg])->ref;
  if (!v) {
    raise_unbound_local(co, oparg);
    return nullptr;
  }
  return newref(v);
}

// ---------------------------------------------------------------- unpacking

int unpack_iterable(Object* seq, int argcnt, int argcntafter, Object** sp) {
  Object* it = object_get_iter(seq);
  if (!it) {
    if (err_matches(TypeError) && !seq->type->iter &&
        !(seq->type->as_sequence && seq->type->as_sequence->item)) {
      err_clear();
      err_format(TypeError, "cannot unpack non-iterable {} object", type_name_of(seq));
    }
    return -1;
  }
  int i = 0; // values stored so far, downward from sp
  for (; i < argcnt; i++) {
    Object* w = iter_next(it);
    if (!w) {
      if (!err_occurred()) {
        if (argcntafter == -1)
          err_format(ValueError, "not enough values to unpack (expected {}, got {})", argcnt, i);
        else
          err_format(ValueError, "not enough values to unpack (expected at least {}, got {})",
                     argcnt + argcntafter, i);
      }
      decref(it);
      goto release;
    }
    *--sp = w;
  }
  if (argcntafter == -1) {
    Object* w = iter_next(it);
    if (!w) {
      decref(it);
      if (err_occurred())
        goto release;
      return 0;
    }
    decref(w);
    err_format(ValueError, "too many values to unpack (expected {})", argcnt);
    decref(it);
    goto release;
  } else {
    Object* l = sequence_list(it);
    decref(it);
    if (!l)
      goto release;
    *--sp = l;
    i++;
    ssize ll = list_size(l);
    if (ll < argcntafter) {
      err_format(ValueError, "not enough values to unpack (expected at least {}, got {})",
                 argcnt + argcntafter, argcnt + ll);
      goto release;
    }
    // Pop the "after-star" items off the list.
    for (int j = argcntafter; j > 0; j--, i++)
      *--sp = newref(list_get(l, ll - j));
    // Shrink the list (drop the moved items).
    for (int j = 0; j < argcntafter; j++) {
      ssize idx = list_size(l) - 1;
      Object* item = list_get(l, idx);
      static_cast<ListObject*>(l)->size = idx;
      decref(item);
    }
    return 0;
  }
release:
  for (int j = 0; j < i; j++)
    decref(*sp++);
  return -1;
}

// ---------------------------------------------------------------- raise

bool do_raise(ThreadState* ts, Object* exc, Object* cause) {
  if (!exc) {
    // Bare `raise`: re-raise the exception being handled.
    Object* handled = nullptr;
    for (ExcInfo* e = ts->exc_info; e; e = e->previous)
      if (e->exc_value && e->exc_value != None) {
        handled = e->exc_value;
        break;
      }
    if (!handled) {
      err_set_string(RuntimeError, "No active exception to reraise");
      return false;
    }
    err_restore(newref(handled));
    return true;
  }
  Object* value;
  if (type_check(exc) && exception_class_check(exc)) {
    value = object_call_noargs(exc);
    if (!value)
      return false;
    if (!exception_instance_check(value)) {
      err_format(TypeError, "calling {} should have returned an instance of BaseException, not {}",
                 type_name(static_cast<TypeObject*>(exc)), type_name_of(value));
      decref(value);
      return false;
    }
  } else if (exception_instance_check(exc)) {
    value = newref(exc);
  } else {
    err_set_string(TypeError, "exceptions must derive from BaseException");
    return false;
  }
  if (cause) {
    Object* fixed_cause;
    if (type_check(cause) && exception_class_check(cause)) {
      fixed_cause = object_call_noargs(cause);
      if (!fixed_cause) {
        decref(value);
        return false;
      }
    } else if (exception_instance_check(cause)) {
      fixed_cause = newref(cause);
    } else if (cause == None) {
      fixed_cause = nullptr;
    } else {
      err_set_string(TypeError, "exception causes must derive from BaseException");
      decref(value);
      return false;
    }
    exception_set_cause(value, fixed_cause ? fixed_cause : newref(None));
  }
  err_raise_instance(value);
  decref(value);
  return false;
}

int check_exc_match_type(Object* right) {
  auto valid = [](Object* t) { return type_check(t) && exception_class_check(t); };
  bool ok = true;
  if (tuple_check(right)) {
    for (ssize i = 0; i < tuple_size(right); i++)
      if (!valid(tuple_get(right, i)))
        ok = false;
  } else {
    ok = valid(right);
  }
  if (!ok) {
    err_set_string(TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return 0;
}

int check_except_star_type(Object* right) {
  if (check_exc_match_type(right) < 0)
    return -1;
  auto is_group = [](Object* t) { return type_is_subtype(static_cast<TypeObject*>(t), BaseExceptionGroup); };
  bool group = false;
  if (tuple_check(right)) {
    for (ssize i = 0; i < tuple_size(right) && !group; i++)
      group = is_group(tuple_get(right, i));
  } else {
    group = is_group(right);
  }
  if (group) {
    err_set_string(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  return 0;
}

Object* exc_group_split(Object* exc_value, Object* match_type, Object** rest) {
  if (exc_value == None) {
    *rest = newref(None);
    return newref(None);
  }
  if (exception_matches(exc_value, match_type)) {
    bool is_group = is_instance_of(exc_value, static_cast<TypeObject*>(BaseExceptionGroup));
    if (is_group) {
      *rest = newref(None);
      return newref(exc_value);
    }
    // A naked exception matched: wrap it in an (unnamed) group.
    Object* excs = tuple_pack({exc_value});
    if (!excs)
      return nullptr;
    Object* msg = str_new_empty();
    Object* args = tuple_pack({msg, excs});
    decref(msg);
    decref(excs);
    if (!args)
      return nullptr;
    Object* group = object_call(BaseExceptionGroup, args, nullptr);
    decref(args);
    if (!group)
      return nullptr;
    auto* be = static_cast<BaseExceptionObject*>(exc_value);
    if (be->traceback)
      exception_set_traceback(group, be->traceback);
    *rest = newref(None);
    return group;
  }
  if (is_instance_of(exc_value, static_cast<TypeObject*>(BaseExceptionGroup))) {
    Object* pair = object_call_method(exc_value, "split", &match_type, 1);
    if (!pair)
      return nullptr;
    if (!tuple_check(pair) || tuple_size(pair) != 2) {
      decref(pair);
      err_set_string(TypeError, "ExceptionGroup.split must return a 2-tuple");
      return nullptr;
    }
    Object* match = newref(tuple_get(pair, 0));
    *rest = newref(tuple_get(pair, 1));
    decref(pair);
    return match;
  }
  *rest = newref(exc_value);
  return newref(None);
}

// Collects the leaf exceptions of a (possibly nested) group.
static void collect_leaves(Object* exc, std::vector<Object*>& out) {
  if (exc == None || !exc)
    return;
  if (is_instance_of(exc, static_cast<TypeObject*>(BaseExceptionGroup))) {
    Object* excs = static_cast<BaseExceptionGroupObject*>(exc)->excs;
    for (ssize i = 0; i < tuple_size(excs); i++)
      collect_leaves(tuple_get(excs, i), out);
  } else {
    out.push_back(exc);
  }
}

// Projects `group` onto the leaves in `keep` (by identity): a copy of the
// group's structure holding only those leaves, or None.
static Object* project_group(Object* group, const std::vector<Object*>& keep) {
  if (!is_instance_of(group, static_cast<TypeObject*>(BaseExceptionGroup))) {
    for (Object* k : keep)
      if (k == group)
        return newref(group);
    return newref(None);
  }
  Object* excs = static_cast<BaseExceptionGroupObject*>(group)->excs;
  Object* kept = list_new(0);
  if (!kept)
    return nullptr;
  for (ssize i = 0; i < tuple_size(excs); i++) {
    Object* sub = project_group(tuple_get(excs, i), keep);
    if (!sub) {
      decref(kept);
      return nullptr;
    }
    if (sub != None && list_append(kept, sub) < 0) {
      decref(sub);
      decref(kept);
      return nullptr;
    }
    decref(sub);
  }
  if (list_size(kept) == 0) {
    decref(kept);
    return newref(None);
  }
  if (list_size(kept) == tuple_size(excs)) {
    decref(kept);
    return newref(group);
  }
  Object* r = object_call_method(group, "derive", &kept, 1);
  decref(kept);
  if (!r)
    return nullptr;
  auto* src = static_cast<BaseExceptionObject*>(group);
  auto* dst = static_cast<BaseExceptionObject*>(r);
  if (src->traceback)
    exception_set_traceback(r, src->traceback);
  if (src->cause)
    exception_set_cause(r, newref(src->cause));
  if (src->context)
    exception_set_context(r, newref(src->context));
  if (src->notes)
    setref(dst->notes, newref(src->notes));
  return r;
}

Object* prep_reraise_star(Object* orig, Object* excs) {
  ssize n = list_size(excs);
  if (!is_instance_of(orig, static_cast<TypeObject*>(BaseExceptionGroup))) {
    // A naked exception was caught and wrapped; at most one thing was raised.
    for (ssize i = 0; i < n; i++)
      if (list_get(excs, i) != None)
        return newref(list_get(excs, i));
    return newref(None);
  }
  std::vector<Object*> orig_leaves;
  collect_leaves(orig, orig_leaves);
  std::vector<Object*> reraised_leaves;
  Object* raised = list_new(0);
  if (!raised)
    return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* e = list_get(excs, i);
    if (e == None)
      continue;
    std::vector<Object*> leaves;
    collect_leaves(e, leaves);
    bool is_reraise = !leaves.empty();
    for (Object* l : leaves) {
      bool found = false;
      for (Object* o : orig_leaves)
        if (o == l)
          found = true;
      if (!found)
        is_reraise = false;
    }
    if (is_reraise)
      reraised_leaves.insert(reraised_leaves.end(), leaves.begin(), leaves.end());
    else if (list_append(raised, e) < 0) {
      decref(raised);
      return nullptr;
    }
  }
  Object* reraised = project_group(orig, reraised_leaves);
  if (!reraised) {
    decref(raised);
    return nullptr;
  }
  if (list_size(raised) == 0) {
    decref(raised);
    return reraised;
  }
  if (reraised != None && list_append(raised, reraised) < 0) {
    decref(reraised);
    decref(raised);
    return nullptr;
  }
  decref(reraised);
  if (list_size(raised) == 1) {
    Object* r = newref(list_get(raised, 0));
    decref(raised);
    return r;
  }
  Object* msg = str_new_empty();
  Object* args = tuple_pack({msg, raised});
  decref(msg);
  decref(raised);
  if (!args)
    return nullptr;
  Object* group = object_call(BaseExceptionGroup, args, nullptr);
  decref(args);
  return group;
}

// ---------------------------------------------------------------- formatting

Object* format_value(Object* value, int conversion, Object* spec) {
  Object* v;
  switch (conversion) {
  case 1:
    v = object_str(value);
    break;
  case 2:
    v = object_repr(value);
    break;
  case 3:
    v = object_ascii(value);
    break;
  default:
    v = newref(value);
    break;
  }
  if (!v)
    return nullptr;
  if (!spec && str_check_exact(v))
    return v;
  Object* r = object_format(v, spec);
  decref(v);
  return r;
}

// ---------------------------------------------------------------- calls

static std::string function_str(Object* func) {
  int error;
  Object* qn_name = str_intern_utf8("__qualname__");
  Object* qualname = object_lookup_attr(func, qn_name, &error);
  decref(qn_name);
  if (!qualname) {
    err_clear();
    Object* s = object_str(func);
    if (!s) {
      err_clear();
      return "?";
    }
    std::string r(str_view(s));
    decref(s);
    return r;
  }
  std::string q = str_check(qualname) ? std::string(str_view(qualname)) : "?";
  decref(qualname);
  Object* mod_name = str_intern_utf8("__module__");
  Object* module = object_lookup_attr(func, mod_name, &error);
  decref(mod_name);
  if (!module)
    err_clear();
  std::string result;
  if (module && module != None && str_check(module) && !str_equal_ascii(module, "builtins"))
    result = std::string(str_view(module)) + "." + q + "()";
  else
    result = q + "()";
  xdecref(module);
  return result;
}

static bool is_mapping_like(Object* o) {
  int error;
  Object* keys_name = str_intern_utf8("keys");
  Object* keys = object_lookup_attr(o, keys_name, &error);
  decref(keys_name);
  if (error)
    err_clear();
  if (!keys)
    return false;
  decref(keys);
  return true;
}

int dict_merge_for_call(Object* func, Object* dict, Object* update) {
  if (!dict_check(update) && !is_mapping_like(update)) {
    err_format(TypeError, "{} argument after ** must be a mapping, not {}", function_str(func),
               type_name_of(update));
    return -1;
  }
  // Merge, rejecting duplicates. A dict whose type keeps dict's __iter__ is
  // read directly (no __getitem__ override runs); any other mapping through
  // keys() and __getitem__, as CPython's _PyDict_MergeEx.
  bool plain = dict_check(update) && update->type->iter == DictType.iter;
  Object* keys = plain ? dict_keys_list(update) : object_call_method(update, "keys", nullptr, 0);
  if (!keys)
    return -1;
  Object* it = object_get_iter(keys);
  decref(keys);
  if (!it)
    return -1;
  while (Object* k = iter_next(it)) {
    int has = dict_contains(dict, k);
    if (has != 0) {
      if (has > 0) {
        if (str_check(k))
          err_format(TypeError, "{} got multiple values for keyword argument '{}'", function_str(func),
                     str_view(k));
        else
          err_format(TypeError, "{} keywords must be strings", function_str(func));
      }
      decref(k);
      decref(it);
      return -1;
    }
    Object* v = plain ? xnewref(dict_getitem(update, k)) : nullptr;
    if (!v)
      v = object_getitem(update, k);
    if (!v || dict_setitem(dict, k, v) < 0) {
      xdecref(v);
      decref(k);
      decref(it);
      return -1;
    }
    decref(v);
    decref(k);
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

int dict_update_checked(Object* dict, Object* update) {
  if (!dict_check(update) && !is_mapping_like(update)) {
    err_format(TypeError, "'{}' object is not a mapping", type_name_of(update));
    return -1;
  }
  return dict_merge(dict, update, true);
}

static bool is_iterable_type(Object* o) {
  return o->type->iter || (o->type->as_sequence && o->type->as_sequence->item);
}

int list_extend_checked(Object* list, Object* iterable) {
  if (list_extend(list, iterable) < 0) {
    if (err_matches(TypeError) && !is_iterable_type(iterable)) {
      err_clear();
      err_format(TypeError, "Value after * must be an iterable, not {}", type_name_of(iterable));
    }
    return -1;
  }
  return 0;
}

int call_ex_arguments(Object* func, Object* callargs, Object* kwargs, Object** args_out, Object** kw_out) {
  Object* args;
  if (tuple_check_exact(callargs)) {
    args = newref(callargs);
  } else {
    if (!is_iterable_type(callargs)) {
      err_format(TypeError, "{} argument after * must be an iterable, not {}", function_str(func),
                 type_name_of(callargs));
      return -1;
    }
    args = sequence_tuple(callargs);
    if (!args)
      return -1;
  }
  Object* kw = nullptr;
  if (kwargs) {
    if (dict_check_exact(kwargs)) {
      kw = newref(kwargs);
    } else {
      kw = dict_new();
      if (!kw || dict_merge_for_call(func, kw, kwargs) < 0) {
        xdecref(kw);
        decref(args);
        return -1;
      }
    }
  }
  *args_out = args;
  *kw_out = kw;
  return 0;
}

Object* call_function_ex(Object* func, Object* callargs, Object* kwargs) {
  Object *args, *kw;
  if (call_ex_arguments(func, callargs, kwargs, &args, &kw) < 0)
    return nullptr;
  Object* r = object_call(func, args, kw);
  decref(args);
  xdecref(kw);
  return r;
}

// ---------------------------------------------------------------- with

static Object* lookup_special_bound(Object* obj, const char* name) {
  Object* n = str_intern_utf8(name);
  Object* attr = type_lookup(obj->type, n);
  decref(n);
  if (!attr)
    return nullptr;
  if (DescrGetFn get = attr->type->descr_get)
    return get(attr, obj, obj->type);
  return newref(attr);
}

Object* before_with(Object* mgr, Object** exit_out) {
  Object* enter = lookup_special_bound(mgr, "__enter__");
  if (!enter) {
    if (!err_occurred())
      err_format(TypeError, "'{}' object does not support the context manager protocol", type_name_of(mgr));
    return nullptr;
  }
  Object* exit_fn = lookup_special_bound(mgr, "__exit__");
  if (!exit_fn) {
    if (!err_occurred())
      err_format(TypeError,
                 "'{}' object does not support the context manager protocol (missed __exit__ method)",
                 type_name_of(mgr));
    decref(enter);
    return nullptr;
  }
  Object* res = object_call_noargs(enter);
  decref(enter);
  if (!res) {
    decref(exit_fn);
    return nullptr;
  }
  *exit_out = exit_fn;
  return res;
}

// ---------------------------------------------------------------- match

Object* match_keys(Object* subject, Object* keys) {
  ssize nkeys = tuple_size(keys);
  if (nkeys == 0)
    return tuple_empty();
  Object* get = object_getattr_str(subject, "get");
  if (!get)
    return nullptr;
  Object* seen = list_new(0);
  Object* values = list_new(0);
  Object* dummy = object_call_noargs(reinterpret_cast<Object*>(&BaseObjectType));
  Object* result = nullptr;
  if (!seen || !values || !dummy)
    goto done;
  for (ssize i = 0; i < nkeys; i++) {
    Object* key = tuple_get(keys, i);
    int dup = sequence_contains(seen, key);
    if (dup < 0)
      goto done;
    if (dup) {
      Object* r = object_repr(key);
      if (r) {
        err_format(ValueError, "mapping pattern checks duplicate key ({})", str_view(r));
        decref(r);
      }
      goto done;
    }
    if (list_append(seen, key) < 0)
      goto done;
    Object* args[3] = {nullptr, key, dummy};
    Object* value = object_vectorcall(get, args + 1, 2 | VECTORCALL_ARGUMENTS_OFFSET, nullptr);
    if (!value)
      goto done;
    if (value == dummy) {
      decref(value);
      result = newref(None);
      goto done;
    }
    int r = list_append(values, value);
    decref(value);
    if (r < 0)
      goto done;
  }
  result = list_as_tuple(values);
done:
  decref(get);
  xdecref(seen);
  xdecref(values);
  xdecref(dummy);
  return result;
}

Object* match_class(Object* subject, Object* type, int nargs, Object* kwargs) {
  if (!type_check(type))
    return err_set_string(TypeError, "called match pattern must be a type");
  auto* tp = static_cast<TypeObject*>(type);
  int inst = is_instance_of(subject, tp);
  if (!inst)
    return newref(None);
  Object* seen = list_new(0);
  Object* attrs = list_new(0);
  Object* match_args = nullptr;
  Object* result = nullptr;
  if (!seen || !attrs)
    goto done;
  if (nargs) {
    bool match_self = false;
    int error;
    Object* ma_name = str_intern_utf8("__match_args__");
    match_args = object_lookup_attr(type, ma_name, &error);
    decref(ma_name);
    if (error)
      goto done;
    if (match_args) {
      if (!tuple_check_exact(match_args)) {
        err_format(TypeError, "{}.__match_args__ must be a tuple (got {})", type_name(tp),
                   type_name_of(match_args));
        goto done;
      }
    } else {
      match_args = tuple_empty();
      static TypeObject* const self_types[] = {&BoolType,  &ByteArrayType, &BytesType, &DictType,
                                               &FloatType, &FrozenSetType, &IntType,   &ListType,
                                               &SetType,   &StrType,       &TupleType};
      for (TypeObject* t : self_types)
        if (type_is_subtype(tp, t))
          match_self = true;
    }
    ssize allowed = match_self ? 1 : tuple_size(match_args);
    if (allowed < nargs) {
      err_format(TypeError, "{}() accepts {} positional sub-pattern{} ({} given)", type_name(tp), allowed,
                 allowed == 1 ? "" : "s", nargs);
      goto done;
    }
    if (match_self) {
      if (list_append(attrs, subject) < 0)
        goto done;
    } else {
      for (int i = 0; i < nargs; i++) {
        Object* name = tuple_get(match_args, i);
        if (!str_check_exact(name)) {
          err_format(TypeError, "__match_args__ elements must be strings (got {})", type_name_of(name));
          goto done;
        }
        int error2;
        int dup = sequence_contains(seen, name);
        if (dup < 0)
          goto done;
        if (dup) {
          err_format(TypeError, "{}() got multiple sub-patterns for attribute '{}'", type_name(tp),
                     str_view(name));
          goto done;
        }
        if (list_append(seen, name) < 0)
          goto done;
        Object* attr = object_lookup_attr(subject, name, &error2);
        if (error2)
          goto done;
        if (!attr) {
          result = newref(None);
          goto done;
        }
        int r = list_append(attrs, attr);
        decref(attr);
        if (r < 0)
          goto done;
      }
    }
  }
  for (ssize i = 0; i < tuple_size(kwargs); i++) {
    Object* name = tuple_get(kwargs, i);
    int dup = sequence_contains(seen, name);
    if (dup < 0)
      goto done;
    if (dup) {
      err_format(TypeError, "{}() got multiple sub-patterns for attribute '{}'", type_name(tp),
                 str_view(name));
      goto done;
    }
    if (list_append(seen, name) < 0)
      goto done;
    int error;
    Object* attr = object_lookup_attr(subject, name, &error);
    if (error)
      goto done;
    if (!attr) {
      result = newref(None);
      goto done;
    }
    int r = list_append(attrs, attr);
    decref(attr);
    if (r < 0)
      goto done;
  }
  result = list_as_tuple(attrs);
done:
  xdecref(seen);
  xdecref(attrs);
  xdecref(match_args);
  return result;
}

// ---------------------------------------------------------------- class creation

static Object* calculate_metaclass(Object* meta, Object* bases) {
  TypeObject* winner = static_cast<TypeObject*>(meta);
  for (ssize i = 0; i < tuple_size(bases); i++) {
    TypeObject* t = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, t))
      continue;
    if (type_is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    return err_set_string(TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                          "subclass of the metaclasses of all its bases");
  }
  return newref(static_cast<Object*>(winner));
}

// PEP 560: replaces bases that define __mro_entries__.
static Object* update_bases(Object* bases, bool* changed) {
  *changed = false;
  Object* out = list_new(0);
  if (!out)
    return nullptr;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    Object* base = tuple_get(bases, i);
    if (type_check(base)) {
      if (list_append(out, base) < 0)
        goto fail;
      continue;
    }
    int error;
    Object* me_name = str_intern_utf8("__mro_entries__");
    Object* meth = object_lookup_attr(base, me_name, &error);
    decref(me_name);
    if (error)
      goto fail;
    if (!meth) {
      if (list_append(out, base) < 0)
        goto fail;
      continue;
    }
    Object* entries = object_call_one(meth, bases);
    decref(meth);
    if (!entries)
      goto fail;
    if (!tuple_check(entries)) {
      decref(entries);
      err_set_string(TypeError, "__mro_entries__ must return a tuple");
      goto fail;
    }
    *changed = true;
    int r = list_extend(out, entries);
    decref(entries);
    if (r < 0)
      goto fail;
  }
  {
    Object* t = list_as_tuple(out);
    decref(out);
    return t;
  }
fail:
  decref(out);
  return nullptr;
}

Object* builtin_build_class(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 2)
    return err_set_string(TypeError, "__build_class__: not enough arguments");
  Object* func = args[0];
  if (!function_check(func))
    return err_set_string(TypeError, "__build_class__: func must be a function");
  Object* name = args[1];
  if (!str_check(name))
    return err_set_string(TypeError, "__build_class__: name is not a string");
  Object* orig_bases = tuple_from_array(args + 2, nargs - 2);
  if (!orig_bases)
    return nullptr;
  bool bases_changed;
  Object* bases = update_bases(orig_bases, &bases_changed);
  Object *meta = nullptr, *mkw = nullptr, *ns = nullptr, *cls = nullptr;
  bool is_class;
  if (!bases)
    goto done;
  mkw = dict_new();
  if (!mkw)
    goto done;
  if (kwnames)
    for (ssize i = 0; i < tuple_size(kwnames); i++)
      if (dict_setitem(mkw, tuple_get(kwnames, i), args[nargs + i]) < 0)
        goto done;
  meta = dict_getitem_str(mkw, "metaclass");
  if (meta) {
    incref(meta);
    if (dict_delitem_str(mkw, "metaclass") < 0)
      goto done;
    is_class = type_check(meta);
  } else {
    meta = tuple_size(bases) == 0 ? newref(static_cast<Object*>(&TypeType))
                                  : newref(static_cast<Object*>(tuple_get(bases, 0)->type));
    is_class = true;
  }
  if (is_class) {
    Object* winner = calculate_metaclass(meta, bases);
    if (!winner)
      goto done;
    setref(meta, winner);
  }
  {
    // ns = meta.__prepare__(name, bases, **kwds)
    int error;
    Object* prep_name = str_intern_utf8("__prepare__");
    Object* prep = object_lookup_attr(meta, prep_name, &error);
    decref(prep_name);
    if (error)
      goto done;
    if (prep) {
      Object* pargs = tuple_pack({name, bases});
      if (!pargs) {
        decref(prep);
        goto done;
      }
      ns = object_call(prep, pargs, mkw);
      decref(pargs);
      decref(prep);
      if (!ns)
        goto done;
      if (!dict_check(ns) && !ns->type->as_mapping) {
        err_format(TypeError, "{}.__prepare__() must return a mapping, not {}",
                   is_class ? type_name(static_cast<TypeObject*>(meta)) : "<metaclass>", type_name_of(ns));
        goto done;
      }
    } else {
      ns = dict_new();
      if (!ns)
        goto done;
    }
  }
  {
    // Run the class body with ns as its namespace.
    ThreadState* ts = ThreadState::current();
    Frame* frame = push_frame(ts, func, ns);
    if (!frame)
      goto done;
    Object* body_result = eval_frame(ts, frame, false);
    if (!body_result)
      goto done;
    Object* cell = body_result;
    if (bases_changed && object_setitem(ns, str_static("__orig_bases__"), orig_bases) < 0) {
      decref(body_result);
      goto done;
    }
    Object* margs = tuple_pack({name, bases, ns});
    if (!margs) {
      decref(body_result);
      goto done;
    }
    cls = object_call(meta, margs, mkw);
    decref(margs);
    if (cls && type_check(cls) && cell_check(cell)) {
      Object* cell_cls = static_cast<CellObject*>(cell)->ref;
      if (cell_cls != cls) {
        if (!cell_cls)
          err_format(RuntimeError,
                     "__class__ not set defining '{}' as {}. Was __classcell__ propagated to type.__new__?",
                     str_view(name), "<class>");
        else
          err_format(TypeError, "__class__ set to {} defining '{}' as {}", "<class>", str_view(name),
                     "<class>");
        clear_ref(cls);
      }
    }
    decref(body_result);
  }
done:
  decref(orig_bases);
  xdecref(bases);
  xdecref(meta);
  xdecref(mkw);
  xdecref(ns);
  return cls;
}

// ---------------------------------------------------------------- imports

Object* import_from(Object* module, Object* name) {
  int error;
  Object* x = object_lookup_attr(module, name, &error);
  if (x || error)
    return x;
  // A submodule imported during a circular import may be in sys.modules only.
  Object* pkgname = nullptr;
  Object* mod_name = str_intern_utf8("__name__");
  pkgname = object_lookup_attr(module, mod_name, &error);
  decref(mod_name);
  if (pkgname && str_check(pkgname)) {
    std::string full = std::string(str_view(pkgname)) + "." + std::string(str_view(name));
    Object* modules = Interpreter::main()->modules;
    Object* m = dict_getitem_str(modules, full.c_str());
    if (m) {
      decref(pkgname);
      return newref(m);
    }
  }
  err_clear();
  std::string modname =
      pkgname && str_check(pkgname) ? std::string(str_view(pkgname)) : "<unknown module name>";
  xdecref(pkgname);
  Object* file_name = str_intern_utf8("__file__");
  Object* file = object_lookup_attr(module, file_name, &error);
  decref(file_name);
  err_clear();
  if (file && str_check(file) && module_check(module) && module_spec_initializing(module))
    err_format(
        ImportError,
        "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular "
        "import) ({})",
        str_view(name), modname, str_view(file));
  else if (file && str_check(file))
    err_format(ImportError, "cannot import name '{}' from '{}' ({})", str_view(name), modname,
               str_view(file));
  else
    err_format(ImportError, "cannot import name '{}' from '{}' (unknown location)", str_view(name), modname);
  if (Object* exc = err_current()) {
    if (is_instance_of(exc, static_cast<TypeObject*>(ImportError))) {
      auto* ie = static_cast<ImportErrorObject*>(exc);
      Object* n = str_from_utf8(modname);
      if (n)
        setref(ie->name, n);
      if (file && str_check(file))
        setref(ie->path, newref(file));
    }
  }
  xdecref(file);
  return nullptr;
}

int import_all_from(Object* locals, Object* module) {
  int error;
  Object* all_name = str_intern_utf8("__all__");
  Object* all = object_lookup_attr(module, all_name, &error);
  decref(all_name);
  if (error)
    return -1;
  bool skip_private = false;
  if (!all) {
    Object* dict = object_getattr_str(module, "__dict__");
    if (!dict) {
      if (err_matches(AttributeError)) {
        err_clear();
        err_set_string(ImportError, "from-import-* object has no __dict__ and no __all__");
      }
      return -1;
    }
    all = dict_check(dict) ? dict_keys_list(dict) : object_call_method(dict, "keys", nullptr, 0);
    decref(dict);
    if (!all)
      return -1;
    skip_private = true;
  }
  Object* it = object_get_iter(all);
  decref(all);
  if (!it)
    return -1;
  while (Object* name = iter_next(it)) {
    if (!str_check(name)) {
      err_format(TypeError, "{} in {}.{} must be str, not {}", "Item", "module",
                 skip_private ? "__dict__" : "__all__", type_name_of(name));
      decref(name);
      decref(it);
      return -1;
    }
    if (skip_private && str_length(name) > 0 && str_char_at(name, 0) == '_') {
      decref(name);
      continue;
    }
    Object* value = object_getattr(module, name);
    int r = value ? (dict_check_exact(locals) ? dict_setitem(locals, name, value)
                                              : object_setitem(locals, name, value))
                  : -1;
    xdecref(value);
    decref(name);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

// ---------------------------------------------------------------- generators

int iter_send(Object* receiver, Object* value, Object** result) {
  if (gen_check(receiver) || coro_check(receiver)) {
    Object* returned;
    Object* r = gen_send_ex(static_cast<GenObject*>(receiver), value, false, &returned);
    if (r) {
      *result = r;
      return 0;
    }
    if (returned) {
      *result = returned;
      return 1;
    }
    return -1;
  }
  Object* r;
  if (value == None && receiver->type->iternext)
    r = receiver->type->iternext(receiver);
  else
    r = object_call_method(receiver, "send", &value, 1);
  if (r) {
    *result = r;
    return 0;
  }
  if (!err_occurred()) {
    *result = newref(None);
    return 1;
  }
  if (err_matches(StopIteration)) {
    Object* stop = err_fetch();
    Object* v = nullptr;
    if (is_instance_of(stop, static_cast<TypeObject*>(StopIteration)))
      v = static_cast<StopIterationObject*>(stop)->value;
    *result = newref(v ? v : None);
    decref(stop);
    return 1;
  }
  return -1;
}

// ---------------------------------------------------------------- tracebacks, eval breaker

void add_traceback_entry(Frame* frame) {
  Object* exc = err_current();
  if (!exc)
    return;
  Object* fo = frame_get_object(frame);
  if (!fo)
    return;
  int lasti = frame->lasti();
  int line = lasti >= 0 ? code_line(frame->code, lasti) : frame->code->firstlineno;
  // traceback_add must not disturb the pending exception.
  traceback_add(exc, fo, lasti * 2, line);
  decref(fo);
}

int handle_eval_breaker(ThreadState* ts) {
  // The GIL drop request and pending signals stay set until the thread
  // they are meant for handles them; the instruction budget (fuzzing) stays
  // armed so every back-edge and call counts; other bits are cleared.
  constexpr uint32_t kept = EVAL_BREAKER_GIL_DROP | EVAL_BREAKER_SIGNALS | EVAL_BREAKER_BUDGET;
  uint32_t bits = ts->interp->eval_breaker.fetch_and(kept);
  if (bits & EVAL_BREAKER_GIL_DROP)
    gil_yield(ts); // another thread waits for the GIL (runtime/gil.h)
  if (bits & EVAL_BREAKER_SIGNALS) {
    if (!is_main_thread(ts)) {
      // Signals are handled in the main thread only: let it run.
      if (gil_enabled())
        gil_yield(ts);
      return 0;
    }
    ts->interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_SIGNALS));
    if (signals_run_pending(ts) < 0) // Python handlers (runtime/modules/signal.h)
      return -1;
  }
  if ((bits & EVAL_BREAKER_BUDGET) && --ts->interp->eval_budget < 0) {
    err_set_string(RuntimeError, "instruction budget exhausted");
    return -1;
  }
  return 0;
}

} // namespace coil::interp
