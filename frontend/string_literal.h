// Decoding of string and bytes literal bodies (the text between the quotes).
//
// Invariants
// - Input is UTF-8 source text; str output is code points, bytes output raw
//   bytes. Escapes follow CPython 3.11; unknown escapes are kept verbatim
//   (CPython only warns). Octal escapes above 0o377 wrap to a byte in bytes.
// - On failure the functions return false and set `error` to CPython's
//   message ("(unicode error) 'unicodeescape' codec can't decode bytes in
//   position 0-6: unknown Unicode character name", ...).
#pragma once

#include <string>
#include <string_view>

namespace coil::frontend {

bool decode_str_literal(std::string_view body, bool raw, std::u32string& out, std::string& error);
bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, std::string& error);

// UTF-8 helpers shared by the frontend.
void append_utf8(std::string& out, char32_t cp);
std::string to_utf8(const std::u32string& s);
// Number of code points in a UTF-8 byte range (CPython's byte->character offsets).
int utf8_char_count(std::string_view s);

} // namespace coil::frontend
