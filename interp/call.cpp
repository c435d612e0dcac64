// Calling Python functions: binding arguments to parameters with CPython
// 3.11's rules and error messages, and the vectorcall entry point of
// FunctionObject.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::interp {

namespace {

std::string qualname_of(Frame* frame) {
  auto* f = static_cast<FunctionObject*>(frame->func);
  return std::string(str_view(f->qualname));
}

std::string join_names(const std::vector<std::string>& names) {
  // 'a'; 'a' and 'b'; 'a', 'b', and 'c'
  std::string out;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      if (n == 2)
        out += " and ";
      else if (i == n - 1)
        out += ", and ";
      else
        out += ", ";
    }
    out += "'" + names[i] + "'";
  }
  return out;
}

void missing_arguments(Frame* frame, bool kwonly, int defcount, Object** localsplus) {
  CodeObject* co = frame->code;
  int start, end;
  if (kwonly) {
    start = co->argcount;
    end = start + co->kwonlyargcount;
  } else {
    start = 0;
    end = co->argcount - defcount;
  }
  std::vector<std::string> missing;
  for (int i = start; i < end; i++)
    if (!localsplus[i])
      missing.emplace_back(str_view(tuple_get(co->localsplusnames, i)));
  if (missing.empty())
    return;
  err_format(TypeError, "{}() missing {} required {} argument{}: {}", qualname_of(frame), missing.size(),
             kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s", join_names(missing));
}

void too_many_positional(Frame* frame, ssize given, Object* defaults, Object** localsplus) {
  CodeObject* co = frame->code;
  ssize kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (localsplus[i])
      kwonly_given++;
  ssize defcount = defaults ? tuple_size(defaults) : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    sig = fmt::format("from {} to {}", co->argcount - defcount, co->argcount);
    plural = true;
  } else {
    sig = fmt::format("{}", co->argcount);
    plural = co->argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given)
    kwonly_sig = fmt::format(" positional argument{} (and {} keyword-only argument{})", given != 1 ? "s" : "",
                             kwonly_given, kwonly_given != 1 ? "s" : "");
  err_format(TypeError, "{}() takes {} positional argument{} but {}{} {} given", qualname_of(frame), sig,
             plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were");
}

// Keyword arguments that name positional-only parameters (with no **kwargs to absorb them).
bool positional_only_passed_as_keyword(Frame* frame, Object* kwnames) {
  CodeObject* co = frame->code;
  std::vector<std::string> names;
  for (int k = 0; k < co->posonlyargcount; k++) {
    Object* posonly = tuple_get(co->localsplusnames, k);
    for (ssize i = 0; i < tuple_size(kwnames); i++) {
      Object* kw = tuple_get(kwnames, i);
      if (kw == posonly || (str_check(kw) && str_equal(kw, posonly))) {
        names.emplace_back(str_view(posonly));
        break;
      }
    }
  }
  if (names.empty())
    return false;
  std::string joined;
  for (size_t i = 0; i < names.size(); i++)
    joined += (i ? ", " : "") + names[i];
  err_format(TypeError, "{}() got some positional-only arguments passed as keyword arguments: '{}'",
             qualname_of(frame), joined);
  return true;
}

} // namespace

