// Symbol table construction (pass 1: collect definitions/uses per block) and
// analysis (pass 2: resolve each name to local/global/free/cell), following
// CPython 3.11's symtable rules. Errors are CPython's SyntaxError messages
// located at the offending node (offset = col_offset + 1, as CPython).
#include "frontend/symtable.h"

#include <set>

namespace coil::frontend {

std::string mangle(const std::string& priv, const std::string& name) {
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return name;
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
    return name;
  if (name.find('.') != std::string::npos)
    return name;
  size_t i = 0;
  while (i < priv.size() && priv[i] == '_')
    i++;
  if (i == priv.size())
    return name;
  return "_" + priv.substr(i) + name;
}

namespace {
using namespace ast;

struct SymtableError {};

} // namespace

class SymtableBuilder {
public:
  SymtableBuilder(SymbolTable& t, const std::string& filename, SyntaxErrorInfo& err, bool fut)
      : t_(t), filename_(filename), err_(err), future_annotations_(fut) {}

  bool run(Mod* mod) {
    try {
      enter(BlockType::Module, "top", mod, 0, 0);
      t_.top_ = cur_;
      if (mod->kind == ModKind::Expression)
        expr(mod->expr);
      else
        for (auto* s : mod->body)
          stmt(s);
      leave();
      std::set<std::string> free, global;
      analyze_block(t_.top_, nullptr, free, global);
    } catch (SymtableError&) {
      return false;
    }
    return true;
  }

private:
  SymbolTable& t_;
  std::string filename_;
  SyntaxErrorInfo& err_;
  bool future_annotations_;
  Scope* cur_ = nullptr;
  std::vector<Scope*> stack_;

  [[noreturn]] void fail(const Node* n, const std::string& msg) {
    err_.type = "SyntaxError";
    err_.message = msg;
    err_.filename = filename_;
    err_.lineno = n->lineno;
    err_.offset = n->col_offset + 1;
    err_.end_lineno = n->end_lineno;
    err_.end_offset = n->end_col_offset + 1;
    throw SymtableError{};
  }

  void enter(BlockType type, const std::string& name, const Node* key, int lineno, int col) {
    auto s = std::make_unique<Scope>();
    Scope* sc = s.get();
    sc->name = name;
    sc->type = type;
    sc->key = key;
    sc->lineno = lineno;
    sc->col_offset = col;
    if (cur_) {
      if (cur_->nested || cur_->type == BlockType::Function)
        sc->nested = true;
      sc->private_name = cur_->private_name;
      cur_->children.push_back(sc);
    }
    t_.all_.push_back(std::move(s));
    t_.by_key_[key] = sc;
    stack_.push_back(sc);
    cur_ = sc;
  }
  void leave() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  int lookup(const std::string& name) { return cur_->flags_of(mangle(cur_->private_name, name)); }

  void add_def_in(Scope* sc, const std::string& raw, int flag, const Node* loc) {
    std::string name = mangle(sc->private_name, raw);
    auto it = sc->flags.find(name);
    int val = flag;
    if (it != sc->flags.end()) {
      if ((flag & DEF_PARAM) && (it->second & DEF_PARAM))
        fail(loc, "duplicate argument '" + name + "' in function definition");
      val |= it->second;
    } else {
      sc->order.push_back(name);
    }
    if ((it == sc->flags.end() || true) && sc->comp_iter_target) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        fail(loc, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
      val |= DEF_COMP_ITER;
    }
    sc->flags[name] = val;
    if ((flag & DEF_GLOBAL) && t_.top_ && sc != t_.top_) {
      // CPython records every global declaration in the module's symbols too.
      auto g = t_.top_->flags.find(name);
      if (g == t_.top_->flags.end()) {
        t_.top_->order.push_back(name);
        t_.top_->flags[name] = DEF_GLOBAL;
      } else {
        g->second |= DEF_GLOBAL;
      }
    }
    if (flag & DEF_PARAM)
      sc->varnames.push_back(name);
  }
  void add_def(const std::string& name, int flag, const Node* loc) { add_def_in(cur_, name, flag, loc); }

  // ---------------------------------------------------------------- statements
  void stmts(const std::vector<Stmt*>& v) {
    for (auto* s : v)
      stmt(s);
  }
  void exprs(const std::vector<Expr*>& v) {
    for (auto* e : v)
      if (e)
        expr(e);
  }

  void annotation(Expr* e) {
    if (!e)
      return;
    if (future_annotations_)
      return;
    expr(e);
  }

