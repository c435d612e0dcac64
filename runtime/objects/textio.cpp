// Native text streams (`_io.TextIOWrapper`) over a file descriptor.
//
// Invariants
// - Output is encoded to UTF-8 at write() time (with the stream's errors
//   policy) and kept in `wbuf` until a flush: after every write when
//   write_through, at '\n'/'\r' when line_buffering, when the buffer passes
//   BUFFER_SIZE, on flush()/close(), and for stdout before stdin is read.
// - Input is read in chunks into `rbuf` (raw bytes) and decoded one line or
//   one request at a time; a multi-byte UTF-8 sequence is never split
//   because decoding only happens at '\n' boundaries or at end of file.
// - All writes go through write(2) with retries on EINTR and short writes;
//   errors raise OSError subclasses from errno (EPIPE -> BrokenPipeError).
// - SIGPIPE is ignored once the standard streams exist, as CPython does.
// - A process-exit hook flushes the three standard streams' buffers in
//   case the runtime did not get to finalize.
#include "runtime/objects/textio.h"
#include "runtime/recursion.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/exceptions_impl.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

static constexpr size_t BUFFER_SIZE = 8192;

static TextIOObject* as_tio(Object* o) {
  return static_cast<TextIOObject*>(o);
}

// The standard streams, for flushing at process exit (borrowed).
static TextIOObject* std_streams[3] = {nullptr, nullptr, nullptr};

// ---------------------------------------------------------------- io.UnsupportedOperation

static TypeObject UnsupportedOperation_Type =
    exc_impl::make_exception_type("io.UnsupportedOperation", OSError, sizeof(OSErrorObject), nullptr);

static int ready_unsupported_operation() {
  if (type_has_flag(&UnsupportedOperation_Type, TPFLAG_READY))
    return 0;
  // Take OSError's slots (its __new__/__init__/__str__ handle the fields).
  UnsupportedOperation_Type.new_ = OSError->new_;
  UnsupportedOperation_Type.init = OSError->init;
  UnsupportedOperation_Type.str = OSError->str;
  UnsupportedOperation_Type.traverse = OSError->traverse;
  UnsupportedOperation_Type.clear = OSError->clear;
  Object* bases = tuple_pack({OSError, ValueError});
  if (!bases)
    return -1;
  UnsupportedOperation_Type.bases = bases;
  if (type_ready(&UnsupportedOperation_Type) < 0)
    return -1;
  Object* mro = UnsupportedOperation_Type.mro;
  bool has_value_error = false;
  for (ssize i = 0; mro && i < tuple_size(mro); i++)
    has_value_error = has_value_error || tuple_get(mro, i) == ValueError;
  if (!has_value_error) {
    Object* fixed = tuple_pack(
        {&UnsupportedOperation_Type, OSError, ValueError, Exception, BaseException, &BaseObjectType});
    if (!fixed)
      return -1;
    setref(UnsupportedOperation_Type.mro, fixed);
    type_modified(&UnsupportedOperation_Type);
  }
  return 0;
}
COIL_REGISTER_INIT(0, ready_unsupported_operation);

TypeObject* textio_unsupported_operation_type() {
  return &UnsupportedOperation_Type;
}

// ---------------------------------------------------------------- low level

static int check_open(TextIOObject* t) {
  if (t->closed) {
    err_set_string(ValueError, "I/O operation on closed file.");
    return -1;
  }
  return 0;
}

static int raw_write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      err_from_errno(OSError);
      return -1;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return 0;
}

int textio_flush(Object* stream) {
  auto* t = as_tio(stream);
  if (!t->wbuf || t->wbuf->empty())
    return 0;
  std::string pending;
  pending.swap(*t->wbuf);
  return raw_write_all(t->fd, pending.data(), pending.size());
}

