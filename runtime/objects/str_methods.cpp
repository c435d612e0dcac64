// str methods that are not about case or classification (str_unicode.cpp)
// nor formatting (str_format.cpp): searching, splitting, stripping,
// padding, joining, replacing, translating, encoding; plus the argument
// parser shared by str/bytes methods and the str method table.
//
// Invariants
// - Results are canonical (narrowest kind) strings; when a method would
//   return its receiver unchanged, an exact str receiver is returned itself
//   and a subclass instance is copied to an exact str, as CPython does.
// - Argument errors use CPython 3.11's per-method wording (see ArgStyle).
#include <cstring>
#include <limits>
#include <string>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"

namespace coil {

// ---------------------------------------------------------------- arg parsing

static const char* plural(ssize n) {
  return n == 1 ? "" : "s";
}

int parse_args(const ArgParser& p, Object* const* args, ssize nargs, Object* kwnames, Object** out) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (p.style == ArgStyle::Clinic) {
    // Positional-only parameters have "" as their name, as in clinic's tables.
    static const char* const unnamed[] = {"", "", "", "", "", "", "", ""};
    const char* const* names = p.kwnames ? p.kwnames : unnamed;
    int posonly = 0;
    while (posonly < p.max && names[posonly][0] == '\0')
      posonly++;
    ClinicSpec spec{p.fname, names, p.max, posonly, p.min, p.max, 0};
    return clinic_unpack(spec, args, nargs, nkw ? tuple_items(kwnames) : nullptr, args + nargs, nkw, out)
               ? 0
               : -1;
  }
  for (int i = 0; i < p.max; i++)
    out[i] = nullptr;
  if (nkw > 0) {
    err_format(TypeError, "{}.{}() takes no keyword arguments", p.owner, p.fname);
    return -1;
  }
  if (nargs > p.max) {
    if (p.style == ArgStyle::PosOnly)
      err_format(TypeError, "{} expected {}{} argument{}, got {}", p.fname, p.min == p.max ? "" : "at most ",
                 p.max, plural(p.max), nargs);
    else
      err_format(TypeError, "{}() takes at most {} argument{} ({} given)", p.fname, p.max, plural(p.max),
                 nargs + nkw);
    return -1;
  }
  for (ssize i = 0; i < nargs; i++)
    out[i] = args[i];
  for (ssize k = 0; k < nkw; k++) {
    Object* name = tuple_get(kwnames, k);
    int idx = -1;
    for (int j = 0; p.kwnames && p.kwnames[j]; j++)
      if (str_equal_ascii(name, p.kwnames[j]))
        idx = j;
    if (idx < 0) {
      err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(name), p.fname);
      return -1;
    }
    if (out[idx]) {
      err_format(TypeError, "argument for {}() given by name ('{}') and position ({})", p.fname,
                 p.kwnames[idx], idx + 1);
      return -1;
    }
    out[idx] = args[nargs + k];
  }
  ssize given = nargs;
  if (given < p.min) {
    if (p.style == ArgStyle::PosOnly) {
      err_format(TypeError, "{} expected {}{} argument{}, got {}", p.fname, p.min == p.max ? "" : "at least ",
                 p.min, plural(p.min), nargs);
      return -1;
    }
    if (p.style == ArgStyle::OldStyle) {
      err_format(TypeError, "{}() takes at least {} argument{} ({} given)", p.fname, p.min, plural(p.min),
                 nargs);
      return -1;
    }
    for (int i = 0; i < p.min; i++)
      if (!out[i]) {
        err_format(TypeError, "{}() missing required argument '{}' (pos {})", p.fname,
                   p.kwnames ? p.kwnames[i] : "?", i + 1);
        return -1;
      }
  }
  return 0;
}

int slice_index_arg(Object* v, ssize* pi) {
  if (!v || v == None)
    return 0;
  if (!(v->type->as_number && v->type->as_number->index)) {
    err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  ssize x = number_as_ssize(v, nullptr);
  if (x == -1 && err_occurred())
    return -1;
  *pi = x;
  return 0;
}

void adjust_find_range(ssize len, ssize* start, ssize* end) noexcept {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0)
      *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0)
      *start = 0;
  }
}

int ssize_arg(Object* v, ssize* out) {
  ssize x = number_as_ssize_arg(v);
  if (x == -1 && err_occurred())
    return -1;
  *out = x;
  return 0;
}