  void arguments_annotations(Arguments* a, Expr* returns) {
    for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (auto* arg : *v)
        annotation(arg->annotation);
    if (a->vararg)
      annotation(a->vararg->annotation);
    if (a->kwarg)
      annotation(a->kwarg->annotation);
    annotation(returns);
  }

  void params(Arguments* a) {
    for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (auto* arg : *v)
        add_def(arg->arg, DEF_PARAM, arg);
    if (a->vararg) {
      add_def(a->vararg->arg, DEF_PARAM, a->vararg);
      cur_->varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, DEF_PARAM, a->kwarg);
      cur_->varkeywords = true;
    }
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto* f = static_cast<FunctionDef*>(s);
      add_def(f->name, DEF_LOCAL, f);
      exprs(f->args->defaults);
      exprs(f->args->kw_defaults);
      arguments_annotations(f->args, f->returns);
      exprs(f->decorator_list);
      int line = f->lineno;
      enter(BlockType::Function, f->name, f, line, f->col_offset);
      if (s->kind == StmtKind::AsyncFunctionDef)
        cur_->coroutine = true;
      params(f->args);
      stmts(f->body);
      leave();
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<ClassDef*>(s);
      add_def(c->name, DEF_LOCAL, c);
      exprs(c->bases);
      for (auto* k : c->keywords) {
        expr(k->value);
      }
      exprs(c->decorator_list);
      enter(BlockType::Class, c->name, c, c->lineno, c->col_offset);
      cur_->private_name = c->name;
      stmts(c->body);
      leave();
      break;
    }
    case StmtKind::Return: {
      auto* r = static_cast<Return*>(s);
      if (r->value) {
        expr(r->value);
        cur_->returns_value = true;
      }
      break;
    }
    case StmtKind::Delete:
      exprs(static_cast<Delete*>(s)->targets);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      exprs(a->targets);
      expr(a->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      if (a->target->kind == ExprKind::Name) {
        auto* n = static_cast<Name*>(a->target);
        int cur = lookup(n->id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != t_.top_ && a->simple)
          fail(s, std::string("annotated name '") + n->id + "' can't be " +
                      ((cur & DEF_GLOBAL) ? "global" : "nonlocal"));
        if (a->simple)
          add_def(n->id, DEF_ANNOT | DEF_LOCAL, n);
        else if (a->value)
          add_def(n->id, DEF_LOCAL, n);
      } else {
        expr(a->target);
      }
      annotation(a->annotation);
      if (a->value)
        expr(a->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* a = static_cast<AugAssign*>(s);
      expr(a->target);
      expr(a->value);
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto* f = static_cast<For*>(s);
      expr(f->target);
      expr(f->iter);
      stmts(f->body);
      stmts(f->orelse);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<While*>(s);
      expr(w->test);
      stmts(w->body);
      stmts(w->orelse);
      break;
    }
    case StmtKind::If: {
      auto* i = static_cast<If*>(s);
      expr(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case StmtKind::Match: {
      auto* m = static_cast<Match*>(s);
      expr(m->subject);
      for (auto* c : m->cases) {
        pattern(c->pattern);
        if (c->guard)
          expr(c->guard);
        stmts(c->body);
      }
      break;
    }
    case StmtKind::Raise: {
      auto* r = static_cast<Raise*>(s);
      if (r->exc)
        expr(r->exc);
      if (r->cause)
        expr(r->cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<Try*>(s);
      stmts(t->body);
      stmts(t->orelse);
      for (auto* h : t->handlers) {
        if (h->type)
          expr(h->type);
        if (h->has_name)
          add_def(h->name, DEF_LOCAL, h);
        stmts(h->body);
      }
      stmts(t->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* a = static_cast<Assert*>(s);
      expr(a->test);
      if (a->msg)
        expr(a->msg);
      break;
    }
    case StmtKind::Import:
      for (auto* a : static_cast<Import*>(s)->names)
        import_alias(a, s);
      break;
    case StmtKind::ImportFrom:
      for (auto* a : static_cast<ImportFrom*>(s)->names)
        import_alias(a, s);
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
      bool is_global = s->kind == StmtKind::Global;
      auto& names = is_global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
      if (!is_global && cur_->type == BlockType::Module)
        fail(s, "nonlocal declaration not allowed at module level");
      const char* what = is_global ? "global" : "nonlocal";
      for (auto& name : names) {
        int cur = lookup(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          std::string msg;
          if (cur & DEF_PARAM)
            msg = "name '" + name + "' is parameter and " + what;
          else if (cur & USE)
            msg = "name '" + name + "' is used prior to " + what + " declaration";
          else if (cur & DEF_ANNOT)
            msg = "annotated name '" + name + "' can't be " + what;
          else
            msg = "name '" + name + "' is assigned to before " + what + " declaration";
          fail(s, msg);
        }
        add_def(name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, s);
        Node loc;
        loc.lineno = s->lineno;
        loc.col_offset = s->col_offset;
        loc.end_lineno = s->end_lineno;
        loc.end_col_offset = s->end_col_offset;
        directives_.emplace(std::make_pair(cur_, mangle(cur_->private_name, name)), loc);
      }
      break;
    }
    case StmtKind::Expr:
      expr(static_cast<ExprStmt*>(s)->value);
      break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue:
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto* w = static_cast<With*>(s);
      for (auto* item : w->items) {
        expr(item->context_expr);
        if (item->optional_vars)
          expr(item->optional_vars);
      }
      stmts(w->body);
      break;
    }
    }
  }

  void import_alias(Alias* a, Stmt* s) {
    std::string store = a->has_asname ? a->asname : a->name;
    size_t dot = store.find('.');
    if (dot != std::string::npos)
      store = store.substr(0, dot);
    if (store == "*") {
      if (cur_->type != BlockType::Module)
        fail(s, "import * only allowed at module level");
      return;
    }
    add_def(store, DEF_IMPORT, a);
  }

  void pattern(Pattern* p) {
    switch (p->kind) {
    case PatternKind::MatchValue:
      expr(static_cast<MatchValue*>(p)->value);
      break;
    case PatternKind::MatchSingleton:
      break;
    case PatternKind::MatchSequence:
      for (auto* q : static_cast<MatchSequence*>(p)->patterns)
        pattern(q);
      break;
    case PatternKind::MatchStar: {
      auto* m = static_cast<MatchStar*>(p);
      if (m->has_name)
        add_def(m->name, DEF_LOCAL, p);
      break;
    }
    case PatternKind::MatchMapping: {
      auto* m = static_cast<MatchMapping*>(p);
      exprs(m->keys);
      for (auto* q : m->patterns)
        pattern(q);
      if (m->has_rest)
        add_def(m->rest, DEF_LOCAL, p);
      break;
    }
    case PatternKind::MatchClass: {
      auto* m = static_cast<MatchClass*>(p);
      expr(m->cls);
      for (auto* q : m->patterns)
        pattern(q);
      for (auto* q : m->kwd_patterns)
        pattern(q);
      break;
    }
    case PatternKind::MatchAs: {
      auto* m = static_cast<MatchAs*>(p);
      if (m->pattern)
        pattern(m->pattern);
      if (m->has_name)
        add_def(m->name, DEF_LOCAL, p);
      break;
    }
    case PatternKind::MatchOr:
      for (auto* q : static_cast<MatchOr*>(p)->patterns)
        pattern(q);
      break;
    }
  }

  // ---------------------------------------------------------------- expressions
  void comprehension_error(Expr* e) {
    const char* what = "generator expression";
    if (cur_->name == "listcomp")
      what = "list comprehension";
    else if (cur_->name == "setcomp")
      what = "set comprehension";
    else if (cur_->name == "dictcomp")
      what = "dict comprehension";
    fail(e, std::string("'") + (e->kind == ExprKind::Await ? "await" : "yield") + "' inside " + what);
  }

  void named_expr(NamedExpr* e) {
    if (cur_->comp_iter_expr > 0)
      fail(e, "assignment expression cannot be used in a comprehension iterable expression");
    auto* target = static_cast<Name*>(e->target);
    if (cur_->comprehension) {
      // Bind in the nearest enclosing non-comprehension scope.
      std::string name = target->id;
      for (size_t i = stack_.size(); i-- > 0;) {
        Scope* sc = stack_[i];
        if (sc->comprehension) {
          int f = sc->flags_of(mangle(sc->private_name, name));
          if (f & DEF_COMP_ITER)
            fail(target,
                 "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
          continue;
        }
        if (sc->type == BlockType::Function) {
          int f = sc->flags_of(name);
          if (f & DEF_GLOBAL)
            add_def(name, DEF_GLOBAL, target);
          else
            add_def(name, DEF_NONLOCAL, target);
          add_def_in(sc, name, DEF_LOCAL, target);
          break;
        }
        if (sc->type == BlockType::Module) {
          add_def(name, DEF_GLOBAL, target);
          add_def_in(sc, name, DEF_GLOBAL, target);
          break;
        }
        fail(e, "assignment expression within a comprehension cannot be used in a class body");
      }
      expr(e->value);
      return;
    }
    expr(e->value);
    expr(e->target);
  }

  void comprehension(Expr* e, const char* scope_name, const std::vector<Comprehension*>& gens, Expr* elt,
                     Expr* value) {
    bool is_generator = e->kind == ExprKind::GeneratorExp;
    Comprehension* outermost = gens[0];
    cur_->comp_iter_expr++;
    expr(outermost->iter);
    cur_->comp_iter_expr--;
    enter(BlockType::Function, scope_name, e, e->lineno, e->col_offset);
    cur_->comprehension = true;
    if (outermost->is_async)
      cur_->coroutine = true;
    add_def(".0", DEF_PARAM, e);
    comp_target(outermost->target);
    exprs(outermost->ifs);
    for (size_t i = 1; i < gens.size(); i++) {
      Comprehension* g = gens[i];
      comp_target(g->target);
      cur_->comp_iter_expr++;
      expr(g->iter);
      cur_->comp_iter_expr--;
      exprs(g->ifs);
      if (g->is_async)
        cur_->coroutine = true;
    }
    if (value)
      expr(value);
    expr(elt);
    if (is_generator)
      cur_->generator = true;
    bool coro = cur_->coroutine;
    leave();
    if (coro && !is_generator)
      cur_->coroutine = true; // awaiting a non-generator comprehension makes the caller a coroutine
  }
  void comp_target(Expr* t) {
    cur_->comp_iter_target = 1;
    expr(t);
    cur_->comp_iter_target = 0;
  }

  void expr(Expr* e) {
    switch (e->kind) {
    case ExprKind::NamedExpr:
      named_expr(static_cast<NamedExpr*>(e));
      break;
    case ExprKind::BoolOp:
      exprs(static_cast<BoolOp*>(e)->values);
      break;
    case ExprKind::BinOp:
      expr(static_cast<BinOp*>(e)->left);
      expr(static_cast<BinOp*>(e)->right);
      break;
    case ExprKind::UnaryOp:
      expr(static_cast<UnaryOp*>(e)->operand);
      break;
    case ExprKind::Lambda: {
      auto* l = static_cast<Lambda*>(e);
      exprs(l->args->defaults);
      exprs(l->args->kw_defaults);
      enter(BlockType::Function, "lambda", e, e->lineno, e->col_offset);
      params(l->args);
      expr(l->body);
      leave();
      break;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      expr(i->test);
      expr(i->body);
      expr(i->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto* d = static_cast<Dict*>(e);
      exprs(d->keys);
      exprs(d->values);
      break;
    }
    case ExprKind::Set:
      exprs(static_cast<Set*>(e)->elts);
      break;
    case ExprKind::GeneratorExp: {
      auto* g = static_cast<GeneratorExp*>(e);
      comprehension(e, "genexpr", g->generators, g->elt, nullptr);
      break;
    }
    case ExprKind::ListComp: {
      auto* g = static_cast<ListComp*>(e);
      comprehension(e, "listcomp", g->generators, g->elt, nullptr);
      break;
    }
    case ExprKind::SetComp: {
      auto* g = static_cast<SetComp*>(e);
      comprehension(e, "setcomp", g->generators, g->elt, nullptr);
      break;
    }
    case ExprKind::DictComp: {
      auto* g = static_cast<DictComp*>(e);
      comprehension(e, "dictcomp", g->generators, g->key, g->value);
      break;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
      Expr* v =
          e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value : static_cast<YieldFrom*>(e)->value;
      if (v)
        expr(v);
      if (cur_->comprehension)
        comprehension_error(e);
      cur_->generator = true;
      break;
    }
    case ExprKind::Await:
      expr(static_cast<Await*>(e)->value);
      cur_->coroutine = true;
      break;
    case ExprKind::Compare:
      expr(static_cast<Compare*>(e)->left);
      exprs(static_cast<Compare*>(e)->comparators);
      break;
    case ExprKind::Call: {
      auto* c = static_cast<Call*>(e);
      expr(c->func);
      exprs(c->args);
      for (auto* k : c->keywords) {
        expr(k->value);
      }
      break;
    }
    case ExprKind::FormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      expr(f->value);
      if (f->format_spec)
        expr(f->format_spec);
      break;
    }
    case ExprKind::JoinedStr:
      exprs(static_cast<JoinedStr*>(e)->values);
      break;
    case ExprKind::Constant:
      break;
    case ExprKind::Attribute:
      expr(static_cast<Attribute*>(e)->value);
      break;
    case ExprKind::Subscript:
      expr(static_cast<Subscript*>(e)->value);
      expr(static_cast<Subscript*>(e)->slice);
      break;
    case ExprKind::Starred:
      expr(static_cast<Starred*>(e)->value);
      break;
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      if (s->lower)
        expr(s->lower);
      if (s->upper)
        expr(s->upper);
      if (s->step)
        expr(s->step);
      break;
    }
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(e);
      add_def(n->id, n->ctx == ExprContext::Load ? USE : DEF_LOCAL, n);
      if (n->ctx == ExprContext::Load && cur_->type == BlockType::Function && n->id == "super")
        add_def("__class__", USE, n);
      break;
    }
    case ExprKind::List:
      exprs(static_cast<List*>(e)->elts);
      break;
    case ExprKind::Tuple:
      exprs(static_cast<Tuple*>(e)->elts);
      break;
    }
  }