// Encodes s to UTF-8 with the stream's errors policy.
int textio_codec_for(std::string_view encoding) {
  std::string norm;
  for (char c : encoding)
    norm.push_back(c == '_' || c == ' ' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(c))));
  for (const char* n : {"utf-8", "utf8", "u8", "utf", "cp65001"})
    if (norm == n)
      return CODEC_UTF8;
  for (const char* n : {"latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819",
                        "iso-ir-100", "csisolatin1"})
    if (norm == n)
      return CODEC_LATIN1;
  for (const char* n : {"ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "cp367", "iso646-us"})
    if (norm == n)
      return CODEC_ASCII;
  return -1;
}

static const char* codec_name(TextIOObject* t) {
  return t->codec == CODEC_LATIN1 ? "latin-1" : "ascii";
}

// Raises UnicodeEncodeError/UnicodeDecodeError(codec, object, start, end, reason).
static void raise_codec_error(TypeObject* type, TextIOObject* t, Object* object, ssize start, ssize end) {
  Object* enc = str_from_ascii(codec_name(t));
  Object* st = int_from_i64(start);
  Object* en = int_from_i64(end);
  Object* reason =
      str_from_ascii(t->codec == CODEC_LATIN1 ? "ordinal not in range(256)" : "ordinal not in range(128)");
  Object* args = (enc && st && en && reason) ? tuple_pack({enc, object, st, en, reason}) : nullptr;
  for (Object* o : {enc, st, en, reason})
    xdecref(o);
  if (!args)
    return;
  Object* exc = object_call(type, args, nullptr);
  decref(args);
  if (exc) {
    err_raise_instance(exc);
    decref(exc);
  }
}

// Encodes with latin-1 or ascii and the stream's errors policy.
static bool encode_single_byte(TextIOObject* t, Object* s, std::string* out) {
  uint32_t limit = t->codec == CODEC_LATIN1 ? 256 : 128;
  ssize n = str_length(s);
  out->clear();
  for (ssize i = 0; i < n; i++) {
    uint32_t c = str_char_at(s, i);
    if (c < limit) {
      out->push_back(static_cast<char>(c));
      continue;
    }
    if (strcmp(t->errors, "surrogateescape") == 0 && c >= 0xDC80 && c <= 0xDCFF) {
      out->push_back(static_cast<char>(c - 0xDC00));
    } else if (strcmp(t->errors, "replace") == 0) {
      out->push_back('?');
    } else if (strcmp(t->errors, "ignore") == 0) {
    } else if (strcmp(t->errors, "backslashreplace") == 0) {
      out->append(c <= 0xff     ? fmt::format("\\x{:02x}", c)
                  : c <= 0xffff ? fmt::format("\\u{:04x}", c)
                                : fmt::format("\\U{:08x}", c));
    } else {
      ssize end = i + 1;
      while (end < n && str_char_at(s, end) >= limit)
        end++;
      raise_codec_error(UnicodeEncodeError, t, s, i, end);
      return false;
    }
  }
  return true;
}

static Object* decode_single_byte(TextIOObject* t, std::string_view bytes) {
  StrBuilder b;
  for (size_t i = 0; i < bytes.size(); i++) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (t->codec == CODEC_LATIN1 || c < 128) {
      b.append_char(c);
    } else if (strcmp(t->errors, "surrogateescape") == 0) {
      b.append_char(0xDC00 + c);
    } else if (strcmp(t->errors, "replace") == 0) {
      b.append_char(0xFFFD);
    } else if (strcmp(t->errors, "ignore") == 0) {
    } else if (strcmp(t->errors, "backslashreplace") == 0) {
      b.append_utf8(fmt::format("\\x{:02x}", c));
    } else {
      Object* raw = bytes_from(bytes);
      if (raw) {
        raise_codec_error(UnicodeDecodeError, t, raw, static_cast<ssize>(i), static_cast<ssize>(i) + 1);
        decref(raw);
      }
      return nullptr;
    }
  }
  return b.finish();
}