static Object* tuple_pack_steal3(Object* a, Object* b, Object* c) {
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

// A list or tuple holding the items of `iterable` (a new reference), for join.
static Object* sequence_list_or_tuple(Object* iterable) {
  if (list_check_exact(iterable) || tuple_check_exact(iterable))
    return newref(iterable);
  if (!iterable->type->iter && !(iterable->type->as_sequence && iterable->type->as_sequence->item))
    return err_set_string(TypeError, "can only join an iterable");
  return sequence_list(iterable);
}

// ---------------------------------------------------------------- searching

// Finds needle in hay[start:end]; returns the index or -1. Range already adjusted.
ssize str_find_sub(Object* hay, Object* needle, ssize start, ssize end, bool reverse) {
  ssize n = str_length(needle);
  if (end - start < n)
    return -1;
  if (n == 0)
    return reverse ? end : start;
  CpView h = str_cps(hay), s = str_cps(needle);
  if (s.kind > h.kind)
    return -1; // needle holds a code point hay cannot
  if (h.kind == 1 && s.kind == 1) {
    std::string_view hv(static_cast<const char*>(h.data) + start, end - start);
    std::string_view sv(static_cast<const char*>(s.data), n);
    size_t r = reverse ? hv.rfind(sv) : hv.find(sv);
    return r == std::string_view::npos ? -1 : start + static_cast<ssize>(r);
  }
  uint32_t first = s[0];
  if (!reverse) {
    for (ssize i = start; i + n <= end; i++) {
      if (h[i] != first)
        continue;
      ssize k = 1;
      while (k < n && h[i + k] == s[k])
        k++;
      if (k == n)
        return i;
    }
  } else {
    for (ssize i = end - n; i >= start; i--) {
      if (h[i] != first)
        continue;
      ssize k = 1;
      while (k < n && h[i + k] == s[k])
        k++;
      if (k == n)
        return i;
    }
  }
  return -1;
}

static ssize str_count_sub(Object* hay, Object* needle, ssize start, ssize end, ssize maxcount) {
  ssize n = str_length(needle);
  if (end - start < n)
    return 0;
  if (n == 0) {
    ssize c = end - start + 1;
    return c < maxcount ? c : maxcount;
  }
  ssize count = 0;
  ssize i = start;
  while (count < maxcount) {
    ssize r = str_find_sub(hay, needle, i, end, false);
    if (r < 0)
      break;
    count++;
    i = r + n;
  }
  return count;
}

static const ArgParser find_parser(const char* name) {
  return {name, "str", ArgStyle::OldStyle, 1, 3, nullptr};
}

// Parses (sub[, start[, end]]) for find-like methods; returns 0/-1.
static int parse_sub_range(const char* name, Object* self, Object* const* args, ssize nargs, Object** sub,
                           ssize* start, ssize* end) {
  Object* out[3];
  ArgParser p = find_parser(name);
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return -1;
  if (!str_check(out[0])) {
    err_format(TypeError, "must be str, not {}", type_name_of(out[0]));
    return -1;
  }
  *sub = out[0];
  *start = 0;
  *end = PTRDIFF_MAX;
  if (slice_index_arg(out[1], start) < 0 || slice_index_arg(out[2], end) < 0)
    return -1;
  adjust_find_range(str_length(self), start, end);
  return 0;
}

static Object* find_impl(const char* name, Object* self, Object* const* args, ssize nargs, bool reverse,
                         bool raise) {
  Object* sub;
  ssize start, end;
  if (parse_sub_range(name, self, args, nargs, &sub, &start, &end) < 0)
    return nullptr;
  ssize r = start > str_length(self) ? -1 : str_find_sub(self, sub, start, end, reverse);
  if (r < 0 && raise)
    return err_set_string(ValueError, "substring not found");
  return int_from_i64(r);
}

static Object* str_find(Object* self, Object* const* args, ssize nargs) {
  return find_impl("find", self, args, nargs, false, false);
}
static Object* str_rfind(Object* self, Object* const* args, ssize nargs) {
  return find_impl("rfind", self, args, nargs, true, false);
}
static Object* str_index(Object* self, Object* const* args, ssize nargs) {
  return find_impl("index", self, args, nargs, false, true);
}
static Object* str_rindex(Object* self, Object* const* args, ssize nargs) {
  return find_impl("rindex", self, args, nargs, true, true);
}

static Object* str_count(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (parse_sub_range("count", self, args, nargs, &sub, &start, &end) < 0)
    return nullptr;
  if (start > str_length(self))
    return int_from_i64(0);
  return int_from_i64(str_count_sub(self, sub, start, end, PTRDIFF_MAX));
}

static bool tail_match(Object* self, Object* sub, ssize start, ssize end, bool at_end) {
  ssize n = str_length(sub);
  adjust_find_range(str_length(self), &start, &end);
  end -= n;
  if (end < start)
    return false;
  if (n == 0)
    return true;
  ssize pos = at_end ? end : start;
  CpView h = str_cps(self), s = str_cps(sub);
  for (ssize k = 0; k < n; k++)
    if (h[pos + k] != s[k])
      return false;
  return true;
}

static Object* startsend_impl(const char* name, Object* self, Object* const* args, ssize nargs, bool at_end) {
  Object* out[3];
  ArgParser p = find_parser(name);
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  ssize start = 0, end = PTRDIFF_MAX;
  if (slice_index_arg(out[1], &start) < 0 || slice_index_arg(out[2], &end) < 0)
    return nullptr;
  Object* subj = out[0];
  if (tuple_check(subj)) {
    for (ssize i = 0; i < tuple_size(subj); i++) {
      Object* s = tuple_get(subj, i);
      if (!str_check(s))
        return err_format(TypeError, "tuple for {} must only contain str, not {}", name, type_name_of(s));
      if (tail_match(self, s, start, end, at_end))
        return bool_from(true);
    }
    return bool_from(false);
  }
  if (!str_check(subj))
    return err_format(TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                      type_name_of(subj));
  return bool_from(tail_match(self, subj, start, end, at_end));
}

static Object* str_startswith(Object* self, Object* const* args, ssize nargs) {
  return startsend_impl("startswith", self, args, nargs, false);
}
static Object* str_endswith(Object* self, Object* const* args, ssize nargs) {
  return startsend_impl("endswith", self, args, nargs, true);
}

// ---------------------------------------------------------------- splitting

static int append_piece(Object* list, Object* self, ssize a, ssize b) {
  Object* piece;
  if (a == 0 && b == str_length(self) && str_check_exact(self))
    piece = newref(self);
  else
    piece = str_from_view_range(str_cps(self), a, b);
  if (!piece)
    return -1;
  int r = list_append(list, piece);
  decref(piece);
  return r;
}

static Object* split_impl(const char* name, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          bool reverse) {
  static const char* const kw[] = {"sep", "maxsplit", nullptr};
  Object* out[2];
  ArgParser p{name, "str", ArgStyle::Clinic, 0, 2, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  Object* sep = out[0] && out[0] != None ? out[0] : nullptr;
  ssize maxsplit = -1;
  if (out[1] && ssize_arg(out[1], &maxsplit) < 0)
    return nullptr;
  if (sep && !str_check(sep))
    return err_format(TypeError, "must be str or None, not {}", type_name_of(sep));
  if (maxsplit < 0)
    maxsplit = PTRDIFF_MAX;
  CpView v = str_cps(self);
  ssize len = v.len;
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  if (!sep) {
    if (!reverse) {
      ssize i = 0;
      while (maxsplit-- > 0) {
        while (i < len && uni_isspace(v[i]))
          i++;
        if (i == len)
          break;
        ssize j = i;
        while (j < len && !uni_isspace(v[j]))
          j++;
        if (append_piece(list, self, i, j) < 0)
          goto fail;
        i = j;
      }
      if (i < len) {
        while (i < len && uni_isspace(v[i]))
          i++;
        if (i < len && append_piece(list, self, i, len) < 0)
          goto fail;
      }
    } else {
      ssize i = len;
      while (maxsplit-- > 0) {
        while (i > 0 && uni_isspace(v[i - 1]))
          i--;
        if (i == 0)
          break;
        ssize j = i;
        while (j > 0 && !uni_isspace(v[j - 1]))
          j--;
        if (append_piece(list, self, j, i) < 0)
          goto fail;
        i = j;
      }
      if (i > 0) {
        while (i > 0 && uni_isspace(v[i - 1]))
          i--;
        if (i > 0 && append_piece(list, self, 0, i) < 0)
          goto fail;
      }
      if (list_reverse(list) < 0)
        goto fail;
    }
    return list;
  }
  {
    ssize n = str_length(sep);
    if (n == 0) {
      decref(list);
      return err_set_string(ValueError, "empty separator");
    }
    if (!reverse) {
      ssize i = 0;
      while (maxsplit-- > 0) {
        ssize r = str_find_sub(self, sep, i, len, false);
        if (r < 0)
          break;
        if (append_piece(list, self, i, r) < 0)
          goto fail;
        i = r + n;
      }
      if (append_piece(list, self, i, len) < 0)
        goto fail;
    } else {
      ssize j = len;
      while (maxsplit-- > 0) {
        ssize r = str_find_sub(self, sep, 0, j, true);
        if (r < 0)
          break;
        if (append_piece(list, self, r + n, j) < 0)
          goto fail;
        j = r;
      }
      if (append_piece(list, self, 0, j) < 0)
        goto fail;
      if (list_reverse(list) < 0)
        goto fail;
    }
  }
  return list;
fail:
  decref(list);
  return nullptr;
}

static Object* str_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_impl("split", self, args, nargs, kwnames, false);
}
static Object* str_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_impl("rsplit", self, args, nargs, kwnames, true);
}

