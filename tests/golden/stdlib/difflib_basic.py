# difflib: SequenceMatcher, get_close_matches, ndiff/Differ, unified/context diffs, restore
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "ab", "c").find_longest_match(0, 2, 0, 1))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.b, m.size)
s = difflib.SequenceMatcher()
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
s.set_seqs("qabxcd", "abycdf")
print(s.get_opcodes())
s.set_seq1("abc")
print(s.get_opcodes())
s.set_seq2("abcabc")
print(s.get_opcodes(), s.ratio())

# autojunk: popular elements in long sequences.
a = "x" * 100 + "y" + "x" * 100
b = "x" * 150 + "y" + "x" * 60
s = difflib.SequenceMatcher(None, a, b)
print(len(s.get_matching_blocks()), round(s.ratio(), 4), sorted(s.bpopular))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(s.get_matching_blocks(), round(s.ratio(), 4), s.bpopular)
print(sorted(difflib.SequenceMatcher(lambda c: c in "aeiou", "", "education").bjunk))

# Grouped opcodes.
a = [str(i) for i in range(40)]
b = a[:]
b[5] = "five"
del b[20]
b.insert(30, "new")
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)

# get_close_matches
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "b", "a"], n=2, cutoff=0.0))
for args in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches("x", ["y"], **args)
    except ValueError as e:
        print("ValueError:", e)

# ndiff / Differ / restore
one = "one\ntwo\nthree\n".splitlines(keepends=True)
two = "ore\ntree\nemu\n".splitlines(keepends=True)
diff = list(difflib.ndiff(one, two))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError:", e)

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
print("".join(d.compare(text1, text2)), end="")
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")
print("".join(difflib.ndiff(["\tabc def\n"], ["\tabc  deg\n"])), end="")
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "y\n"])))
print(list(difflib.ndiff(["a\n"], ["x\n", "y\n", "z\n"])))
print(list(difflib.ndiff(["same\n", "zzz\n"], ["qqq\n", "same\n"])))
print(list(difflib.Differ(linejunk=difflib.IS_LINE_JUNK).compare(["# c\n", "x\n"], ["\n", "x\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("# x"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))

# unified_diff / context_diff
s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
print("".join(difflib.unified_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py")), end="")
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], "f1", "f2", "2020-01-01", "2020-01-02", lineterm="")))
print(list(difflib.context_diff(["a", "b"], ["a", "c"], "f1", "f2", "d1", "d2", lineterm="")))
print(list(difflib.unified_diff(["a\n"], ["a\n"])))
print(list(difflib.unified_diff([], ["new\n"])))
print(list(difflib.unified_diff(["old\n"], [])))
print(list(difflib.context_diff([], ["new\n"])))
print(list(difflib.context_diff(["old\n"], [])))
long_a = ["line %d\n" % i for i in range(30)]
long_b = long_a[:]
long_b[3] = "changed 3\n"
long_b[25:27] = ["x\n"]
print("".join(difflib.unified_diff(long_a, long_b, n=1)), end="")
print("".join(difflib.context_diff(long_a, long_b, n=0)), end="")
print("".join(difflib.unified_diff(long_a, long_b, n=0)), end="")
for bad in [lambda: list(difflib.unified_diff([b"x"], ["y"])), lambda: list(difflib.unified_diff(["x"], [1])),
            lambda: list(difflib.context_diff(["x"], ["y"], fromfile=b"f"))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"c\n"], b"x", b"y")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError:", e)
print(difflib.SequenceMatcher[int])