static bool encode_text(TextIOObject* t, Object* s, std::string* out) {
  if (t->codec != CODEC_UTF8)
    return encode_single_byte(t, s, out);
  ssize size = 0;
  const char* utf8 = str_as_utf8(s, &size);
  if (utf8) {
    out->assign(utf8, static_cast<size_t>(size));
    return true;
  }
  if (strcmp(t->errors, "strict") == 0)
    return false;
  err_clear();
  out->clear();
  ssize n = str_length(s);
  for (ssize i = 0; i < n; i++) {
    uint32_t c = str_char_at(s, i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (strcmp(t->errors, "surrogateescape") == 0 && c >= 0xDC80 && c <= 0xDCFF)
        out->push_back(static_cast<char>(c - 0xDC00));
      else if (strcmp(t->errors, "backslashreplace") == 0)
        out->append(fmt::format("\\u{:04x}", c));
      else if (strcmp(t->errors, "replace") == 0)
        out->push_back('?');
      else if (strcmp(t->errors, "ignore") == 0)
        continue;
      else {
        err_format(UnicodeEncodeError,
                   "'utf-8' codec can't encode character '\\u{:04x}' in position {}: "
                   "surrogates not allowed",
                   c, i);
        return false;
      }
      continue;
    }
    char buf[4];
    int len;
    if (c < 0x80) {
      buf[0] = static_cast<char>(c);
      len = 1;
    } else if (c < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (c >> 6));
      buf[1] = static_cast<char>(0x80 | (c & 0x3F));
      len = 2;
    } else if (c < 0x10000) {
      buf[0] = static_cast<char>(0xE0 | (c >> 12));
      buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[2] = static_cast<char>(0x80 | (c & 0x3F));
      len = 3;
    } else {
      buf[0] = static_cast<char>(0xF0 | (c >> 18));
      buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[3] = static_cast<char>(0x80 | (c & 0x3F));
      len = 4;
    }
    out->append(buf, static_cast<size_t>(len));
  }
  return true;
}

int textio_write_utf8(Object* stream, std::string_view text) {
  auto* t = as_tio(stream);
  if (check_open(t) < 0)
    return -1;
  t->wbuf->append(text);
  bool flush = t->write_through || t->wbuf->size() >= BUFFER_SIZE ||
               (t->line_buffering && text.find_first_of("\n\r") != std::string_view::npos);
  if (!flush)
    return 0;
  // CPython's TextIOWrapper hands its pending text to the buffer's write()
  // here: a counted call (runtime/recursion.h).
  RecursionScope guard(WHILE_CALLING);
  return guard.ok() ? textio_flush(stream) : -1;
}

// Reads more bytes into rbuf; returns false at end of file or on error
// (then an exception is set).
static bool fill(TextIOObject* t, bool* error) {
  *error = false;
  if (t->eof)
    return false;
  // Output meant to be seen before input is requested.
  if (t->fd == 0 && std_streams[1] && std_streams[1] != t && !std_streams[1]->closed)
    textio_flush(std_streams[1]) < 0 ? err_clear() : void();
  char buf[BUFFER_SIZE];
  for (;;) {
    ThreadState* saved = gil_release(); // input() and stdin reads let other threads run
    ssize_t n = ::read(t->fd, buf, sizeof buf);
    int err = errno;
    gil_reacquire(saved);
    errno = err;
    if (n < 0) {
      if (errno == EINTR) {
        if (err_check_signals() < 0) { // PEP 475: a handler's exception ends the read
          *error = true;
          return false;
        }
        continue;
      }
      err_from_errno(OSError);
      *error = true;
      return false;
    }
    if (n == 0)
      t->eof = true;
    else
      t->rbuf->append(buf, static_cast<size_t>(n));
    // A signal that arrived as the read ended is handled now, as CPython's
    // decoding (Python code) would reach the eval breaker.
    if (err_check_signals() < 0) {
      *error = true;
      return false;
    }
    return n > 0;
  }
}

static Object* decode_bytes(TextIOObject* t, std::string_view bytes) {
  return t->codec == CODEC_UTF8 ? str_decode_utf8(bytes, t->errors) : decode_single_byte(t, bytes);
}

static Object* decode(TextIOObject* t, std::string_view bytes) {
  if (t->translate_newlines) {
    for (size_t i = 0; i < bytes.size(); i++) {
      if (bytes[i] == '\n')
        t->seen_newlines |= 2;
      else if (bytes[i] == '\r') {
        bool pair = i + 1 < bytes.size() && bytes[i + 1] == '\n';
        t->seen_newlines |= pair ? 4 : 1;
        i += pair ? 1 : 0;
      }
    }
  }
  if (!t->translate_newlines || bytes.find('\r') == std::string_view::npos)
    return decode_bytes(t, bytes);
  std::string fixed;
  fixed.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); i++) {
    if (bytes[i] == '\r') {
      fixed.push_back('\n');
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
        i++;
    } else {
      fixed.push_back(bytes[i]);
    }
  }
  return decode_bytes(t, fixed);
}

