# Regenerates the marshal samples of tests/unit/bytecode/marshal_test.cpp
# with Coil (needed after a change of CODE_FORMAT_VERSION):
#     build/coil tests/unit/bytecode/data/make_marshal_data.py tests/unit/bytecode/data
import marshal, sys
src = '''
import sys
CONST = (1, 2.5, "text", b"raw", None, ..., frozenset({"a", "b"}), 10**30, -7j)
def outer(a, b=2, *args, c, **kw):
    total = a + b + c
    def inner(x):
        nonlocal total
        total += x
        return total
    try:
        inner(1)
    except (ValueError, KeyError) as e:
        raise RuntimeError("x") from e
    finally:
        total -= 1
    return [i * total for i in range(3) if i], {k: v for k, v in kw.items()}
async def co():
    async with ctx() as c:
        await c
def gen():
    x = yield 1
    yield from range(x)
class Shape:
    sides: int = 0
    def area(self):
        match self.sides:
            case 3: return "tri"
            case _: return None
'''
open(sys.argv[1] + "/module_code.marshal", "wb").write(marshal.dumps(compile(src, "module.py", "exec")))
data = {"ints": [0, 1, -1, 2**31, -2**63, 3**100], "floats": [0.5, -0.0, 1e308], "s": ["", "ascii", "caf\xe9", "\U0001f600" * 3],
        "t": (1, (2, (3,))), "sets": [{1, 2}, frozenset({"x"})], "b": b"\x00\x01", "c": 1 + 2j, "none": None, "bools": [True, False]}
open(sys.argv[1] + "/values.marshal", "wb").write(marshal.dumps(data))
import json.decoder
open(sys.argv[1] + "/json_decoder_code.marshal", "wb").write(marshal.dumps(compile(open(json.decoder.__file__).read(), "decoder.py", "exec")))
