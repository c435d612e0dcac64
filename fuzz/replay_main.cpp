// The replay driver: a main() for a fuzz target built without libFuzzer, so
// the regression inputs (fuzz/regressions/<target>/) and seeds run in the
// normal build and in CI. Each argument is a file or a folder of files
// (not recursive); each file goes once through LLVMFuzzerTestOneInput.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_common.h"

namespace {

int run_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    return 1;
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  std::string data = ss.str();
  fprintf(stderr, "replay: %s (%zu bytes)\n", path.c_str(), data.size());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), data.size());
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  LLVMFuzzerInitialize(&argc, &argv);
  int failures = 0, count = 0;
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    struct stat st;
    if (stat(arg.c_str(), &st) != 0) {
      fprintf(stderr, "replay: no such file or folder: %s\n", arg.c_str());
      failures++;
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      failures += run_file(arg);
      count++;
      continue;
    }
    std::vector<std::string> files;
    if (DIR* d = opendir(arg.c_str())) {
      while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == ".." || name == "README.md")
          continue;
        files.push_back(arg + "/" + name);
      }
      closedir(d);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      failures += run_file(file);
      count++;
    }
  }
  fprintf(stderr, "replay: %d inputs, %d unreadable\n", count, failures);
  return failures == 0 ? 0 : 1;
}
