// The bytecode cache (interp/pycache.h, docs/BYTECODE_CACHE.md).
//
// Invariants
// - The settings are read from sys at each use, as importlib does:
//   sys.implementation.cache_tag, sys.pycache_prefix, sys.dont_write_bytecode;
//   the optimisation level from the interpreter's config (-O/-OO).
// - A cache file is trusted only after all of: size, magic, flags, the
//   source's mtime+size (or hash), the payload checksum, a complete
//   unmarshal to a code object and bytecode::verify_code (inside the
//   reader). Any failure counts as `rejected` and the source is compiled.
// - Errors while looking for or writing a cache file never reach the
//   importer: they are cleared here.
#include "interp/pycache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "bytecode/marshal.h"
#include "runtime/errors.h"
#include "runtime/hash.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil::interp {

extern const char* const marshal_module_anchor; // interp/marshal_module.cpp
extern const char* const imp_module_anchor;     // interp/imp_module.cpp
[[gnu::used]] const char* const* const pycache_module_anchors[] = {&marshal_module_anchor,
                                                                   &imp_module_anchor};

namespace {

constexpr uint16_t PYC_MAGIC_NUMBER = 20000 + CODE_FORMAT_VERSION;
constexpr uint64_t CHECKSUM_KEY = 0x6c696f63; // "coil"

PycacheStats stats;

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; i++)
    out.push_back(char((v >> (8 * i)) & 0xff));
}
uint32_t get_u32(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++)
    v |= uint32_t(static_cast<unsigned char>(s[at + size_t(i)])) << (8 * i);
  return v;
}
std::string u64_bytes(uint64_t v) {
  std::string out;
  for (int i = 0; i < 8; i++)
    out.push_back(char((v >> (8 * i)) & 0xff));
  return out;
}
std::string checksum(std::string_view payload) {
  return u64_bytes(siphash13(CHECKSUM_KEY, PYC_MAGIC_NUMBER, payload.data(), payload.size()));
}

bool read_whole(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f)
    return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return !f.bad();
}

Object* sys_attr(const char* name) {
  Object* sysdict = Interpreter::main()->sysdict;
  return sysdict ? dict_getitem_str(sysdict, name) : nullptr; // borrowed
}

bool dont_write_bytecode() {
  Object* v = sys_attr("dont_write_bytecode");
  if (!v)
    return false;
  int t = object_is_true(v);
  if (t < 0) {
    err_clear();
    return false;
  }
  return t == 1;
}

std::string optimization_tag() {
  int opt = Interpreter::main()->config.optimize;
  return opt == 0 ? std::string() : std::to_string(opt);
}

// Replaces co_filename in `code` and its nested code objects (the module
// was compiled under another path, e.g. before its folder moved).
void fix_co_filename(CodeObject* co, Object* filename) {
  if (!str_check(co->filename) || !str_equal(co->filename, filename))
    setref(co->filename, newref(filename));
  for (ssize i = 0; i < tuple_size(co->consts); i++) {
    Object* c = tuple_get(co->consts, i);
    if (code_check(c))
      fix_co_filename(static_cast<CodeObject*>(c), filename);
  }
}

bool source_stat(const std::string& path, struct stat* st) {
  return ::stat(path.c_str(), st) == 0;
}

