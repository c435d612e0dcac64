"""deepcopy: copy.deepcopy over nested containers and user-defined
objects: dicts of lists of tuples, objects with attribute dicts, shared
references (which must stay shared in the copy) and a reference cycle.
Each copy is checked against its original. Prints what the copies hold.
"""
import sys
import copy

DEFAULT_SIZE = 6000
SMOKE_SIZE = 10


class Record:
    def __init__(self, name, tags, parent=None):
        self.name = name
        self.tags = tags
        self.parent = parent
        self.children = []


class Custom:
    """Controls its own deep copy."""

    def __init__(self, values):
        self.values = values

    def __deepcopy__(self, memo):
        return Custom([v * 1 for v in self.values])


def make_data():
    shared = [1, 2, 3]
    root = Record("root", {"a", "b"})
    for i in range(10):
        child = Record("child%d" % i, ("x", i), root)
        root.children.append(child)
    data = {
        "numbers": list(range(50)),
        "nested": [[i, (i, str(i)), {"k": i}] for i in range(20)],
        "shared": (shared, shared),
        "text": "hello " * 5,
        "tree": root,
        "custom": Custom([1.5, 2.5]),
        "float": 3.25,
        "none": None,
        "frozen": frozenset([1, 2]),
    }
    data["self"] = data
    return data


def check(original, clone):
    assert clone is not original
    assert clone["self"] is clone
    assert clone["shared"][0] is clone["shared"][1]
    assert clone["shared"][0] is not original["shared"][0]
    assert clone["nested"] == original["nested"]
    tree = clone["tree"]
    assert tree is not original["tree"]
    assert all(child.parent is tree for child in tree.children)
    return len(tree.children) + len(clone["numbers"]) + len(clone["nested"]) + len(clone["custom"].values)


def main(n):
    data = make_data()
    total = 0
    for _ in range(n):
        clone = copy.deepcopy(data)
        total += check(data, clone)
    return "deepcopy %d: %d items checked" % (n, total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
