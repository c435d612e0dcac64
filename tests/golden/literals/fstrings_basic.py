# f-strings: expressions, conversions, quotes, method calls, escapes of braces.
name = "World"
n = 7
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}, squared {n ** 2}")
print(f"{name!r} {name!s} {name!a}")
cafe = "caf\u00e9"
print(f"{cafe!a} {cafe!r}")
print(f"{{literal braces}} {{{n}}}")
print(f"{items[0]} {items[-1]} {len(items)} {d['k']}")
print(f"{name.upper()} {name.lower()[::-1]}")
print(f"{'yes' if n > 5 else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{n:d}|{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{3.14159:.2f} {3.14159:10.3f}|")
print(f'{"nested quotes"}', f"{'single inside'}")
print(f"{n}" f"{n}" "plain" f"{name}")
print(f"{None} {True} {False} {1.5} {1e100}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{'a' 'b'}", f"{n!r:>4}", f"{name!r:^10}|")
print(f"""triple {name}
second line {n}""")
print(f"{3 + 4j}", f"{b'bytes'}", f"{(1, 2)}")
