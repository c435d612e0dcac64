# sys.exit with an integer: status 3; finally blocks run; SystemExit is catchable.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs on exit")
print("never")
