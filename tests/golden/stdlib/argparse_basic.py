# argparse: help/usage formatting, actions, nargs, groups, subparsers, errors (exit 2 messages)
import argparse, sys
p = argparse.ArgumentParser(prog="prog", description="A test program that does things with files and numbers.", epilog="Epilog text here.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-n", "--number", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="the mode")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", action="append", dest="include", metavar="DIR")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--ratio", type=float)
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
print(p.format_help())
print(p.format_usage())
for argv in [["a.txt"], ["a", "b", "-n", "5", "-vv", "--mode", "slow", "--flag", "--no-color", "-I", "x", "-Iy", "--pair", "1", "2", "--opt"],
             ["a", "b", "--opt", "val", "--ratio=2.5", "--num", "7", "-n8"], ["-vvv", "f"], ["f", "--json"]]:
    print(p.parse_args(argv))
def err(argv, parser=p):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
class Cap:
    def __init__(self): self.t = []
    def write(self, s): self.t.append(s)
cap = Cap(); sys.stderr = cap
for argv in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--json", "--xml"], ["a", "--pair", "1"], ["a", "--bogus"], ["a", "--n"], ["a", "-n"], ["a", "--ratio", "abc"], ["a", "--flag=1"]]:
    err(argv)
sys.stderr = sys.__stderr__
print("".join(cap.t))
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
s = sp.add_parser("status")
s.add_argument("--short", action="store_true")
print(sub.format_help())
print(c.format_help())
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["ci", "-m", "x"]), sub.parse_args(["status", "--short"]))
print(sub.parse_known_args(["status", "extra", "--zz"]))
cap = Cap(); sys.stderr = cap
err(["nope"], sub); err(["commit"], sub)
sys.stderr = sys.__stderr__
print("".join(cap.t))
ns = argparse.Namespace(a=1, b=[2])
print(ns, "a" in ns, ns == argparse.Namespace(a=1, b=[2]), vars(ns))
print(argparse.ArgumentParser(prog="x"))
long = argparse.ArgumentParser(prog="a_really_long_program_name_that_goes_on_and_on_for_a_while")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("positional_one"); long.add_argument("positional_two", nargs="*")
print(long.format_usage())
short = argparse.ArgumentParser(prog="p")
for i in range(10):
    short.add_argument("--opt%d" % i, metavar="X", nargs="*")
short.add_argument("rest", nargs=argparse.REMAINDER)
print(short.format_help())
print(short.parse_args(["--opt1", "a", "b", "r1", "--opt2", "x"]))
neg = argparse.ArgumentParser(prog="n")
neg.add_argument("x", type=int); neg.add_argument("-y", type=float)
print(neg.parse_args(["-5", "-y", "-2.5"]))
for bad in [lambda: p.add_argument("--flag"), lambda: p.add_argument("x", required=True), lambda: p.add_argument("--z", nargs=0),
            lambda: p.add_argument("--q", action="bogus"), lambda: p.add_argument("bad", dest="d"), lambda: p.add_argument("--w", type="int"),
            lambda: p.add_argument("--m", nargs=2, metavar=("a", "b", "c")), lambda: argparse.ArgumentParser(conflict_handler="x")]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
d = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="size"); d.add_argument("pos", nargs="?", default="here", help="where")
print(d.format_help())
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawTextHelpFormatter, description="line one\n   line two")
r.add_argument("--a", help="keep\n  this")
print(r.format_help())
b = argparse.ArgumentParser(prog="b", exit_on_error=False)
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True)
b.add_argument("--num", type=int)
print(b.format_help()); print(b.parse_args(["--no-feature"]))
try:
    b.parse_args(["--num", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
ext = argparse.ArgumentParser(prog="e")
ext.add_argument("--items", action="extend", nargs="+", type=int)
ext.add_argument("--c", action="append_const", const=1, dest="cs")
ext.add_argument("--version", action="version", version="%(prog)s 1.0")
print(ext.parse_args(["--items", "1", "2", "--items", "3", "--c", "--c"]))
print(ext.parse_intermixed_args(["--items", "5"]))
try:
    ext.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
req = argparse.ArgumentParser(prog="q")
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument("--a", action="store_true"); rg.add_argument("--b", action="store_true")
print(req.format_usage())
cap = Cap(); sys.stderr = cap
err([], req)
sys.stderr = sys.__stderr__
print("".join(cap.t))
parent = argparse.ArgumentParser(add_help=False); parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent]); child.add_argument("x")
print(child.parse_args(["1"]), child.format_usage())
print(p.parse_known_args(["a", "--unknown", "-n", "2", "extra"]))
abbr = argparse.ArgumentParser(prog="ab"); abbr.add_argument("--foobar"); abbr.add_argument("--foobaz")
cap = Cap(); sys.stderr = cap
err(["--foo", "1"], abbr)
sys.stderr = sys.__stderr__
print("".join(cap.t))
print(abbr.parse_args(["--foob=2"]) if False else abbr.parse_args(["--foobar=2"]))
fmt = argparse.HelpFormatter("x", width=40)
print(fmt._width, fmt._max_help_position)
