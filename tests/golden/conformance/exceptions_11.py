# sys.exit variants and SystemExit handling
import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
try:
    exit_fn = sys.exit
    exit_fn(None)
except SystemExit as e:
    print("None code", e.code)


def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")


try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print("about to exit with message")
sys.stdout.flush()
sys.exit("fatal: giving up")
