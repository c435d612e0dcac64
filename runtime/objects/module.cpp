// Module objects: a namespace dict with a name.
#include "runtime/objects/module.h"

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

static int module_init_dict(Object* dict, Object* name, Object* doc) {
  if (dict_setitem_str(dict, "__name__", name) < 0 ||
      dict_setitem_str(dict, "__doc__", doc ? doc : None) < 0 ||
      dict_setitem_str(dict, "__package__", None) < 0 || dict_setitem_str(dict, "__loader__", None) < 0 ||
      dict_setitem_str(dict, "__spec__", None) < 0)
    return -1;
  return 0;
}

Object* module_new(Object* name) {
  auto* m = reinterpret_cast<ModuleObject*>(gc_alloc(&ModuleType, sizeof(ModuleObject)));
  if (!m)
    return nullptr;
  m->dict = dict_new();
  m->name = newref(name);
  if (!m->dict || module_init_dict(m->dict, name, nullptr) < 0) {
    decref(m);
    return nullptr;
  }
  gc_track(m);
  return m;
}

Object* module_new_str(const char* name) {
  Object* n = str_from_utf8(name);
  if (!n)
    return nullptr;
  Object* m = module_new(n);
  decref(n);
  return m;
}

int module_add_functions(Object* module, MethodDef* methods) {
  Object* modname = dict_getitem_str(module_dict(module), "__name__");
  for (MethodDef* d = methods; d->name; d++) {
    Object* f = builtin_function_new(d, module, modname);
    if (!f)
      return -1;
    int r = dict_setitem_str(module_dict(module), d->name, f);
    decref(f);
    if (r < 0)
      return -1;
  }
  return 0;
}

int module_add_object(Object* module, const char* name, Object* value) {
  return dict_setitem_str(module_dict(module), name, value);
}

static void module_dealloc(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  gc_untrack(o);
  clear_ref(m->dict);
  clear_ref(m->name);
  gc_free(o);
}
static int module_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict)
    if (int r = visit(m->dict, arg))
      return r;
  return 0;
}
static int module_clear(Object* o) {
  clear_ref(static_cast<ModuleObject*>(o)->dict);
  return 0;
}

static Object* module_repr(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  Object* name = dict_getitem_str(m->dict, "__name__");
  std::string n = name && str_check(name) ? std::string(str_view(name)) : "?";
  Object* file = dict_getitem_str(m->dict, "__file__");
  if (file && str_check(file))
    return str_from_utf8(fmt::format("<module '{}' from '{}'>", n, str_view(file)));
  Object* loader = dict_getitem_str(m->dict, "__loader__");
  if (m->def || !loader || loader == None) {
    if (find_builtin_module(n))
      return str_from_utf8(fmt::format("<module '{}' (built-in)>", n));
  }
  return str_from_utf8(fmt::format("<module '{}'>", n));
}

bool module_spec_initializing(Object* module) {
  auto* m = static_cast<ModuleObject*>(module);
  Object* spec = m->dict ? dict_getitem_str(m->dict, "__spec__") : nullptr;
  if (!spec || spec == None)
    return false;
  Object* saved = err_fetch();
  Object* v = object_getattr_str(spec, "_initializing");
  int t = v ? object_is_true(v) : 0;
  xdecref(v);
  err_clear();
  err_restore(saved);
  return t > 0;
}

static Object* module_getattro(Object* o, Object* name) {
  Object* r = object_generic_getattr(o, name);
  if (r || !err_matches(AttributeError))
    return r;
  err_clear();
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) {
    if (Object* getattr = dict_getitem_str(m->dict, "__getattr__")) {
      incref(getattr);
      r = object_call_one(getattr, name);
      decref(getattr);
      return r;
    }
    Object* modname = dict_getitem_str(m->dict, "__name__");
    if (modname && str_check(modname)) {
      if (module_spec_initializing(o))
        err_format(
            AttributeError,
            "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
            str_view(modname), str_view(name));
      else
        err_format(AttributeError, "module '{}' has no attribute '{}'", str_view(modname), str_view(name));
      // name and obj let the traceback suggest a close match ("Did you mean: ...?").
      Object* exc = err_current();
      if (exc && is_instance_of(exc, static_cast<TypeObject*>(AttributeError))) {
        auto* ae = static_cast<AttributeErrorObject*>(exc);
        setref(ae->name, newref(name));
        setref(ae->obj, newref(o));
      }
      return nullptr;
    }
  }
  return err_format(AttributeError, "module has no attribute '{}'", str_view(name));
}

static int module_init_fn(Object* self, Object* args, Object* kwargs) {
  ssize n = args ? tuple_size(args) : 0;
  Object* name = n > 0 ? tuple_get(args, 0) : (kwargs ? dict_getitem_str(kwargs, "name") : nullptr);
  Object* doc = n > 1 ? tuple_get(args, 1) : (kwargs ? dict_getitem_str(kwargs, "doc") : nullptr);
  if (!name) {
    err_set_string(TypeError, "module.__init__() missing required argument 'name' (pos 1)");
    return -1;
  }
  if (!str_check(name)) {
    err_format(TypeError, "module.__init__() argument 'name' must be str, not {}", arg_type_name(name));
    return -1;
  }
  auto* m = static_cast<ModuleObject*>(self);
  if (!m->dict) {
    m->dict = dict_new();
    if (!m->dict)
      return -1;
  }
  setref(m->name, newref(name));
  return module_init_dict(m->dict, name, doc);
}

static Object* module_dir(Object* self, Object*) {
  Object* d = object_getattr_str(self, "__dict__");
  if (!d)
    return nullptr;
  if (!dict_check(d)) {
    decref(d);
    return err_set_string(TypeError, "<module>.__dict__ is not a dictionary");
  }
  // A module-level __dir__ function answers for the module (PEP 562).
  Object* dirfunc = xnewref(dict_getitem_str(d, "__dir__"));
  Object* r = dirfunc ? object_call_noargs(dirfunc) : dict_keys_list(d);
  xdecref(dirfunc);
  decref(d);
  return r;
}
static MethodDef module_methods[] = {{"__dir__", module_dir, METH_NOARGS, nullptr}, {}};
static MemberDef module_members[] = {
    {"__dict__", MEMBER_OBJECT, offsetof(ModuleObject, dict), MEMBER_READONLY, nullptr}, {}};

TypeObject ModuleType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "module";
  t.basicsize = sizeof(ModuleObject);
  t.dealloc = module_dealloc;
  t.repr = module_repr;
  t.getattro = module_getattro;
  t.setattro = object_generic_setattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.traverse = module_traverse;
  t.clear = module_clear;
  t.weaklistoffset = offsetof(ModuleObject, weakreflist);
  t.methods = module_methods;
  t.members = module_members;
  t.dictoffset = offsetof(ModuleObject, dict);
  t.init = module_init_fn;
  t.new_ = type_generic_new;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(ModuleType);

} // namespace coil