static int check_readable(TextIOObject* t) {
  if (check_open(t) < 0)
    return -1;
  if (!t->readable) {
    err_set_string(&UnsupportedOperation_Type, "not readable");
    return -1;
  }
  return 0;
}
static int check_writable(TextIOObject* t) {
  if (check_open(t) < 0)
    return -1;
  if (!t->writable) {
    err_set_string(&UnsupportedOperation_Type, "not writable");
    return -1;
  }
  return 0;
}

// Position just past the first line end in rbuf, or npos when more data is
// needed (a lone '\r' at the end may still be followed by '\n').
static size_t line_end(TextIOObject* t) {
  const std::string& b = *t->rbuf;
  for (size_t i = 0; i < b.size(); i++) {
    if (b[i] == '\n')
      return i + 1;
    if (b[i] == '\r' && t->translate_newlines) {
      if (i + 1 < b.size())
        return b[i + 1] == '\n' ? i + 2 : i + 1;
      if (t->eof)
        return i + 1;
      return std::string::npos;
    }
  }
  return std::string::npos;
}

// Number of bytes of rbuf holding the first `chars` characters (all of
// rbuf when it holds fewer). A character is a UTF-8 sequence or, for the
// single-byte codecs, a byte; with universal newlines "\r\n" reads as one
// character, so npos is returned when the count would end on a '\r' whose
// next byte is not read yet.
static size_t prefix_for_chars(TextIOObject* t, ssize chars) {
  const std::string& b = *t->rbuf;
  bool utf8 = t->codec == CODEC_UTF8;
  ssize seen = 0;
  size_t i = 0;
  while (i < b.size()) {
    if (seen == chars)
      return i;
    if (b[i] == '\r' && t->translate_newlines) {
      if (i + 1 == b.size())
        return t->eof ? b.size() : std::string::npos;
      i += b[i + 1] == '\n' ? 2 : 1;
    } else {
      i++;
      while (utf8 && i < b.size() && (static_cast<unsigned char>(b[i]) & 0xC0) == 0x80)
        i++;
    }
    seen++;
  }
  return b.size();
}

int textio_check_readable(Object* stream) {
  return check_readable(as_tio(stream));
}
int textio_check_writable(Object* stream) {
  return check_writable(as_tio(stream));
}

Object* textio_read_bytes_line(Object* stream, ssize limit) {
  auto* t = as_tio(stream);
  for (;;) {
    size_t nl = t->rbuf->find('\n');
    size_t end = nl == std::string::npos ? std::string::npos : nl + 1;
    if (limit >= 0 && (end == std::string::npos || end > static_cast<size_t>(limit)) &&
        t->rbuf->size() >= static_cast<size_t>(limit))
      end = static_cast<size_t>(limit);
    if (end == std::string::npos && t->eof)
      end = t->rbuf->size();
    if (end != std::string::npos) {
      Object* b = bytes_from(std::string_view(*t->rbuf).substr(0, end));
      if (b)
        t->rbuf->erase(0, end);
      return b;
    }
    bool error;
    if (!fill(t, &error) && error)
      return nullptr;
  }
}

Object* textio_read_bytes(Object* stream, ssize n) {
  auto* t = as_tio(stream);
  while (!t->eof && (n < 0 || t->rbuf->size() < static_cast<size_t>(n))) {
    bool error;
    if (!fill(t, &error)) {
      if (error)
        return nullptr;
      break;
    }
  }
  size_t take = n < 0 ? t->rbuf->size() : std::min(t->rbuf->size(), static_cast<size_t>(n));
  Object* b = bytes_from(std::string_view(*t->rbuf).substr(0, take));
  if (b)
    t->rbuf->erase(0, take);
  return b;
}

Object* textio_readline(Object* stream, ssize limit) {
  auto* t = as_tio(stream);
  if (check_readable(t) < 0)
    return nullptr;
  for (;;) {
    size_t end = line_end(t);
    if (limit >= 0) {
      size_t lim = prefix_for_chars(t, limit);
      bool have_all = lim != std::string::npos && (lim < t->rbuf->size() || t->eof);
      if (end != std::string::npos && end <= lim) {
        // the line ends within the limit
      } else if (have_all ||
                 (end == std::string::npos && lim != std::string::npos && lim < t->rbuf->size())) {
        end = lim;
      }
    }
    if (end == std::string::npos && t->eof)
      end = t->rbuf->size();
    if (end != std::string::npos) {
      Object* s = decode(t, std::string_view(*t->rbuf).substr(0, end));
      if (!s)
        return nullptr;
      t->rbuf->erase(0, end);
      return s;
    }
    bool error;
    if (!fill(t, &error) && error)
      return nullptr;
  }
}