static Object* str_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"keepends", nullptr};
  Object* out[1];
  ArgParser p{"splitlines", "str", ArgStyle::Clinic, 0, 1, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  int keepends = 0;
  if (out[0] && number_as_int_arg(out[0], &keepends) < 0)
    return nullptr;
  CpView v = str_cps(self);
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  ssize i = 0;
  while (i < v.len) {
    ssize j = i;
    while (j < v.len && !uni_islinebreak(v[j]))
      j++;
    ssize eol = j;
    if (j < v.len) {
      if (v[j] == '\r' && j + 1 < v.len && v[j + 1] == '\n')
        j += 2;
      else
        j++;
      if (keepends)
        eol = j;
    }
    if (append_piece(list, self, i, eol) < 0) {
      decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

static Object* partition_impl(Object* self, Object* sep, bool reverse) {
  if (!str_check(sep))
    return err_format(TypeError, "must be str, not {}", type_name_of(sep));
  ssize n = str_length(sep), len = str_length(self);
  if (n == 0)
    return err_set_string(ValueError, "empty separator");
  ssize r = str_find_sub(self, sep, 0, len, reverse);
  Object* self_exact = str_exact_copy(self);
  if (!self_exact)
    return nullptr;
  Object* empty = str_new_empty();
  if (r < 0) {
    Object* e2 = str_new_empty();
    return reverse ? tuple_pack_steal3(empty, e2, self_exact) : tuple_pack_steal3(self_exact, empty, e2);
  }
  decref(self_exact);
  decref(empty);
  Object* a = str_from_view_range(str_cps(self), 0, r);
  Object* b = str_exact_copy(sep);
  Object* c = str_from_view_range(str_cps(self), r + n, len);
  if (!a || !b || !c) {
    xdecref(a);
    xdecref(b);
    xdecref(c);
    return nullptr;
  }
  return tuple_pack_steal3(a, b, c);
}

static Object* str_partition(Object* self, Object* sep) {
  return partition_impl(self, sep, false);
}
static Object* str_rpartition(Object* self, Object* sep) {
  return partition_impl(self, sep, true);
}

// ---------------------------------------------------------------- stripping

static Object* strip_impl(const char* name, Object* self, Object* const* args, ssize nargs, bool left,
                          bool right) {
  Object* out[1];
  ArgParser p{name, "str", ArgStyle::PosOnly, 0, 1, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  Object* chars = out[0] && out[0] != None ? out[0] : nullptr;
  if (chars && !str_check(chars))
    return err_format(TypeError, "{} arg must be None or str", name);
  CpView v = str_cps(self);
  auto strip_me = [&](uint32_t c) {
    if (!chars)
      return uni_isspace(c);
    CpView cv = str_cps(chars);
    for (ssize k = 0; k < cv.len; k++)
      if (cv[k] == c)
        return true;
    return false;
  };
  ssize i = 0, j = v.len;
  if (left)
    while (i < j && strip_me(v[i]))
      i++;
  if (right)
    while (j > i && strip_me(v[j - 1]))
      j--;
  return str_substring(self, i, j);
}

static Object* str_strip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl("strip", self, args, nargs, true, true);
}
static Object* str_lstrip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl("lstrip", self, args, nargs, true, false);
}
static Object* str_rstrip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl("rstrip", self, args, nargs, false, true);
}

// ---------------------------------------------------------------- padding

static Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
  if (left < 0)
    left = 0;
  if (right < 0)
    right = 0;
  if (left == 0 && right == 0)
    return str_exact_copy(self);
  ssize len = str_length(self);
  uint32_t maxchar = str_max_char(self);
  if (fill > maxchar)
    maxchar = fill;
  Object* o = str_new_uninit(left + len + right, maxchar);
  if (!o)
    return nullptr;
  CpView v = str_cps(self);
  for (ssize i = 0; i < left; i++)
    str_write_char(o, i, fill);
  for (ssize i = 0; i < len; i++)
    str_write_char(o, left + i, v[i]);
  for (ssize i = 0; i < right; i++)
    str_write_char(o, left + len + i, fill);
  return o;
}

