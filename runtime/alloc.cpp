// The small-object allocator (see alloc.h).
#include "runtime/alloc.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"

namespace coil {

#ifdef COIL_SANITIZE_ALLOCATOR

void* raw_alloc(size_t size) {
  return calloc(1, size ? size : 1);
}
void raw_free(void* p) {
  free(p);
}

#else

namespace {

constexpr size_t ALIGN = 16;
constexpr size_t SMALL_MAX = 512;
constexpr size_t NCLASSES = SMALL_MAX / ALIGN;
constexpr size_t POOL = 4096;
constexpr size_t ARENA = size_t(1) << 20;
constexpr size_t POOL_HEADER = 16;

struct Block {
  Block* next;
};

struct Pool {
  uint32_t cls; // size class index
};
static_assert(sizeof(Pool) <= POOL_HEADER);

struct ClassState {
  Block* free_list = nullptr;
  char* bump = nullptr; // next never-used block in the current pool
  char* bump_end = nullptr;
};

ClassState classes[NCLASSES];
char* arena_bump = nullptr; // next unused pool in the current arena
char* arena_end = nullptr;

// Radix map of arenas: 48-bit addresses, 1 MiB arenas -> 28-bit arena
// number, split 14 + 14 bits.
constexpr int L1_BITS = 14, L2_BITS = 14;
uint64_t* radix[size_t(1) << L1_BITS];

inline bool is_ours(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p) >> 20;
  uint64_t* l2 = radix[(a >> L2_BITS) & ((1u << L1_BITS) - 1)];
  if (!l2)
    return false;
  uintptr_t i = a & ((1u << L2_BITS) - 1);
  return (l2[i >> 6] >> (i & 63)) & 1;
}

bool new_arena() {
  // Over-map and trim to get 1 MiB alignment.
  size_t len = ARENA * 2;
  void* m = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED)
    return false;
  uintptr_t start = (reinterpret_cast<uintptr_t>(m) + ARENA - 1) & ~(ARENA - 1);
  uintptr_t end = start + ARENA;
  if (start > reinterpret_cast<uintptr_t>(m))
    munmap(m, start - reinterpret_cast<uintptr_t>(m));
  if (reinterpret_cast<uintptr_t>(m) + len > end)
    munmap(reinterpret_cast<void*>(end), reinterpret_cast<uintptr_t>(m) + len - end);
  uintptr_t a = start >> 20;
  uint64_t*& l2 = radix[(a >> L2_BITS) & ((1u << L1_BITS) - 1)];
  if (!l2) {
    l2 = static_cast<uint64_t*>(calloc((size_t(1) << L2_BITS) / 64, sizeof(uint64_t)));
    if (!l2)
      return false;
  }
  uintptr_t i = a & ((1u << L2_BITS) - 1);
  l2[i >> 6] |= uint64_t(1) << (i & 63);
  arena_bump = reinterpret_cast<char*>(start);
  arena_end = reinterpret_cast<char*>(end);
  return true;
}

Pool* new_pool(uint32_t cls) {
  if (arena_bump == arena_end && !new_arena())
    return nullptr;
  auto* pool = reinterpret_cast<Pool*>(arena_bump);
  arena_bump += POOL;
  pool->cls = cls;
  return pool;
}

} // namespace

void* raw_alloc(size_t size) {
  if (size == 0)
    size = 1;
  if (size > SMALL_MAX)
    return calloc(1, size);
  size_t cls = (size - 1) / ALIGN;
  size_t bsize = (cls + 1) * ALIGN;
  ClassState& c = classes[cls];
  char* p;
  if (Block* b = c.free_list) {
    c.free_list = b->next;
    p = reinterpret_cast<char*>(b);
  } else {
    if (c.bump + bsize > c.bump_end) {
      Pool* pool = new_pool(static_cast<uint32_t>(cls));
      if (!pool)
        return nullptr;
      c.bump = reinterpret_cast<char*>(pool) + POOL_HEADER;
      c.bump_end = reinterpret_cast<char*>(pool) + POOL;
    }
    p = c.bump;
    c.bump += bsize;
  }
  // Zero in 16-byte steps (bsize is a multiple of 16): cheaper than a
  // memset call for these sizes.
  auto* q = reinterpret_cast<uint64_t*>(p);
  for (size_t i = 0; i < bsize / 8; i += 2) {
    q[i] = 0;
    q[i + 1] = 0;
  }
  return p;
}

void raw_free(void* p) {
  if (!p)
    return;
  if (!is_ours(p)) {
    free(p);
    return;
  }
  auto* pool = reinterpret_cast<Pool*>(reinterpret_cast<uintptr_t>(p) & ~(POOL - 1));
  ClassState& c = classes[pool->cls];
  auto* b = static_cast<Block*>(p);
  b->next = c.free_list;
  c.free_list = b;
  // Emptied pools stay with their class (their blocks are on its free
  // list); reclaiming them for other classes needs per-pool free lists,
  // which a later change may add.
}

#endif

bool alloc_size_ok(size_t size) {
  if (size < (size_t(1) << 28))
    return true;
  // x86-64 user space is 47 bits: nothing larger can ever be mapped.
  void* p = size < (size_t(1) << 47) ? std::malloc(size) : nullptr;
  // Compilers may drop an unused malloc/free pair and assume it succeeded
  // (clang does); the empty asm makes the probe's result observable.
  asm volatile("" : : "r"(p) : "memory");
  if (!p) {
    err_no_memory();
    return false;
  }
  std::free(p);
  return true;
}

} // namespace coil
