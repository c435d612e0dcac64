// Exception reports in CPython 3.11's format: traceback entries with
// source lines and carets, "[Previous line repeated N more times]",
// chained causes/contexts, SyntaxError's location block, notes,
// "Did you mean" suggestions and exception-group boxes.
//
// Invariants
// - The report is built as text first (ReportWriter) and written to the
//   target file with one write() call, then flush() is called.
// - Printing never leaves an exception pending: every failure in a
//   user-defined __str__/__repr__ is replaced by CPython's placeholder text.
// - Source lines are read from disk each time a report is made (a cache
//   lives only for one report), as CPython re-reads files.
// - Column positions from code_location() are UTF-8 byte offsets; they are
//   converted to character offsets of the source line for display.
#include "runtime/traceback.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

constexpr int TB_RECURSIVE_CUTOFF = 3;
constexpr int SOURCE_LINE_INDENT = 4;
constexpr int MAX_GROUP_WIDTH = 15;
constexpr int MAX_GROUP_DEPTH = 10;

Object* sys_get(const char* name) { // borrowed
  Interpreter* interp = Interpreter::main();
  if (!interp || !interp->sysdict)
    return nullptr;
  return dict_getitem_str(interp->sysdict, name);
}

// str(o) as UTF-8, or nullptr (exception cleared) on failure.
bool safe_str(Object* o, std::string* out) {
  Object* s = object_str(o);
  if (!s) {
    err_clear();
    return false;
  }
  *out = str_to_std(s);
  decref(s);
  return true;
}

bool safe_repr(Object* o, std::string* out) {
  Object* s = object_repr(o);
  if (!s) {
    err_clear();
    return false;
  }
  *out = str_to_std(s);
  decref(s);
  return true;
}

// Number of code points in the first `nbytes` bytes of UTF-8 text
// (CPython's byte-offset-to-character-offset, clamped to the text).
ssize utf8_chars_in_prefix(std::string_view text, ssize nbytes) {
  if (nbytes > static_cast<ssize>(text.size()))
    nbytes = static_cast<ssize>(text.size());
  ssize n = 0;
  for (ssize i = 0; i < nbytes; i++)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      n++;
  return n;
}

// Byte offset of character `chars` in UTF-8 text.
ssize utf8_byte_of_char(std::string_view text, ssize chars) {
  ssize seen = 0;
  for (ssize i = 0; i < static_cast<ssize>(text.size()); i++) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (seen == chars)
        return i;
      seen++;
    }
  }
  return static_cast<ssize>(text.size());
}

ssize utf8_length(std::string_view text) {
  return utf8_chars_in_prefix(text, static_cast<ssize>(text.size()));
}

// Lines of source files, read once per report.
class LineCache {
public:
  // Line `lineno` (1-based) of `filename` without its line ending, or false.
  bool get(const std::string& filename, int lineno, std::string* out) {
    auto it = files_.find(filename);
    if (it == files_.end())
      it = files_.emplace(filename, load(filename)).first;
    const auto& lines = it->second;
    if (lineno < 1 || lineno > static_cast<int>(lines.size()))
      return false;
    *out = lines[lineno - 1];
    return true;
  }

private:
  static bool read_file(const std::string& path, std::string* data) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *data = ss.str();
    return true;
  }
  std::vector<std::string> load(const std::string& filename) {
    std::string data;
    bool ok = read_file(filename, &data);
    if (!ok) {
      // As CPython: look for the file's last component along sys.path.
      size_t slash = filename.rfind('/');
      std::string tail = slash == std::string::npos ? filename : filename.substr(slash + 1);
      Object* path = sys_get("path");
      if (path && list_check(path)) {
        for (ssize i = 0; !ok && i < list_size(path); i++) {
          Object* entry = list_get(path, i);
          if (!str_check(entry))
            continue;
          std::string dir = str_to_std(entry);
          ok = read_file(dir.empty() ? tail : dir + "/" + tail, &data);
        }
      }
    }
    std::vector<std::string> lines;
    if (!ok)
      return lines;
    // Universal newlines: \n, \r\n and \r all end a line.
    std::string cur;
    for (size_t i = 0; i < data.size(); i++) {
      char c = data[i];
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
          i++;
        lines.push_back(std::move(cur));
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty())
      lines.push_back(std::move(cur));
    // Skip a UTF-8 BOM.
    if (!lines.empty() && lines[0].compare(0, 3, "\xEF\xBB\xBF") == 0)
      lines[0].erase(0, 3);
    return lines;
  }
  std::unordered_map<std::string, std::vector<std::string>> files_;
};

