// The native-stack guard (see stack_guard.h for the invariants).
#include "runtime/stack_guard.h"
#include "runtime/recursion.h"

#include <pthread.h>

#include <algorithm>

#include "runtime/errors.h"

namespace coil {

namespace {
constexpr uintptr_t kStackHardMargin = 256 * 1024;
} // namespace

void stack_guard_init(ThreadState* ts) noexcept {
  if (!ts || ts->stack_hard_limit)
    return;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
  void* addr = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || !addr || size == 0)
    return;
  uintptr_t low = reinterpret_cast<uintptr_t>(addr);
  uintptr_t high = low + size;
  // The stack in use is measured from where we are now (the main thread's
  // reported size follows RLIMIT_STACK, an upper bound of what can grow).
  uintptr_t sp = stack_pointer_now();
  if (sp <= low || sp > high)
    return;
  uintptr_t avail = sp - low;
  uintptr_t margin = std::min<uintptr_t>(kStackHardMargin, avail / 4);
  ts->stack_hard_limit = low + margin;
  ts->stack_soft_limit = low + avail / 2;
}

int stack_check(ThreadState* ts, const char* where) noexcept {
  if (!stack_exhausted(ts))
    return 0;
  recursion_error(ts, where);
  return -1;
}

} // namespace coil
