# print(file=sys.stderr), flush, sys.stdout.write return values; stdout and stderr kept apart.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written directly\n")
print(n)
sys.stderr.write("direct stderr\n")
print("a", "b", sep="|", end="!\n", file=sys.stderr, flush=True)
print("done", flush=True)
