// The `_random` module: the Mersenne Twister (MT19937) behind random.Random,
// seeded exactly as CPython 3.11 seeds it so that the same seed gives the
// same numbers: an int seed's absolute value is split into 32-bit words
// (least significant first) and fed to init_by_array; any other hashable
// seed uses hash(seed) taken as an unsigned 64-bit int; None uses 624
// words of OS entropy (getrandom(2)).
//
// Invariants
// - RandomObject::index is in [0, 624]; 624 means "regenerate the state
//   before the next output".
// - random() builds a double from 27 + 26 bits of two outputs, as CPython.
// - getstate() is a 625-tuple: the 624 words then the index.
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/module.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

extern TypeObject RandomType; // _random.Random

namespace {

constexpr int MT_N = 624;
constexpr int MT_M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfu;
constexpr uint32_t UPPER_MASK = 0x80000000u;
constexpr uint32_t LOWER_MASK = 0x7fffffffu;

struct RandomObject : Object {
  int index;
  uint32_t state[MT_N];
};

void init_genrand(RandomObject* r, uint32_t s) noexcept {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < MT_N; i++)
    mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = MT_N;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) noexcept {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t i = 1, j = 0;
  size_t k = MT_N > len ? MT_N : len;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
    if (j >= len)
      j = 0;
  }
  for (k = MT_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    i++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u; // the most significant bit is 1: a non-zero initial state
}

uint32_t genrand_uint32(RandomObject* r) noexcept {
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= MT_N) {
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
    }
    for (; kk < MT_N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
    }
    y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