static Object* read_all_or(TextIOObject* t, ssize n) {
  if (check_readable(t) < 0)
    return nullptr;
  for (;;) {
    if (n >= 0) {
      size_t lim = prefix_for_chars(t, n);
      if (lim != std::string::npos && (lim < t->rbuf->size() || t->eof)) {
        // Keep a trailing partial UTF-8 sequence unless at EOF.
        Object* s = decode(t, std::string_view(*t->rbuf).substr(0, lim));
        if (!s)
          return nullptr;
        t->rbuf->erase(0, lim);
        return s;
      }
    } else if (t->eof) {
      Object* s = decode(t, *t->rbuf);
      if (!s)
        return nullptr;
      t->rbuf->clear();
      return s;
    }
    bool error;
    if (!fill(t, &error) && error)
      return nullptr;
  }
}

// ---------------------------------------------------------------- methods

int textio_write_str(Object* stream, Object* s) {
  auto* t = as_tio(stream);
  if (check_writable(t) < 0)
    return -1;
  std::string bytes;
  if (!encode_text(t, s, &bytes))
    return -1;
  return textio_write_utf8(stream, bytes);
}

static Object* tio_write(Object* self, Object* arg) {
  if (!str_check(arg))
    return err_format(TypeError, "write() argument must be str, not {}", arg_type_name(arg));
  if (textio_write_str(self, arg) < 0)
    return nullptr;
  return int_from_i64(str_length(arg));
}

