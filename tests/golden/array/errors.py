# array.array errors: typecodes, initializers, ranges per typecode,
# index/slice errors, methods' errors.
import array

A = array.array
cases = ['A("x")', 'A("w")', 'A(1)', 'A("bb")', 'A()', 'A("i", [], 1)', 'A("i", "abc")',
         'A("i", [1.5])', 'A("f", ["a"])', 'A("u", [1])', 'A("u", ["ab"])', 'A("i", b"abc")',
         'A("i", A("u", "ab"))', 'A("i", 5)',
         'A("i", [1]).index(5)', 'A("i", [1]).remove(5)', 'A("i").pop()', 'A("i", [1]).pop(5)',
         'A("i", [1])[5]', 'A("i", [1])["a"]', 'A("i", [1]) + A("f")', 'A("i", [1]) + [1]',
         'A("i", [1]).frombytes(b"abc")', 'A("i", [1]).frombytes("abc")', 'A("i", [1]).tounicode()',
         'A("i").fromunicode("x")', 'A("u").fromunicode(b"x")', 'A("i").fromlist((1, 2))',
         'A("i", [1]).extend([1.5])', 'A("i", [1]).extend(A("f"))', 'A("i", [1]).extend(5)',
         'A("i", [1]).insert("x", 1)', 'A("i").insert(0)', 'hash(A("i"))', 'A("i").__iadd__([1])']
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    for v in (-2 ** 70, -2 ** 63 - 1, -2 ** 31 - 1, -2 ** 15 - 1, -129, -1, 128, 256, 2 ** 15, 2 ** 16,
              2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, 2 ** 70):
        try:
            r = A(tc, [v])
            print(tc, v, "ok", r[0] == v)
        except OverflowError as e:
            print(tc, v, "OverflowError", e)

a = A("i", [1, 2, 3])
for stmt in ["a[5] = 1", "del a[5]", "a[0] = 'x'", "a[0:1] = [5]", "a[::2] = A('i', [1])",
             "a[0:1] = A('d', [1.0])", "a['x'] = 1", "a[0] = 2 ** 40"]:
    try:
        exec(stmt)
        print(stmt, a)
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(a)
a = A("b", [1, 2, 3])
try:
    a.fromlist([4, 5, 1000])
except OverflowError as e:
    print(e, a)
