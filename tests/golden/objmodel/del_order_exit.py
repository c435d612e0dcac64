# __del__ order at interpreter exit: module globals referencing each other,
# containers, class attributes, a resurrecting object and a survivor of an
# explicit collection.
import gc


class Item:
    made = 0

    def __init__(self, name, *refs):
        self.name = name
        self.refs = list(refs)
        Item.made += 1

    def __del__(self):
        print("del", self.name, [r.name for r in self.refs])


class Registry:
    items = [Item("class-attr-0"), Item("class-attr-1")]


leaf = Item("leaf")
branch = Item("branch", leaf)
root = Item("root", branch)
_hidden = Item("_hidden")
loop_a = Item("loop_a")
loop_b = Item("loop_b", loop_a)
loop_a.refs.append(loop_b)
table = {"k1": Item("dict-1"), "k2": Item("dict-2")}
pair = (Item("tuple-0"), Item("tuple-1"))
nested = [[Item("deep-0")], [Item("deep-1")]]
gc.collect()
late = Item("late")


class Lazarus:
    revived = []

    def __del__(self):
        print("lazarus del")
        Lazarus.revived.append(self)


lazarus = Lazarus()
print("made", Item.made)