// Reads the code object out of a cache file's bytes; nullptr (no exception)
// when the file cannot be used for this source. Reads the source into
// *source when a hash check needs it.
Object* code_from_pyc(std::string_view data, const std::string& path, const struct stat* st, bool have_stat,
                      std::string* source, bool* have_source, bool* hash_based) {
  if (data.size() < PYC_HEADER_SIZE || data.substr(0, 4) != pyc_magic())
    return nullptr;
  uint32_t flags = get_u32(data, 4);
  if (flags & ~(PYC_FLAG_HASH_BASED | PYC_FLAG_CHECK_SOURCE))
    return nullptr;
  *hash_based = (flags & PYC_FLAG_HASH_BASED) != 0;
  if (*hash_based) {
    if (flags & PYC_FLAG_CHECK_SOURCE) {
      if (!*have_source) {
        if (!read_whole(path, *source))
          return nullptr;
        *have_source = true;
      }
      if (data.substr(8, 8) != pyc_source_hash(*source))
        return nullptr;
    }
  } else {
    if (!have_stat || get_u32(data, 8) != uint32_t(st->st_mtime) ||
        get_u32(data, 12) != uint32_t(st->st_size))
      return nullptr;
  }
  std::string_view payload = data.substr(PYC_HEADER_SIZE);
  if (data.substr(16, 8) != checksum(payload))
    return nullptr;
  Object* code = bytecode::marshal_read(payload, nullptr);
  if (!code) {
    err_clear();
    return nullptr;
  }
  if (!code_check(code)) {
    decref(code);
    return nullptr;
  }
  return code;
}

} // namespace

PycacheStats& pycache_stats() {
  return stats;
}

std::string pyc_magic() {
  std::string m;
  m.push_back(char(PYC_MAGIC_NUMBER & 0xff));
  m.push_back(char(PYC_MAGIC_NUMBER >> 8));
  m += "\r\n";
  return m;
}

std::string pyc_source_hash(std::string_view source) {
  uint32_t key = get_u32(pyc_magic(), 0);
  return u64_bytes(siphash13(key, 0, source.data(), source.size()));
}

bool cache_from_source(const std::string& path, const std::string& optimization, std::string* out) {
  Object* impl = sys_attr("implementation");
  Object* tag = impl ? object_getattr_str(impl, "cache_tag") : nullptr;
  if (!tag) {
    if (impl)
      return false;
    err_set_string(NotImplementedError, "sys.implementation.cache_tag is None");
    return false;
  }
  if (tag == None || !str_check(tag)) {
    decref(tag);
    err_set_string(NotImplementedError, "sys.implementation.cache_tag is None");
    return false;
  }
  std::string tag_s = str_to_std(tag);
  decref(tag);
  size_t slash = path.rfind('/');
  std::string head = slash == std::string::npos ? "" : path.substr(0, slash);
  std::string tail = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = tail.rfind('.');
  std::string almost = dot == std::string::npos
                           ? tail + tag_s
                           : (dot > 0 ? tail.substr(0, dot) : tail.substr(1)) + "." + tag_s;
  if (!optimization.empty())
    almost += ".opt-" + optimization;
  std::string filename = almost + ".pyc";
  auto join = [](std::initializer_list<std::string> parts) {
    std::string r;
    bool first = true;
    for (const std::string& p : parts) {
      if (p.empty())
        continue;
      std::string q = p;
      while (!q.empty() && q.back() == '/')
        q.pop_back();
      if (!first)
        r += "/";
      r += q;
      first = false;
    }
    return r;
  };
  Object* prefix = sys_attr("pycache_prefix");
  if (prefix && prefix != None && str_check(prefix)) {
    if (head.empty() || head[0] != '/') {
      char buf[4096];
      if (!getcwd(buf, sizeof buf)) {
        err_from_errno(OSError);
        return false;
      }
      head = join({buf, head});
    }
    size_t k = 0;
    while (k < head.size() && head[k] == '/')
      k++;
    *out = join({str_to_std(prefix), head.substr(k), filename});
  } else {
    *out = join({head, "__pycache__", filename});
  }
  return true;
}

bool pyc_build(Object* code, bool hash_based, bool check_source, const std::string& source_hash,
               uint32_t mtime, uint32_t size, std::string* out) {
  std::string payload;
  if (!bytecode::marshal_write(code, bytecode::MARSHAL_VERSION, payload))
    return false;
  out->clear();
  *out += pyc_magic();
  if (hash_based) {
    put_u32(*out, PYC_FLAG_HASH_BASED | (check_source ? PYC_FLAG_CHECK_SOURCE : 0));
    *out += source_hash;
  } else {
    put_u32(*out, 0);
    put_u32(*out, mtime);
    put_u32(*out, size);
  }
  *out += checksum(payload);
  *out += payload;
  return true;
}

