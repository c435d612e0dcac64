# One compilation shares equal constants across all its code objects (the
# compiler's constant cache), whether or not they are interned.
def same(a, b):
    return a is b

a = "hello world!"
def other():
    return "hello world!"
print("other code object", other() is a, other() == a)

def non_ascii():
    return "h\u00e9llo"
print("non-ascii", same(non_ascii(), "h\u00e9llo"))

def with_space():
    return "a b"
print("with space", same(with_space(), "a b"))

big = 10 ** 30
def big_const():
    return 10 ** 30
print("folded big int", same(big_const(), big))

def tup():
    return (1, "a b", 2.5)
print("tuple", same(tup(), (1, "a b", 2.5)))

def fl():
    return 2.5
print("float", same(fl(), 2.5))

class K:
    label = "shared label!"
    def get(self):
        return "shared label!"
print("class body and method", same(K.label, K().get()))
