// Per-thread repr recursion set (see repr_guard.h). The set is a small
// vector: nesting depth is bounded by the recursion limit and lookups scan
// from the innermost entry.
#include "runtime/objects/repr_guard.h"

#include <vector>

namespace coil {

namespace {
thread_local std::vector<Object*> repr_stack;
}

int repr_enter(Object* o) {
  for (Object* p : repr_stack)
    if (p == o)
      return 1;
  repr_stack.push_back(o);
  return 0;
}

void repr_leave(Object* o) noexcept {
  // Remove the most recent occurrence (CPython scans from the end as well).
  for (auto it = repr_stack.rbegin(); it != repr_stack.rend(); ++it) {
    if (*it == o) {
      repr_stack.erase(std::next(it).base());
      return;
    }
  }
}

} // namespace coil
