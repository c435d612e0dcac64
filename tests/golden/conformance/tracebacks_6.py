# Uncaught KeyError and exception with multi-line str, with notes (3.11 add_note)
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        e.add_note(f"available keys: {sorted(table)}")
        e.add_note("hint: check spelling")
        raise


try:
    lookup({"a": 1}, "b")
except KeyError as e:
    print("caught", repr(e), e.__notes__)
err = ValueError("line one\nline two")
print(str(err))
print(lookup({"x": 1, "y": 2}, "z"))