static int parse_width_fill(const char* name, Object* const* args, ssize nargs, ssize* width,
                            uint32_t* fill) {
  Object* out[2];
  ArgParser p{name, "str", ArgStyle::PosOnly, 1, 2, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return -1;
  if (ssize_arg(out[0], width) < 0)
    return -1;
  *fill = ' ';
  if (out[1]) {
    if (!str_check(out[1])) {
      err_format(TypeError, "The fill character must be a unicode character, not {}", type_name_of(out[1]));
      return -1;
    }
    if (str_length(out[1]) != 1) {
      err_set_string(TypeError, "The fill character must be exactly one character long");
      return -1;
    }
    *fill = str_char_at(out[1], 0);
  }
  return 0;
}

static Object* str_center(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (parse_width_fill("center", args, nargs, &width, &fill) < 0)
    return nullptr;
  ssize len = str_length(self);
  if (width <= len)
    return str_exact_copy(self);
  ssize marg = width - len;
  ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

static Object* str_ljust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (parse_width_fill("ljust", args, nargs, &width, &fill) < 0)
    return nullptr;
  return pad(self, 0, width - str_length(self), fill);
}

static Object* str_rjust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (parse_width_fill("rjust", args, nargs, &width, &fill) < 0)
    return nullptr;
  return pad(self, width - str_length(self), 0, fill);
}

