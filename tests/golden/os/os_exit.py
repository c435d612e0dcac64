# os._exit ends the process at once with the given status: no finally
# blocks, no atexit handlers, no flushing of buffered output.
import atexit
import os
import sys

atexit.register(lambda: print("atexit must not run"))
print("flushed before _exit", flush=True)
sys.stdout.write("still buffered, lost\n")
try:
    os._exit(3)
finally:
    print("finally must not run")
