// Inline caches: see interp/inline_cache.h for the records' invariants.
#include "interp/inline_cache.h"

#include <new>

#include "bytecode/opcodes.h"
#include "interp/slowpaths.h"
#include "runtime/errors.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/dict_split.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"

namespace coil::interp {

using namespace bytecode;

int quicken(CodeObject* co) {
  if (co->icache)
    return 0;
  uint32_t n = 0;
  CodeUnit* code = co->code;
  for (ssize i = 0; i < co->ncodeunits;) {
    int op = code[i] & 0xFF;
    int cache = cache_entries(op);
    if ((op == LOAD_GLOBAL || op == LOAD_ATTR || op == LOAD_METHOD) && cache > 0 && i + 1 < co->ncodeunits)
      code[i + 1] = n < NO_SITE ? static_cast<CodeUnit>(n++) : NO_SITE;
    i += 1 + cache;
  }
  auto* records = new (std::nothrow) InlineCacheEntry[n ? n : 1]();
  if (!records) {
    err_no_memory();
    return -1;
  }
  co->nicache = n;
  co->icache = records;
  return 0;
}

// ---------------------------------------------------------------- globals

Object* load_global_cached(Frame* frame, Object* name, InlineCacheEntry* e) {
  auto* g = static_cast<DictObject*>(frame->globals);
  auto* b = static_cast<DictObject*>(frame->builtins);
  bool dicts = dict_check_exact(g) && b && dict_check_exact(b) && str_check_exact(name);
  if (dicts) {
    if (e->kind == IC_GLOBAL) {
      if (e->a == g->version)
        return newref(e->value);
      // Globals changed (often only a value): the entry may still be where it was.
      auto ix = static_cast<ssize>(e->aux);
      if (ix < g->nentries && g->entries[ix].key == name && g->entries[ix].value) {
        e->a = g->version;
        e->value = g->entries[ix].value;
        return newref(e->value);
      }
    } else if (e->kind == IC_BUILTIN && e->b == b->version) {
      if (e->a == g->version)
        return newref(e->value);
      // Globals changed: a builtin stays valid while globals lack the name.
      Object* v;
      ssize ix = dict_lookup(g, name, str_hash(name), &v);
      if (ix == DKIX_ERROR)
        return nullptr;
      if (ix == DKIX_EMPTY && e->b == b->version) {
        e->a = g->version;
        return newref(e->value);
      }
    }
  }
  // Miss: look the name up here, once, to know where it was found. The
  // versions are read after the lookups (a lookup meeting a non-str key
  // may run __eq__, which may change a dict).
  e->kind = IC_EMPTY;
  if (dicts) {
    hash_t h = str_hash(name);
    Object* found;
    ssize ix = dict_lookup(g, name, h, &found);
    uint32_t kind = IC_EMPTY;
    if (ix >= 0 && found) {
      kind = IC_GLOBAL;
      e->aux = ix;
    } else if (ix == DKIX_EMPTY) {
      ix = dict_lookup(b, name, h, &found);
      if (ix >= 0 && found)
        kind = IC_BUILTIN;
    }
    if (ix == DKIX_ERROR)
      return nullptr;
    if (kind != IC_EMPTY) {
      if (g->version != 0 && b->version != 0) {
        e->kind = kind;
        e->a = g->version;
        e->b = b->version;
        e->value = found;
      }
      return newref(found);
    }
  }
  // Not found, or dict subclasses: the generic path raises the right
  // exception.
  return load_global(frame, name);
}

// ---------------------------------------------------------------- attributes

// IC_METHOD's aux for a managed-dict class (values or the pre-header dict).
constexpr int64_t AUX_MANAGED = -1;

static bool generic_getattr(TypeObject* tp) noexcept {
  return tp->getattro == object_generic_getattr || tp->getattro == ModuleType.getattro;
}

static bool is_data_descriptor(Object* d) noexcept {
  return d->type->descr_set != nullptr;
}

static Object* instance_dict(Object* o, int64_t offset) noexcept {
  return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset);
}

static void fill_attr(Object* owner, Object* name, InlineCacheEntry* e) {
  e->kind = IC_EMPTY;
  TypeObject* tp = owner->type;
  if (!generic_getattr(tp) || tp->version_tag == 0 || !str_check_exact(name))
    return;
  Object* descr = type_lookup(tp, name);
  if (descr && descr->type == &MemberDescrType) {
    MemberDef* def = static_cast<MemberDescrObject*>(descr)->def;
    if (def->kind == MEMBER_OBJECT_EX && def->offset > 0) {
      e->kind = IC_ATTR_SLOT;
      e->a = tp->version_tag;
      e->b = static_cast<uint64_t>(def->offset);
    }
    return;
  }
  if (descr && is_data_descriptor(descr))
    return;
  if (DictValues* v = instance_values(owner)) {
    // The index of the name in the class's shared keys (never moves).
    SharedKeys* keys = static_cast<HeapTypeObject*>(tp)->cached_keys;
    ssize ix = shared_keys_lookup(keys, name, str_hash(name));
    if (ix < 0 || ix >= v->capacity || !v->slots[ix])
      return;
    e->kind = IC_ATTR_VALUES;
    e->a = tp->version_tag;
    e->b = static_cast<uint64_t>(ix);
    return;
  }
  if (tp->dictoffset <= 0)
    return;
  Object* dict = instance_dict(owner, tp->dictoffset);
  if (!dict || !dict_check_exact(dict))
    return;
  Object* value;
  ssize ix = dict_lookup(static_cast<DictObject*>(dict), name, str_hash(name), &value);
  if (ix < 0 || !value)
    return;
  e->kind = IC_ATTR_DICT;
  e->a = tp->version_tag;
  e->b = static_cast<uint64_t>(ix);
  e->aux = tp->dictoffset;
}

