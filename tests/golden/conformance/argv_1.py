# Command-line arguments parsed by hand
import sys

print(sys.argv[0], len(sys.argv))
args = sys.argv[1:]
opts, positional = {}, []
i = 0
while i < len(args):
    a = args[i]
    if a.startswith("--"):
        key, eq, val = a[2:].partition("=")
        if not eq:
            i += 1
            val = args[i] if i < len(args) else None
        opts[key] = val
    elif a.startswith("-") and len(a) > 1:
        for flag in a[1:]:
            opts[flag] = True
    else:
        positional.append(a)
    i += 1
print(opts)
print(positional)
count = int(opts.get("count", 1))
for p in positional:
    print((p + " ") * count)
if "v" in opts:
    print("verbose mode")
