// The bytecode cache (docs/BYTECODE_CACHE.md): __pycache__/<name>.<tag>.pyc
// files holding a marshalled code object behind a PEP 552 header.
//
// Invariants
// - File layout: magic (4 bytes: PYC_MAGIC_NUMBER little-endian, "\r\n"),
//   flags (u32: bit 0 hash-based, bit 1 check source), then either source
//   mtime and size (u32 each, modulo 2**32) or an 8-byte source hash, then
//   an 8-byte checksum of the payload, then the payload (marshal data of
//   the module's code object). All integers little-endian.
// - A cache file is used only when every check passes (magic, flags,
//   timestamp or hash, checksum, unmarshalling, verification, code type);
//   anything else means "compile the source", never an error.
// - Writing is best effort and atomic (temp file + rename); it is skipped
//   when sys.dont_write_bytecode is true or sys.implementation.cache_tag is
//   None, and failures (read-only folders...) are ignored.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace coil::interp {

constexpr uint32_t PYC_HEADER_SIZE = 24; // PEP 552's 16 bytes + the payload checksum
constexpr uint32_t PYC_FLAG_HASH_BASED = 1, PYC_FLAG_CHECK_SOURCE = 2;

// Counters of what the cache did in this process (`_imp._coil_pycache_stats()`).
struct PycacheStats {
  int64_t hits = 0;         // code objects taken from a cache file
  int64_t compiled = 0;     // sources compiled by the import system
  int64_t written = 0;      // cache files written
  int64_t rejected = 0;     // cache files found but unusable (stale, corrupt, foreign)
  int64_t write_errors = 0; // cache files that could not be written
};
PycacheStats& pycache_stats();

// The 4-byte magic number (importlib.util.MAGIC_NUMBER).
std::string pyc_magic();
// The 8-byte source hash of hash-based pycs (_imp.source_hash with the magic as key).
std::string pyc_source_hash(std::string_view source);

// The cache path of a source file as importlib.util.cache_from_source with
// `optimization` ("" for none). Returns false with an exception set
// (NotImplementedError when sys.implementation.cache_tag is None).
bool cache_from_source(const std::string& path, const std::string& optimization, std::string* out);

// The cache path of a module's source at the current optimisation level
// (-O/-OO), or "" when there is none (cache_tag None). No exception.
std::string module_cache_path(const std::string& path);

// The code object of the source file `path` (new reference): from its cache
// file when valid, else compiled (and cached when allowed). *cached receives
// the cache path, or "" when there is none. nullptr with an exception set
// (OSError reading the source, SyntaxError...).
Object* pycache_get_code(const std::string& path, std::string* cached);

// A complete pyc file for `code`. Hash-based when `hash_based` (source_hash
// then holds the 8-byte hash), else stamped with mtime and size.
bool pyc_build(Object* code, bool hash_based, bool check_source, const std::string& source_hash,
               uint32_t mtime, uint32_t size, std::string* out);
// Writes `data` to `path` atomically, creating missing parent folders.
// Returns false with OSError set.
bool write_atomic(const std::string& path, const std::string& data, unsigned mode);

} // namespace coil::interp