static Object* str_zfill(Object* self, Object* arg) {
  ssize width;
  if (ssize_arg(arg, &width) < 0)
    return nullptr;
  ssize len = str_length(self);
  if (width <= len)
    return str_exact_copy(self);
  Object* o = pad(self, width - len, 0, '0');
  if (!o)
    return nullptr;
  if (len > 0) {
    uint32_t c = str_char_at(self, 0);
    if (c == '+' || c == '-') {
      str_write_char(o, 0, c);
      str_write_char(o, width - len, '0');
    }
  }
  return o;
}

static Object* str_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"tabsize", nullptr};
  Object* out[1];
  ArgParser p{"expandtabs", "str", ArgStyle::Clinic, 0, 1, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  int tabsize = 8;
  if (out[0] && number_as_int_arg(out[0], &tabsize) < 0)
    return nullptr;
  CpView v = str_cps(self);
  // The result's length first: too long is OverflowError, too big for
  // memory MemoryError, before any work (no hang on a huge tabsize).
  {
    ssize len = 0, col = 0;
    for (ssize i = 0; i < v.len; i++) {
      uint32_t c = v[i];
      ssize incr = c == '\t' ? (tabsize > 0 ? tabsize - col % tabsize : 0) : 1;
      if (len > std::numeric_limits<ssize>::max() - incr)
        return err_set_string(OverflowError, "new string is too long");
      len += incr;
      col = c == '\n' || c == '\r' ? 0 : col + incr;
    }
    if (!alloc_size_ok(static_cast<size_t>(len) * 4 + 64))
      return err_no_memory();
  }
  StrBuilder b;
  ssize col = 0;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (c == '\t') {
      if (tabsize > 0) {
        ssize n = tabsize - col % tabsize;
        col += n;
        while (n-- > 0)
          b.append_ascii(' ');
      }
    } else {
      b.append_char(c);
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  }
  return b.finish();
}

