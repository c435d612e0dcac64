# __name__ == "__main__", __file__-independent module attributes and sys basics.
import sys
def main():
    print("running main")
    return 0
print(__name__)
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name in ("cpython", "coil"))
print(type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.getrecursionlimit())
if __name__ == "__main__":
    sys.exit(main())
