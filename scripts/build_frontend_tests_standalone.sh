set -e
OUT=/work/build-parser/standalone
cd /work/main
FLAGS="-std=gnu++20 -O1 -g -Wall -Wextra -Wno-unused-parameter -I/work/main -DCOIL_FRONTEND_STANDALONE -DCOIL_TEST_DATA_DIR=\"/work/main/tests/unit/frontend/data\""
for t in tokenizer_test parser_test; do flock /tmp/coil-build.lock g++ $FLAGS -c tests/unit/frontend/$t.cpp -o $OUT/$t.o; done
cat > $OUT/shim.cpp <<'X'
#include "runtime/object.h"
#include <cstdlib>
#include <string>
namespace coil { void dealloc(Object*) { std::abort(); } Object* object_repr(Object*) { std::abort(); } std::string str_to_std(Object*) { std::abort(); } }
X
g++ -std=gnu++20 -I/work/main -c $OUT/shim.cpp -o $OUT/shim.o
objs=$(ls $OUT/*.o | grep -v ast_dump_tool.o | grep -v shim.o)
g++ -o $OUT/frontend_tests $objs $OUT/shim.o -lgtest -lgtest_main -licuuc -licudata -lgmp -lpthread
