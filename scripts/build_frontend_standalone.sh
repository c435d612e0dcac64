#!/bin/bash
# Compiles the frontend files + the standalone driver (no runtime link).
set -e
OUT=/work/build-parser/standalone
mkdir -p $OUT
cd /work/main
FLAGS="-std=gnu++20 -O2 -g -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -I/work/main -DCOIL_FRONTEND_STANDALONE"
objs=""
for f in frontend/tokenizer.cpp frontend/string_literal.cpp frontend/parser.cpp frontend/parser_expr.cpp frontend/parser_stmt.cpp frontend/parser_match.cpp frontend/parser_strings.cpp frontend/ast.cpp tests/unit/frontend/standalone/ast_dump_tool.cpp; do
  o=$OUT/$(basename $f .cpp).o
  if [ ! -f $o ] || [ $f -nt $o ] || [ frontend/parser_impl.h -nt $o ] || [ frontend/tokenizer.h -nt $o ] || [ frontend/ast.h -nt $o ]; then
    flock /tmp/coil-build.lock g++ $FLAGS -c $f -o $o
  fi
  objs="$objs $o"
done
g++ -o $OUT/ast_dump_tool $objs -licuuc -licudata -lgmp
