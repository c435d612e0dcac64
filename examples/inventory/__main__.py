import sys

from . import Store

store = Store("Corner shop")
store.add("apples", 0.5, 120)
store.add("bread", 2.25, 14)
store.add("cheese", 7.9, 6)
store.add("apples", 0.5, 30)
store.remove("bread", 4)
try:
    store.remove("cheese", 10)
except ValueError as e:
    print("refused:", e)
print(store.report())
print(f"total value: {store.total():.2f}")
print("run as", __name__, "from package", __package__, "args", sys.argv[1:])
