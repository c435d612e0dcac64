// Native text streams over a file descriptor (`_io.TextIOWrapper`): the
// standard streams sys.stdin/stdout/stderr and text files from open().
#pragma once

#include <string>

#include "runtime/object.h"

namespace coil {

extern TypeObject TextIOType; // _io.TextIOWrapper

struct TextIOObject : Object {
  int fd;
  Object* name;       // str or int (the `name` attribute)
  Object* mode;       // str ('r', 'w', 'a', 'r+', ...)
  std::string* wbuf;  // encoded bytes not yet written
  std::string* rbuf;  // bytes read but not yet decoded/consumed
  const char* errors; // static string: "strict", "backslashreplace", "surrogateescape", "replace"
  bool readable;
  bool writable;
  bool closed;
  bool closefd;            // close(2) the descriptor on close()
  bool line_buffering;     // flush when a write contains '\n' or '\r'
  bool write_through;      // flush after every write
  bool eof;                // the descriptor reported end of file
  bool translate_newlines; // universal newlines on input
  uint8_t seen_newlines;   // kinds met while translating: 1 '\r', 2 '\n', 4 '\r\n' (`newlines`)
  int tty;                 // -1 unknown, 0/1
  Object* buffer;          // borrowed: the live binary view (bufferedio.cpp) or nullptr
  Object* encoding;        // str shown as `encoding`, nullptr = "utf-8"
  uint8_t codec;           // TextCodec
};

enum TextCodec : uint8_t { CODEC_UTF8 = 0, CODEC_LATIN1 = 1, CODEC_ASCII = 2 };
// The codec for an encoding name (Python's aliases, case-insensitive), or
// -1 when it is not one of the codecs streams implement.
int textio_codec_for(std::string_view encoding);

// io.UnsupportedOperation (borrowed).
TypeObject* textio_unsupported_operation_type();

inline bool textio_check(Object* o) noexcept {
  return o->type == &TextIOType;
}

// Binary streams (runtime/objects/bufferedio.cpp): `_io.BufferedReader`,
// `_io.BufferedWriter`, `_io.BufferedRandom`. A binary stream is a view on
// a TextIOObject (its `owner`) and shares its descriptor and byte buffers,
// so text and binary writes to one stream keep their order.
extern TypeObject BufferedReaderType;
extern TypeObject BufferedWriterType;
extern TypeObject BufferedRandomType;
// The binary view of a text stream (`stream.buffer`), new reference.
Object* textio_get_buffer(Object* stream);
// A binary stream owning a new text stream over fd (open() in 'b' mode).
Object* bufferedio_open(int fd, Object* name, const char* mode, bool closefd);
// Raw byte reads shared with the binary view: one line (with its newline)
// or up to n bytes (n < 0: all); new bytes.
Object* textio_read_bytes_line(Object* stream, ssize limit);
Object* textio_read_bytes(Object* stream, ssize n);
// tell()/seek() on the byte position (text streams refuse nonzero
// relative seeks as CPython's TextIOWrapper does when `text`).
Object* textio_tell(Object* stream);
Object* textio_seek(Object* stream, Object* const* args, ssize nargs, bool text);
int textio_check_readable(Object* stream);
int textio_check_writable(Object* stream);

// A text stream over `fd`. `name` is borrowed (str or int).
Object* textio_new(int fd, Object* name, const char* mode, const char* errors, bool line_buffering,
                   bool write_through, bool closefd);

// Writes UTF-8 text to the stream (buffered as configured). 0/-1.
int textio_write_utf8(Object* stream, std::string_view text);
// write(s) for a str `s` without the method call (what print() uses). 0/-1.
int textio_write_str(Object* stream, Object* s);
// Writes pending output to the descriptor. 0/-1 (BrokenPipeError, ...).
int textio_flush(Object* stream);
// Reads one line (with its '\n'), "" at end of file; new str or nullptr.
Object* textio_readline(Object* stream, ssize limit);

// Creates sys.stdin/stdout/stderr as CPython configures them (stdout
// line-buffered on a terminal, else block-buffered; stderr written
// through with errors='backslashreplace'; `unbuffered` makes stdout write
// through too). New references.
// `stdio_errors` is the errors policy of stdin/stdout (a static string).
int textio_create_std_streams(bool unbuffered, const char* stdio_errors, Object** in, Object** out,
                              Object** err);

} // namespace coil
