# itertools (every function incl. pairwise) and functools.
import itertools as it, functools, operator
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("count", lambda: list(it.islice(it.count(5, 2), 4)))
t("count float", lambda: list(it.islice(it.count(0.5, 0.25), 3)))
t("count repr", lambda: [it.count(), it.count(3, 2), it.count(1.5)])
t("cycle", lambda: list(it.islice(it.cycle("ab"), 5)))
t("repeat", lambda: [list(it.repeat(1, 3)), it.repeat("x", 2), list(it.repeat(0, -1))])
t("accumulate", lambda: [list(it.accumulate([1, 2, 3])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([]))])
t("chain", lambda: [list(it.chain("ab", [1])), list(it.chain.from_iterable(["ab", "c"]))])
t("chain bad", lambda: list(it.chain(1)))
t("compress", lambda: list(it.compress("abcd", [1, 0, 1])))
t("dropwhile", lambda: list(it.dropwhile(lambda x: x < 3, [1, 4, 1])))
t("takewhile", lambda: list(it.takewhile(lambda x: x < 3, [1, 4, 1])))
t("filterfalse", lambda: list(it.filterfalse(None, [0, 1, "", "a"])))
t("groupby", lambda: [(k, list(g)) for k, g in it.groupby("aabbbc")])
t("groupby key", lambda: [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
t("islice", lambda: [list(it.islice("abcdef", 2, None, 2)), list(it.islice("abc", None))])
t("islice bad", lambda: it.islice("abc", -1))
t("islice bad step", lambda: it.islice("abc", 0, 2, 0))
t("islice str", lambda: it.islice("abc", "1"))
t("starmap", lambda: list(it.starmap(pow, [(2, 3), (3, 2)])))
t("tee", lambda: [list(x) for x in it.tee("abc", 2)])
t("tee bad", lambda: it.tee("a", -1))
t("zip_longest", lambda: [list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest())])
t("zip_longest kw", lambda: it.zip_longest("a", foo=1))
t("product", lambda: [list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), list(it.product())])
t("product neg", lambda: it.product("a", repeat=-1))
t("permutations", lambda: [list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.permutations("a", 3))])
t("combinations", lambda: [list(it.combinations("abcd", 2)), list(it.combinations("ab", 3))])
t("combinations neg", lambda: it.combinations("ab", -1))
t("cwr", lambda: list(it.combinations_with_replacement("ab", 2)))
t("pairwise", lambda: [list(it.pairwise("abcd")), list(it.pairwise("a"))])
t("batched", lambda: hasattr(it, "batched"))
t("reduce", lambda: [functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1)])
t("reduce empty", lambda: functools.reduce(operator.add, []))
t("reduce bad", lambda: functools.reduce(operator.add, 5))
t("reduce args", lambda: functools.reduce(operator.add))
p = functools.partial(int, base=2)
t("partial", lambda: [p("101"), p.func, p.args, p.keywords, repr(p)])
t("partial nested", lambda: repr(functools.partial(functools.partial(max, 1), 2)))
t("partial bad", lambda: functools.partial(5))
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
def lru():
    sq(1); sq(2); sq(1); sq(3); sq(2)
    info = sq.cache_info()
    sq.cache_clear()
    return info, sq.cache_info(), sq.__wrapped__(4), sq.cache_parameters()
t("lru_cache", lru)
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
t("cache", lambda: [fact(10), fact.cache_info()])
t("lru unhashable", lambda: sq([1]))
class C:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n * 10
def cp():
    c = C()
    return c.val, c.val, c.n, "val" in vars(c), type(C.val).__name__
t("cached_property", cp)
@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
t("singledispatch", lambda: [show(1), show(True), show([1]), show("s"), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry)])
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
t("total_ordering", lambda: [V(1) <= V(2), V(3) > V(2), V(2) >= V(2)])
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "doc here"
t("wraps", lambda: [documented.__name__, documented.__doc__, documented.__wrapped__.__name__])
t("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
t("operator", lambda: [operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.attrgetter("a.b") if False else None, operator.methodcaller("upper")("x")])
t("operator reprs", lambda: [repr(operator.itemgetter(1)), repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y", "z")), repr(operator.methodcaller("f", 1, k=2))])
t("itemgetter bad", lambda: operator.itemgetter(5)([1]))
t("attrgetter bad", lambda: operator.attrgetter("nope")(1))
t("attrgetter type", lambda: operator.attrgetter(1))
t("operator funcs", lambda: [operator.add(1, 2), operator.neg(3), operator.not_(0), operator.index(5), operator.length_hint([1, 2]), operator.concat([1], [2]), operator.contains("ab", "a"), operator.countOf([1, 1], 1), operator.indexOf([1, 2], 2)])
t("operator concat bad", lambda: operator.concat(1, 2))
t("operator index bad", lambda: operator.index(1.5))
