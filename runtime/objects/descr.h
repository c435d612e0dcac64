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
Object* methoddef_call(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* qualname_for_errors);

} // namespace coil
