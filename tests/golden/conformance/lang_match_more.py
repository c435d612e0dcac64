tests = r'''
import enum\nclass C(enum.Enum):\n    A = 1\nmatch C.A:\n    case C.A: print("enum value pattern")
class P:\n    __match_args__ = ("x", "y")\n    def __init__(s): s.x, s.y = 1, 2\nmatch P():\n    case P(a, b): print(a, b)
class P:\n    __match_args__ = ("x",)\nmatch P():\n    case P(a): print(a)
match {"a": 1, "b": 2}:\n    case {"a": 1, "a": 2}: pass
match 5:\n    case int(real=r, imag=i): print(r, i)
match "x":\n    case str() as s if len(s) > 3: print("long")\n    case str(): print("short")
match [1, 2, 3]:\n    case (1, *rest): print(rest)
match (1, 2):\n    case [x, y] if x < y: print("asc")
match {"k": [1, {"z": 3}]}:\n    case {"k": [_, {"z": z}]}: print("z", z)
match None:\n    case None | False: print("falsy none")
match 2:\n    case 1 | 2 | 3 as n: print("small", n)
x = 3\nmatch 3:\n    case x if x > 2: print("guard with capture", x)
import dataclasses\n@dataclasses.dataclass\nclass D:\n    a: int\n    b: int = 0\nmatch D(1, 2):\n    case D(1, b=b): print("dc", b)
print(D.__match_args__)
match b"ab":\n    case [97, 98]: print("bytes seq")\n    case b"ab": print("bytes literal")
match 1.0:\n    case 1: print("int pattern matches float 1.0")
match True:\n    case 1: print("1 matches True")
match 1:\n    case True: print("True matches 1")\n    case _: print("True does not match 1")
match [1, 2]:\n    case [1, 2, *_, 3]: print("no")\n    case _: print("long pattern fails")
match {"a": 1}:\n    case {**rest}: print("rest", rest)
'''
for block in tests.strip().splitlines():
    src = block.replace("\\n", "\n")
    try:
        exec(src, {})
    except BaseException as e:
        print("ERR", type(e).__name__, e)
