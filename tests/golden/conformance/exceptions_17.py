# A very deep nested list printed by mistake: CPython raises RecursionError, it must not crash
chain = []
for i in range(200000):
    chain = [i, chain]
print("built")
try:
    print(chain)
except RecursionError as e:
    print("RecursionError:", e)
other = []
for i in range(200000):
    other = [i, other]
try:
    print(chain == other)
except RecursionError as e:
    print("RecursionError:", e)
print("done")
