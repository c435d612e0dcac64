// Helpers shared by the number unit tests: runtime start-up, evaluation to
// CPython-style result strings ("repr" or "Type: message"), TSV loading.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"

namespace coil::numtest {

inline void ensure_runtime() {
  if (!Interpreter::main()) {
    Config config;
    config.use_hash_seed = true;
    config.hash_seed = 0;
    ASSERT_EQ(runtime_init(config), 0);
  }
}

inline std::string str_of(Object* s) {
  std::string r = str_to_std(s);
  decref(s);
  return r;
}

// repr(result), or "ExcType: message" for a pending exception; steals r.
inline std::string outcome(Object* r) {
  if (r) {
    Object* s = object_repr(r);
    decref(r);
    if (s)
      return str_of(s);
  }
  Object* exc = err_fetch();
  if (!exc)
    return "<null without exception>";
  std::string name = type_name_of(exc);
  Object* msg = object_str(exc);
  std::string text = msg ? str_of(msg) : "<str failed>";
  if (!msg)
    err_clear();
  decref(exc);
  return name + ": " + text;
}

inline std::vector<std::vector<std::string>> load_tsv(const std::string& name) {
  std::ifstream in(std::string(COIL_TEST_DATA_DIR) + "/" + name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::string col;
    std::istringstream ls(line);
    while (std::getline(ls, col, '\t'))
      cols.push_back(col);
    if (!line.empty() && line.back() == '\t')
      cols.push_back("");
    rows.push_back(cols);
  }
  return rows;
}

inline Object* make_int(const std::string& s) {
  return int_from_string(s, 10);
}
inline Object* make_float(const std::string& s) {
  return float_from_string(s);
}

} // namespace coil::numtest
