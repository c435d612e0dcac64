# itertools.islice: CPython's argument checks and messages.
import itertools as it
import sys
for args in [(), ([1],), ([1], -1), ([1], -2), ([1], 0, -1), ([1], -1, 2), ([1], 0, 1, 0), ([1], 0, 1, -1),
             ([1], 'a'), ([1], 'a', 2), ([1], 1, 'b'), ([1], 1, 2, 'c'), ([1], 1.0), ([1], 2 ** 70),
             ([1], 1, 2, 3, 4), (1, 2), ([1], None, None, None), ([1], sys.maxsize)]:
    try:
        print(args, list(it.islice(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    it.islice([1], stop=1)
except TypeError as e:
    print('TypeError', e)
