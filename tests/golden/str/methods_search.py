# find/rfind/index/rindex/count/startswith/endswith/replace/in.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.rindex("the"), s.count("the"), s.count("o"), s.count(""), "".count(""))
print(s.find(""), s.find("", 100), s.rfind(""), s.count("the", 5, -5), s.find("e", -5))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"),
      s.endswith(("x", "end")), s.endswith("the", 0, 34), s.startswith(""))
print(s.replace("the", "THE"), s.replace("the", "THE", 1), s.replace("", "-")[:12], s.replace("o", ""))
print("aaaa".replace("aa", "b"), "aaaa".count("aa"), "abc".replace("", "|"), "abc".replace("x", "y", 0))
print("fox" in s, "cat" not in s, "" in s, "" in "")
for call in [lambda: s.index("cat"), lambda: s.rindex("zzz"), lambda: s.startswith(["t"]),
             lambda: "abc".find(1), lambda: s.count()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("mississippi".partition("ss"), "mississippi".rpartition("ss"), "abc".partition("x"), "abc".rpartition("x"))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
