# Uncaught exception whose str() is empty, and a multi-arg one: the last traceback line.
import sys
print("stdout line")
print("stderr line", file=sys.stderr)
raise KeyError("a", "b")
