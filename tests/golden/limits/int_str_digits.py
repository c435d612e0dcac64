import sys, json
def t(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r if not isinstance(r, int) else r.bit_length())
    except Exception as e:
        print(label, type(e).__name__, e)
big = 10 ** 5000
s = "1" * 5000
print(sys.int_info)
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
t("int", lambda: int(s))
t("int16", lambda: int("f" * 5000, 16))
t("int_underscore", lambda: int("1_" * 2500 + "1"))
t("str", lambda: str(big))
t("repr", lambda: repr(big))
t("%d", lambda: "%d" % big)
t("%i", lambda: "%i" % big)
t("%s", lambda: "%s" % big)
t("%x", lambda: "%x" % big)
t("format", lambda: format(big))
t("format d", lambda: format(big, "d"))
t("format ,", lambda: format(big, ","))
t("format x", lambda: format(big, "x"))
t("fstring", lambda: f"{big}")
t("fstring !r", lambda: f"{big!r}")
t("str.format", lambda: "{}".format(big))
t("json.dumps", lambda: json.dumps(big))
t("json.loads", lambda: json.loads(s))
t("float", lambda: float(s))
t("hex", lambda: hex(big))
t("neg", lambda: str(-big))
t("int bytes", lambda: int(s.encode()))
t("bool subclass", lambda: str(True))
class I(int): pass
t("subclass", lambda: str(I(big)))
t("eval literal", lambda: eval(s))
t("compile literal", lambda: compile("x = " + s, "f", "exec") and "ok")
t("4300 ok", lambda: int("1" * 4300))
t("4301", lambda: int("1" * 4301))
t("ws", lambda: int("  " + "1" * 4300 + "  "))
t("zeros", lambda: int("0" * 5000))
t("neg digits", lambda: int("-" + "1" * 4301))
sys.set_int_max_str_digits(0)
t("unlimited", lambda: str(big))
for v in (-1, 1, 639, 640, 2**63):
    try:
        sys.set_int_max_str_digits(v); print("set", v, sys.get_int_max_str_digits())
    except Exception as e:
        print("set", v, type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=1000)
t("1000", lambda: str(10**1000))
t("1001", lambda: int("1" * 1001))
print(sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(4300)
t("literal 4300", lambda: eval("1" * 4300) > 0)
t("hex literal", lambda: eval("0x" + "f" * 5000) > 0)
t("literal underscores", lambda: eval("1_" * 2200 + "1"))
try:
    compile("x = (1 +\n  " + "1" * 5000 + ")", "f", "exec")
except SyntaxError as e:
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text[:10]))
