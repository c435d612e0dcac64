# Uncaught TypeError from calling an object that is not callable, deep inside recursion
def walk(tree, visit, depth=0):
    visit(tree["name"], depth)
    for child in tree.get("children", []):
        walk(child, visit, depth + 1)


def show(name, depth):
    print("  " * depth + name)


tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
walk(tree, show)
walk(tree, "show")