bool write_atomic(const std::string& path, const std::string& data, unsigned mode) {
  // Missing parent folders first (a pycache_prefix tree may need several).
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0) {
    std::string dir = path.substr(0, slash);
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) {
      for (size_t i = 1; i <= dir.size(); i++) {
        if (i != dir.size() && dir[i] != '/')
          continue;
        std::string part = dir.substr(0, i);
        if (::mkdir(part.c_str(), 0777) != 0 && errno != EEXIST) {
          Object* fn = str_from_utf8(part);
          err_from_errno(OSError, fn);
          xdecref(fn);
          return false;
        }
      }
    }
  }
  static unsigned counter = 0;
  std::string tmp = path + "." + std::to_string(getpid()) + "." + std::to_string(counter++) + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode & 0666);
  auto fail = [&](const std::string& name) {
    int e = errno;
    Object* fn = str_from_utf8(name);
    errno = e;
    err_from_errno(OSError, fn);
    xdecref(fn);
    return false;
  };
  if (fd < 0)
    return fail(tmp);
  size_t done = 0;
  while (done < data.size()) {
    ssize_t w = ::write(fd, data.data() + done, data.size() - done);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      errno = e;
      return fail(tmp);
    }
    done += size_t(w);
  }
  if (::close(fd) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    errno = e;
    return fail(tmp);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    errno = e;
    return fail(path);
  }
  return true;
}

std::string module_cache_path(const std::string& path) {
  std::string out;
  if (!cache_from_source(path, optimization_tag(), &out)) {
    err_clear();
    out.clear();
  }
  return out;
}

Object* pycache_get_code(const std::string& path, std::string* cached) {
  Interpreter* interp = Interpreter::main();
  cached->clear();
  std::string cache_path = module_cache_path(path);
  struct stat st;
  bool have_stat = source_stat(path, &st);
  std::string source;
  bool have_source = false;
  bool hash_based = false, check_source = true;
  if (!cache_path.empty()) {
    *cached = cache_path;
    std::string data;
    if (read_whole(cache_path, data)) {
      if (Object* code = code_from_pyc(data, path, &st, have_stat, &source, &have_source, &hash_based)) {
        Object* filename = str_from_utf8(path);
        if (!filename) {
          decref(code);
          return nullptr;
        }
        fix_co_filename(static_cast<CodeObject*>(code), filename);
        decref(filename);
        stats.hits++;
        return code;
      }
      stats.rejected++;
      if (hash_based && data.size() >= 8)
        check_source = (get_u32(data, 4) & PYC_FLAG_CHECK_SOURCE) != 0;
    }
  }
  if (!have_source && !read_whole(path, source)) {
    Object* fn = str_from_utf8(path);
    err_from_errno(OSError, fn);
    xdecref(fn);
    return nullptr;
  }
  if (!interp->compile_hook)
    return err_set_string(SystemError, "no compiler registered");
  Object* filename = str_from_utf8(path);
  if (!filename)
    return nullptr;
  Object* code = interp->compile_hook(source, filename, "exec", 0, interp->config.optimize, nullptr);
  decref(filename);
  if (!code)
    return nullptr;
  stats.compiled++;
  if (!cache_path.empty() && have_stat && !dont_write_bytecode()) {
    std::string data;
    std::string hash = hash_based ? pyc_source_hash(source) : std::string();
    if (pyc_build(code, hash_based, check_source, hash, uint32_t(st.st_mtime), uint32_t(st.st_size), &data) &&
        write_atomic(cache_path, data, unsigned(st.st_mode) | 0200))
      stats.written++;
    else {
      err_clear();
      stats.write_errors++;
    }
  }
  return code;
}

} // namespace coil::interp