int bind_arguments(ThreadState* ts, Frame* frame, Object* const* args, ssize argcount, Object* kwnames,
                   bool steal) {
  CodeObject* co = frame->code;
  auto* func = static_cast<FunctionObject*>(frame->func);
  Object** localsplus = frame->localsplus;
  const ssize total_args = co->argcount + co->kwonlyargcount;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  auto take = [steal](Object* o) { return steal ? o : newref(o); };
  // The common call: exactly the positional parameters, nothing else to bind.
  if (nkw == 0 && argcount == co->argcount && co->kwonlyargcount == 0 &&
      !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (ssize k = 0; k < argcount; k++)
      localsplus[k] = take(args[k]);
    return 0;
  }
  // On failure every argument not yet bound still needs releasing when stolen.
  constexpr ssize SMALL = 32;
  bool consumed_small[SMALL];
  std::unique_ptr<bool[]> consumed_heap;
  bool* consumed = consumed_small;
  if (steal) {
    if (argcount + nkw > SMALL) {
      consumed_heap = std::make_unique<bool[]>(static_cast<size_t>(argcount + nkw));
      consumed = consumed_heap.get();
    }
    std::fill(consumed, consumed + argcount + nkw, false);
  }
  auto fail = [&]() {
    if (steal)
      for (ssize i = 0; i < argcount + nkw; i++)
        if (!consumed[i])
          decref(args[i]);
    return -1;
  };

  Object* kwdict = nullptr;
  ssize i;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new();
    if (!kwdict)
      return fail();
    ssize slot = total_args + ((co->flags & CO_VARARGS) ? 1 : 0);
    localsplus[slot] = kwdict;
  }

  ssize n = argcount > co->argcount ? co->argcount : argcount;
  for (i = 0; i < n; i++) {
    localsplus[i] = take(args[i]);
    if (steal)
      consumed[i] = true;
  }

  if (co->flags & CO_VARARGS) {
    Object* u;
    if (argcount > n) {
      u = tuple_from_array(args + n, argcount - n);
      if (!u)
        return fail();
      if (steal)
        for (ssize j = n; j < argcount; j++) {
          decref(args[j]);
          consumed[j] = true;
        }
    } else {
      u = tuple_empty();
    }
    localsplus[total_args] = u;
  }

  // Keyword arguments.
  for (i = 0; i < nkw; i++) {
    Object* keyword = tuple_get(kwnames, i);
    Object* value = args[argcount + i];
    if (!str_check(keyword)) {
      err_format(TypeError, "{}() keywords must be strings", qualname_of(frame));
      return fail();
    }
    ssize j;
    // Identity first (names are interned), then equality.
    for (j = co->posonlyargcount; j < total_args; j++)
      if (tuple_get(co->localsplusnames, j) == keyword)
        goto kw_found;
    for (j = co->posonlyargcount; j < total_args; j++)
      if (str_equal(tuple_get(co->localsplusnames, j), keyword))
        goto kw_found;
    if (!kwdict) {
      if (co->posonlyargcount && positional_only_passed_as_keyword(frame, kwnames))
        return fail();
      err_format(TypeError, "{}() got an unexpected keyword argument '{}'", qualname_of(frame),
                 str_view(keyword));
      return fail();
    }
    if (dict_setitem(kwdict, keyword, value) < 0)
      return fail();
    if (steal) {
      decref(value);
      consumed[argcount + i] = true;
    }
    continue;
  kw_found:
    if (localsplus[j]) {
      err_format(TypeError, "{}() got multiple values for argument '{}'", qualname_of(frame),
                 str_view(keyword));
      return fail();
    }
    localsplus[j] = take(value);
    if (steal)
      consumed[argcount + i] = true;
  }

  if (argcount > co->argcount && !(co->flags & CO_VARARGS)) {
    too_many_positional(frame, argcount, func->defaults, localsplus);
    return fail();
  }

  // Defaults for missing positional parameters.
  if (argcount < co->argcount) {
    ssize defcount = func->defaults ? tuple_size(func->defaults) : 0;
    ssize m = co->argcount - defcount;
    ssize missing = 0;
    for (i = argcount; i < m; i++)
      if (!localsplus[i])
        missing++;
    if (missing) {
      missing_arguments(frame, false, static_cast<int>(defcount), localsplus);
      return fail();
    }
    if (n > m)
      i = n - m;
    else
      i = 0;
    for (; i < defcount; i++) {
      if (!localsplus[m + i])
        localsplus[m + i] = newref(tuple_get(func->defaults, i));
    }
  }

  // Keyword-only defaults.
  if (co->kwonlyargcount > 0) {
    ssize missing = 0;
    for (i = co->argcount; i < total_args; i++) {
      if (localsplus[i])
        continue;
      Object* name = tuple_get(co->localsplusnames, i);
      if (func->kwdefaults) {
        Object* def = dict_getitem(func->kwdefaults, name);
        if (def) {
          localsplus[i] = newref(def);
          continue;
        }
        if (err_occurred())
          return fail();
      }
      missing++;
    }
    if (missing) {
      missing_arguments(frame, true, -1, localsplus);
      return fail();
    }
  }
  (void)ts;
  return 0;
}

Object* function_vectorcall(Object* func, Object* const* args, size_t nargsf, Object* kwnames) {
  ThreadState* ts = ThreadState::current();
  auto* f = static_cast<FunctionObject*>(func);
  auto* co = static_cast<CodeObject*>(f->code);
  Object* locals = (co->flags & CO_OPTIMIZED) ? nullptr : f->globals;
  Frame* frame = push_frame(ts, func, locals);
  if (!frame)
    return nullptr;
  if (bind_arguments(ts, frame, args, vectorcall_nargs(nargsf), kwnames, false) < 0) {
    pop_frame(ts, frame);
    return nullptr;
  }
  return eval_frame(ts, frame, false);
}

Object* eval_code(Object* code, Object* globals, Object* locals) {
  ThreadState* ts = ThreadState::current();
  Object* func = function_new(code, globals, nullptr);
  if (!func)
    return nullptr;
  Frame* frame = push_frame(ts, func, locals ? locals : globals);
  decref(func);
  if (!frame)
    return nullptr;
  return eval_frame(ts, frame, false);
}

} // namespace coil::interp