static Object* tio_writelines(Object* self, Object* lines) {
  Object* it = object_get_iter(lines);
  if (!it)
    return nullptr;
  while (Object* item = iter_next(it)) {
    Object* r = tio_write(self, item);
    decref(item);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
  decref(it);
  if (err_occurred())
    return nullptr;
  return none_new();
}

static Object* tio_flush(Object* self, Object*) {
  if (check_open(as_tio(self)) < 0)
    return nullptr;
  if (textio_flush(self) < 0)
    return nullptr;
  return none_new();
}

static Object* tio_close(Object* self, Object*) {
  auto* t = as_tio(self);
  if (t->closed)
    return none_new();
  int r = textio_flush(self);
  t->closed = true;
  if (t->closefd && t->fd >= 0) {
    ::close(t->fd);
  }
  if (r < 0)
    return nullptr;
  return none_new();
}

static Object* tio_fileno(Object* self, Object*) {
  if (as_tio(self)->closed)
    return err_set_string(ValueError, "I/O operation on closed file"); // CPython's wording here has no period
  return int_from_i64(as_tio(self)->fd);
}

static Object* tio_isatty(Object* self, Object*) {
  auto* t = as_tio(self);
  if (check_open(t) < 0)
    return nullptr;
  if (t->tty < 0)
    t->tty = ::isatty(t->fd) ? 1 : 0;
  return bool_from(t->tty == 1);
}

static Object* tio_readable(Object* self, Object*) {
  if (check_open(as_tio(self)) < 0)
    return nullptr;
  return bool_from(as_tio(self)->readable);
}
static Object* tio_writable(Object* self, Object*) {
  if (check_open(as_tio(self)) < 0)
    return nullptr;
  return bool_from(as_tio(self)->writable);
}
static Object* tio_seekable(Object* self, Object*) {
  auto* t = as_tio(self);
  if (check_open(t) < 0)
    return nullptr;
  return bool_from(::lseek(t->fd, 0, SEEK_CUR) >= 0);
}

static bool size_arg(Object* const* args, ssize nargs, const char* fname, ssize* out) {
  *out = -1;
  if (nargs > 1) {
    err_format(TypeError, "{} expected at most 1 argument, got {}", fname, nargs);
    return false;
  }
  if (nargs == 1 && args[0] != None) {
    if (!int_check(args[0])) {
      err_format(TypeError, "argument should be integer or None, not '{}'", type_name_of(args[0]));
      return false;
    }
    *out = int_as_ssize(args[0]);
    if (*out == -1 && err_occurred())
      return false;
  }
  return true;
}

static Object* tio_read(Object* self, Object* const* args, ssize nargs) {
  ssize n;
  if (!size_arg(args, nargs, "read", &n))
    return nullptr;
  return read_all_or(as_tio(self), n);
}

static Object* tio_readline(Object* self, Object* const* args, ssize nargs) {
  ssize n;
  if (!size_arg(args, nargs, "readline", &n))
    return nullptr;
  return textio_readline(self, n);
}

static Object* tio_readlines(Object* self, Object* const* args, ssize nargs) {
  ssize hint;
  if (!size_arg(args, nargs, "readlines", &hint))
    return nullptr;
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  ssize total = 0;
  for (;;) {
    Object* line = textio_readline(self, -1);
    if (!line) {
      decref(list);
      return nullptr;
    }
    ssize len = str_length(line);
    if (len == 0) {
      decref(line);
      break;
    }
    int r = list_append(list, line);
    decref(line);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
    total += len;
    if (hint > 0 && total >= hint)
      break;
  }
  return list;
}

// Current byte position as seen by the program: the descriptor's offset,
// plus output not yet written, minus input read ahead. -1 with an error.
static int64_t stream_position(TextIOObject* t) {
  off_t pos = ::lseek(t->fd, 0, SEEK_CUR);
  if (pos < 0) {
    if (errno == ESPIPE)
      err_set_string(&UnsupportedOperation_Type, "underlying stream is not seekable");
    else
      err_from_errno(OSError);
    return -1;
  }
  return static_cast<int64_t>(pos) + static_cast<int64_t>(t->wbuf->size()) -
         static_cast<int64_t>(t->rbuf->size());
}

Object* textio_tell(Object* stream) {
  auto* t = as_tio(stream);
  if (check_open(t) < 0)
    return nullptr;
  int64_t pos = stream_position(t);
  if (pos < 0)
    return nullptr;
  return int_from_i64(pos);
}

Object* textio_seek(Object* stream, Object* const* args, ssize nargs, bool text) {
  auto* t = as_tio(stream);
  if (nargs < 1 || nargs > 2)
    return err_format(TypeError, "seek expected {} argument{}, got {}",
                      nargs < 1 ? "at least 1" : "at most 2", nargs < 1 ? "" : "s", nargs);
  if (!int_check(args[0]))
    return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  bool overflow = false;
  int64_t offset = int_as_i64(args[0], &overflow);
  if (overflow)
    return err_set_string(OverflowError, "Python int too large to convert to C long");
  int64_t whence = 0;
  if (nargs == 2) {
    if (!int_check(args[1]))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(args[1]));
    whence = int_as_i64(args[1], &overflow);
  }
  if (check_open(t) < 0)
    return nullptr;
  if (whence < 0 || whence > 2)
    return err_set_string(ValueError, text ? fmt::format("invalid whence ({}, should be 0, 1 or 2)", whence)
                                           : fmt::format("whence value {} unsupported", whence));
  if (text && whence == 1 && offset != 0)
    return err_set_string(&UnsupportedOperation_Type, "can't do nonzero cur-relative seeks");
  if (text && whence == 2 && offset != 0)
    return err_set_string(&UnsupportedOperation_Type, "can't do nonzero end-relative seeks");
  if (text && whence == 0 && offset < 0)
    return err_format(ValueError, "negative seek position {}", offset);
  if (::lseek(t->fd, 0, SEEK_CUR) < 0) {
    if (errno == ESPIPE)
      return err_set_string(&UnsupportedOperation_Type, "underlying stream is not seekable");
    return err_from_errno(OSError);
  }
  if (textio_flush(stream) < 0)
    return nullptr;
  if (whence == 1) {
    // Relative to the program's position, not to the read-ahead.
    offset -= static_cast<int64_t>(t->rbuf->size());
  }
  off_t r = ::lseek(t->fd, static_cast<off_t>(offset), static_cast<int>(whence));
  if (r < 0)
    return err_from_errno(OSError);
  t->rbuf->clear();
  t->eof = false;
  return int_from_i64(static_cast<int64_t>(r));
}

