// BaseExceptionGroup and ExceptionGroup (PEP 654).
//
// Invariants
// - `msg` is a str and `excs` a non-empty tuple of exception instances;
//   `args` keeps the original (message, exceptions) arguments.
// - ExceptionGroup has two bases (BaseExceptionGroup, Exception), which a
//   static type declaration cannot express: it is readied by the init hook
//   below, which sets its bases and MRO explicitly.
// - BaseExceptionGroup(msg, excs) returns an ExceptionGroup when every
//   nested exception is an Exception.
#include <cstddef>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/exceptions_impl.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {
using namespace exc_impl;

static BaseExceptionGroupObject* as_group(Object* o) {
  return static_cast<BaseExceptionGroupObject*>(o);
}

static bool sequence_check(Object* o) {
  if (dict_check(o))
    return false;
  return o->type->as_sequence && o->type->as_sequence->item;
}

static Object* group_new(TypeObject* type, Object* args, Object* kwargs) {
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0)
    return err_format(TypeError, "{}() takes no keyword arguments", type_name(type));
  ssize n = args ? tuple_size(args) : 0;
  if (n != 2)
    return err_format(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", n);
  Object* message = tuple_get(args, 0);
  Object* exceptions = tuple_get(args, 1);
  if (!str_check(message))
    return err_format(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                      arg_type_name(message));
  if (!sequence_check(exceptions))
    return err_set_string(TypeError, "second argument (exceptions) must be a sequence");
  Object* excs = sequence_tuple(exceptions);
  if (!excs)
    return nullptr;
  ssize count = tuple_size(excs);
  if (count == 0) {
    decref(excs);
    return err_set_string(ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nested_base_exception = false;
  for (ssize i = 0; i < count; i++) {
    Object* e = tuple_get(excs, i);
    if (!exception_instance_check(e)) {
      decref(excs);
      return err_format(ValueError, "Item {} of second argument (exceptions) is not an exception", i);
    }
    if (!is_instance_of(e, Exception))
      nested_base_exception = true;
  }
  TypeObject* cls = type;
  if (cls == BaseExceptionGroup) {
    if (!nested_base_exception)
      cls = ExceptionGroup;
  } else if (cls == ExceptionGroup) {
    if (nested_base_exception) {
      decref(excs);
      return err_set_string(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (nested_base_exception && type_is_subtype(cls, Exception)) {
    decref(excs);
    return err_format(TypeError, "Cannot nest BaseExceptions in '{}'", type_name(cls));
  }
  Object* self = base_new(cls, args, nullptr);
  if (!self) {
    decref(excs);
    return nullptr;
  }
  as_group(self)->msg = newref(message);
  as_group(self)->excs = excs;
  return self;
}

static int group_init(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0) {
    err_format(TypeError, "{}() takes no keyword arguments", type_name_of(self));
    return -1;
  }
  return base_init(self, args, nullptr);
}

static Object* group_str(Object* self) {
  auto* g = as_group(self);
  ssize n = g->excs ? tuple_size(g->excs) : 0;
  Object* msg = object_str(g->msg ? g->msg : None);
  if (!msg)
    return nullptr;
  Object* r = str_from_utf8(fmt::format("{} ({} sub-exception{})", str_to_std(msg), n, n > 1 ? "s" : ""));
  decref(msg);
  return r;
}

static int group_traverse(Object* self, VisitFn visit, void* arg) {
  auto* g = as_group(self);
  for (Object* o : {g->msg, g->excs})
    if (o)
      if (int r = visit(o, arg))
        return r;
  return base_traverse(self, visit, arg);
}
static int group_clear(Object* self) {
  clear_ref(as_group(self)->msg);
  clear_ref(as_group(self)->excs);
  return base_clear(self);
}

static Object* group_derive(Object* self, Object* excs) {
  Object* args = tuple_pack({as_group(self)->msg, excs});
  if (!args)
    return nullptr;
  Object* r = object_call(BaseExceptionGroup, args, nullptr);
  decref(args);
  return r;
}

// A matcher for split/subgroup: a type or tuple of types, or a predicate.
struct Matcher {
  enum { BY_TYPE, BY_PREDICATE, BY_INSTANCE } kind;
  Object* value;
};

static int matcher_from(Object* cond, Matcher* out) {
  auto is_exc_type = [](Object* o) { return exception_class_check(o); };
  if (is_exc_type(cond)) {
    *out = {Matcher::BY_TYPE, cond};
    return 0;
  }
  if (tuple_check(cond)) {
    bool all = true;
    for (ssize i = 0; i < tuple_size(cond); i++)
      all = all && is_exc_type(tuple_get(cond, i));
    if (all) {
      *out = {Matcher::BY_TYPE, cond};
      return 0;
    }
  } else if (object_callable(cond) && !type_check(cond)) {
    *out = {Matcher::BY_PREDICATE, cond};
    return 0;
  }
  err_set_string(TypeError, "expected a function, exception type or tuple of exception types");
  return -1;
}

static int matcher_matches(const Matcher& m, Object* exc) {
  switch (m.kind) {
  case Matcher::BY_TYPE:
    return exception_matches(exc, m.value) ? 1 : 0;
  case Matcher::BY_PREDICATE: {
    Object* r = object_call_one(m.value, exc);
    if (!r)
      return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  case Matcher::BY_INSTANCE:
    return exc == m.value;
  }
  return 0;
}

// Derives a group holding `list` from `orig`, copying the traceback,
// cause, context and notes. Sets *out to None when the list is empty.
static int group_subset(Object* orig, Object* list, Object** out) {
  *out = nullptr;
  if (list_size(list) == 0) {
    *out = none_new();
    return 0;
  }
  Object* eg = object_call_method(orig, "derive", &list, 1);
  if (!eg)
    return -1;
  if (!is_instance_of(eg, BaseExceptionGroup)) {
    decref(eg);
    err_set_string(TypeError, "derive must return an instance of BaseExceptionGroup");
    return -1;
  }
  auto* src = static_cast<BaseExceptionObject*>(orig);
  auto* dst = static_cast<BaseExceptionObject*>(eg);
  setref(dst->traceback, xnewref(src->traceback));
  setref(dst->context, xnewref(src->context));
  setref(dst->cause, xnewref(src->cause));
  if (src->notes && sequence_check(src->notes)) {
    // A copy, so the parts have independent notes lists.
    Object* copy = sequence_list(src->notes);
    if (!copy) {
      decref(eg);
      return -1;
    }
    setref(dst->notes, copy);
  }
  *out = eg;
  return 0;
}

// Splits exc into matching and (when rest != nullptr) non-matching parts.
// Each out is a new reference, None when empty.
static int split_recursive(Object* exc, const Matcher& m, bool construct_rest, Object** match,
                           Object** rest) {
  *match = nullptr;
  if (rest)
    *rest = nullptr;
  int is_match = matcher_matches(m, exc);
  if (is_match < 0)
    return -1;
  if (is_match) {
    *match = newref(exc);
    if (rest)
      *rest = none_new();
    return 0;
  }
  if (!is_instance_of(exc, BaseExceptionGroup)) {
    *match = none_new();
    if (rest)
      *rest = construct_rest ? newref(exc) : none_new();
    return 0;
  }
  Object* excs = as_group(exc)->excs;
  Object* match_list = list_new(0);
  Object* rest_list = construct_rest ? list_new(0) : nullptr;
  int status = (match_list && (!construct_rest || rest_list)) ? 0 : -1;
  for (ssize i = 0; status == 0 && i < tuple_size(excs); i++) {
    Object *m_part = nullptr, *r_part = nullptr;
    if (split_recursive(tuple_get(excs, i), m, construct_rest, &m_part, construct_rest ? &r_part : nullptr) <
        0) {
      status = -1;
      break;
    }
    if (m_part != None && list_append(match_list, m_part) < 0)
      status = -1;
    if (status == 0 && r_part && r_part != None && list_append(rest_list, r_part) < 0)
      status = -1;
    xdecref(m_part);
    xdecref(r_part);
  }
  if (status == 0)
    status = group_subset(exc, match_list, match);
  if (status == 0 && rest) {
    if (construct_rest)
      status = group_subset(exc, rest_list, rest);
    else
      *rest = none_new();
  }
  xdecref(match_list);
  xdecref(rest_list);
  if (status < 0) {
    if (*match)
      clear_ref(*match);
    if (rest && *rest)
      clear_ref(*rest);
  }
  return status;
}

static Object* group_split(Object* self, Object* cond) {
  Matcher m;
  if (matcher_from(cond, &m) < 0)
    return nullptr;
  Object *match, *rest;
  if (split_recursive(self, m, true, &match, &rest) < 0)
    return nullptr;
  Object* r = tuple_pack({match, rest});
  decref(match);
  decref(rest);
  return r;
}

static Object* group_subgroup(Object* self, Object* cond) {
  Matcher m;
  if (matcher_from(cond, &m) < 0)
    return nullptr;
  Object* match;
  if (split_recursive(self, m, false, &match, nullptr) < 0)
    return nullptr;
  return match;
}

static MemberDef group_members[] = {
    {"message", MEMBER_OBJECT, offsetof(BaseExceptionGroupObject, msg), MEMBER_READONLY, "exception message"},
    {"exceptions", MEMBER_OBJECT, offsetof(BaseExceptionGroupObject, excs), MEMBER_READONLY,
     "nested exceptions"},
    {nullptr, 0, 0, 0, nullptr},
};
static MethodDef group_methods[] = {
    {"derive", group_derive, METH_O, nullptr},
    {"split", group_split, METH_O, nullptr},
    {"subgroup", group_subgroup, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static TypeObject make_group(const char* name, TypeObject* base, const char* doc) {
  TypeObject t = make_exception_type(name, base, sizeof(BaseExceptionGroupObject), doc);
  t.new_ = group_new;
  t.init = group_init;
  t.str = group_str;
  t.traverse = group_traverse;
  t.clear = group_clear;
  if (base == BaseException) {
    t.members = group_members;
    t.methods = group_methods;
  }
  return t;
}

static TypeObject BaseExceptionGroup_Type =
    make_group("BaseExceptionGroup", BaseException, "A combination of multiple unrelated exceptions.");
TypeObject* const BaseExceptionGroup = &BaseExceptionGroup_Type;
COIL_REGISTER_TYPE(BaseExceptionGroup_Type);

static TypeObject ExceptionGroup_Type = make_group("ExceptionGroup", &BaseExceptionGroup_Type, nullptr);
TypeObject* const ExceptionGroup = &ExceptionGroup_Type;

// Readies ExceptionGroup with bases (BaseExceptionGroup, Exception).
static int ready_exception_group() {
  if (type_has_flag(&ExceptionGroup_Type, TPFLAG_READY))
    return 0;
  Object* bases = tuple_pack({&BaseExceptionGroup_Type, Exception});
  if (!bases)
    return -1;
  ExceptionGroup_Type.bases = bases;
  if (type_ready(&ExceptionGroup_Type) < 0)
    return -1;
  // Whatever MRO the generic machinery computed, the C3 linearisation of
  // these bases is fixed: make sure Exception is on it.
  Object* mro = ExceptionGroup_Type.mro;
  bool has_exception = false;
  for (ssize i = 0; mro && i < tuple_size(mro); i++)
    has_exception = has_exception || tuple_get(mro, i) == Exception;
  if (!has_exception) {
    Object* fixed = tuple_pack(
        {&ExceptionGroup_Type, &BaseExceptionGroup_Type, Exception, BaseException, &BaseObjectType});
    if (!fixed)
      return -1;
    setref(ExceptionGroup_Type.mro, fixed);
    if (ExceptionGroup_Type.bases != bases)
      setref(ExceptionGroup_Type.bases, newref(bases));
    type_modified(&ExceptionGroup_Type);
  }
  return 0;
}
COIL_REGISTER_INIT(0, ready_exception_group);

} // namespace coil
