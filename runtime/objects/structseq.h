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
  // > 0: the type can be called with a sequence of between len(fields) and
  // max_items items (time.struct_time, os.stat_result); items beyond the
  // named fields are accepted and dropped (not stored). 0: not callable.
  int max_items = 0;
};

// Creates (once per desc) and returns the struct sequence type, borrowed.
// The type is a tuple subclass whose instances cannot be created from
// Python ("cannot create 'sys.version_info' instances") unless max_items is set.
TypeObject* structseq_type(StructSeqDesc* desc);
// A new instance holding `values` (stolen, one per field).
Object* structseq_new(StructSeqDesc* desc, std::initializer_list<Object*> values);

// types.SimpleNamespace: attribute bag with repr "namespace(a=1, b=2)".
extern TypeObject SimpleNamespaceType;
Object* namespace_new(Object* kwargs); // kwargs dict (copied) or nullptr

} // namespace coil
