# sys.argv with arguments from the .args file (one per line, spaces kept).
import sys
print(len(sys.argv))
for i, arg in enumerate(sys.argv):
    print(i, repr(arg))
print(sys.argv[0].endswith("argv.py"))