Object* load_attr_cached(Object* owner, Object* name, InlineCacheEntry* e) {
  TypeObject* tp = owner->type;
  if (e->a == tp->version_tag) {
    if (e->kind == IC_ATTR_VALUES) {
      if (DictValues* v = instance_values(owner)) {
        auto ix = static_cast<ssize>(e->b);
        if (ix < v->capacity && v->slots[ix])
          return newref(v->slots[ix]);
      }
    } else if (e->kind == IC_ATTR_DICT) {
      Object* dict = instance_dict(owner, e->aux);
      if (dict) {
        auto* d = static_cast<DictObject*>(dict);
        auto ix = static_cast<ssize>(e->b);
        if (ix < d->nentries && d->entries[ix].key == name && d->entries[ix].value)
          return newref(d->entries[ix].value);
      }
    } else if (e->kind == IC_ATTR_SLOT) {
      Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + e->b);
      if (v)
        return newref(v);
    }
  }
  Object* r = object_getattr(owner, name);
  if (r)
    fill_attr(owner, name, e);
  return r;
}

// ---------------------------------------------------------------- methods

Object* load_method_cached(Object* obj, Object* name, bool* is_method, InlineCacheEntry* e) {
  TypeObject* tp = obj->type;
  if (e->kind == IC_METHOD && e->a == tp->version_tag) {
    DictValues* values = e->aux == AUX_MANAGED ? instance_values(obj) : nullptr;
    Object* dict = nullptr;
    if (e->aux == AUX_MANAGED)
      dict = values ? nullptr : *managed_dict_ptr(obj);
    else if (e->aux)
      dict = instance_dict(obj, e->aux);
    bool shadowed = false;
    if (values) {
      // The shared keys lacked the name when they had e->b keys; keys are
      // only appended, so the same count means it is still absent.
      SharedKeys* keys = static_cast<HeapTypeObject*>(tp)->cached_keys;
      if (keys->nentries != static_cast<ssize>(e->b)) {
        ssize ix = shared_keys_lookup(keys, name, str_hash(name));
        if (ix >= 0 && ix < values->capacity && values->slots[ix])
          shadowed = true;
        else if (ix < 0)
          e->b = static_cast<uint64_t>(keys->nentries);
      }
    } else if (dict) {
      if (!dict_check_exact(dict)) {
        shadowed = true; // a dict subclass assigned to __dict__: the generic path decides
      } else {
        Object* v;
        ssize ix = dict_lookup(static_cast<DictObject*>(dict), name, str_hash(name), &v);
        shadowed = ix != DKIX_EMPTY; // found, or an error: the generic path decides
      }
    }
    // A lookup among non-str keys may have run __eq__; recheck the guard.
    if (!shadowed && obj->type == tp && e->a == tp->version_tag) {
      *is_method = true;
      return newref(e->value);
    }
  }
  Object* r = method_lookup(obj, name, is_method);
  if (!r || !*is_method) {
    if (e->kind == IC_METHOD)
      e->kind = IC_EMPTY;
    return r;
  }
  // method_lookup found a method descriptor on the generic path.
  e->kind = IC_EMPTY;
  if (tp->version_tag == 0 || !str_check_exact(name))
    return r;
  if (type_has_flag(tp, TPFLAG_MANAGED_DICT)) {
    SharedKeys* keys =
        type_has_flag(tp, TPFLAG_HEAPTYPE) ? static_cast<HeapTypeObject*>(tp)->cached_keys : nullptr;
    if (!keys)
      return r;
    // method_lookup found no instance attribute: the name is not among the
    // values (it may be in the shared keys with no value here: recheck).
    ssize ix = shared_keys_lookup(keys, name, str_hash(name));
    e->kind = IC_METHOD;
    e->a = tp->version_tag;
    e->value = r;
    e->aux = AUX_MANAGED;
    e->b = ix < 0 ? static_cast<uint64_t>(keys->nentries) : UINT64_MAX;
    return r;
  }
  if (tp->dictoffset < 0)
    return r;
  if (tp->dictoffset > 0) {
    Object* dict = instance_dict(obj, tp->dictoffset);
    if (dict && !dict_check_exact(dict))
      return r;
  }
  e->kind = IC_METHOD;
  e->a = tp->version_tag;
  e->value = r; // borrowed from the type's dict while the tag matches
  e->aux = tp->dictoffset;
  return r;
}

} // namespace coil::interp
