# sys.getrefcount of constants and strings as CPython 3.11 reports them: the
# parser's arena holds one reference to each literal while the main script
# (or exec()/eval() source) runs; interned strings are mortal; the statically
# allocated objects (small ints, '', one-character strs and bytes, ()) start
# at 999999999.
import gc
import sys

x = 1000
y = 1000
print("module int", sys.getrefcount(x), x is y)
f1 = 2.5
print("module float", sys.getrefcount(f1))
neg = -1000
print("folded negative", sys.getrefcount(neg))
big = 2 ** 70
print("folded power", sys.getrefcount(big))
tup = (1000, 2000)
print("tuple constant", sys.getrefcount(tup), sys.getrefcount(tup[1]))
s = "hello"
print("identifier-like str", sys.getrefcount(s))
t = "hello world"
print("other str", sys.getrefcount(t))
t2 = "hello world"
print("same literal twice", sys.getrefcount(t), t is t2)
b = b"bytes!"
print("bytes", sys.getrefcount(b))
u = "".join(["ab", "cd"])
print("built at run time", sys.getrefcount(u))
v = sys.intern(u)
print("after sys.intern", sys.getrefcount(u), v is u)
del v
print("after del", sys.getrefcount(u))
w = "ab" + "cd_" + str(7)
print("concatenated", sys.getrefcount(w), w is sys.intern(w))


def f():
    local_num = 123456
    local_str = "local_name"
    return sys.getrefcount(local_num), sys.getrefcount(local_str)


print("function constants", f())


def g():
    return 123456


print("shared constant", sys.getrefcount(g()))
print("referrers", sorted(type(r).__name__ for r in gc.get_referrers(x)))

print("static objects", sys.getrefcount(1) > 10**9, sys.getrefcount(-5) > 10**9, sys.getrefcount(256) > 10**9,
      sys.getrefcount(257) < 100, sys.getrefcount("") > 10**9, sys.getrefcount("a") > 10**9,
      sys.getrefcount(()) > 10**9, sys.getrefcount(b"") > 10**9, sys.getrefcount(b"z") > 10**9)

exec("e1 = 778899\nprint('exec source', sys.getrefcount(e1))")
code = compile("e2 = 778800\nprint('compiled first', sys.getrefcount(e2))", "<s>", "exec")
exec(code)
print("eval", sys.getrefcount(eval("99887766")))
ns = {}
exec("def h():\n    return 'kept_by_code'\n", ns)
print("exec finished", sys.getrefcount(ns["h"]()))


class C:
    attr = 55555


print("class attribute", sys.getrefcount(C.attr))
