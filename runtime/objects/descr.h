// Descriptors for built-in types' methods, members and getsets; classmethod,
// staticmethod and property.
#pragma once

#include "runtime/object.h"

namespace coil {

extern TypeObject MethodDescrType;      // method_descriptor
extern TypeObject ClassMethodDescrType; // classmethod_descriptor
extern TypeObject MemberDescrType;      // member_descriptor
extern TypeObject GetSetDescrType;      // getset_descriptor
extern TypeObject WrapperDescrType;     // wrapper_descriptor (slot wrappers like int.__add__)
extern TypeObject MethodWrapperType;    // method-wrapper (bound slot wrapper)
extern TypeObject ClassMethodType;      // classmethod
extern TypeObject StaticMethodType;     // staticmethod
extern TypeObject PropertyType;         // property

struct DescrObject : Object {
  TypeObject* owner; // the type defining the descriptor
  Object* name;      // str
  Object* qualname;
};
struct MethodDescrObject : DescrObject {
  MethodDef* def;
  VectorcallFn vectorcall;
};
struct MemberDescrObject : DescrObject {
  MemberDef* def;
};
struct GetSetDescrObject : DescrObject {
  GetSetDef* def;
};

Object* descr_new_method(TypeObject* owner, MethodDef* def);
Object* descr_new_classmethod(TypeObject* owner, MethodDef* def);
Object* descr_new_member(TypeObject* owner, MemberDef* def);
Object* descr_new_getset(TypeObject* owner, GetSetDef* def);
// Calls a MethodDef's function with the vectorcall convention, checking the
// argument count for METH_NOARGS/METH_O ("list.append() takes exactly one argument (0 given)").
// A counted call is one level of recursion (runtime/recursion.h).
Object* methoddef_call(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                       const char* qualname_for_errors, bool counted = true);
// Calls a method_descriptor as its vectorcall does, without the recursion
// count (a call site CPython specialises, interp/call_site.h).
Object* method_descr_call_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);

// ---------------------------------------------------------------- additions (types engineer)
struct ClassMethodObject : Object { // also staticmethod's layout
  Object* callable;
  Object* dict; // __dict__ (holds the copied __name__, __doc__... and __wrapped__)
};
struct PropertyObject : Object {
  Object* fget;
  Object* fset;
  Object* fdel;
  Object* doc;
  Object* name; // from __set_name__, or nullptr
  bool getter_doc;
};
Object* classmethod_new(Object* callable); // classmethod(callable)
Object* staticmethod_new(Object* callable);
// True for objects whose __get__ binds like a function (function, method_descriptor...):
// the interpreter's LOAD_METHOD may skip creating a bound method for them.
bool descr_is_method_like(Object* descr) noexcept;
// isinstance(x, <a data descriptor>): type(x) defines __set__ or __delete__.
inline bool descr_is_data(Object* d) noexcept {
  return d->type->descr_set != nullptr;
}

} // namespace coil