  // ---------------------------------------------------------------- analysis
  using NameSet = std::set<std::string>;

  void analyze_name(Scope* sc, const std::string& name, int flags, const NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL)
        fail_at(sc, name, "name '" + name + "' is nonlocal and global");
      sc->scopes[name] = ScopeKind::GlobalExplicit;
      global.insert(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound || !bound->count(name))
        fail_at(sc, name, "no binding for nonlocal '" + name + "' found");
      sc->scopes[name] = ScopeKind::Free;
      sc->free = true;
      free.insert(name);
      return;
    }
    if (flags & DEF_BOUND) {
      sc->scopes[name] = ScopeKind::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      sc->scopes[name] = ScopeKind::Free;
      sc->free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      sc->scopes[name] = ScopeKind::GlobalImplicit;
      return;
    }
    if (sc->nested)
      sc->free = true;
    sc->scopes[name] = ScopeKind::GlobalImplicit;
  }

  // Analysis errors are reported at the global/nonlocal statement that
  // declared the name (CPython's error_at_directive).
  [[noreturn]] void fail_at(Scope* sc, const std::string& name, const std::string& msg) {
    auto it = directives_.find(std::make_pair(sc, name));
    if (it != directives_.end())
      fail(&it->second, msg);
    Node n;
    n.lineno = n.end_lineno = sc->lineno;
    n.col_offset = n.end_col_offset = sc->col_offset;
    fail(&n, msg);
  }

  std::map<std::pair<Scope*, std::string>, Node> directives_;

