# and/or/not return operands; short-circuit evaluation order.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [] or "last")
print([] and "x", [0] and "x", "a" and "b" and "c", "a" and "" and "c", 0 or "" or None)
print(not 0, not 1, not "", not "x", not None, not [], type(not 1).__name__)
calls = []
def t(name, value):
    calls.append(name)
    return value
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) or t("b", 1), calls)
calls.clear()
print(t("a", 1) and t("b", 0) or t("c", "fallback"), calls)
calls.clear()
print(t("a", 0) or t("b", 0) and t("c", 1), calls)
print(True and False or True, True or False and False, not True or True, not (True or True))
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not x > 3)
print((1 and [1, 2])[0], (0 or {"k": "v"})["k"])
name = ""
print(name or "anonymous", (name and name.upper()) or "empty")