static Object* tio_tell(Object* self, Object*) {
  return textio_tell(self);
}
static Object* tio_seek(Object* self, Object* const* args, ssize nargs) {
  return textio_seek(self, args, nargs, true);
}

static Object* tio_enter(Object* self, Object*) {
  if (check_open(as_tio(self)) < 0)
    return nullptr;
  return newref(self);
}
static Object* tio_exit(Object* self, Object* const*, ssize) {
  return tio_close(self, nullptr);
}

static Object* tio_iter(Object* self) {
  if (check_open(as_tio(self)) < 0)
    return nullptr;
  return newref(self);
}
static Object* tio_iternext(Object* self) {
  Object* line = textio_readline(self, -1);
  if (!line)
    return nullptr;
  if (str_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

static Object* tio_repr(Object* self) {
  auto* t = as_tio(self);
  std::string name;
  if (t->name) {
    Object* r = object_repr(t->name);
    if (!r)
      return nullptr;
    name = " name=" + str_to_std(r);
    decref(r);
  }
  std::string mode = t->mode ? " mode='" + str_to_std(t->mode) + "'" : "";
  std::string enc = t->encoding ? str_to_std(t->encoding) : "utf-8";
  return str_from_utf8(fmt::format("<_io.TextIOWrapper{}{} encoding='{}'>", name, mode, enc));
}

static void tio_dealloc(Object* self) {
  auto* t = as_tio(self);
  if (!t->closed) {
    if (textio_flush(self) < 0)
      err_clear();
    if (t->closefd && t->fd >= 0)
      ::close(t->fd);
  }
  for (auto& s : std_streams)
    if (s == t)
      s = nullptr;
  delete t->wbuf;
  delete t->rbuf;
  xdecref(t->name);
  xdecref(t->mode);
  xdecref(t->encoding);
  object_free(self);
}

static Object* get_closed(Object* self, void*) {
  return bool_from(as_tio(self)->closed);
}
static Object* get_name(Object* self, void*) {
  Object* n = as_tio(self)->name;
  return newref(n ? n : None);
}
static Object* get_mode(Object* self, void*) {
  Object* m = as_tio(self)->mode;
  return newref(m ? m : None);
}
static Object* get_encoding(Object* self, void*) {
  Object* e = as_tio(self)->encoding;
  return e ? newref(e) : str_from_ascii("utf-8");
}
static Object* get_errors(Object* self, void*) {
  return str_from_ascii(as_tio(self)->errors);
}
static Object* get_line_buffering(Object* self, void*) {
  return bool_from(as_tio(self)->line_buffering);
}
static Object* get_write_through(Object* self, void*) {
  return bool_from(as_tio(self)->write_through);
}
// None, one of "\r" "\n" "\r\n", or a tuple of those met (in that order).
static Object* get_newlines(Object* self, void*) {
  uint8_t seen = as_tio(self)->seen_newlines;
  static const char* const kinds[] = {"\r", "\n", "\r\n"};
  Object* items[3];
  ssize n = 0;
  for (int k = 0; k < 3; k++)
    if (seen & (1 << k))
      items[n++] = str_static(kinds[k]);
  if (n == 0)
    return none_new();
  if (n == 1)
    return newref(items[0]);
  return tuple_from_array(items, n);
}
static Object* get_buffer(Object* self, void*) {
  return textio_get_buffer(self);
}

static GetSetDef tio_getset[] = {
    {"closed", get_closed, nullptr, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr, nullptr},
    {"encoding", get_encoding, nullptr, nullptr, nullptr},
    {"errors", get_errors, nullptr, nullptr, nullptr},
    {"line_buffering", get_line_buffering, nullptr, nullptr, nullptr},
    {"write_through", get_write_through, nullptr, nullptr, nullptr},
    {"newlines", get_newlines, nullptr, nullptr, nullptr},
    {"buffer", get_buffer, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

static MethodDef tio_methods[] = {
    {"write", tio_write, METH_O, nullptr},
    {"writelines", tio_writelines, METH_O, nullptr},
    {"flush", tio_flush, METH_NOARGS, nullptr},
    {"close", tio_close, METH_NOARGS, nullptr},
    {"fileno", tio_fileno, METH_NOARGS, nullptr},
    {"isatty", tio_isatty, METH_NOARGS, nullptr},
    {"readable", tio_readable, METH_NOARGS, nullptr},
    {"writable", tio_writable, METH_NOARGS, nullptr},
    {"seekable", tio_seekable, METH_NOARGS, nullptr},
    {"read", reinterpret_cast<MethodFn>(tio_read), METH_FASTCALL, nullptr},
    {"readline", reinterpret_cast<MethodFn>(tio_readline), METH_FASTCALL, nullptr},
    {"readlines", reinterpret_cast<MethodFn>(tio_readlines), METH_FASTCALL, nullptr},
    {"tell", tio_tell, METH_NOARGS, nullptr},
    {"seek", reinterpret_cast<MethodFn>(tio_seek), METH_FASTCALL, nullptr},
    {"__enter__", tio_enter, METH_NOARGS, nullptr},
    {"__exit__", reinterpret_cast<MethodFn>(tio_exit), METH_FASTCALL, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static TypeObject make_textio_type() {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_io.TextIOWrapper";
  t.basicsize = sizeof(TextIOObject);
  t.dealloc = tio_dealloc;
  t.repr = tio_repr;
  t.iter = tio_iter;
  t.iternext = tio_iternext;
  t.methods = tio_methods;
  t.getset = tio_getset;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  t.doc = "Character and line based layer over a file descriptor.";
  return t;
}
TypeObject TextIOType = make_textio_type();
COIL_REGISTER_TYPE(TextIOType);

// ---------------------------------------------------------------- creation

Object* textio_new(int fd, Object* name, const char* mode, const char* errors, bool line_buffering,
                   bool write_through, bool closefd) {
  auto* t = static_cast<TextIOObject*>(object_alloc(&TextIOType, sizeof(TextIOObject)));
  if (!t)
    return nullptr;
  t->fd = fd;
  t->name = xnewref(name);
  t->mode = str_from_ascii(mode);
  if (!t->mode) {
    decref(t);
    return nullptr;
  }
  t->wbuf = new std::string();
  t->rbuf = new std::string();
  t->errors = errors;
  std::string_view m(mode);
  t->readable = m.find('r') != std::string_view::npos || m.find('+') != std::string_view::npos;
  t->writable = m.find_first_of("wax+") != std::string_view::npos;
  t->closefd = closefd;
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->translate_newlines = true;
  t->tty = -1;
  return t;
}

static void flush_std_streams_at_exit() {
  for (int i = 1; i < 3; i++) {
    TextIOObject* t = std_streams[i];
    if (t && !t->closed && t->wbuf && !t->wbuf->empty()) {
      std::string pending;
      pending.swap(*t->wbuf);
      const char* p = pending.data();
      size_t n = pending.size();
      while (n > 0) {
        ssize_t w = ::write(t->fd, p, n);
        if (w < 0) {
          if (errno == EINTR)
            continue;
          break;
        }
        p += w;
        n -= static_cast<size_t>(w);
      }
    }
  }
}

int textio_create_std_streams(bool unbuffered, const char* stdio_errors, Object** in, Object** out,
                              Object** err) {
  *in = *out = *err = nullptr;
  Object* names[3] = {str_from_ascii("<stdin>"), str_from_ascii("<stdout>"), str_from_ascii("<stderr>")};
  if (!names[0] || !names[1] || !names[2]) {
    for (Object* n : names)
      xdecref(n);
    return -1;
  }
  bool out_tty = ::isatty(1) != 0;
  *in = textio_new(0, names[0], "r", stdio_errors, false, false, false);
  *out = textio_new(1, names[1], "w", stdio_errors, out_tty && !unbuffered, unbuffered, false);
  *err = textio_new(2, names[2], "w", "backslashreplace", false, true, false);
  for (Object* n : names)
    decref(n);
  if (!*in || !*out || !*err) {
    xdecref(*in);
    xdecref(*out);
    xdecref(*err);
    *in = *out = *err = nullptr;
    return -1;
  }
  std_streams[0] = as_tio(*in);
  std_streams[1] = as_tio(*out);
  std_streams[2] = as_tio(*err);
  static bool registered = false;
  if (!registered) {
    registered = true;
    std::atexit(flush_std_streams_at_exit);
    // As CPython: writing to a closed pipe must fail with EPIPE (raising
    // BrokenPipeError) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);
  }
  return 0;
}

} // namespace coil
