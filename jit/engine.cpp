// The JIT engine: LLVM ORC (LLJIT over JITLink), the optimisation pipeline,
// the compile worker thread, dumps, the perf map and GDB registration. The
// library's one exported symbol is coil_jit_init, which the interpreter's
// tiering policy calls after dlopen (interp/tiering.cpp).
//
// Invariants
// - Lowering (reading the code object) happens on the interpreter's thread;
//   optimisation and code generation of a module happen on the worker
//   thread (or in place with --jit-sync), each module in its own
//   LLVMContext, so the two never share LLVM state.
// - Finished compilations are installed into code->jit_entry only on the
//   interpreter's thread (poll), which also releases the reference a
//   queued job holds on its code object.
// - Compiled code is never freed while its code object lives; a code object
//   that dies leaves its (unreachable) native code in place.
#include <llvm/ExecutionEngine/JITLink/JITLink.h>
#include <llvm/ExecutionEngine/Orc/Debugging/DebuggerSupport.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderGDB.h>
#include <llvm/IR/AssemblyAnnotationWriter.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FormattedStream.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/TargetParser/Host.h>
#include <llvm/Transforms/Utils/Cloning.h>

#include <dlfcn.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fmt/format.h>
#include <map>
#include <mutex>
#include <thread>

#include "bytecode/opcodes.h"
#include "interp/tiering.h"
#include "jit/analysis.h"
#include "jit/lower.h"
#include "runtime/errors.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::jit {

using namespace llvm;
using interp::JitRecord;
using interp::JitStatus;

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// ---------------------------------------------------------------- dumps

// Prints "; <offset> <OPNAME> <arg>  (line N)" before the first IR
// instruction of each bytecode instruction (marked with !coil.bc).
class BytecodeAnnotator : public AssemblyAnnotationWriter {
public:
  BytecodeAnnotator(CodeObject* code, unsigned kind) : code_(code), kind_(kind) {}
  void emitInstructionAnnot(const Instruction* I, formatted_raw_ostream& os) override {
    MDNode* md = I->getMetadata(kind_);
    if (!md || md->getNumOperands() == 0)
      return;
    auto* c = mdconst::dyn_extract<ConstantInt>(md->getOperand(0));
    if (!c)
      return;
    int index = static_cast<int>(c->getZExtValue());
    int op = code_->code[index] & 0xFF;
    int arg = code_->code[index] >> 8;
    for (int i = index - 1; i >= 0 && (code_->code[i] & 0xFF) == bytecode::EXTENDED_ARG; i--)
      arg |= (code_->code[i] >> 8) << (8 * (index - i));
    int line = code_line(code_, index);
    os << "  ; " << index * 2 << " " << bytecode::opcode_name(op);
    if (op >= bytecode::HAVE_ARGUMENT)
      os << " " << arg;
    if (line >= 0)
      os << "  (line " << line << ")";
    os << "\n";
  }

private:
  CodeObject* code_;
  unsigned kind_;
};

std::string module_text(Module& m, CodeObject* code) {
  std::string s;
  raw_string_ostream os(s);
  BytecodeAnnotator ann(code, m.getContext().getMDKindID("coil.bc"));
  m.print(os, &ann);
  return s;
}

