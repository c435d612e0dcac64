// `coil bench [options] FILE [args...]`: the interpreter against the JIT on
// one script, each run in its own process (so neither warms the other up),
// in the style of hyperfine.
//
//   -n N, --runs N            timed runs per mode (default 10)
//   --export-json FILE        all measurements as JSON
//   --export-markdown FILE    the summary as a Markdown table
//   --jit-args "ARGS"         extra options for the JIT run (e.g. "--jit-opt=1")
//
// The first run of each mode is the cold run (page cache, LLVM loading) and
// is reported apart, not counted in the statistics. Runs alternate between
// the modes so that machine noise hits both alike. The script's output is
// discarded, but the first runs' outputs must agree (else it says so).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <sstream>
#include <string>
#include <vector>

#include "cli/subcommands.h"

namespace coil::cli {

namespace {

struct Mode {
  std::string name;
  std::vector<std::string> flags;
  std::vector<double> times; // seconds
  std::vector<long> rss_kb;
  double cold = 0;
  std::string first_output;
  int status = 0;
};

std::string self_exe() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return "coil";
  buf[n] = 0;
  return buf;
}

// Runs one process; returns wall seconds, fills rss (KiB), status and (if
// capture) its stdout.
double run_once(const std::string& exe, const std::vector<std::string>& args, long* rss, int* status,
                std::string* capture) {
  int pipefd[2] = {-1, -1};
  if (capture && pipe(pipefd) != 0)
    capture = nullptr;
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(capture ? pipefd[1] : devnull, 1);
    if (capture) {
      close(pipefd[0]);
      close(pipefd[1]);
    }
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(exe.c_str()));
    for (auto& a : args)
      argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  if (capture) {
    close(pipefd[1]);
    char buf[65536];
    ssize_t n;
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0)
      capture->append(buf, static_cast<size_t>(n));
    close(pipefd[0]);
  }
  int st = 0;
  struct rusage ru {};
  wait4(pid, &st, 0, &ru);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  *rss = ru.ru_maxrss;
  *status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return secs;
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v)
    s += x;
  return v.empty() ? 0 : s / static_cast<double>(v.size());
}
double stddev(const std::vector<double>& v) {
  if (v.size() < 2)
    return 0;
  double m = mean(v), s = 0;
  for (double x : v)
    s += (x - m) * (x - m);
  return std::sqrt(s / static_cast<double>(v.size() - 1));
}
double median(std::vector<double> v) {
  if (v.empty())
    return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string fmt_time(double s) {
  return s >= 1 ? fmt::format("{:7.3f} s ", s) : fmt::format("{:7.1f} ms", s * 1000);
}

int usage() {
  fprintf(stderr, "usage: coil bench [-n RUNS] [--export-json FILE] [--export-markdown FILE] "
                  "[--jit-args ARGS] FILE [args...]\n");
  return 2;
}

} // namespace