// ---------------------------------------------------------------- suggestions

constexpr size_t MAX_CANDIDATE_ITEMS = 750;
constexpr size_t MAX_STRING_SIZE = 40;
constexpr size_t MOVE_COST = 2;
constexpr size_t CASE_COST = 1;

size_t substitution_cost(char a, char b) {
  if (a == b)
    return 0;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
  if (lower(a) == lower(b))
    return CASE_COST;
  return MOVE_COST;
}

// Edit distance with moves costing 2 and case changes 1; anything above
// max_cost is reported as max_cost + 1.
size_t edit_distance(std::string_view a, std::string_view b, size_t max_cost) {
  if (a == b)
    return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty())
    return (a.size() + b.size()) * MOVE_COST;
  if (a.size() > MAX_STRING_SIZE || b.size() > MAX_STRING_SIZE)
    return max_cost + 1;
  if (b.size() < a.size())
    std::swap(a, b);
  if ((b.size() - a.size()) * MOVE_COST > max_cost)
    return max_cost + 1;
  size_t row[MAX_STRING_SIZE];
  size_t tmp = MOVE_COST;
  for (size_t i = 0; i < a.size(); i++) {
    row[i] = tmp;
    tmp += MOVE_COST;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    size_t distance = result = bi * MOVE_COST;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ai++) {
      size_t substitute = distance + substitution_cost(code, a[ai]);
      distance = row[ai];
      size_t insert_delete = std::min(result, distance) + MOVE_COST;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost)
      return max_cost + 1;
  }
  return result;
}

// The closest name in `candidates` (a list of str), or empty.
bool closest_name(Object* candidates, const std::string& name, std::string* out) {
  if (!list_check(candidates) || static_cast<size_t>(list_size(candidates)) >= MAX_CANDIDATE_ITEMS)
    return false;
  ssize best_distance = SSIZE_MAX;
  bool found = false;
  for (ssize i = 0; i < list_size(candidates); i++) {
    Object* item = list_get(candidates, i);
    if (!str_check(item))
      continue;
    std::string item_str = str_to_std(item);
    if (item_str == name)
      continue;
    ssize max_distance = static_cast<ssize>((name.size() + item_str.size() + 3) * MOVE_COST / 6);
    max_distance = std::min(max_distance, best_distance - 1);
    if (max_distance < 0)
      continue;
    ssize d = static_cast<ssize>(edit_distance(name, item_str, static_cast<size_t>(max_distance)));
    if (d > max_distance)
      continue;
    if (!found || d < best_distance) {
      *out = item_str;
      best_distance = d;
      found = true;
    }
  }
  return found;
}

bool suggest_from(Object* candidates, const std::string& name, std::string* out) {
  if (!candidates) {
    err_clear();
    return false;
  }
  bool r = closest_name(candidates, name, out);
  decref(candidates);
  return r;
}

Object* mapping_keys(Object* mapping) {
  if (!mapping || !dict_check(mapping))
    return nullptr;
  return dict_keys_list(mapping);
}

