// Struct sequences (named tuples implemented natively: sys.version_info,
// sys.flags, sys.float_info, ...) and types.SimpleNamespace.
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace coil {

// Describes one struct sequence type. `type_name` is the full dotted name
// ("sys.version_info"); `fields` is nullptr-terminated. The storage must
// outlive the type (use statics).
struct StructSeqDesc {
  const char* type_name;
  const char* const* fields;
  const char* doc;
  // When set, Python code may create instances: `T(sequence)` with one
  // item per field, plus up to one per hidden field (time.struct_time, as
  // CPython allows).
  bool instantiable = false;
  // nullptr-terminated names of fields that are attributes only, not items
  // (time.struct_time's tm_zone and tm_gmtoff); may be nullptr.
  const char* const* hidden_fields = nullptr;
};

// Creates (once per desc) and returns the struct sequence type, borrowed.
// The type is a tuple subclass whose instances cannot be created from
// Python ("cannot create 'sys.version_info' instances") unless the desc is
// `instantiable`.
TypeObject* structseq_type(StructSeqDesc* desc);
// A new instance holding `values` (stolen, one per field, then optionally
// one per hidden field; hidden fields not given are None).
Object* structseq_new(StructSeqDesc* desc, std::initializer_list<Object*> values);

// types.SimpleNamespace: attribute bag with repr "namespace(a=1, b=2)".
extern TypeObject SimpleNamespaceType;
Object* namespace_new(Object* kwargs); // kwargs dict (copied) or nullptr

} // namespace coil
