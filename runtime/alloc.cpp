// The small-object allocator (see alloc.h).
//
// Invariants (beyond alloc.h's)
// - Every block is of one kind (plain or GC, BlockKind) fixed at allocation:
//   a pool serves one size class of one kind (Pool::kind), a large block
//   carries its kind in its LargeHead.
// - Large blocks (and, with COIL_SANITIZE_ALLOCATOR, every block) are
//   preceded by a LargeHead linking them into one list, so raw_for_each_block
//   can enumerate every live block. The links are stored XOR-ed with
//   LINK_MASK so that LeakSanitizer, which scans memory for pointers, does
//   not see the list as a reference to every block (it must still report a
//   block whose last real reference was lost).
#include "runtime/alloc.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "runtime/errors.h"

namespace coil {

namespace {

// ---- large blocks: calloc'd with a header, in one doubly linked list

struct LargeHead {
  uintptr_t next; // XOR LINK_MASK
  uintptr_t prev; // XOR LINK_MASK
  uint64_t kind;
  uint64_t pad; // keeps the block 16-byte aligned
};
static_assert(sizeof(LargeHead) == 32);

constexpr uintptr_t LINK_MASK = 0x5a5a5a5a5a5a5a5aull;
LargeHead large_list = {0, 0, 0, 0}; // sentinel; links set on first use
size_t live_blocks_count = 0;

inline LargeHead* link_get(uintptr_t v) {
  return reinterpret_cast<LargeHead*>(v ^ LINK_MASK);
}
inline uintptr_t link_make(LargeHead* h) {
  return reinterpret_cast<uintptr_t>(h) ^ LINK_MASK;
}

void* large_alloc(size_t size, BlockKind kind) {
  auto* h = static_cast<LargeHead*>(calloc(1, sizeof(LargeHead) + size));
  if (!h)
    return nullptr;
  if (!large_list.next)
    large_list.next = large_list.prev = link_make(&large_list);
  h->kind = static_cast<uint64_t>(kind);
  LargeHead* first = link_get(large_list.next);
  h->next = link_make(first);
  h->prev = link_make(&large_list);
  first->prev = link_make(h);
  large_list.next = link_make(h);
  live_blocks_count++;
  return h + 1;
}

void large_free(void* p) {
  LargeHead* h = static_cast<LargeHead*>(p) - 1;
  LargeHead* next = link_get(h->next);
  LargeHead* prev = link_get(h->prev);
  next->prev = link_make(prev);
  prev->next = link_make(next);
  live_blocks_count--;
  free(h);
}

void large_for_each(void (*fn)(void*, BlockKind, void*), void* arg) {
  if (!large_list.next)
    return;
  // Collected first: fn must not see the list change under it.
  std::vector<LargeHead*> all;
  for (LargeHead* h = link_get(large_list.next); h != &large_list; h = link_get(h->next))
    all.push_back(h);
  for (LargeHead* h : all)
    fn(h + 1, static_cast<BlockKind>(h->kind), arg);
}

} // namespace

size_t raw_live_blocks() noexcept {
  return live_blocks_count;
}

#ifdef COIL_SANITIZE_ALLOCATOR

void* raw_alloc(size_t size, BlockKind kind) {
  return large_alloc(size ? size : 1, kind);
}
void raw_free(void* p) {
  if (p)
    large_free(p);
}
void raw_for_each_block(void (*fn)(void*, BlockKind, void*), void* arg) {
  large_for_each(fn, arg);
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
  uint32_t cls;  // size class index
  uint32_t kind; // BlockKind of its blocks
};
static_assert(sizeof(Pool) <= POOL_HEADER);

struct ClassState {
  Block* free_list = nullptr;
  char* bump = nullptr; // next never-used block in the current pool
  char* bump_end = nullptr;
};

ClassState classes[4][NCLASSES]; // by BlockKind, then size class
char* arena_bump = nullptr;      // next unused pool in the current arena
char* arena_end = nullptr;
std::vector<char*> arenas; // every arena's start, for raw_for_each_block

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
  arenas.push_back(reinterpret_cast<char*>(start));
  arena_bump = reinterpret_cast<char*>(start);
  arena_end = reinterpret_cast<char*>(end);
  return true;
}

Pool* new_pool(uint32_t cls, BlockKind kind) {
  if (arena_bump == arena_end && !new_arena())
    return nullptr;
  auto* pool = reinterpret_cast<Pool*>(arena_bump);
  arena_bump += POOL;
  pool->cls = cls;
  pool->kind = static_cast<uint32_t>(kind);
  return pool;
}

} // namespace

void* raw_alloc(size_t size, BlockKind kind) {
  if (size == 0)
    size = 1;
  if (size > SMALL_MAX)
    return large_alloc(size, kind);
  size_t cls = (size - 1) / ALIGN;
  size_t bsize = (cls + 1) * ALIGN;
  ClassState& c = classes[static_cast<int>(kind)][cls];
  char* p;
  if (Block* b = c.free_list) {
    c.free_list = b->next;
    p = reinterpret_cast<char*>(b);
  } else {
    if (c.bump + bsize > c.bump_end) {
      Pool* pool = new_pool(static_cast<uint32_t>(cls), kind);
      if (!pool)
        return nullptr;
      c.bump = reinterpret_cast<char*>(pool) + POOL_HEADER;
      c.bump_end = reinterpret_cast<char*>(pool) + POOL;
    }
    p = c.bump;
    c.bump += bsize;
  }
  live_blocks_count++;
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
    large_free(p);
    return;
  }
  auto* pool = reinterpret_cast<Pool*>(reinterpret_cast<uintptr_t>(p) & ~(POOL - 1));
  ClassState& c = classes[pool->kind][pool->cls];
  live_blocks_count--;
  auto* b = static_cast<Block*>(p);
  b->next = c.free_list;
  c.free_list = b;
  // Emptied pools stay with their class (their blocks are on its free
  // list); reclaiming them for other classes needs per-pool free lists,
  // which a later change may add.
}

void raw_for_each_block(void (*fn)(void*, BlockKind, void*), void* arg) {
  // Free blocks are told apart by being on a free list; never-used ones by
  // lying at or past their class's bump pointer in its current pool.
  std::unordered_set<const void*> free_blocks;
  for (auto& per_kind : classes)
    for (ClassState& c : per_kind)
      for (Block* b = c.free_list; b; b = b->next)
        free_blocks.insert(b);
  std::vector<std::pair<void*, BlockKind>> live;
  for (char* arena : arenas) {
    char* end = arena == arena_end - ARENA ? arena_bump : arena + ARENA;
    for (char* pool_start = arena; pool_start < end; pool_start += POOL) {
      auto* pool = reinterpret_cast<Pool*>(pool_start);
      ClassState& c = classes[pool->kind][pool->cls];
      size_t bsize = (pool->cls + 1) * ALIGN;
      char* limit = c.bump_end == pool_start + POOL ? c.bump : pool_start + POOL;
      for (char* b = pool_start + POOL_HEADER; b + bsize <= limit; b += bsize)
        if (!free_blocks.count(b))
          live.emplace_back(b, static_cast<BlockKind>(pool->kind));
    }
  }
  for (auto& [b, kind] : live)
    fn(b, kind, arg);
  large_for_each(fn, arg);
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
