# Impossible allocations raise MemoryError (or CPython's OverflowError where
# the size is not representable), never crash.
import sys

cases = [
    "[0] * 2**62", "'x' * 2**62", "b'x' * 2**62", "bytearray(2**62)", "bytes(2**62)",
    "list(range(2**62))", "(1,) * 2**62", "[None] * 2**60", "'ab' * 2**61", "[1, 2] * 2**62",
    "'{:1000000000000}'.format(1)", "f'{1:{2**40}}'", "'%*d' % (2**40, 1)",
    "'a'.ljust(2**62)", "'a'.center(2**62)", "'a'.zfill(2**62)", "b'x'.ljust(2**62)",
"1 << 2**62", "1 << 2**40",
    "[0] * 2**63", "'x' * 2**63", "(sys.maxsize + 1) * [0]", "sys.maxsize * [0]",
    "bytes(range(10)) * 2**62", "'xyz' * 2**62", "'abc'.replace('', 'x' * 2**61)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except (MemoryError, OverflowError) as e:
        print(c, "->", type(e).__name__, e)