// ---------------------------------------------------------------- join, replace

Object* str_join(Object* sep, Object* iterable) {
  Object* seq = sequence_list_or_tuple(iterable);
  if (!seq)
    return nullptr;
  ssize n = list_check(seq) ? list_size(seq) : tuple_size(seq);
  Object** items = list_check(seq) ? list_items(seq) : tuple_items(seq);
  if (n == 1 && str_check_exact(items[0])) {
    Object* r = newref(items[0]);
    decref(seq);
    return r;
  }
  for (ssize i = 0; i < n; i++) {
    if (!str_check(items[i])) {
      err_format(TypeError, "sequence item {}: expected str instance, {} found", i, type_name_of(items[i]));
      decref(seq);
      return nullptr;
    }
  }
  Object* r = str_concat_array(sep, items, n);
  decref(seq);
  return r;
}

static Object* str_join_method(Object* self, Object* iterable) {
  return str_join(self, iterable);
}

static Object* str_replace(Object* self, Object* const* args, ssize nargs) {
  Object* out[3];
  ArgParser p{"replace", "str", ArgStyle::PosOnly, 2, 3, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  for (int i = 0; i < 2; i++)
    if (!str_check(out[i]))
      return err_format(TypeError, "replace() argument {} must be str, not {}", i + 1, arg_type_name(out[i]));
  ssize count = -1;
  if (out[2] && ssize_arg(out[2], &count) < 0)
    return nullptr;
  if (count < 0)
    count = PTRDIFF_MAX;
  Object* old = out[0];
  Object* repl = out[1];
  ssize len = str_length(self), n = str_length(old);
  CpView v = str_cps(self);
  StrBuilder b;
  ssize done = 0;
  if (n == 0) {
    ssize i = 0;
    for (; i <= len; i++) {
      if (done < count) {
        b.append(repl);
        done++;
      }
      if (i < len)
        b.append_char(v[i]);
    }
    if (done == 0)
      return str_exact_copy(self);
    return b.finish();
  }
  ssize i = 0;
  while (done < count) {
    ssize r = str_find_sub(self, old, i, len, false);
    if (r < 0)
      break;
    for (ssize k = i; k < r; k++)
      b.append_char(v[k]);
    b.append(repl);
    i = r + n;
    done++;
  }
  if (done == 0)
    return str_exact_copy(self);
  for (ssize k = i; k < len; k++)
    b.append_char(v[k]);
  return b.finish();
}

static Object* affix_impl(const char* name, Object* self, Object* arg, bool prefix) {
  if (!str_check(arg))
    return err_format(TypeError, "{}() argument must be str, not {}", name, arg_type_name(arg));
  ssize len = str_length(self), n = str_length(arg);
  if (n > 0 && tail_match(self, arg, 0, PTRDIFF_MAX, !prefix))
    return prefix ? str_substring(self, n, len) : str_substring(self, 0, len - n);
  return str_exact_copy(self);
}
static Object* str_removeprefix(Object* self, Object* arg) {
  return affix_impl("removeprefix", self, arg, true);
}
static Object* str_removesuffix(Object* self, Object* arg) {
  return affix_impl("removesuffix", self, arg, false);
}

// ---------------------------------------------------------------- translate

static Object* str_translate(Object* self, Object* table) {
  CpView v = str_cps(self);
  StrBuilder b;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    Object* key = int_from_i64(c);
    if (!key)
      return nullptr;
    Object* r = object_getitem(table, key);
    decref(key);
    if (!r) {
      if (err_matches(LookupError)) {
        err_clear();
        b.append_char(c);
        continue;
      }
      return nullptr;
    }
    if (r == None) {
      // deleted
    } else if (int_check(r)) {
      bool overflow = false;
      int64_t x = int_as_i64(r, &overflow);
      if (overflow || x < 0 || x > 0x10FFFF) {
        decref(r);
        return err_set_string(ValueError, "character mapping must be in range(0x110000)");
      }
      b.append_char(static_cast<uint32_t>(x));
    } else if (str_check(r)) {
      b.append(r);
    } else {
      decref(r);
      return err_set_string(TypeError, "character mapping must return integer, None or str");
    }
    decref(r);
  }
  return b.finish();
}