private:
  void analyze_block(Scope* sc, const NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    if (sc->type == BlockType::Class) {
      newglobal = global;
      if (bound)
        newbound = *bound;
    }
    for (auto& name : sc->order)
      analyze_name(sc, name, sc->flags[name], bound, local, free, global);
    if (sc->type != BlockType::Class) {
      if (sc->type == BlockType::Function)
        newbound.insert(local.begin(), local.end());
      if (bound)
        newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : sc->children) {
      NameSet child_bound = newbound, child_global = newglobal, child_free;
      analyze_block(child, &child_bound, child_free, child_global);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->free || child->child_free)
        sc->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (sc->type == BlockType::Function) {
      for (auto& name : sc->order) {
        if (sc->scopes[name] == ScopeKind::Local && newfree.count(name)) {
          sc->scopes[name] = ScopeKind::Cell;
          newfree.erase(name);
        }
      }
    } else if (sc->type == BlockType::Class) {
      if (newfree.erase("__class__"))
        sc->needs_class_closure = true;
    }
    // update_symbols: free names of children become free here too.
    for (auto& name : newfree) {
      auto it = sc->flags.find(name);
      if (it != sc->flags.end()) {
        if (sc->type == BlockType::Class && (it->second & (DEF_BOUND | DEF_GLOBAL)))
          it->second |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name))
        continue;
      sc->order.push_back(name);
      sc->flags[name] = DEF_FREE;
      sc->scopes[name] = ScopeKind::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }
};

bool SymbolTable::build(ast::Mod* mod, const std::string& filename, SyntaxErrorInfo& error, bool fut) {
  SymtableBuilder b(*this, filename, error, fut);
  return b.run(mod);
}

} // namespace coil::frontend