int run_bench(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "bench") != 0)
    return -1;
  struct stat st;
  if (stat(argv[1], &st) == 0 && !S_ISDIR(st.st_mode))
    return -1; // a file named "bench": run it
  int runs = 10;
  std::string json_path, md_path, jit_args;
  int i = 2;
  for (; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc)
        return false;
      *out = argv[++i];
      return true;
    };
    if (a == "-n" || a == "--runs") {
      std::string v;
      if (!value(&v) || (runs = atoi(v.c_str())) < 2)
        return usage();
    } else if (a == "--export-json") {
      if (!value(&json_path))
        return usage();
    } else if (a == "--export-markdown") {
      if (!value(&md_path))
        return usage();
    } else if (a == "--jit-args") {
      if (!value(&jit_args))
        return usage();
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage();
    } else {
      break;
    }
  }
  if (i >= argc)
    return usage();
  std::vector<std::string> script;
  for (; i < argc; i++)
    script.push_back(argv[i]);
  std::string exe = self_exe();

  std::vector<Mode> modes(2);
  modes[0].name = "interp";
  modes[0].flags = {"--jit=off"};
  modes[1].name = "jit";
  std::istringstream extra(jit_args);
  for (std::string w; extra >> w;)
    modes[1].flags.push_back(w);
  auto args_of = [&](const Mode& m) {
    std::vector<std::string> a = m.flags;
    a.insert(a.end(), script.begin(), script.end());
    return a;
  };
  // Cold runs (their output is kept to check both modes agree).
  for (auto& m : modes) {
    long rss;
    m.cold = run_once(exe, args_of(m), &rss, &m.status, &m.first_output);
    if (m.status != 0) {
      fprintf(stderr, "coil bench: '%s' exited with status %d in mode %s\n", script[0].c_str(), m.status,
              m.name.c_str());
      return 1;
    }
  }
  if (modes[0].first_output != modes[1].first_output)
    fprintf(stderr, "coil bench: warning: the interpreter and the JIT printed different output\n");
  for (int r = 0; r < runs; r++) {
    for (auto& m : modes) {
      long rss;
      int status;
      m.times.push_back(run_once(exe, args_of(m), &rss, &status, nullptr));
      m.rss_kb.push_back(rss);
      if (isatty(2))
        fprintf(stderr, "\r  run %d/%d", r + 1, runs);
    }
  }
  if (isatty(2))
    fprintf(stderr, "\r              \r");
  for (size_t k = 0; k < modes.size(); k++) {
    Mode& m = modes[k];
    std::string cmd = "coil";
    for (auto& a : args_of(m))
      cmd += " " + a;
    fmt::print("Benchmark {}: {} ({})\n", k + 1, m.name, cmd);
    fmt::print("  Time (mean ± σ):    {} ± {}\n", fmt_time(mean(m.times)), fmt_time(stddev(m.times)));
    fmt::print("  Range (min … max):  {} … {}    {} runs\n",
               fmt_time(*std::min_element(m.times.begin(), m.times.end())),
               fmt_time(*std::max_element(m.times.begin(), m.times.end())), m.times.size());
    fmt::print("  Cold first run:     {}\n", fmt_time(m.cold));
    fmt::print("  Peak memory:        {:.1f} MiB (median)\n\n",
               median(std::vector<double>(m.rss_kb.begin(), m.rss_kb.end())) / 1024);
  }
  double mi = mean(modes[0].times), mj = mean(modes[1].times);
  double ratio = mi / mj;
  double sr =
      ratio * std::sqrt(std::pow(stddev(modes[0].times) / mi, 2) + std::pow(stddev(modes[1].times) / mj, 2));
  fmt::print("Summary\n");
  if (ratio >= 1)
    fmt::print("  jit ran {:.2f} ± {:.2f} times faster than interp\n", ratio, sr);
  else
    fmt::print("  interp ran {:.2f} ± {:.2f} times faster than jit\n", 1 / ratio, sr / (ratio * ratio));
  fflush(stdout);

  if (!json_path.empty()) {
    if (FILE* f = fopen(json_path.c_str(), "w")) {
      fmt::print(f, "{{\n  \"script\": \"{}\",\n  \"runs\": {},\n  \"results\": [", script[0], runs);
      for (size_t k = 0; k < modes.size(); k++) {
        Mode& m = modes[k];
        std::string times;
        for (size_t t = 0; t < m.times.size(); t++)
          times += fmt::format("{}{:.6f}", t ? ", " : "", m.times[t]);
        fmt::print(f,
                   "{}\n    {{\"mode\": \"{}\", \"mean\": {:.6f}, \"stddev\": {:.6f}, \"median\": {:.6f}, "
                   "\"min\": {:.6f}, \"max\": {:.6f}, \"cold\": {:.6f}, \"times\": [{}]}}",
                   k ? "," : "", m.name, mean(m.times), stddev(m.times), median(m.times),
                   *std::min_element(m.times.begin(), m.times.end()),
                   *std::max_element(m.times.begin(), m.times.end()), m.cold, times);
      }
      fmt::print(f, "\n  ],\n  \"speedup\": {:.4f},\n  \"speedup_stddev\": {:.4f}\n}}\n", ratio, sr);
      fclose(f);
    }
  }
  if (!md_path.empty()) {
    if (FILE* f = fopen(md_path.c_str(), "w")) {
      fmt::print(f, "| Mode | Mean [ms] | Min [ms] | Max [ms] | Cold [ms] | Relative "
                    "|\n|:---|---:|---:|---:|---:|---:|\n");
      for (auto& m : modes) {
        double rel = mean(m.times) / mj;
        fmt::print(f, "| `{}` | {:.1f} ± {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.2f} |\n", m.name,
                   mean(m.times) * 1000, stddev(m.times) * 1000,
                   *std::min_element(m.times.begin(), m.times.end()) * 1000,
                   *std::max_element(m.times.begin(), m.times.end()) * 1000, m.cold * 1000, rel);
      }
      fclose(f);
    }
  }
  return 0;
}

} // namespace coil::cli