static Object* str_maketrans(Object* /*null*/, Object* const* args, ssize nargs) {
  Object* out[3];
  ArgParser p{"maketrans", "str", ArgStyle::PosOnly, 1, 3, nullptr};
  if (parse_args(p, args, nargs, nullptr, out) < 0)
    return nullptr;
  Object* d = dict_new();
  if (!d)
    return nullptr;
  if (!out[1]) {
    if (!dict_check(out[0])) {
      decref(d);
      return err_set_string(TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    ssize pos = 0;
    Object *k, *val;
    while (dict_next(out[0], &pos, &k, &val)) {
      Object* key;
      if (str_check(k)) {
        if (str_length(k) != 1) {
          decref(d);
          return err_set_string(ValueError, "string keys in translate table must be of length 1");
        }
        key = int_from_i64(str_char_at(k, 0));
      } else if (int_check(k)) {
        key = newref(k);
      } else {
        decref(d);
        return err_set_string(TypeError, "keys in translate table must be strings or integers");
      }
      if (!key || dict_setitem(d, key, val) < 0) {
        xdecref(key);
        decref(d);
        return nullptr;
      }
      decref(key);
    }
    return d;
  }
  // Clinic converts y and z (typed str) before the body looks at x.
  for (int i = 1; i < 3; i++)
    if (out[i] && !str_check(out[i])) {
      decref(d);
      return err_format(TypeError, "maketrans() argument {} must be str, not {}", i + 1,
                        arg_type_name(out[i]));
    }
  if (!str_check(out[0])) {
    decref(d);
    return err_set_string(TypeError,
                          "first maketrans argument must be a string if there is a second argument");
  }
  if (str_length(out[0]) != str_length(out[1])) {
    decref(d);
    return err_set_string(ValueError, "the first two maketrans arguments must have equal length");
  }
  auto put = [&](uint32_t kc, Object* value) {
    Object* key = int_from_i64(kc);
    if (!key || !value) {
      xdecref(key);
      xdecref(value);
      return -1;
    }
    int r = dict_setitem(d, key, value);
    decref(key);
    decref(value);
    return r;
  };
  CpView x = str_cps(out[0]), y = str_cps(out[1]);
  for (ssize i = 0; i < x.len; i++)
    if (put(x[i], int_from_i64(y[i])) < 0) {
      decref(d);
      return nullptr;
    }
  if (out[2]) {
    CpView z = str_cps(out[2]);
    for (ssize i = 0; i < z.len; i++)
      if (put(z[i], newref(None)) < 0) {
        decref(d);
        return nullptr;
      }
  }
  return d;
}

// ---------------------------------------------------------------- encode, misc

static Object* str_encode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"encoding", "errors", nullptr};
  Object* out[2];
  ArgParser p{"encode", "str", ArgStyle::Clinic, 0, 2, kw};
  if (parse_args(p, args, nargs, kwnames, out) < 0)
    return nullptr;
  std::string enc = "utf-8", errs = "strict";
  for (int i = 0; i < 2; i++) {
    if (!out[i])
      continue;
    if (!str_check(out[i]))
      return err_format(TypeError, "encode() argument '{}' must be str, not {}", kw[i],
                        arg_type_name(out[i]));
    (i == 0 ? enc : errs) = str_to_std(out[i]);
  }
  return codec_encode(self, enc.c_str(), errs.c_str());
}

static Object* str_getnewargs(Object* self, Object*) {
  Object* copy = str_exact_copy(self);
  if (!copy)
    return nullptr;
  Object* t = tuple_pack({copy});
  decref(copy);
  return t;
}

static Object* str_sizeof(Object* self, Object*) {
  auto* s = static_cast<StrObject*>(self);
  ssize size;
  if (s->ascii)
    size = 48 + s->size + 1;
  else {
    size = 72 + (s->size + 1) * s->kind;
    if (s->utf8)
      size += s->utf8_length + 1;
  }
  return int_from_i64(size);
}

#define FAST(fn) reinterpret_cast<MethodFn>(reinterpret_cast<void (*)()>(fn))

