# memoryview over bytes and bytearray: attributes, indexing, slicing,
# conversion, comparison, hashing, release and error cases.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


b = b"hello world"
m = memoryview(b)
print(type(m).__name__, len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.obj is b, m[0], m[-1], m[4])
print(m[1:5].tobytes(), bytes(m[::2]), m[::-1].tobytes(), m[2:2].tobytes())
print(m.tolist()[:5], m.hex(), m[:4].hex(":"), m[:6].hex("-", 2), m[:6].hex(" ", -4))
print(bytes(m) == b, m == b, m == bytearray(b), m == memoryview(b), m != b"x", m == "hello world")
print(hash(m) == hash(b), hash(m[1:3]) == hash(b"el"))
print(list(m[:3]), b"-".join([m[:2], m[3:5]]), b"ab" + m[:2], m[6:].tobytes().upper())
print(len(m[3:]), m[3:].nbytes, m[::3].strides, m[::3].shape, m[::-2].tolist())
attempt("index out of range", lambda: m[11])
attempt("index out of range neg", lambda: m[-12])
attempt("index str", lambda: m["a"])
attempt("index float", lambda: m[1.0])
attempt("assign readonly", lambda: m.__setitem__(0, 1))
attempt("del item", lambda: m.__delitem__(0))
attempt("bad ctor", lambda: memoryview("abc"))
attempt("bad ctor int", lambda: memoryview(5))
attempt("no args", lambda: memoryview())
attempt("hash bytearray view", lambda: hash(memoryview(bytearray(b"ab"))))
attempt("lt", lambda: m < m)

ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 65
w[1:3] = b"BC"
w[-1] = ord("F")
w[3:5] = memoryview(b"DE")
print(ba, w.tobytes())
attempt("assign big", lambda: w.__setitem__(0, 256))
attempt("assign neg", lambda: w.__setitem__(0, -1))
attempt("assign str", lambda: w.__setitem__(0, "a"))
attempt("assign len mismatch", lambda: w.__setitem__(slice(0, 2), b"xyz"))
attempt("assign slice int", lambda: w.__setitem__(slice(0, 2), 5))
attempt("append while exported", lambda: ba.append(1))
attempt("extend while exported", lambda: ba.extend(b"12"))
attempt("del while exported", lambda: ba.__delitem__(0))
ba[0] = 97
print(w[0], ba[:3])
w2 = w[2:4]
w.release()
attempt("released len", lambda: len(w))
attempt("released getitem", lambda: w[0])
attempt("released tobytes", lambda: w.tobytes())
attempt("released obj", lambda: w.obj)
attempt("released nbytes", lambda: w.nbytes)
print(repr(w).startswith("<released memory at 0x"), repr(w2).startswith("<memory at 0x"))
attempt("still exported via slice", lambda: ba.append(1))
w2.release()
ba.append(33)
print(ba)
w.release()
print("double release ok")

with memoryview(bytearray(b"xyz")) as cm:
    print(cm.tobytes(), cm.readonly)
attempt("after with", lambda: cm[0])

ro = memoryview(bytearray(b"abc")).toreadonly()
print(ro.readonly, ro.tobytes())
attempt("readonly assign", lambda: ro.__setitem__(0, 1))

m3 = memoryview(b"abc")
m4 = memoryview(m3)
print(m4.obj is m3.obj, m4.tobytes(), m4 == m3)
it = iter(memoryview(b"xy"))
print(next(it), next(it))
attempt("next end", lambda: next(it))
print(bytearray(memoryview(b"qq")), list(memoryview(b"AB")), b"B" in memoryview(b"AB"), 66 in memoryview(b"AB"))
print(str(memoryview(b"")[:].tobytes()), memoryview(b"").tolist(), memoryview(b"").hex())
attempt("tobytes order", lambda: m[:3].tobytes(order="F"))
attempt("tobytes bad order", lambda: m[:3].tobytes(order="Z"))
attempt("hex bad sep", lambda: m.hex("ab"))
