// SHA-512 (FIPS 180-4) and the `_sha512` module (sha512 objects with
// update/digest/hexdigest/copy, name, digest_size, block_size).
//
// Invariants
// - The round constants and the initial hash value are derived at start-up
//   from their definition (the first 64 bits of the fractional parts of the
//   cube roots of the first 80 primes, and of the square roots of the first
//   8 primes), computed exactly with GMP.
// - Messages are at most 2**128 - 1 bytes long (the length is kept as a
//   128-bit byte count).
#include "runtime/modules/sha512.h"

#include <gmp.h>

#include <cstring>
#include <new>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

struct Sha512Constants {
  uint64_t k[80];
  uint64_t h0[8];
  Sha512Constants() {
    int primes[80];
    int count = 0;
    for (int n = 2; count < 80; n++) {
      bool prime = true;
      for (int d = 2; d * d <= n; d++)
        if (n % d == 0) {
          prime = false;
          break;
        }
      if (prime)
        primes[count++] = n;
    }
    mpz_t v, r;
    mpz_init(v);
    mpz_init(r);
    for (int i = 0; i < 80; i++) {
      mpz_set_ui(v, static_cast<unsigned long>(primes[i]));
      mpz_mul_2exp(v, v, 192);
      mpz_root(r, v, 3); // floor(cbrt(p) * 2**64)
      k[i] = low64(r);
    }
    for (int i = 0; i < 8; i++) {
      mpz_set_ui(v, static_cast<unsigned long>(primes[i]));
      mpz_mul_2exp(v, v, 128);
      mpz_sqrt(r, v); // floor(sqrt(p) * 2**64)
      h0[i] = low64(r);
    }
    mpz_clear(v);
    mpz_clear(r);
  }
  static uint64_t low64(mpz_t x) {
    mpz_t t;
    mpz_init(t);
    mpz_fdiv_r_2exp(t, x, 64);
    uint64_t lo = 0;
    size_t count = 0;
    mpz_export(&lo, &count, -1, sizeof(lo), 0, 0, t);
    mpz_clear(t);
    return lo;
  }
};

const Sha512Constants& constants() {
  static const Sha512Constants c;
  return c;
}

inline uint64_t rotr(uint64_t x, int n) noexcept {
  return (x >> n) | (x << (64 - n));
}
inline uint64_t load_be64(const uint8_t* p) noexcept {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++)
    v = (v << 8) | p[i];
  return v;
}
inline void store_be64(uint8_t* p, uint64_t v) noexcept {
  for (int i = 7; i >= 0; i--) {
    p[i] = static_cast<uint8_t>(v);
    v >>= 8;
  }
}

} // namespace

Sha512::Sha512() noexcept : buflen_(0), total_lo_(0), total_hi_(0) {
  std::memcpy(h_, constants().h0, sizeof(h_));
}

