// SHA-512 (FIPS 180-4), Coil's own implementation: used by random.seed for
// str/bytes seeds (through the `_sha512` module) and available to hashlib.
//
// Invariants
// - A Sha512 is a plain value: copying it forks the hash state (hash.copy()).
// - digest() does not disturb the running state; more data may follow.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace coil {

class Sha512 {
public:
  static constexpr size_t DIGEST_SIZE = 64;
  static constexpr size_t BLOCK_SIZE = 128;

  Sha512() noexcept;
  void update(const void* data, size_t len) noexcept;
  void update(std::string_view s) noexcept { update(s.data(), s.size()); }
  // Writes the 64-byte digest of everything fed so far.
  void digest(uint8_t out[DIGEST_SIZE]) const noexcept;
  std::string hexdigest() const;

private:
  void compress(const uint8_t* block) noexcept;
  uint64_t h_[8];
  uint8_t buf_[BLOCK_SIZE];
  size_t buflen_;
  uint64_t total_lo_, total_hi_; // message length in bytes (128-bit)
};

} // namespace coil
