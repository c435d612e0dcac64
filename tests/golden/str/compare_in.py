# String comparison, ordering, membership, hashing and identity-independent equality.
pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "z"), ("🐍", "中"), ("a", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "", "123", "_"]))
print(sorted(["b", "a", "C"], key=str.lower), max(["aa", "b", "ab"]), min("hello"))
print("ell" in "hello", "hello" in "ell", "" in "x", "x" not in "")
a = "".join(["ab", "cd"])
print(a == "abcd", hash(a) == hash("abcd"), a.__eq__("abcd"), a.__lt__(5))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
print("abc" == b"abc", "1" == 1, "abc".__ne__("abd"))
print("a" * 0, "ab" * 3, 3 * "x", "ab" * -1 == "", "a" + "b" + "c")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