void Sha512::compress(const uint8_t* block) noexcept {
  const uint64_t* k = constants().k;
  uint64_t w[80];
  for (int t = 0; t < 16; t++)
    w[t] = load_be64(block + 8 * t);
  for (int t = 16; t < 80; t++) {
    uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4], f = h_[5], g = h_[6], h = h_[7];
  for (int t = 0; t < 80; t++) {
    uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = h + S1 + ch + k[t] + w[t];
    uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = S0 + maj;
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h_[0] += a;
  h_[1] += b;
  h_[2] += c;
  h_[3] += d;
  h_[4] += e;
  h_[5] += f;
  h_[6] += g;
  h_[7] += h;
}

void Sha512::update(const void* data, size_t len) noexcept {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  uint64_t old = total_lo_;
  total_lo_ += len;
  if (total_lo_ < old)
    total_hi_++;
  while (len > 0) {
    size_t take = BLOCK_SIZE - buflen_;
    if (take > len)
      take = len;
    std::memcpy(buf_ + buflen_, p, take);
    buflen_ += take;
    p += take;
    len -= take;
    if (buflen_ == BLOCK_SIZE) {
      compress(buf_);
      buflen_ = 0;
    }
  }
}

void Sha512::digest(uint8_t out[DIGEST_SIZE]) const noexcept {
  Sha512 tmp = *this;
  // Padding: 0x80, zeros, then the message length in bits (128-bit big-endian).
  uint64_t bits_hi = (tmp.total_hi_ << 3) | (tmp.total_lo_ >> 61);
  uint64_t bits_lo = tmp.total_lo_ << 3;
  uint8_t pad[BLOCK_SIZE * 2] = {0x80};
  size_t padlen = (tmp.buflen_ < 112) ? 112 - tmp.buflen_ : 240 - tmp.buflen_;
  uint8_t lenbuf[16];
  store_be64(lenbuf, bits_hi);
  store_be64(lenbuf + 8, bits_lo);
  tmp.update(pad, padlen);
  tmp.update(lenbuf, 16);
  for (int i = 0; i < 8; i++)
    store_be64(out + 8 * i, tmp.h_[i]);
}

std::string Sha512::hexdigest() const {
  uint8_t d[DIGEST_SIZE];
  digest(d);
  static const char hex[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * DIGEST_SIZE);
  for (uint8_t c : d) {
    s.push_back(hex[c >> 4]);
    s.push_back(hex[c & 15]);
  }
  return s;
}

// ---------------------------------------------------------------- the _sha512 module

namespace {

struct Sha512Object : Object {
  Sha512 state;
};

extern TypeObject Sha512Type;

// The bytes of a bytes-like argument (bytes or bytearray), as a view valid
// while `o` lives and is not resized.
bool buffer_view(Object* o, std::string_view* out) {
  if (bytes_check(o)) {
    *out = bytes_view(o);
    return true;
  }
  if (bytearray_check(o)) {
    auto* ba = static_cast<ByteArrayObject*>(o);
    *out = std::string_view(ba->buffer ? ba->buffer : "", static_cast<size_t>(ba->size));
    return true;
  }
  if (str_check(o)) {
    err_set_string(TypeError, "Strings must be encoded before hashing");
    return false;
  }
  err_format(TypeError, "object supporting the buffer API required");
  return false;
}

Sha512Object* sha512_alloc() {
  auto* o = static_cast<Sha512Object*>(object_alloc(&Sha512Type, sizeof(Sha512Object)));
  if (o)
    new (&o->state) Sha512();
  return o;
}

void sha512_dealloc(Object* o) {
  object_free(o);
}

Object* sha512_update(Object* self, Object* arg) {
  std::string_view v;
  if (!buffer_view(arg, &v))
    return nullptr;
  static_cast<Sha512Object*>(self)->state.update(v);
  return none_new();
}

Object* sha512_digest(Object* self, Object*) {
  uint8_t d[Sha512::DIGEST_SIZE];
  static_cast<Sha512Object*>(self)->state.digest(d);
  return bytes_from(std::string_view(reinterpret_cast<const char*>(d), sizeof(d)));
}

Object* sha512_hexdigest(Object* self, Object*) {
  return str_from_ascii(static_cast<Sha512Object*>(self)->state.hexdigest());
}

Object* sha512_copy(Object* self, Object*) {
  Sha512Object* c = sha512_alloc();
  if (c)
    c->state = static_cast<Sha512Object*>(self)->state;
  return c;
}

Object* sha512_name(Object*, void*) {
  return str_from_ascii("sha512");
}
Object* sha512_digest_size(Object*, void*) {
  return int_from_i64(Sha512::DIGEST_SIZE);
}
Object* sha512_block_size(Object*, void*) {
  return int_from_i64(Sha512::BLOCK_SIZE);
}

MethodDef sha512_methods[] = {
    {"update", sha512_update, METH_O, "Update this hash object's state with the provided string."},
    {"digest", sha512_digest, METH_NOARGS, "Return the digest value as a bytes object."},
    {"hexdigest", sha512_hexdigest, METH_NOARGS,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", sha512_copy, METH_NOARGS, "Return a copy of the hash object."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef sha512_getset[] = {
    {"name", sha512_name, nullptr, nullptr, nullptr},
    {"digest_size", sha512_digest_size, nullptr, nullptr, nullptr},
    {"block_size", sha512_block_size, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

TypeObject Sha512Type = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_sha512.sha512";
  t.basicsize = sizeof(Sha512Object);
  t.dealloc = sha512_dealloc;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.methods = sha512_methods;
  t.getset = sha512_getset;
  return t;
}();
COIL_REGISTER_TYPE(Sha512Type);

// _sha512.sha512(string=b'', *, usedforsecurity=True)
Object* module_sha512(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* data = nargs > 0 ? args[0] : nullptr;
  if (nargs > 1)
    return err_format(TypeError, "sha512() takes at most 1 positional argument ({} given)", nargs);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* key = tuple_get(kwnames, i);
    if (str_equal_ascii(key, "string")) {
      if (data)
        return err_set_string(TypeError, "argument for sha512() given by name ('string') and position (1)");
      data = args[nargs + i];
    } else if (!str_equal_ascii(key, "usedforsecurity")) {
      return err_format(TypeError, "'{}' is an invalid keyword argument for sha512()", str_to_std(key));
    }
  }
  std::string_view v;
  if (data && !buffer_view(data, &v))
    return nullptr;
  Sha512Object* o = sha512_alloc();
  if (o && data)
    o->state.update(v);
  return o;
}

MethodDef sha512_module_functions[] = {
    {"sha512", reinterpret_cast<MethodFn>(module_sha512), METH_FASTCALL | METH_KEYWORDS,
     "Return a new SHA-512 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

Object* sha512_module_init() {
  Object* m = module_new_str("_sha512");
  if (!m)
    return nullptr;
  if (module_add_functions(m, sha512_module_functions) < 0 ||
      module_add_object(m, "SHA512Type", &Sha512Type) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_sha512", sha512_module_init);

} // namespace coil