// Fills buf with OS entropy; false (errno set) on failure.
bool os_entropy(void* buf, size_t len) noexcept {
  char* p = static_cast<char*>(buf);
  while (len > 0) {
    ssize_t n = getrandom(p, len, 0);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    p += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

void seed_from_entropy(RandomObject* r) noexcept {
  uint32_t key[MT_N];
  if (os_entropy(key, sizeof(key))) {
    init_by_array(r, key, MT_N);
    return;
  }
  // No entropy source: fall back to the clock and the process id.
  auto now = std::chrono::system_clock::now().time_since_epoch().count();
  auto mono = std::chrono::steady_clock::now().time_since_epoch().count();
  uint32_t k[5] = {static_cast<uint32_t>(now), static_cast<uint32_t>(static_cast<uint64_t>(now) >> 32),
                   static_cast<uint32_t>(getpid()), static_cast<uint32_t>(mono),
                   static_cast<uint32_t>(static_cast<uint64_t>(mono) >> 32)};
  init_by_array(r, k, 5);
}

// Seeds from a non-negative exact int.
void seed_from_int(RandomObject* r, Object* n) {
  MpzView v(n);
  size_t bits = mpz_sgn(v.get()) == 0 ? 0 : mpz_sizeinbase(v, 2);
  size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  std::vector<uint32_t> key(words, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, v);
  init_by_array(r, key.data(), words);
}

int random_seed_impl(RandomObject* self, Object* arg) {
  if (!arg || arg == None) {
    seed_from_entropy(self);
    return 0;
  }
  Object* n;
  if (int_check(arg)) {
    n = int_abs(arg);
  } else {
    hash_t h = object_hash(arg);
    if (h == -1 && err_occurred())
      return -1;
    n = int_from_u64(static_cast<uint64_t>(h));
  }
  if (!n)
    return -1;
  seed_from_int(self, n);
  decref(n);
  return 0;
}

// ---------------------------------------------------------------- methods

Object* random_random(Object* self, Object*) {
  auto* r = static_cast<RandomObject*>(self);
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* random_seed(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seed", nargs, 0, 1))
    return nullptr;
  if (random_seed_impl(static_cast<RandomObject*>(self), nargs ? args[0] : nullptr) < 0)
    return nullptr;
  return none_new();
}

Object* random_getstate(Object* self, Object*) {
  auto* r = static_cast<RandomObject*>(self);
  Object* t = tuple_new(MT_N + 1);
  if (!t)
    return nullptr;
  for (int i = 0; i < MT_N; i++) {
    Object* v = int_from_u64(r->state[i]);
    if (!v) {
      for (int j = i; j <= MT_N; j++)
        tuple_set(t, j, newref(None));
      decref(t);
      return nullptr;
    }
    tuple_set(t, i, v);
  }
  Object* idx = int_from_i64(r->index);
  if (!idx) {
    tuple_set(t, MT_N, newref(None));
    decref(t);
    return nullptr;
  }
  tuple_set(t, MT_N, idx);
  return t;
}

// PyLong_AsUnsignedLong's conversion and messages.
bool as_unsigned_long(Object* o, uint64_t* out) {
  if (!int_check(o)) {
    err_set_string(TypeError, "an integer is required");
    return false;
  }
  if (int_sign(o) < 0) {
    err_set_string(OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  if (int_bit_length(o) > 64) {
    err_set_string(OverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  MpzView v(o);
  uint64_t x = 0;
  size_t count = 0;
  mpz_export(&x, &count, -1, sizeof(x), 0, 0, v);
  *out = x;
  return true;
}

Object* random_setstate(Object* self, Object* state) {
  auto* r = static_cast<RandomObject*>(self);
  if (!tuple_check(state))
    return err_set_string(TypeError, "state vector must be a tuple");
  if (tuple_size(state) != MT_N + 1)
    return err_set_string(ValueError, "state vector is the wrong size");
  uint32_t words[MT_N];
  for (int i = 0; i < MT_N; i++) {
    uint64_t v;
    if (!as_unsigned_long(tuple_get(state, i), &v))
      return nullptr;
    words[i] = static_cast<uint32_t>(v);
  }
  Object* io = tuple_get(state, MT_N);
  if (!int_check(io))
    return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(io));
  bool overflow = false;
  int64_t index = int_as_i64(io, &overflow);
  if (overflow)
    return err_set_string(OverflowError, "Python int too large to convert to C long");
  if (index < 0 || index > MT_N)
    return err_set_string(ValueError, "invalid state");
  std::memcpy(r->state, words, sizeof(words));
  r->index = static_cast<int>(index);
  return none_new();
}

Object* random_getrandbits(Object* self, Object* arg) {
  auto* r = static_cast<RandomObject*>(self);
  Object* ko = number_index(arg);
  if (!ko)
    return nullptr;
  bool overflow = false;
  int64_t k = int_as_i64(ko, &overflow);
  decref(ko);
  if (overflow || k > INT32_MAX || k < INT32_MIN)
    return err_set_string(OverflowError, "Python int too large to convert to C int");
  if (k < 0)
    return err_set_string(ValueError, "number of bits must be non-negative");
  if (k == 0)
    return int_from_i64(0);
  if (k <= 32)
    return int_from_u64(genrand_uint32(r) >> (32 - k));
  // Fill 32-bit words from the least significant end; the last word keeps
  // only its top bits.
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  int64_t left = k;
  for (size_t i = 0; i < words; i++, left -= 32) {
    uint32_t x = genrand_uint32(r);
    if (left < 32)
      x >>= (32 - left);
    w[i] = x;
  }
  mpz_t v;
  mpz_init(v);
  mpz_import(v, words, -1, sizeof(uint32_t), 0, 0, w.data());
  return int_steal_mpz(v);
}

int random_init(Object* self, Object* args, Object* kwargs) {
  TypeObject* t = self->type;
  if ((t == &RandomType || t->init == RandomType.init) && !check_no_kwargs("Random", kwargs))
    return -1;
  ssize n = args ? tuple_size(args) : 0;
  if (n > 1) {
    err_set_string(TypeError, "Random() requires 0 or 1 argument");
    return -1;
  }
  return random_seed_impl(static_cast<RandomObject*>(self), n == 1 ? tuple_get(args, 0) : nullptr);
}

void random_dealloc(Object* o) {
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef random_methods[] = {
    {"random", random_random, METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"seed", FN(random_seed), METH_FASTCALL,
     "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and "
     "the process identifier."},
    {"getstate", random_getstate, METH_NOARGS, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, METH_O, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, METH_O, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

} // namespace

TypeObject RandomType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_random.Random";
  t.basicsize = sizeof(RandomObject);
  t.dealloc = random_dealloc;
  t.flags = TPFLAG_BASETYPE;
  t.doc = "Random() -> create a random number generator with its own internal state.";
  t.methods = random_methods;
  t.init = random_init;
  t.new_ = type_generic_new;
  return t;
}();
COIL_REGISTER_TYPE(RandomType);

namespace {

// _random._urandom(n): n bytes of OS entropy. Coil-specific: random.py uses
// it for SystemRandom while Coil has no os module.
Object* random_urandom(Object*, Object* arg) {
  Object* no = number_index(arg);
  if (!no)
    return nullptr;
  ssize n = int_as_ssize(no);
  decref(no);
  if (n == -1 && err_occurred())
    return nullptr;
  if (n < 0)
    return err_set_string(ValueError, "negative argument not allowed");
  Object* b = bytes_new_uninit(n);
  if (!b)
    return nullptr;
  if (!os_entropy(static_cast<BytesObject*>(b)->data, static_cast<size_t>(n))) {
    decref(b);
    return err_from_errno(OSError);
  }
  return b;
}

MethodDef random_module_functions[] = {
    {"_urandom", random_urandom, METH_O, "Return n random bytes suitable for cryptographic use."},
    {nullptr, nullptr, 0, nullptr},
};

Object* random_module_init() {
  Object* m = module_new_str("_random");
  if (!m)
    return nullptr;
  if (module_add_functions(m, random_module_functions) < 0 ||
      module_add_object(m, "Random", &RandomType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_random", random_module_init);

} // namespace coil
