// Object memory: a small-object allocator in the manner of CPython's
// pymalloc. Blocks of up to SMALL_MAX bytes come from 16-byte size classes
// carved out of 4 KiB pools inside 1 MiB arenas; larger requests go to
// calloc/free.
//
// Invariants
// - Called only by the thread holding the interpreter (object allocation
//   and release never happen elsewhere; the JIT's worker thread does not
//   allocate objects).
// - Every block handed out is zeroed, as calloc's.
// - raw_free(p) finds p's size class from its pool header (p & ~(POOL-1));
//   whether p is a pool block at all is decided by a radix map of the
//   arenas; p must come from raw_alloc (large blocks carry a header).
// - Every live block can be enumerated (raw_for_each_block), with the kind
//   it was allocated as: the leak check and -X showrefcount walk the heap.
// - Freed blocks go back to their size class's free list; pools are never
//   returned to the system or moved to another class. With COIL_SANITIZE the pools are bypassed (plain
//   calloc), so AddressSanitizer sees every object.
#pragma once

#include <cstddef>
#include <cstdint>

namespace coil {

// What a block holds: an object (plain), or a GCHead then an object (GC).
// ManagedGC: the managed-dict pre-header (MANAGED_PREHEADER bytes, gc.h), then
// a GCHead, then the object. Data: not an object (an instance's values array).
enum class BlockKind : uint32_t { Plain = 0, GC = 1, ManagedGC = 2, Data = 3 };

void* raw_alloc(size_t size, BlockKind kind); // zeroed; nullptr when out of memory
void raw_free(void* p);                       // p from raw_alloc (or nullptr)
// Blocks allocated and not yet freed.
size_t raw_live_blocks() noexcept;
// Calls fn(block, kind, arg) for every live block. The set of blocks is taken
// before the first call; fn must not free blocks it has not been given yet.
void raw_for_each_block(void (*fn)(void* block, BlockKind kind, void* arg), void* arg);

// Whether a buffer of `size` bytes can be obtained now: false with
// MemoryError set when the system cannot provide it (requests beyond the
// address space, or that malloc refuses). Code that builds a large buffer in
// a std:: container (whose failure would abort) asks first, so impossible
// sizes give MemoryError as in CPython. Cheap below 256 MiB (always true).
bool alloc_size_ok(size_t size);

} // namespace coil