std::string safe_file_name(const std::string& s) {
  std::string out;
  for (char c : s)
    out += (isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-') ? c : '_';
  return out;
}

// ---------------------------------------------------------------- jobs

struct Job {
  JitRecord* rec;
  CodeObject* code;
  std::unique_ptr<LLVMContext> ctx;
  std::unique_ptr<Module> mod;
  std::string fn_name;
  bool ok = false;
  std::string error;
  uint64_t address = 0;
};

class Engine;
Engine* engine = nullptr;

// Records the address and size of every function JITLink places.
class SizePlugin : public orc::ObjectLinkingLayer::Plugin {
public:
  explicit SizePlugin(Engine* e) : e_(e) {}
  void modifyPassConfig(orc::MaterializationResponsibility&, jitlink::LinkGraph&,
                        jitlink::PassConfiguration& config) override;
  Error notifyFailed(orc::MaterializationResponsibility&) override { return Error::success(); }
  Error notifyRemovingResources(orc::JITDylib&, orc::ResourceKey) override { return Error::success(); }
  void notifyTransferringResources(orc::JITDylib&, orc::ResourceKey, orc::ResourceKey) override {}

private:
  Engine* e_;
};

class Engine {
public:
  Interpreter* interp;
  std::unique_ptr<orc::LLJIT> jit;
  std::unique_ptr<TargetMachine> tm; // for --dump-asm
  std::mutex sizes_mu;
  std::map<std::string, std::pair<uint64_t, uint64_t>> sizes; // symbol -> (address, size)
  FILE* perf_map = nullptr;

  // worker
  std::thread worker;
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Job*> queue;
  std::vector<Job*> done;
  bool stopping = false;
  bool finalized = false;

  int init(Interpreter* in) {
    interp = in;
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
    auto jtmb = orc::JITTargetMachineBuilder::detectHost();
    if (!jtmb)
      return -1;
    jtmb->setCodeGenOptLevel(in->config.jit_opt == 0   ? CodeGenOptLevel::None
                             : in->config.jit_opt == 1 ? CodeGenOptLevel::None
                             : in->config.jit_opt == 2 ? CodeGenOptLevel::Default
                                                       : CodeGenOptLevel::Aggressive);
    auto tm_or = jtmb->createTargetMachine();
    if (!tm_or)
      return -1;
    tm = std::move(*tm_or);
    auto built = orc::LLJITBuilder()
                     .setJITTargetMachineBuilder(*jtmb)
                     .setObjectLinkingLayerCreator(
                         [this](orc::ExecutionSession& es,
                                const Triple&) -> Expected<std::unique_ptr<orc::ObjectLayer>> {
                           auto layer = std::make_unique<orc::ObjectLinkingLayer>(es);
                           layer->addPlugin(std::make_unique<SizePlugin>(this));
                           return layer;
                         })
                     .create();
    if (!built) {
      consumeError(built.takeError());
      return -1;
    }
    jit = std::move(*built);
    if (in->config.gdb_jit) {
      // libLLVM came in RTLD_LOCAL (with this library), so the registration
      // entry points GDB support looks up in the process are not visible:
      // promote libLLVM to the global scope.
      Dl_info info;
      if (dladdr(reinterpret_cast<void*>(&llvm_orc_registerJITLoaderGDBWrapper), &info) && info.dli_fname)
        dlopen(info.dli_fname, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
      if (Error e = orc::enableDebuggerSupport(*jit))
        fmt::print(stderr, "coil: --gdb-jit unavailable: {}\n", toString(std::move(e)));
    }
    orc::SymbolMap syms;
    for (const HelperSym& h : helper_symbols())
      syms[jit->mangleAndIntern(h.name)] = {orc::ExecutorAddr::fromPtr(h.address),
                                            JITSymbolFlags::Exported | JITSymbolFlags::Callable};
    if (Error e = jit->getMainJITDylib().define(orc::absoluteSymbols(std::move(syms)))) {
      consumeError(std::move(e));
      return -1;
    }
    if (in->config.perf_map) {
      std::string path = fmt::format("/tmp/perf-{}.map", getpid());
      perf_map = fopen(path.c_str(), "a");
    }
    return 0;
  }

  // Lowers a code object into a fresh module (interpreter thread).
  bool lower(JitRecord* rec, Job& job) {
    auto t0 = std::chrono::steady_clock::now();
    CodeObject* code = job.code;
    Analysis an;
    if (!analyse(code, an)) {
      job.error = an.error;
      return false;
    }
    job.ctx = std::make_unique<LLVMContext>();
    std::string base = rec->module + ":" + rec->qualname;
    job.mod = std::make_unique<Module>(base, *job.ctx);
    job.mod->setDataLayout(jit->getDataLayout());
    job.mod->setTargetTriple(jit->getTargetTriple().str());
    // Symbol names are unique per process: a second code object with the
    // same qualname (a redefinition, a nested function) gets a suffix.
    job.fn_name = base;
    if (used_names_[base]++)
      job.fn_name = fmt::format("{}#{}", base, used_names_[base] - 1);
    Lowering L(*job.ctx, *job.mod, code, an, job.fn_name);
    if (!L.run()) {
      job.error = L.error;
      return false;
    }
    std::string verr;
    raw_string_ostream vos(verr);
    if (verifyModule(*job.mod, &vos)) {
      job.error = "invalid IR: " + verr;
      if (interp->config.dump_ir_pre)
        dump(rec, "pre", module_text(*job.mod, code), ".ll");
      return false;
    }
    int n = 0;
    for (auto& bb : *L.function())
      n += static_cast<int>(bb.size());
    rec->ir_instructions = n;
    rec->lower_ms = ms_since(t0);
    if (interp->config.dump_ir_pre)
      dump(rec, "pre", module_text(*job.mod, code), ".ll");
    return true;
  }

  void optimize(Module& m) {
    int level = interp->config.jit_opt;
    LoopAnalysisManager lam;
    FunctionAnalysisManager fam;
    CGSCCAnalysisManager cgam;
    ModuleAnalysisManager mam;
    PassBuilder pb(tm.get());
    pb.registerModuleAnalyses(mam);
    pb.registerCGSCCAnalyses(cgam);
    pb.registerFunctionAnalyses(fam);
    pb.registerLoopAnalyses(lam);
    pb.crossRegisterProxies(lam, fam, cgam, mam);
    ModulePassManager mpm;
    if (level == 1) {
      // Coil's own short pipeline (docs/JIT.md has the measurements): the
      // lowering stores stack slots and reloads them, and leaves one block
      // per instruction; these passes forward the stores, fold the
      // constants and merge the blocks, at a fraction of O1's cost.
      if (Error e = pb.parsePassPipeline(mpm, "function(early-cse<memssa>,instcombine<no-verify-fixpoint>,"
                                              "simplifycfg,dse)"))
        consumeError(std::move(e));
    } else {
      mpm = level == 0   ? pb.buildO0DefaultPipeline(OptimizationLevel::O0)
            : level == 2 ? pb.buildPerModuleDefaultPipeline(OptimizationLevel::O2)
                         : pb.buildPerModuleDefaultPipeline(OptimizationLevel::O3);
    }
    mpm.run(m, mam);
  }

  std::string assembly(Module& m) {
    std::unique_ptr<Module> clone = CloneModule(m);
    SmallString<0> buf;
    raw_svector_ostream os(buf);
    legacy::PassManager pm;
    if (tm->addPassesToEmitFile(pm, os, nullptr, CodeGenFileType::AssemblyFile))
      return "; (no assembly printer for this target)\n";
    pm.run(*clone);
    return std::string(buf.str());
  }

  void dump(JitRecord* rec, const char* stage, const std::string& text, const char* ext) {
    std::string name = rec->module + ":" + rec->qualname;
    const std::string& dir = interp->config.dump_dir;
    if (!dir.empty()) {
      std::string path = fmt::format("{}/{}.{}{}", dir, safe_file_name(name), stage, ext);
      if (FILE* f = fopen(path.c_str(), "w")) {
        fwrite(text.data(), 1, text.size(), f);
        fclose(f);
      }
      return;
    }
    fmt::print(stderr, "; ---- {} ({}) ----\n{}", name, stage, text);
    fflush(stderr);
  }

  // Optimises and generates code (worker thread or in place).
  void codegen(Job& job) {
    auto t0 = std::chrono::steady_clock::now();
    optimize(*job.mod);
    if (interp->config.dump_ir_post)
      dump(job.rec, "post", module_text(*job.mod, job.code), ".ll");
    if (interp->config.dump_asm)
      dump(job.rec, "asm", assembly(*job.mod), ".s");
    auto rt = jit->getMainJITDylib().createResourceTracker();
    std::string name = job.fn_name;
    if (Error e = jit->addIRModule(rt, orc::ThreadSafeModule(std::move(job.mod), std::move(job.ctx)))) {
      job.error = toString(std::move(e));
      return;
    }
    auto sym = jit->lookup(name);
    if (!sym) {
      job.error = toString(sym.takeError());
      return;
    }
    job.address = sym->getValue();
    job.rec->compile_ms = ms_since(t0);
    {
      std::lock_guard<std::mutex> g(sizes_mu);
      auto it = sizes.find(name);
      if (it != sizes.end())
        job.rec->code_bytes = it->second.second;
    }
    if (perf_map) {
      fmt::print(perf_map, "{:x} {:x} py::{}\n", job.address, job.rec->code_bytes, name);
      fflush(perf_map);
    }
    job.ok = true;
  }

  // Interpreter thread: publish a finished job.
  void install(Job* job) {
    JitRecord* rec = job->rec;
    if (job->ok) {
      job->code->jit_entry = reinterpret_cast<void*>(job->address);
      rec->status = JitStatus::Compiled;
      interp::tier_trace(fmt::format("compiled {}:{} ({}; {} IR instructions, {:.2f} ms lowering + {:.2f} ms "
                                     "codegen, {} bytes)",
                                     rec->module, rec->qualname, rec->reason, rec->ir_instructions,
                                     rec->lower_ms, rec->compile_ms, rec->code_bytes)
                             .c_str());
    } else {
      rec->status = JitStatus::Failed;
      rec->reason = job->error;
      interp::tier_trace(fmt::format("failed {}:{}: {}", rec->module, rec->qualname, job->error).c_str());
    }
  }

  void request(JitRecord* rec, bool sync) {
    auto* job = new Job();
    job->rec = rec;
    job->code = rec->code;
    if (!lower(rec, *job)) {
      install(job);
      delete job;
      return;
    }
    if (sync || finalized) {
      codegen(*job);
      install(job);
      delete job;
      return;
    }
    incref(job->code);
    {
      std::lock_guard<std::mutex> g(mu);
      queue.push_back(job);
      if (!worker.joinable())
        worker = std::thread([this] { run_worker(); });
    }
    cv.notify_one();
  }

  void run_worker() {
    for (;;) {
      Job* job;
      {
        std::unique_lock<std::mutex> lk(mu);
        cv.wait(lk, [this] { return stopping || !queue.empty(); });
        if (queue.empty())
          return;
        job = queue.front();
        queue.pop_front();
      }
      codegen(*job);
      std::lock_guard<std::mutex> g(mu);
      done.push_back(job);
    }
  }

  void poll() {
    std::vector<Job*> ready;
    {
      std::lock_guard<std::mutex> g(mu);
      ready.swap(done);
    }
    for (Job* job : ready) {
      install(job);
      decref(job->code);
      delete job;
    }
  }

  void finalize() {
    // The program is over: compilations still queued are dropped (only the
    // one in progress is waited for), so a short script never waits for
    // code it will not run.
    std::deque<Job*> dropped;
    {
      std::lock_guard<std::mutex> g(mu);
      stopping = true;
      dropped.swap(queue);
    }
    cv.notify_all();
    if (worker.joinable())
      worker.join();
    poll();
    for (Job* job : dropped) {
      job->rec->status = JitStatus::Skipped;
      job->rec->reason = "the program ended before its compilation";
      decref(job->code);
      delete job;
    }
    finalized = true;
    if (perf_map) {
      fclose(perf_map);
      perf_map = nullptr;
    }
  }

  Object* dump_ir(CodeObject* code, bool optimized) {
    JitRecord* rec = static_cast<JitRecord*>(code->jit_state);
    Job job;
    job.code = code;
    // Dumping is not compiling: keep the record's figures and flags as they are.
    JitRecord scratch;
    scratch.module = rec->module;
    scratch.qualname = rec->qualname;
    job.rec = &scratch;
    bool pre = interp->config.dump_ir_pre;
    interp->config.dump_ir_pre = false;
    bool ok = lower(&scratch, job);
    interp->config.dump_ir_pre = pre;
    used_names_[rec->module + ":" + rec->qualname]--;
    if (!ok)
      return err_format(RuntimeError, "cannot lower {}:{}: {}", rec->module, rec->qualname, job.error);
    if (optimized)
      optimize(*job.mod);
    return str_from_utf8(module_text(*job.mod, code));
  }

private:
  std::map<std::string, int> used_names_;
};

void SizePlugin::modifyPassConfig(orc::MaterializationResponsibility&, jitlink::LinkGraph&,
                                  jitlink::PassConfiguration& config) {
  config.PostFixupPasses.push_back([this](jitlink::LinkGraph& g) -> Error {
    std::lock_guard<std::mutex> lk(e_->sizes_mu);
    for (auto* sym : g.defined_symbols()) {
      if (sym->hasName() && sym->isCallable())
        e_->sizes[sym->getName().str()] = {sym->getAddress().getValue(), sym->getSize()};
    }
    return Error::success();
  });
}

void api_request(JitRecord* rec, bool sync) {
  engine->request(rec, sync);
}
void api_poll() {
  engine->poll();
}
Object* api_dump_ir(CodeObject* code, bool optimized) {
  return engine->dump_ir(code, optimized);
}
void api_finalize() {
  engine->finalize();
}

} // namespace

} // namespace coil::jit

extern "C" __attribute__((visibility("default"))) int coil_jit_init(coil::Interpreter* interp,
                                                                    coil::interp::JitApi* api) {
  using namespace coil::jit;
  if (!engine) {
    auto* e = new Engine();
    if (e->init(interp) != 0) {
      delete e;
      return -1;
    }
    engine = e;
  }
  api->abi_version = coil::interp::JIT_ABI_VERSION;
  api->request = api_request;
  api->poll = api_poll;
  api->dump_ir = api_dump_ir;
  api->finalize = api_finalize;
  return 0;
}
