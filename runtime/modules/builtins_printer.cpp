// The interactive-helper objects `copyright`, `credits` and `license`
// (CPython's site._Printer, type _sitebuiltins._Printer).
//
// Invariants
// - A printer holds its name, its text and the files to read the text from
//   instead (license: LICENSE.txt/LICENSE next to Coil's lib/ folder); the
//   files are read once, on first use, as CPython does.
// - repr() is the text itself when it has at most MAXLINES (23) lines,
//   else "Type NAME() to see the full NAME text"; calling the object pages
//   the text MAXLINES lines at a time through print() and input().
// - copyright shows sys.copyright (Coil's); credits keeps CPython's text.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

extern TypeObject PrinterType;

namespace {

constexpr size_t MAXLINES = 23;

struct PrinterObject : Object {
  std::string* name;
  std::string* data;
  std::vector<std::string>* files; // tried in order
  std::vector<std::string>* lines; // nullptr until set up
};

void printer_setup(PrinterObject* p) {
  if (p->lines)
    return;
  std::string text;
  bool found = false;
  for (const std::string& f : *p->files) {
    std::ifstream in(f, std::ios::binary);
    if (!in)
      continue;
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    found = true;
    break;
  }
  if (!found)
    text = *p->data;
  if (!found && text.empty()) {
    // copyright: sys.copyright, read when first shown.
    Object* c = builtins_impl::sys_attr("copyright");
    if (c && str_check(c))
      text = str_to_std(c);
  }
  auto* lines = new std::vector<std::string>;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    lines->push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos)
      break;
    start = nl + 1;
  }
  p->lines = lines;
}

Object* printer_repr(Object* o) {
  auto* p = static_cast<PrinterObject*>(o);
  printer_setup(p);
  if (p->lines->size() <= MAXLINES) {
    std::string out;
    for (size_t i = 0; i < p->lines->size(); i++) {
      if (i)
        out += '\n';
      out += (*p->lines)[i];
    }
    return str_from_utf8(out);
  }
  return str_from_utf8(fmt::format("Type {}() to see the full {} text", *p->name, *p->name));
}

Object* builtin(const char* name) {
  Interpreter* interp = Interpreter::main();
  Object* f = interp && interp->builtins ? dict_getitem_str(interp->builtins, name) : nullptr;
  if (!f)
    return err_format(NameError, "name '{}' is not defined", name);
  return f;
}

Object* printer_call(Object* o, Object* args, Object* kwargs) {
  if ((args && tuple_size(args) > 0) || (kwargs && dict_size(kwargs) > 0))
    return err_format(TypeError, "_Printer.__call__() takes 1 positional argument but {} were given",
                      1 + (args ? tuple_size(args) : 0));
  auto* p = static_cast<PrinterObject*>(o);
  printer_setup(p);
  Object* print = builtin("print");
  Object* input = print ? builtin("input") : nullptr;
  if (!input)
    return nullptr;
  size_t lineno = 0;
  for (;;) {
    size_t end = lineno + MAXLINES;
    for (size_t i = lineno; i < end; i++) {
      if (i >= p->lines->size())
        return none_new();
      Object* line = str_from_utf8((*p->lines)[i]);
      Object* r = line ? object_call_one(print, line) : nullptr;
      xdecref(line);
      if (!r)
        return nullptr;
      decref(r);
    }
    lineno = end;
    // More text: ask until the answer is '' (next page) or 'q' (stop).
    for (;;) {
      Object* prompt = str_from_ascii("Hit Return for more, or q (and Return) to quit: ");
      Object* key = prompt ? object_call_one(input, prompt) : nullptr;
      xdecref(prompt);
      if (!key)
        return nullptr;
      bool next = str_check(key) && str_length(key) == 0;
      bool quit = str_check(key) && str_equal_ascii(key, "q");
      decref(key);
      if (quit)
        return none_new();
      if (next)
        break;
    }
  }
}

void printer_dealloc(Object* o) {
  auto* p = static_cast<PrinterObject*>(o);
  delete p->name;
  delete p->data;
  delete p->files;
  delete p->lines;
  object_free(o);
}

Object* new_printer(const char* name, std::string data, std::vector<std::string> files) {
  auto* p = static_cast<PrinterObject*>(object_alloc(&PrinterType, sizeof(PrinterObject)));
  if (!p)
    return nullptr;
  p->name = new std::string(name);
  p->data = new std::string(std::move(data));
  p->files = new std::vector<std::string>(std::move(files));
  return p;
}

std::string parent_dir(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

TypeObject PrinterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_sitebuiltins._Printer";
  t.basicsize = sizeof(PrinterObject);
  t.dealloc = printer_dealloc;
  t.repr = printer_repr;
  t.call = printer_call;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  t.doc = "interactive prompt objects for printing the license text, a list of\n    contributors and the "
          "copyright "
          "notice.";
  return t;
}();
COIL_REGISTER_TYPE(PrinterType);

int builtins_impl::builtins_add_printers(Object* module) {
  Interpreter* interp = Interpreter::main();
  std::vector<std::string> license_files;
  if (interp && !interp->config.lib_dir.empty()) {
    std::string root = parent_dir(interp->config.lib_dir);
    for (const char* f : {"LICENSE.txt", "LICENSE"})
      license_files.push_back(root + "/" + f);
  }
  struct Item {
    const char* name;
    Object* obj;
  } items[] = {
      {"copyright", new_printer("copyright", "", {})},
      {"credits",
       new_printer("credits",
                   "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                   "    for supporting Python development.  See www.python.org for more information.",
                   {})},
      {"license", new_printer("license", "See https://www.python.org/psf/license/", license_files)},
  };
  int rc = 0;
  for (Item& it : items) {
    if (!it.obj || module_add_object(module, it.name, it.obj) < 0)
      rc = -1;
    xdecref(it.obj);
  }
  return rc;
}

} // namespace coil
