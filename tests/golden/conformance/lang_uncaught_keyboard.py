import sys
print("before")
sys.stdout.flush()
raise KeyboardInterrupt
