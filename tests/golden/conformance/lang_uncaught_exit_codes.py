import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    exit("bye")
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
print("now really exiting")
sys.exit(True)
