#include "frontend/caret_anchors.h"

#include <string>

#include "frontend/parser.h"
#include "runtime/thread_state.h"

namespace coil::frontend {

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v';
}

bool find_caret_anchors(std::string_view segment, int* left_end, int* right_start, int* right_end) {
  ast::Arena arena;
  SyntaxErrorInfo error;
  ast::Mod* mod = parse(segment, "<string>", ParseMode::Exec, arena, error);
  if (!mod || mod->body.size() != 1 || mod->body[0]->kind != ast::StmtKind::Expr)
    return false;
  auto* expr = static_cast<ast::ExprStmt*>(mod->body[0])->value;
  // The segment is a single line, so column offsets index it directly.
  if (expr->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<ast::BinOp*>(expr);
    int from = b->left->end_col_offset, to = b->right->col_offset;
    for (int i = from; i < to && i < static_cast<int>(segment.size()); i++) {
      if (is_space(segment[i]))
        continue;
      *left_end = i;
      *right_start = i + 1;
      if (i + 1 < to && !is_space(segment[i + 1]))
        ++*right_start; // a two-character operator such as //
      *right_end = static_cast<int>(segment.size());
      return true;
    }
    return false;
  }
  if (expr->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<ast::Subscript*>(expr);
    *left_end = s->value->end_col_offset;
    *right_start = s->slice->end_col_offset + 1;
    *right_end = static_cast<int>(segment.size());
    return true;
  }
  return false;
}

void install_caret_anchors() {
  Interpreter::main()->caret_anchors_hook = find_caret_anchors;
}

} // namespace coil::frontend