// "Did you mean" for NameError (locals, globals, builtins of the innermost
// frame) and AttributeError (dir(obj)).
bool offer_suggestion(Object* value, std::string* out) {
  if (is_instance_of(value, AttributeError)) {
    auto* e = static_cast<AttributeErrorObject*>(value);
    if (!e->name || !e->obj || !str_check(e->name))
      return false;
    return suggest_from(object_dir(e->obj), str_to_std(e->name), out);
  }
  if (is_instance_of(value, NameError)) {
    auto* e = static_cast<NameErrorObject*>(value);
    if (!e->name || !str_check(e->name))
      return false;
    Object* tb = static_cast<BaseExceptionObject*>(value)->traceback;
    if (!tb)
      return false;
    while (static_cast<TracebackObject*>(tb)->next)
      tb = static_cast<TracebackObject*>(tb)->next;
    Object* fo = static_cast<TracebackObject*>(tb)->frame;
    if (!fo || fo->type != &FrameType)
      return false;
    Frame* frame = static_cast<FrameObject*>(fo)->frame;
    std::string name = str_to_std(e->name);
    CodeObject* code = frame->code;
    Object* varnames = list_new(0);
    if (!varnames) {
      err_clear();
      return false;
    }
    if (code->localsplusnames && code->localspluskinds && bytes_check(code->localspluskinds)) {
      const char* kinds = bytes_data(code->localspluskinds);
      ssize n = std::min(tuple_size(code->localsplusnames), bytes_size(code->localspluskinds));
      for (ssize i = 0; i < n; i++) {
        if (!(static_cast<unsigned char>(kinds[i]) & LOCALS_KIND_LOCAL))
          continue;
        if (list_append(varnames, tuple_get(code->localsplusnames, i)) < 0) {
          err_clear();
          break;
        }
      }
    }
    if (suggest_from(varnames, name, out))
      return true;
    if (suggest_from(mapping_keys(frame->globals), name, out))
      return true;
    return suggest_from(mapping_keys(frame->builtins), name, out);
  }
  return false;
}

// ---------------------------------------------------------------- the report

class ReportWriter {
public:
  std::string out;
  int group_depth = 0;
  bool need_close = false;
  std::unordered_set<Object*> seen;
  LineCache lines;

  void write(std::string_view s) { out.append(s); }
  void indent(int n) { out.append(static_cast<size_t>(n), ' '); }
  int exc_indent() const { return 2 * group_depth; }
  const char* exc_margin() const { return group_depth ? "| " : ""; }
  void indented_margin(int ind, const char* margin) {
    indent(ind);
    if (margin)
      write(margin);
  }
  void margin() { indented_margin(exc_indent(), exc_margin()); }

  void print_recursive(Object* value);
  void print_traceback(Object* tb, int ind, const char* margin, const char* header_margin,
                       const char* header);

private:
  void print_cause_and_context(Object* value);
  void print_chained(Object* value, const char* message);
  void print_exception(Object* value);
  void print_group(Object* value);
  void print_tb_entries(Object* tb, long limit, int ind, const char* margin);
  void print_repeated(long cnt, int ind, const char* margin);
  void display_line(TracebackObject* tb, int ind, const char* margin);
  bool print_syntax_error_location(Object* value, Object** message);
  void print_message(TypeObject* type, Object* value);
  void print_notes(Object* value);
};

void ReportWriter::print_recursive(Object* value) {
  print_cause_and_context(value);
  if (exception_instance_check(value) && is_instance_of(value, BaseExceptionGroup))
    print_group(value);
  else
    print_exception(value);
}

void ReportWriter::print_cause_and_context(Object* value) {
  seen.insert(value);
  if (!exception_instance_check(value))
    return;
  auto* e = static_cast<BaseExceptionObject*>(value);
  if (e->cause) {
    if (!seen.count(e->cause))
      print_chained(e->cause, "The above exception was the direct cause of the following exception:\n");
    return;
  }
  if (e->suppress_context)
    return;
  if (e->context && !seen.count(e->context))
    print_chained(e->context, "During handling of the above exception, another exception occurred:\n");
}

void ReportWriter::print_chained(Object* value, const char* message) {
  bool saved_need_close = need_close;
  print_recursive(value);
  need_close = saved_need_close;
  margin();
  write("\n");
  margin();
  write(message);
  margin();
  write("\n");
}

void ReportWriter::print_exception(Object* value) {
  if (!exception_instance_check(value)) {
    margin();
    write(fmt::format("TypeError: print_exception(): Exception expected for value, {} found\n",
                      type_name_of(value)));
    return;
  }
  incref(value);
  Object* tb = static_cast<BaseExceptionObject*>(value)->traceback;
  if (tb) {
    const char* header = "Traceback (most recent call last):\n";
    const char* header_margin = exc_margin();
    if (is_instance_of(value, BaseExceptionGroup)) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (group_depth == 1)
        header_margin = "+ ";
    }
    print_traceback(tb, exc_indent(), exc_margin(), header_margin, header);
  }
  TypeObject* type = value->type;
  Object* shown = value; // SyntaxError shows its msg instead of str(exc)
  Object* message = nullptr;
  if (print_syntax_error_location(value, &message))
    shown = message;
  print_message(type, shown);
  std::string suggestion;
  if (shown == value && offer_suggestion(value, &suggestion))
    write(fmt::format(". Did you mean: '{}'?", suggestion));
  err_clear();
  write("\n");
  print_notes(value);
  xdecref(message);
  decref(value);
}