MethodDef str_methods_table[] = {
    {"encode", FAST(str_encode), METH_FASTCALL | METH_KEYWORDS,
     "Encode the string using the codec registered for encoding."},
    {"replace", FAST(str_replace), METH_FASTCALL,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", FAST(str_split), METH_FASTCALL | METH_KEYWORDS,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", FAST(str_rsplit), METH_FASTCALL | METH_KEYWORDS,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", FAST(str_join_method), METH_O, "Concatenate any number of strings."},
    {"capitalize", FAST(str_m_capitalize), METH_NOARGS, "Return a capitalized version of the string."},
    {"casefold", FAST(str_m_casefold), METH_NOARGS,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", FAST(str_m_title), METH_NOARGS,
     "Return a version of the string where each word is titlecased."},
    {"center", FAST(str_center), METH_FASTCALL, "Return a centered string of length width."},
    {"count", FAST(str_count), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring "
     "sub in\n"
     "string S[start:end]."},
    {"expandtabs", FAST(str_expandtabs), METH_FASTCALL | METH_KEYWORDS,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", FAST(str_find), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found."},
    {"partition", FAST(str_partition), METH_O,
     "Partition the string into three parts using the given separator."},
    {"index", FAST(str_index), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found."},
    {"ljust", FAST(str_ljust), METH_FASTCALL, "Return a left-justified string of length width."},
    {"lower", FAST(str_m_lower), METH_NOARGS, "Return a copy of the string converted to lowercase."},
    {"lstrip", FAST(str_lstrip), METH_FASTCALL,
     "Return a copy of the string with leading whitespace removed."},
    {"rfind", FAST(str_rfind), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found."},
    {"rindex", FAST(str_rindex), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found."},
    {"rjust", FAST(str_rjust), METH_FASTCALL, "Return a right-justified string of length width."},
    {"rstrip", FAST(str_rstrip), METH_FASTCALL,
     "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", FAST(str_rpartition), METH_O,
     "Partition the string into three parts using the given separator."},
    {"splitlines", FAST(str_splitlines), METH_FASTCALL | METH_KEYWORDS,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", FAST(str_strip), METH_FASTCALL,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", FAST(str_m_swapcase), METH_NOARGS,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", FAST(str_translate), METH_O,
     "Replace each character in the string using the given translation table."},
    {"upper", FAST(str_m_upper), METH_NOARGS, "Return a copy of the string converted to uppercase."},
    {"startswith", FAST(str_startswith), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, "
     "False otherwise."},
    {"endswith", FAST(str_endswith), METH_FASTCALL | METH_VARARGS_ERRORS,
     "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False "
     "otherwise."},
    {"removeprefix", FAST(str_removeprefix), METH_O,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", FAST(str_removesuffix), METH_O,
     "Return a str with the given suffix string removed if present."},
    {"isascii", FAST(str_m_isascii), METH_NOARGS,
     "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", FAST(str_m_islower), METH_NOARGS,
     "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", FAST(str_m_isupper), METH_NOARGS,
     "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", FAST(str_m_istitle), METH_NOARGS,
     "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", FAST(str_m_isspace), METH_NOARGS,
     "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", FAST(str_m_isdecimal), METH_NOARGS,
     "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", FAST(str_m_isdigit), METH_NOARGS,
     "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", FAST(str_m_isnumeric), METH_NOARGS,
     "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", FAST(str_m_isalpha), METH_NOARGS,
     "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", FAST(str_m_isalnum), METH_NOARGS,
     "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", FAST(str_m_isidentifier), METH_NOARGS,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", FAST(str_m_isprintable), METH_NOARGS,
     "Return True if the string is printable, False otherwise."},
    {"zfill", FAST(str_zfill), METH_O,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", FAST(str_m_format), METH_FASTCALL | METH_KEYWORDS | METH_VARARGS_CALL,
     "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and "
     "kwargs.\n"
     "The substitutions are identified by braces ('{' and '}')."},
    {"format_map", FAST(str_m_format_map), METH_O,
     "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\n"
     "The substitutions are identified by braces ('{' and '}')."},
    {"__format__", FAST(str_m_dunder_format), METH_O,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", FAST(str_maketrans), METH_FASTCALL | METH_STATIC,
     "Return a translation table usable for str.translate()."},
    {"__sizeof__", FAST(str_sizeof), METH_NOARGS, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", FAST(str_getnewargs), METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace coil
