# Compile-time SyntaxWarnings: printed to stderr before the program runs.
x = 1
if x is 1:
    print("is with int literal")
if x is not "a":
    print("is not with str literal")
print(x is None, x is not True, x is ...)
print(x is -1, () is (), x is (1, 2))
items = [1, 2]
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1, 2][1.0]
except TypeError as e:
    print(e)
try:
    "abc"["b"]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    (lambda: 1)[0]
except TypeError as e:
    print(e)
print([10, 20][True], "abc"[1:], (1, 2)[x])
try:
    assert (x == 2, "message")
    print("assert passed: tuple is truthy")
except AssertionError:
    print("not reached")
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("y is 2", "<dyn>", "exec")
    compile("f'{1}'()", "<dyn>", "exec")
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("\n\nz is 'q'", "<err>", "exec")
    except SyntaxError as e:
        print("as error:", e.msg, e.filename, e.lineno, e.offset)
    for src in ["a is None", "a is b", "a() is True", "[x][0]", "{}['k']", "x()", "(1,)[0]"]:
        compile(src, "<ok>", "exec")
    print("no warnings for ordinary code")