void ReportWriter::print_group(Object* value) {
  if (group_depth > MAX_GROUP_DEPTH) {
    margin();
    write(fmt::format("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
    return;
  }
  if (group_depth == 0)
    group_depth++;
  print_exception(value);
  Object* excs = static_cast<BaseExceptionGroupObject*>(value)->excs;
  ssize num = excs ? tuple_size(excs) : 0;
  ssize n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  need_close = false;
  for (ssize i = 0; i < n; i++) {
    bool last = i == n - 1;
    if (last)
      need_close = true;
    indent(exc_indent());
    bool truncated = i >= MAX_GROUP_WIDTH;
    if (!truncated)
      write(fmt::format("{}+---------------- {} ----------------\n", i == 0 ? "+-" : "  ", i + 1));
    else
      write(fmt::format("{}+---------------- ... ----------------\n", i == 0 ? "+-" : "  "));
    group_depth++;
    if (!truncated) {
      print_recursive(tuple_get(excs, i));
    } else {
      ssize remaining = num - MAX_GROUP_WIDTH;
      margin();
      write(fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
    }
    if (last && need_close) {
      indent(exc_indent());
      write("+------------------------------------\n");
      need_close = false;
    }
    group_depth--;
  }
  if (group_depth == 1)
    group_depth--;
}

void ReportWriter::print_traceback(Object* tb, int ind, const char* margin, const char* header_margin,
                                   const char* header) {
  long limit = 1000;
  Object* limitv = sys_get("tracebacklimit");
  if (limitv && int_check(limitv)) {
    bool overflow = false;
    int64_t v = int_as_i64(limitv, &overflow);
    if (overflow)
      limit = int_sign(limitv) > 0 ? LONG_MAX : 0;
    else
      limit = static_cast<long>(v);
    if (limit <= 0)
      return;
  }
  indented_margin(ind, header_margin);
  write(header);
  print_tb_entries(tb, limit, ind, margin);
}

void ReportWriter::print_repeated(long cnt, int ind, const char* margin) {
  cnt -= TB_RECURSIVE_CUTOFF;
  indented_margin(ind, margin);
  write(fmt::format("  [Previous line repeated {} more time{}]\n", cnt, cnt > 1 ? "s" : ""));
}

void ReportWriter::print_tb_entries(Object* tb0, long limit, int ind, const char* margin) {
  long depth = 0;
  for (Object* t = tb0; t; t = static_cast<TracebackObject*>(t)->next)
    depth++;
  Object* t = tb0;
  while (t && depth > limit) {
    depth--;
    t = static_cast<TracebackObject*>(t)->next;
  }
  std::string last_file, last_name;
  bool have_last = false;
  int last_line = -1;
  long cnt = 0;
  for (; t; t = static_cast<TracebackObject*>(t)->next) {
    auto* tb = static_cast<TracebackObject*>(t);
    std::string file, name;
    if (tb->frame && tb->frame->type == &FrameType) {
      CodeObject* code = frame_object_code(tb->frame);
      file = str_to_std(code->filename);
      name = str_to_std(code->name);
    }
    if (!have_last || file != last_file || last_line == -1 || tb->lineno != last_line || name != last_name) {
      if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(cnt, ind, margin);
      last_file = file;
      last_line = tb->lineno;
      last_name = name;
      have_last = true;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF)
      display_line(tb, ind, margin);
  }
  if (cnt > TB_RECURSIVE_CUTOFF)
    print_repeated(cnt, ind, margin);
}

void ReportWriter::display_line(TracebackObject* tb, int ind, const char* margin) {
  if (!tb->frame || tb->frame->type != &FrameType)
    return;
  CodeObject* code = frame_object_code(tb->frame);
  std::string filename = str_to_std(code->filename);
  indented_margin(ind, margin);
  write(fmt::format("  File \"{}\", line {}, in {}\n", filename, tb->lineno, str_to_std(code->name)));

  std::string line;
  if (!lines.get(filename, tb->lineno, &line))
    return;
  ssize ws = 0;
  while (ws < static_cast<ssize>(line.size()) && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f'))
    ws++;
  indented_margin(ind, margin);
  indent(SOURCE_LINE_INDENT);
  write(std::string_view(line).substr(ws));
  write("\n");

  // Carets under the failing instruction's range.
  if (tb->lasti < 0)
    return;
  SourceRange r = code_location(code, tb->lasti / 2);
  if (r.line < 0 || r.end_line < 0 || r.col < 0 || r.end_col < 0)
    return;
  ssize line_len = utf8_length(line);
  ssize truncation = ws - SOURCE_LINE_INDENT; // chars removed minus the indent added
  ssize start = utf8_chars_in_prefix(line, r.col);
  ssize end = utf8_chars_in_prefix(line, r.end_col);
  ssize left_anchor = -1, right_anchor = -1;
  if (r.line == r.end_line) {
    Interpreter* interp = Interpreter::main();
    if (interp && interp->caret_anchors_hook && end > start) {
      ssize sb = utf8_byte_of_char(line, start), eb = utf8_byte_of_char(line, end);
      std::string_view segment = std::string_view(line).substr(sb, eb - sb);
      int le = -1, rs = -1, re = -1;
      if (interp->caret_anchors_hook(segment, &le, &rs, &re) && le >= 0 && rs >= le) {
        left_anchor = utf8_chars_in_prefix(segment, le) + start;
        right_anchor = utf8_chars_in_prefix(segment, rs) + start;
      }
      err_clear();
    }
  } else {
    // A multi-line range: highlight to the last non-space of this line.
    ssize i = static_cast<ssize>(line.size());
    while (--i >= 0) {
      char c = line[i];
      if (!(c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'))
        break;
    }
    end = utf8_chars_in_prefix(line, i + 1);
  }
  ssize stripped_len = line_len - ws;
  bool secondary = left_anchor != -1 || right_anchor != -1;
  if (end - start == stripped_len && !secondary)
    return;
  if (end <= start)
    return;
  indented_margin(ind, margin);
  std::string carets;
  for (ssize i = truncation; i < start; i++)
    carets.push_back(' ');
  for (ssize i = start; i < end; i++) {
    if (secondary)
      carets.push_back(i >= left_anchor && i < right_anchor ? '^' : '~');
    else
      carets.push_back('^');
  }
  write(carets);
  write("\n");
}

// The "  File ..., line N" / text / caret block of a SyntaxError. Returns
// true and sets *message to the exception's msg (shown instead of str(exc)).
bool ReportWriter::print_syntax_error_location(Object* value, Object** message) {
  if (!is_instance_of(value, SyntaxError))
    return false;
  auto* e = static_cast<SyntaxErrorObject*>(value);
  if (!e->msg)
    return false;
  std::string filename = "<string>";
  if (!e->filename)
    return false;
  if (e->filename != None && !safe_str(e->filename, &filename))
    return false;
  auto as_ssize = [](Object* o, ssize* out) {
    if (!o || !int_check(o))
      return false;
    bool overflow = false;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow)
      return false;
    *out = static_cast<ssize>(v);
    return true;
  };
  ssize lineno, offset = -1, end_lineno, end_offset = -1;
  if (!as_ssize(e->lineno, &lineno))
    return false;
  if (e->offset && e->offset != None && !as_ssize(e->offset, &offset))
    return false;
  if (value->type == SyntaxError) {
    end_lineno = lineno;
    if (e->end_lineno && e->end_lineno != None && !as_ssize(e->end_lineno, &end_lineno))
      return false;
    if (e->end_offset && e->end_offset != None && !as_ssize(e->end_offset, &end_offset))
      return false;
  } else {
    end_lineno = lineno;
    end_offset = -1;
  }
  *message = newref(e->msg);
  margin();
  write(fmt::format("  File \"{}\", line {}\n", filename, lineno));
  if (e->text && e->text != None && str_check(e->text)) {
    std::string text = str_to_std(e->text);
    ssize line_size = static_cast<ssize>(text.size());
    if (end_lineno > lineno)
      end_offset = line_size;
    if (end_offset > line_size + 1)
      end_offset = line_size + 1;
    ssize repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    const char* p = text.c_str();
    offset--;
    while (*p == ' ' || *p == '\t' || *p == '\f') {
      p++;
      offset--;
    }
    ssize len = static_cast<ssize>(strlen(p));
    if (len > 0 && p[len - 1] == '\n')
      len--;
    if (offset > len)
      offset = len;
    for (;;) {
      const char* nl = strchr(p, '\n');
      if (!nl)
        break;
      ssize inl = nl - p;
      if (inl >= offset)
        break;
      inl += 1;
      p += inl;
      len -= inl;
      offset -= inl;
    }
    write("    ");
    write(p);
    if (p[len] != '\n')
      write("\n");
    if (offset >= 0) {
      write("    ");
      indent(static_cast<int>(offset));
      out.append(static_cast<size_t>(repetitions), '^');
      write("\n");
    }
  }
  return true;
}

void ReportWriter::print_message(TypeObject* type, Object* value) {
  margin();
  Object* module = type_module(type);
  if (!module || !str_check(module)) {
    err_clear();
    write("<unknown>.");
  } else if (!str_equal_ascii(module, "builtins") && !str_equal_ascii(module, "__main__")) {
    write(str_to_std(module));
    write(".");
  }
  xdecref(module);
  Object* qualname = type_qualname(type);
  if (!qualname || !str_check(qualname)) {
    err_clear();
    write("<unknown>");
  } else {
    write(str_to_std(qualname));
  }
  xdecref(qualname);
  if (value == None)
    return;
  std::string s;
  if (!safe_str(value, &s)) {
    write(": <exception str() failed>");
    return;
  }
  if (!s.empty())
    write(": ");
  write(s);
}

void ReportWriter::print_notes(Object* value) {
  auto* e = static_cast<BaseExceptionObject*>(value);
  Object* notes = e->notes;
  if (!notes)
    return;
  bool is_sequence = !dict_check(notes) && notes->type->as_sequence && notes->type->as_sequence->item;
  if (!is_sequence) {
    margin();
    std::string r;
    write(safe_repr(notes, &r) ? r : std::string("<__notes__ repr() failed>"));
    write("\n");
    return;
  }
  incref(notes);
  ssize n = object_length(notes);
  if (n < 0)
    err_clear();
  for (ssize i = 0; i < n; i++) {
    Object* index = int_from_i64(i);
    Object* note = index ? object_getitem(notes, index) : nullptr;
    xdecref(index);
    if (!note) {
      err_clear();
      break;
    }
    Object* s = object_str(note);
    decref(note);
    if (!s) {
      err_clear();
      write("<note str() failed>");
    } else {
      // Each line (ends kept) after the margin.
      ssize len = str_length(s), start = 0;
      auto emit = [&](ssize from, ssize to) {
        Object* part = str_substring(s, from, to);
        margin();
        if (part) {
          write(str_to_std(part));
          decref(part);
        } else {
          err_clear();
        }
      };
      for (ssize j = 0; j < len; j++) {
        uint32_t c = str_char_at(s, j);
        bool brk = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
                   c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!brk)
          continue;
        if (c == '\r' && j + 1 < len && str_char_at(s, j + 1) == '\n')
          j++;
        emit(start, j + 1);
        start = j + 1;
      }
      if (start < len)
        emit(start, len);
      decref(s);
    }
    write("\n");
  }
  decref(notes);
}

// ---------------------------------------------------------------- output

void write_fd(int fd, std::string_view text) {
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
}

// Writes text to a file object through write(); false on failure (cleared).
bool write_to_file(Object* file, std::string_view text) {
  Object* s = str_from_utf8(text);
  if (!s) {
    err_clear();
    return false;
  }
  Object* r = object_call_method(file, "write", &s, 1);
  decref(s);
  if (!r) {
    err_clear();
    return false;
  }
  decref(r);
  return true;
}

void flush_file(Object* file) {
  Object* r = object_call_method(file, "flush", nullptr, 0);
  if (r)
    decref(r);
  else
    err_clear();
}

} // namespace

std::string format_exception_text(Object* value) {
  ReportWriter w;
  w.print_recursive(value);
  return std::move(w.out);
}

void write_to_stderr(std::string_view text) {
  Object* file = sys_get("stderr");
  if (!file) {
    write_fd(2, text);
    return;
  }
  if (file == None)
    return;
  incref(file);
  if (write_to_file(file, text))
    flush_file(file);
  decref(file);
}

void flush_std_streams() {
  Object* saved = err_fetch();
  for (const char* name : {"stderr", "stdout"}) {
    Object* f = sys_get(name);
    if (f && f != None) {
      incref(f);
      flush_file(f);
      decref(f);
    }
  }
  err_restore(saved);
}

void err_display(Object* value, Object* tb, Object* file) {
  Object* saved = err_fetch();
  if (exception_instance_check(value) && tb && tb->type == &TracebackType &&
      !static_cast<BaseExceptionObject*>(value)->traceback)
    exception_set_traceback(value, tb);
  std::string text = format_exception_text(value);
  err_clear();
  if (!file)
    file = sys_get("stderr");
  if (!file) {
    write_fd(2, text);
  } else if (file != None) {
    incref(file);
    if (!write_to_file(file, text))
      write_fd(2, text);
    flush_file(file);
    decref(file);
  }
  err_restore(saved);
}

void err_print_exception(Object* exc) {
  err_display(exc, nullptr, nullptr);
}

void err_print() {
  Object* exc = err_fetch();
  if (!exc)
    return;
  Interpreter* interp = Interpreter::main();
  Object* sysdict = interp ? interp->sysdict : nullptr;
  Object* tb = static_cast<BaseExceptionObject*>(exc)->traceback;
  if (sysdict) {
    dict_setitem_str(sysdict, "last_type", exc->type);
    dict_setitem_str(sysdict, "last_value", exc);
    dict_setitem_str(sysdict, "last_traceback", tb ? tb : None);
    err_clear();
  }
  Object* hook = sysdict ? dict_getitem_str(sysdict, "excepthook") : nullptr;
  if (!hook || hook == None) {
    if (sysdict)
      write_to_stderr("sys.excepthook is missing\n");
    err_display(exc, nullptr, nullptr);
    decref(exc);
    return;
  }
  incref(hook);
  Object* args[3] = {exc->type, exc, tb ? tb : None};
  Object* r = object_vectorcall(hook, args, 3, nullptr);
  decref(hook);
  if (r) {
    decref(r);
  } else {
    Object* exc2 = err_fetch();
    if (exc2 && is_instance_of(exc2, SystemExit)) {
      // An exit requested by the hook itself is honoured by the caller.
      decref(exc);
      err_restore(exc2);
      return;
    }
    write_to_stderr("Error in sys.excepthook:\n");
    if (exc2)
      err_display(exc2, nullptr, nullptr);
    write_to_stderr("\nOriginal exception was:\n");
    err_display(exc, nullptr, nullptr);
    xdecref(exc2);
  }
  decref(exc);
}

// The default sys.unraisablehook's text for (type, value, tb, err_msg, obj).
static std::string unraisable_report(Object* exc_type, Object* exc_value, Object* exc_tb, Object* err_msg,
                                     Object* obj) {
  std::string text;
  bool have_msg = err_msg && err_msg != None;
  std::string msg;
  if (have_msg && !safe_str(err_msg, &msg))
    have_msg = false;
  if (obj && obj != None) {
    std::string r;
    text += have_msg ? msg : std::string("Exception ignored in");
    text += ": ";
    text += safe_repr(obj, &r) ? r : std::string("<object repr() failed>");
    text += "\n";
  } else if (have_msg) {
    text += msg + ":\n";
  }
  if (exc_tb && exc_tb != None && exc_tb->type == &TracebackType) {
    ReportWriter w;
    w.print_traceback(exc_tb, 0, nullptr, nullptr, "Traceback (most recent call last):\n");
    err_clear();
    text += w.out;
  }
  if (!exc_type || exc_type == None || !type_check(exc_type))
    return text;
  auto* type = static_cast<TypeObject*>(exc_type);
  Object* module = type_module(type);
  if (!module || !str_check(module)) {
    err_clear();
    text += "<unknown>";
  } else if (!str_equal_ascii(module, "builtins") && !str_equal_ascii(module, "__main__")) {
    text += str_to_std(module);
    text += ".";
  }
  xdecref(module);
  Object* qualname = type_qualname(type);
  if (qualname && str_check(qualname)) {
    text += str_to_std(qualname);
  } else {
    err_clear();
    text += "<unknown>";
  }
  xdecref(qualname);
  if (exc_value && exc_value != None) {
    std::string v;
    text += ": ";
    text += safe_str(exc_value, &v) ? v : std::string("<exception str() failed>");
  }
  text += "\n";
  return text;
}

static const char* const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback",
                                                "err_msg",  "object",    nullptr};
static StructSeqDesc unraisable_desc = {
    "UnraisableHookArgs", unraisable_fields,
    "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook."};

Object* unraisable_hook_default(Object* args) {
  if (args->type != structseq_type(&unraisable_desc) || tuple_size(args) != 5)
    return err_set_string(TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  std::string text = unraisable_report(tuple_get(args, 0), tuple_get(args, 1), tuple_get(args, 2),
                                       tuple_get(args, 3), tuple_get(args, 4));
  write_to_stderr(text);
  return none_new();
}

static void write_unraisable(Object* msg, Object* obj);

void err_write_unraisable(Object* obj) {
  write_unraisable(nullptr, obj);
}

void err_write_unraisable_msg(const char* msg, Object* obj) {
  Object* exc = err_fetch();
  Object* text = str_from_utf8(std::string("Exception ignored ") + msg);
  if (!text)
    err_clear();
  err_restore(exc);
  write_unraisable(text, obj);
  xdecref(text);
}

// msg: the full "Exception ignored ..." text (str) or nullptr for the default.
static void write_unraisable(Object* msg, Object* obj) {
  Object* exc = err_fetch();
  Object* exc_type = exc ? static_cast<Object*>(exc->type) : None;
  Object* exc_tb = exc ? static_cast<BaseExceptionObject*>(exc)->traceback : nullptr;
  Object* hook = sys_get("unraisablehook");
  Object* hook_default = sys_get("__unraisablehook__");
  if (hook && hook != None && hook != hook_default) {
    Object* args = structseq_new(&unraisable_desc,
                                 {newref(exc_type), newref(exc ? exc : None), newref(exc_tb ? exc_tb : None),
                                  newref(msg ? msg : None), newref(obj ? obj : None)});
    incref(hook);
    Object* r = args ? object_call_one(hook, args) : nullptr;
    xdecref(args);
    if (r) {
      decref(r);
      decref(hook);
      xdecref(exc);
      return;
    }
    // The hook failed: report its own error, then the original one.
    Object* hook_exc = err_fetch();
    Object* msg = str_from_ascii("Exception ignored in sys.unraisablehook");
    std::string text = unraisable_report(
        hook_exc ? static_cast<Object*>(hook_exc->type) : None, hook_exc ? hook_exc : None,
        hook_exc ? static_cast<BaseExceptionObject*>(hook_exc)->traceback : nullptr, msg, hook);
    err_clear();
    xdecref(msg);
    xdecref(hook_exc);
    decref(hook);
    xdecref(exc);
    write_to_stderr(text); // as CPython, only the hook's failure is reported
    return;
  }
  std::string text = unraisable_report(exc_type, exc, exc_tb, msg, obj);
  xdecref(exc);
  write_to_stderr(text);
}

int handle_system_exit(Object* exc) {
  Object* code = None;
  if (exc && is_instance_of(exc, SystemExit)) {
    Object* c = static_cast<SystemExitObject*>(exc)->code;
    code = c ? c : None;
  } else if (exc) {
    code = exc;
  }
  if (code == None)
    return 0;
  if (int_check(code)) {
    bool overflow = false;
    int64_t v = int_as_i64(code, &overflow);
    if (overflow) {
      err_clear();
      return -1;
    }
    return static_cast<int>(v);
  }
  std::string s;
  if (!safe_str(code, &s))
    s = "";
  Object* file = sys_get("stderr");
  if (file && file != None) {
    write_to_stderr(s + "\n");
  } else {
    write_fd(2, s + "\n");
  }
  return 1;
}

} // namespace coil
