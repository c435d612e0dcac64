// The methods bytes and bytearray share (searching, splitting, stripping,
// padding, joining, replacing, translating, ASCII case mapping and
// classification, hex/fromhex, decode), and both types' method tables.
//
// Invariants
// - Every method works on the receiver's current contents through V(self)
//   and builds results of the receiver's kind through R(self, data):
//   bytes -> bytes, bytearray -> bytearray. A bytes method that would
//   return its exact-bytes receiver unchanged returns the receiver itself.
// - Character classes are ASCII-only (Python's bytes semantics).
#include <cstring>
#include <limits>
#include <string>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"

namespace coil {

namespace {

std::string_view V(Object* self) {
  if (bytes_check(self))
    return bytes_view(self);
  return {bytearray_data(self), static_cast<size_t>(bytearray_size(self))};
}
const char* owner(Object* self) {
  return bytes_check(self) ? "bytes" : "bytearray";
}

Object* R(Object* self, std::string_view d) {
  return bytes_check(self) ? bytes_from(d) : bytearray_from(d);
}
// Same as R, but an exact bytes receiver whose contents are unchanged is returned as is.
Object* R_same(Object* self, std::string_view d) {
  if (self->type == &BytesType && d.size() == static_cast<size_t>(bytes_size(self)))
    return newref(self);
  return R(self, d);
}

bool need_bytes(Object* o, std::string_view* out) {
  if (get_bytes_like(o, out))
    return true;
  err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(o));
  return false;
}

bool a_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
bool a_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool a_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool a_alpha(unsigned char c) {
  return a_lower(c) || a_upper(c);
}
bool a_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool a_alnum(unsigned char c) {
  return a_alpha(c) || a_digit(c);
}
char to_lower(unsigned char c) {
  return static_cast<char>(a_upper(c) ? c + 32 : c);
}
char to_upper(unsigned char c) {
  return static_cast<char>(a_lower(c) ? c - 32 : c);
}

// A search argument: an int in range(256) or a bytes-like object.
bool sub_arg(Object* o, std::string_view* out, char* byte) {
  if (get_bytes_like(o, out))
    return true;
  if (o->type->as_number && o->type->as_number->index) {
    ssize v = number_as_ssize(o, nullptr);
    if (v == -1 && err_occurred())
      return false;
    if (v < 0 || v > 255) {
      err_set_string(ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *byte = static_cast<char>(v);
    *out = std::string_view(byte, 1);
    return true;
  }
  err_format(TypeError, "argument should be integer or bytes-like object, not '{}'", type_name_of(o));
  return false;
}

ssize find_in(std::string_view hay, std::string_view sub, ssize start, ssize end, bool reverse) {
  if (end - start < static_cast<ssize>(sub.size()))
    return -1;
  std::string_view h = hay.substr(start, end - start);
  size_t r = reverse ? h.rfind(sub) : h.find(sub);
  return r == std::string_view::npos ? -1 : start + static_cast<ssize>(r);
}

Object* find_impl(const char* name, Object* self, Object* const* args, ssize nargs, int mode) {
  // mode: 0 find, 1 rfind, 2 index, 3 rindex, 4 count
  Object* out[3];
  ArgParser p{name, owner(self), ArgStyle::OldStyle, 1, 3, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  std::string_view sub;
  char byte;
  if (!sub_arg(out[0], &sub, &byte))
    return nullptr;
  ssize start = 0, end = PTRDIFF_MAX;
  if (slice_index_arg(out[1], &start) < 0 || slice_index_arg(out[2], &end) < 0)
    return nullptr;
  std::string_view hay = V(self);
  ssize len = static_cast<ssize>(hay.size());
  adjust_find_range(len, &start, &end);
  if (mode == 4) {
    if (start > len || end - start < static_cast<ssize>(sub.size()))
      return int_from_i64(0);
    if (sub.empty())
      return int_from_i64(end - start + 1);
    ssize count = 0;
    for (ssize i = start;;) {
      ssize r = find_in(hay, sub, i, end, false);
      if (r < 0)
        break;
      count++;
      i = r + static_cast<ssize>(sub.size());
    }
    return int_from_i64(count);
  }
  ssize r = start > len ? -1 : find_in(hay, sub, start, end, mode == 1 || mode == 3);
  if (r < 0 && mode >= 2)
    return err_set_string(ValueError, "subsection not found");
  return int_from_i64(r);
}

Object* b_find(Object* self, Object* const* a, ssize n) {
  return find_impl("find", self, a, n, 0);
}
Object* b_rfind(Object* self, Object* const* a, ssize n) {
  return find_impl("rfind", self, a, n, 1);
}
Object* b_index(Object* self, Object* const* a, ssize n) {
  return find_impl("index", self, a, n, 2);
}
Object* b_rindex(Object* self, Object* const* a, ssize n) {
  return find_impl("rindex", self, a, n, 3);
}
Object* b_count(Object* self, Object* const* a, ssize n) {
  return find_impl("count", self, a, n, 4);
}

bool tail_match(std::string_view hay, std::string_view sub, ssize start, ssize end, bool at_end) {
  adjust_find_range(static_cast<ssize>(hay.size()), &start, &end);
  end -= static_cast<ssize>(sub.size());
  if (end < start)
    return false;
  ssize pos = at_end ? end : start;
  return std::memcmp(hay.data() + pos, sub.data(), sub.size()) == 0;
}

Object* startsend(const char* name, Object* self, Object* const* args, ssize nargs, bool at_end) {
  Object* out[3];
  ArgParser p{name, owner(self), ArgStyle::OldStyle, 1, 3, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  ssize start = 0, end = PTRDIFF_MAX;
  if (slice_index_arg(out[1], &start) < 0 || slice_index_arg(out[2], &end) < 0)
    return nullptr;
  std::string_view hay = V(self), sub;
  if (tuple_check(out[0])) {
    for (ssize i = 0; i < tuple_size(out[0]); i++) {
      if (!need_bytes(tuple_get(out[0], i), &sub))
        return nullptr;
      if (tail_match(hay, sub, start, end, at_end))
        return bool_from(true);
    }
    return bool_from(false);
  }
  if (!get_bytes_like(out[0], &sub))
    return err_format(TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                      type_name_of(out[0]));
  return bool_from(tail_match(hay, sub, start, end, at_end));
}
Object* b_startswith(Object* self, Object* const* a, ssize n) {
  return startsend("startswith", self, a, n, false);
}
Object* b_endswith(Object* self, Object* const* a, ssize n) {
  return startsend("endswith", self, a, n, true);
}

int push_piece(Object* list, Object* self, std::string_view d) {
  Object* piece = R_same(self, d);
  if (!piece)
    return -1;
  int r = list_append(list, piece);
  decref(piece);
  return r;
}

Object* split_impl(const char* name, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                   bool reverse) {
  static const char* const kw[] = {"sep", "maxsplit", nullptr};
  Object* out[2];
  ArgParser p{name, owner(self), ArgStyle::Clinic, 0, 2, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  ssize maxsplit = -1;
  if (out[1] && ssize_arg(out[1], &maxsplit) < 0)
    return nullptr;
  if (maxsplit < 0)
    maxsplit = PTRDIFF_MAX;
  std::string_view d = V(self);
  std::string copy(d); // the receiver may be a bytearray mutated by callbacks; work on a copy
  d = copy;
  ssize len = static_cast<ssize>(d.size());
  std::string_view sep;
  bool have_sep = out[0] && out[0] != None;
  if (have_sep && !need_bytes(out[0], &sep))
    return nullptr;
  std::string sepcopy(sep);
  sep = sepcopy;
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  auto piece = [&](ssize a, ssize b) { return push_piece(list, self, d.substr(a, b - a)); };
  if (!have_sep) {
    if (!reverse) {
      ssize i = 0;
      while (maxsplit-- > 0) {
        while (i < len && a_space(d[i]))
          i++;
        if (i == len)
          break;
        ssize j = i;
        while (j < len && !a_space(d[j]))
          j++;
        if (piece(i, j) < 0)
          goto fail;
        i = j;
      }
      while (i < len && a_space(d[i]))
        i++;
      if (i < len && piece(i, len) < 0)
        goto fail;
    } else {
      ssize i = len;
      while (maxsplit-- > 0) {
        while (i > 0 && a_space(d[i - 1]))
          i--;
        if (i == 0)
          break;
        ssize j = i;
        while (j > 0 && !a_space(d[j - 1]))
          j--;
        if (piece(j, i) < 0)
          goto fail;
        i = j;
      }
      while (i > 0 && a_space(d[i - 1]))
        i--;
      if (i > 0 && piece(0, i) < 0)
        goto fail;
      if (list_reverse(list) < 0)
        goto fail;
    }
    return list;
  }
  if (sep.empty()) {
    decref(list);
    return err_set_string(ValueError, "empty separator");
  }
  if (!reverse) {
    ssize i = 0;
    while (maxsplit-- > 0) {
      ssize r = find_in(d, sep, i, len, false);
      if (r < 0)
        break;
      if (piece(i, r) < 0)
        goto fail;
      i = r + static_cast<ssize>(sep.size());
    }
    if (piece(i, len) < 0)
      goto fail;
  } else {
    ssize j = len;
    while (maxsplit-- > 0) {
      ssize r = find_in(d, sep, 0, j, true);
      if (r < 0)
        break;
      if (piece(r + static_cast<ssize>(sep.size()), j) < 0)
        goto fail;
      j = r;
    }
    if (piece(0, j) < 0)
      goto fail;
    if (list_reverse(list) < 0)
      goto fail;
  }
  return list;
fail:
  decref(list);
  return nullptr;
}
Object* b_split(Object* self, Object* const* a, ssize n, Object* k) {
  return split_impl("split", self, a, n, k, false);
}
Object* b_rsplit(Object* self, Object* const* a, ssize n, Object* k) {
  return split_impl("rsplit", self, a, n, k, true);
}

Object* b_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"keepends", nullptr};
  Object* out[1];
  ArgParser p{"splitlines", owner(self), ArgStyle::Clinic, 0, 1, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  int keepends = 0;
  if (out[0] && number_as_int_arg(out[0], &keepends) < 0)
    return nullptr;
  std::string copy(V(self));
  std::string_view d = copy;
  ssize len = static_cast<ssize>(d.size());
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  for (ssize i = 0; i < len;) {
    ssize j = i;
    while (j < len && d[j] != '\n' && d[j] != '\r')
      j++;
    ssize eol = j;
    if (j < len) {
      j += (d[j] == '\r' && j + 1 < len && d[j + 1] == '\n') ? 2 : 1;
      if (keepends)
        eol = j;
    }
    if (push_piece(list, self, d.substr(i, eol - i)) < 0) {
      decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

Object* partition_impl(Object* self, Object* sep_obj, bool reverse) {
  std::string_view sep;
  if (!need_bytes(sep_obj, &sep))
    return nullptr;
  if (sep.empty())
    return err_set_string(ValueError, "empty separator");
  std::string d(V(self));
  ssize r = find_in(d, sep, 0, static_cast<ssize>(d.size()), reverse);
  Object *a, *b, *c;
  if (r < 0) {
    Object* whole = R_same(self, d);
    Object* e1 = R(self, {});
    Object* e2 = R(self, {});
    if (reverse) {
      a = e1, b = e2, c = whole;
    } else {
      a = whole, b = e1, c = e2;
    }
  } else {
    a = R(self, std::string_view(d).substr(0, r));
    b = R(self, sep);
    c = R(self, std::string_view(d).substr(r + sep.size()));
  }
  if (!a || !b || !c) {
    xdecref(a);
    xdecref(b);
    xdecref(c);
    return nullptr;
  }
  Object* t = tuple_new(3);
  if (!t) {
    decref(a);
    decref(b);
    decref(c);
    return nullptr;
  }
  tuple_set(t, 0, a);
  tuple_set(t, 1, b);
  tuple_set(t, 2, c);
  return t;
}
Object* b_partition(Object* self, Object* sep) {
  return partition_impl(self, sep, false);
}
Object* b_rpartition(Object* self, Object* sep) {
  return partition_impl(self, sep, true);
}

Object* strip_impl(const char* name, Object* self, Object* const* args, ssize nargs, bool left, bool right) {
  Object* out[1];
  ArgParser p{name, owner(self), ArgStyle::PosOnly, 0, 1, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  std::string_view chars;
  bool have = out[0] && out[0] != None;
  if (have && !need_bytes(out[0], &chars))
    return nullptr;
  std::string_view d = V(self);
  auto strip_me = [&](unsigned char c) {
    return have ? chars.find(static_cast<char>(c)) != std::string_view::npos : a_space(c);
  };
  size_t i = 0, j = d.size();
  if (left)
    while (i < j && strip_me(d[i]))
      i++;
  if (right)
    while (j > i && strip_me(d[j - 1]))
      j--;
  return R_same(self, d.substr(i, j - i));
}
Object* b_strip(Object* self, Object* const* a, ssize n) {
  return strip_impl("strip", self, a, n, true, true);
}
Object* b_lstrip(Object* self, Object* const* a, ssize n) {
  return strip_impl("lstrip", self, a, n, true, false);
}
Object* b_rstrip(Object* self, Object* const* a, ssize n) {
  return strip_impl("rstrip", self, a, n, false, true);
}

int width_fill(const char* name, Object* self, Object* const* args, ssize nargs, ssize* width, char* fill) {
  Object* out[2];
  ArgParser p{name, owner(self), ArgStyle::PosOnly, 1, 2, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return -1;
  if (ssize_arg(out[0], width) < 0)
    return -1;
  *fill = ' ';
  if (out[1]) {
    std::string_view f;
    if ((!bytes_check(out[1]) && !bytearray_check(out[1])) || !get_bytes_like(out[1], &f) || f.size() != 1) {
      err_format(TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                 arg_type_name(out[1]));
      return -1;
    }
    *fill = f[0];
  }
  if (*width > 0 && !alloc_size_ok(static_cast<size_t>(*width)))
    return -1; // the padded copy is built in memory
  return 0;
}

Object* pad(Object* self, ssize left, ssize right, char fill) {
  if (left < 0)
    left = 0;
  if (right < 0)
    right = 0;
  std::string_view d = V(self);
  if (left == 0 && right == 0)
    return R_same(self, d);
  std::string s(left, fill);
  s += d;
  s.append(right, fill);
  return R(self, s);
}

Object* b_center(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (width_fill("center", self, args, nargs, &width, &fill) < 0)
    return nullptr;
  ssize len = static_cast<ssize>(V(self).size());
  if (width <= len)
    return pad(self, 0, 0, fill);
  ssize marg = width - len;
  ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}
Object* b_ljust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (width_fill("ljust", self, args, nargs, &width, &fill) < 0)
    return nullptr;
  return pad(self, 0, width - static_cast<ssize>(V(self).size()), fill);
}
Object* b_rjust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (width_fill("rjust", self, args, nargs, &width, &fill) < 0)
    return nullptr;
  return pad(self, width - static_cast<ssize>(V(self).size()), 0, fill);
}

Object* b_zfill(Object* self, Object* arg) {
  ssize width;
  if (ssize_arg(arg, &width) < 0)
    return nullptr;
  std::string_view d = V(self);
  ssize len = static_cast<ssize>(d.size());
  if (width <= len)
    return R_same(self, d);
  std::string s(width - len, '0');
  s += d;
  if (len > 0 && (d[0] == '+' || d[0] == '-')) {
    s[0] = d[0];
    s[width - len] = '0';
  }
  return R(self, s);
}

Object* b_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"tabsize", nullptr};
  Object* out[1];
  ArgParser p{"expandtabs", owner(self), ArgStyle::Clinic, 0, 1, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  int tabsize = 8;
  if (out[0] && number_as_int_arg(out[0], &tabsize) < 0)
    return nullptr;
  {
    // The result's length first (no hang, no abort on a huge tabsize).
    ssize len = 0, col = 0;
    for (char c : V(self)) {
      ssize incr = c == '\t' ? (tabsize > 0 ? tabsize - col % tabsize : 0) : 1;
      if (len > std::numeric_limits<ssize>::max() - incr)
        return err_set_string(OverflowError, "result too long");
      len += incr;
      col = c == '\n' || c == '\r' ? 0 : col + incr;
    }
    if (!alloc_size_ok(static_cast<size_t>(len) + 64))
      return err_no_memory();
  }
  std::string s;
  ssize col = 0;
  for (char c : V(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        ssize n = tabsize - col % tabsize;
        col += n;
        s.append(n, ' ');
      }
    } else {
      s.push_back(c);
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  }
  return R(self, s);
}

Object* b_join(Object* self, Object* iterable) {
  Object* seq;
  if (list_check_exact(iterable) || tuple_check_exact(iterable)) {
    seq = newref(iterable);
  } else {
    if (!iterable->type->iter && !(iterable->type->as_sequence && iterable->type->as_sequence->item))
      return err_set_string(TypeError, "can only join an iterable");
    seq = sequence_list(iterable);
    if (!seq)
      return nullptr;
  }
  ssize n = list_check(seq) ? list_size(seq) : tuple_size(seq);
  Object** items = list_check(seq) ? list_items(seq) : tuple_items(seq);
  std::string sep(V(self)), s;
  for (ssize i = 0; i < n; i++) {
    std::string_view part;
    if (!get_bytes_like(items[i], &part)) {
      err_format(TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                 type_name_of(items[i]));
      decref(seq);
      return nullptr;
    }
    if (i > 0)
      s += sep;
    s += part;
  }
  decref(seq);
  return R(self, s);
}

Object* b_replace(Object* self, Object* const* args, ssize nargs) {
  Object* out[3];
  ArgParser p{"replace", owner(self), ArgStyle::PosOnly, 2, 3, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  std::string_view old, repl;
  if (!need_bytes(out[0], &old) || !need_bytes(out[1], &repl))
    return nullptr;
  ssize count = -1;
  if (out[2] && ssize_arg(out[2], &count) < 0)
    return nullptr;
  if (count < 0)
    count = PTRDIFF_MAX;
  std::string d(V(self)), o(old), r(repl), s;
  ssize len = static_cast<ssize>(d.size()), done = 0;
  if (o.empty()) {
    for (ssize i = 0; i <= len; i++) {
      if (done < count) {
        s += r;
        done++;
      }
      if (i < len)
        s.push_back(d[i]);
    }
  } else {
    ssize i = 0;
    while (done < count) {
      ssize f = find_in(d, o, i, len, false);
      if (f < 0)
        break;
      s.append(d, i, f - i);
      s += r;
      i = f + static_cast<ssize>(o.size());
      done++;
    }
    s.append(d, i, std::string::npos);
  }
  if (done == 0)
    return R_same(self, d);
  return R(self, s);
}

Object* affix(Object* self, Object* arg, bool prefix) {
  std::string_view a;
  if (!need_bytes(arg, &a))
    return nullptr;
  std::string_view d = V(self);
  if (!a.empty() && a.size() <= d.size() &&
      (prefix ? d.substr(0, a.size()) == a : d.substr(d.size() - a.size()) == a))
    return R(self, prefix ? d.substr(a.size()) : d.substr(0, d.size() - a.size()));
  return R_same(self, d);
}
Object* b_removeprefix(Object* self, Object* arg) {
  return affix(self, arg, true);
}
Object* b_removesuffix(Object* self, Object* arg) {
  return affix(self, arg, false);
}

Object* b_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"", "delete", nullptr};
  Object* out[2];
  ArgParser p{"translate", owner(self), ArgStyle::Clinic, 1, 2, kw};
  if (nargs < 1) // the table is positional-only: clinic reports it before any keyword
    return err_set_string(TypeError, "translate() takes at least 1 positional argument (0 given)");
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  std::string_view table, del;
  bool have_table = out[0] != None;
  if (have_table) {
    if (!need_bytes(out[0], &table))
      return nullptr;
    if (table.size() != 256)
      return err_set_string(ValueError, "translation table must be 256 characters long");
  }
  if (out[1] && !need_bytes(out[1], &del))
    return nullptr;
  bool drop[256] = {};
  for (unsigned char c : del)
    drop[c] = true;
  std::string s;
  std::string_view d = V(self);
  for (unsigned char c : d) {
    if (drop[c])
      continue;
    s.push_back(have_table ? table[c] : static_cast<char>(c));
  }
  if (!have_table && del.empty())
    return R_same(self, d);
  return R(self, s);
}

Object* b_maketrans(Object*, Object* const* args, ssize nargs) {
  Object* out[2];
  ArgParser p{"maketrans", "bytes", ArgStyle::PosOnly, 2, 2, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  std::string_view frm, to;
  if (!need_bytes(out[0], &frm) || !need_bytes(out[1], &to))
    return nullptr;
  if (frm.size() != to.size())
    return err_set_string(ValueError, "maketrans arguments must have same length");
  std::string t(256, '\0');
  for (int i = 0; i < 256; i++)
    t[i] = static_cast<char>(i);
  for (size_t i = 0; i < frm.size(); i++)
    t[static_cast<unsigned char>(frm[i])] = to[i];
  return bytes_from(t);
}

// ---------------------------------------------------------------- ASCII case/classes

template <class F> Object* map_bytes(Object* self, F f) {
  std::string s(V(self));
  f(s);
  return R(self, s);
}
Object* b_lower(Object* self, Object*) {
  return map_bytes(self, [](std::string& s) {
    for (char& c : s)
      c = to_lower(c);
  });
}
Object* b_upper(Object* self, Object*) {
  return map_bytes(self, [](std::string& s) {
    for (char& c : s)
      c = to_upper(c);
  });
}
Object* b_swapcase(Object* self, Object*) {
  return map_bytes(self, [](std::string& s) {
    for (char& c : s)
      c = a_lower(c) ? to_upper(c) : to_lower(c);
  });
}
Object* b_capitalize(Object* self, Object*) {
  return map_bytes(self, [](std::string& s) {
    for (size_t i = 0; i < s.size(); i++)
      s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
  });
}
Object* b_title(Object* self, Object*) {
  return map_bytes(self, [](std::string& s) {
    bool prev = false;
    for (char& c : s) {
      unsigned char u = c;
      c = prev ? to_lower(u) : to_upper(u);
      prev = a_alpha(u);
    }
  });
}

template <bool (*P)(unsigned char)> Object* all_of(Object* self, Object*) {
  std::string_view d = V(self);
  if (d.empty())
    return bool_from(false);
  for (unsigned char c : d)
    if (!P(c))
      return bool_from(false);
  return bool_from(true);
}
Object* b_isascii(Object* self, Object*) {
  for (unsigned char c : V(self))
    if (c >= 0x80)
      return bool_from(false);
  return bool_from(true);
}
Object* b_islower(Object* self, Object*) {
  bool cased = false;
  for (unsigned char c : V(self)) {
    if (a_upper(c))
      return bool_from(false);
    cased |= a_lower(c);
  }
  return bool_from(cased);
}
Object* b_isupper(Object* self, Object*) {
  bool cased = false;
  for (unsigned char c : V(self)) {
    if (a_lower(c))
      return bool_from(false);
    cased |= a_upper(c);
  }
  return bool_from(cased);
}
Object* b_istitle(Object* self, Object*) {
  bool cased = false, prev = false;
  for (unsigned char c : V(self)) {
    if (a_upper(c)) {
      if (prev)
        return bool_from(false);
      prev = cased = true;
    } else if (a_lower(c)) {
      if (!prev)
        return bool_from(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return bool_from(cased);
}

// ---------------------------------------------------------------- hex, fromhex, decode

Object* b_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"sep", "bytes_per_sep", nullptr};
  Object* out[2];
  ArgParser p{"hex", owner(self), ArgStyle::Clinic, 0, 2, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  uint32_t sep = 0;
  ssize per = 1;
  if (out[0]) {
    // CPython's order: the length (of anything sized), then the type.
    ssize seplen = object_length(out[0]);
    if (seplen < 0)
      return nullptr;
    if (seplen != 1)
      return err_set_string(ValueError, "sep must be length 1.");
    if (str_check(out[0]))
      sep = str_char_at(out[0], 0);
    else if (bytes_check(out[0]))
      sep = static_cast<unsigned char>(V(out[0])[0]);
    else
      return err_set_string(TypeError, "sep must be str or bytes.");
    if (sep > 0x7F)
      return err_set_string(ValueError, "sep must be ASCII.");
  }
  if (out[1]) {
    int n;
    if (number_as_int_arg(out[1], &n) < 0)
      return nullptr;
    per = n;
  }
  static const char hexd[] = "0123456789abcdef";
  std::string_view d = V(self);
  std::string s;
  ssize n = static_cast<ssize>(d.size());
  ssize group = per < 0 ? -per : per;
  for (ssize i = 0; i < n; i++) {
    if (sep && group > 0 && i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary)
        s.push_back(static_cast<char>(sep));
    }
    unsigned char c = d[i];
    s.push_back(hexd[c >> 4]);
    s.push_back(hexd[c & 15]);
  }
  return str_from_ascii(s);
}

int hexval(uint32_t c) {
  if (c >= '0' && c <= '9')
    return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f')
    return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F')
    return static_cast<int>(c - 'A' + 10);
  return -1;
}

Object* b_fromhex(Object* cls, Object* arg) {
  if (!str_check(arg))
    return err_format(TypeError, "fromhex() argument must be str, not {}", arg_type_name(arg));
  CpView v = str_cps(arg);
  std::string s;
  for (ssize i = 0; i < v.len;) {
    uint32_t c = v[i];
    if (c < 0x80 && a_space(static_cast<unsigned char>(c))) {
      i++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0)
      return err_format(ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
    int lo = i + 1 < v.len ? hexval(v[i + 1]) : -1;
    if (lo < 0)
      return err_format(ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i + 1);
    s.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  auto* type = reinterpret_cast<TypeObject*>(cls);
  Object* r =
      type_is_subtype(type, &ByteArrayType) || type == &ByteArrayType ? bytearray_from(s) : bytes_from(s);
  if (!r || type == &BytesType || type == &ByteArrayType)
    return r;
  Object* sub = object_call_one(cls, r);
  decref(r);
  return sub;
}

} // namespace

Object* bytes_decode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"encoding", "errors", nullptr};
  Object* out[2];
  ArgParser p{"decode", owner(self), ArgStyle::Clinic, 0, 2, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  std::string enc = "utf-8", errs = "strict";
  for (int i = 0; i < 2; i++) {
    if (!out[i])
      continue;
    if (!str_check(out[i]))
      return err_format(TypeError, "decode() argument '{}' must be str, not {}", kw[i],
                        arg_type_name(out[i]));
    (i == 0 ? enc : errs) = str_to_std(out[i]);
  }
  std::string_view d = V(self);
  return codec_decode(d.data(), static_cast<ssize>(d.size()), enc.c_str(), errs.c_str());
}

#define FN(f) reinterpret_cast<MethodFn>(reinterpret_cast<void (*)()>(f))
#define FASTKW (METH_FASTCALL | METH_KEYWORDS)

#define COIL_BYTES_COMMON_METHODS                                                                            \
  {"capitalize", FN(b_capitalize), METH_NOARGS, "B.capitalize() -> copy of B"},                              \
      {"center", FN(b_center), METH_FASTCALL, "Return a centered string of length width."},                  \
      {"count", FN(b_count), METH_FASTCALL | METH_VARARGS_ERRORS,                                            \
       "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of "         \
       "subsection "                                                                                         \
       "sub in\nbytes B[start:end]."},                                                                       \
      {"decode", FN(bytes_decode_method), FASTKW,                                                            \
       "Decode the bytes using the codec registered for encoding."},                                         \
      {"endswith", FN(b_endswith), METH_FASTCALL | METH_VARARGS_ERRORS,                                      \
       "B.endswith(suffix[, start[, end]]) -> bool"},                                                        \
      {"expandtabs", FN(b_expandtabs), FASTKW,                                                               \
       "Return a copy where all tab characters are expanded using spaces."},                                 \
      {"find", FN(b_find), METH_FASTCALL | METH_VARARGS_ERRORS, "B.find(sub[, start[, end]]) -> int"},       \
      {"fromhex", FN(b_fromhex), METH_O | METH_CLASS,                                                        \
       "Create a bytes object from a string of hexadecimal numbers."},                                       \
      {"hex", FN(b_hex), FASTKW, "Create a string of hexadecimal numbers from a bytes object."},             \
      {"index", FN(b_index), METH_FASTCALL | METH_VARARGS_ERRORS, "B.index(sub[, start[, end]]) -> int"},    \
      {"isalnum", FN(all_of<a_alnum>), METH_NOARGS, "B.isalnum() -> bool"},                                  \
      {"isalpha", FN(all_of<a_alpha>), METH_NOARGS, "B.isalpha() -> bool"},                                  \
      {"isascii", FN(b_isascii), METH_NOARGS, "B.isascii() -> bool"},                                        \
      {"isdigit", FN(all_of<a_digit>), METH_NOARGS, "B.isdigit() -> bool"},                                  \
      {"islower", FN(b_islower), METH_NOARGS, "B.islower() -> bool"},                                        \
      {"isspace", FN(all_of<a_space>), METH_NOARGS, "B.isspace() -> bool"},                                  \
      {"istitle", FN(b_istitle), METH_NOARGS, "B.istitle() -> bool"},                                        \
      {"isupper", FN(b_isupper), METH_NOARGS, "B.isupper() -> bool"},                                        \
      {"join", FN(b_join), METH_O, "Concatenate any number of bytes objects."},                              \
      {"ljust", FN(b_ljust), METH_FASTCALL, "Return a left-justified string of length width."},              \
      {"lower", FN(b_lower), METH_NOARGS, "B.lower() -> copy of B"},                                         \
      {"lstrip", FN(b_lstrip), METH_FASTCALL, "Strip leading bytes contained in the argument."},             \
      {"maketrans", FN(b_maketrans), METH_FASTCALL | METH_STATIC,                                            \
       "Return a translation table usable for translate()."},                                                \
      {"partition", FN(b_partition), METH_O,                                                                 \
       "Partition the bytes into three parts using the given separator."},                                   \
      {"removeprefix", FN(b_removeprefix), METH_O,                                                           \
       "Return a bytes object with the given prefix string removed."},                                       \
      {"removesuffix", FN(b_removesuffix), METH_O,                                                           \
       "Return a bytes object with the given suffix string removed."},                                       \
      {"replace", FN(b_replace), METH_FASTCALL,                                                              \
       "Return a copy with all occurrences of substring old replaced."},                                     \
      {"rfind", FN(b_rfind), METH_FASTCALL | METH_VARARGS_ERRORS, "B.rfind(sub[, start[, end]]) -> int"},    \
      {"rindex", FN(b_rindex), METH_FASTCALL | METH_VARARGS_ERRORS, "B.rindex(sub[, start[, end]]) -> int"}, \
      {"rjust", FN(b_rjust), METH_FASTCALL, "Return a right-justified string of length width."},             \
      {"rpartition", FN(b_rpartition), METH_O,                                                               \
       "Partition the bytes into three parts using the given separator."},                                   \
      {"rsplit", FN(b_rsplit), FASTKW,                                                                       \
       "Return a list of the sections in the bytes, using sep as the delimiter."},                           \
      {"rstrip", FN(b_rstrip), METH_FASTCALL, "Strip trailing bytes contained in the argument."},            \
      {"split", FN(b_split), FASTKW,                                                                         \
       "Return a list of the sections in the bytes, using sep as the delimiter."},                           \
      {"splitlines", FN(b_splitlines), FASTKW,                                                               \
       "Return a list of the lines in the bytes, breaking at line boundaries."},                             \
      {"startswith", FN(b_startswith), METH_FASTCALL | METH_VARARGS_ERRORS,                                  \
       "B.startswith(prefix[, start[, end]]) -> bool"},                                                      \
      {"strip", FN(b_strip), METH_FASTCALL, "Strip leading and trailing bytes contained in the argument."},  \
      {"swapcase", FN(b_swapcase), METH_NOARGS, "B.swapcase() -> copy of B"},                                \
      {"title", FN(b_title), METH_NOARGS, "B.title() -> copy of B"},                                         \
      {"translate", FN(b_translate), FASTKW,                                                                 \
       "Return a copy with each character mapped by the given translation table."},                          \
      {"upper", FN(b_upper), METH_NOARGS, "B.upper() -> copy of B"}, {                                       \
    "zfill", FN(b_zfill), METH_O,                                                                            \
        "Pad a numeric string with zeros on the left, to fill a field of the given width."                   \
  }

MethodDef bytes_methods_table[] = {
    COIL_BYTES_COMMON_METHODS,
    {"__getnewargs__", FN(bytes_getnewargs), METH_NOARGS, nullptr},
    {"__bytes__", FN(bytes_dunder_bytes), METH_NOARGS, "Convert this value to exact type bytes."},
    {"__sizeof__", FN(bytes_sizeof), METH_NOARGS, "Return the size of the bytes in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

// bytearray pickling support (__reduce__/__reduce_ex__) as CPython: protocol
// < 3 encodes the data as a latin-1 str, newer protocols use bytes.
static Object* bytearray_common_reduce(Object* self, int proto) {
  auto* ba = static_cast<ByteArrayObject*>(self);
  std::string_view data(ba->buffer ? ba->buffer : "", static_cast<size_t>(ba->size));
  Object* args;
  if (proto < 3) {
    StrBuilder b;
    for (unsigned char c : data)
      b.append_char(c);
    Object* text = b.finish();
    Object* enc = text ? str_from_ascii("latin-1") : nullptr;
    args = (text && enc) ? tuple_pack({text, enc}) : nullptr;
    xdecref(text);
    xdecref(enc);
  } else {
    Object* b = bytes_from(data);
    args = b ? tuple_pack({b}) : nullptr;
    xdecref(b);
  }
  if (!args)
    return nullptr;
  int error;
  Object* dict_name = str_intern_utf8("__dict__");
  Object* state = object_lookup_attr(self, dict_name, &error);
  decref(dict_name);
  if (error) {
    decref(args);
    return nullptr;
  }
  Object* r = tuple_pack({static_cast<Object*>(self->type), args, state ? state : None});
  decref(args);
  xdecref(state);
  return r;
}
static Object* bytearray_m_reduce(Object* self, Object*) {
  return bytearray_common_reduce(self, 2);
}
static Object* bytearray_m_reduce_ex(Object* self, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "__reduce_ex__ expected at most 1 argument, got {}", nargs);
  int proto = 0;
  if (nargs == 1) {
    bool overflow;
    if (!int_check(args[0]))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
    proto = static_cast<int>(int_as_i64(args[0], &overflow));
  }
  return bytearray_common_reduce(self, proto);
}

MethodDef bytearray_methods_table[] = {
    {"__reduce__", FN(bytearray_m_reduce), METH_NOARGS, "Return state information for pickling."},
    {"__reduce_ex__", FN(bytearray_m_reduce_ex), METH_FASTCALL, "Return state information for pickling."},
    COIL_BYTES_COMMON_METHODS,
    {"__alloc__", FN(bytearray_m_alloc), METH_NOARGS,
     "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__sizeof__", FN(bytearray_m_sizeof), METH_NOARGS,
     "Returns the size of the bytearray object in memory, in bytes."},
    {"append", FN(bytearray_m_append), METH_O, "Append a single item to the end of the bytearray."},
    {"clear", FN(bytearray_m_clear), METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", FN(bytearray_m_copy), METH_NOARGS, "Return a copy of B."},
    {"extend", FN(bytearray_m_extend), METH_O,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", FN(bytearray_m_insert), METH_FASTCALL,
     "Insert a single item into the bytearray before the given index."},
    {"pop", FN(bytearray_m_pop), METH_FASTCALL, "Remove and return a single item from B."},
    {"remove", FN(bytearray_m_remove), METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", FN(bytearray_m_reverse), METH_NOARGS, "Reverse the order of the values in B in place."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace coil
