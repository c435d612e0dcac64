# split/rsplit/splitlines/join edge cases.
print("a b  c\t\nd".split(), "  lead trail  ".split(), "".split(), "   ".split())
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split("abc"))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("a::b::c".split("::"), "a b c".split(" ", 0), "  a  b  ".split(" "), "a b".split(maxsplit=0))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "x\ny\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "\n".join(["1", "2"]).split("\n"))
print(" ".join(str(i) for i in range(5)), "|".join(("only",)), "ab".join(["", ""]))
for bad in [lambda: "a".split(""), lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: "".join(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
csv = "name,age\nann,30\nbob,41\n"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, dict(rows[1:]))
print("k=v; x=y".split("; "), [p.split("=") for p in "k=v; x=y".split("; ")])
