# sys.exit() and sys.exit(None) and sys.exit(0) all mean success.
import sys
print("exit with None")
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("code:", e.code)
sys.exit(0)
