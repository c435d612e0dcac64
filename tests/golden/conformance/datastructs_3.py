# Binary search tree with insert, search, delete, traversals, height
class BST:
    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False

    def inorder(self):
        def _walk(n):
            if n:
                yield from _walk(n.left)
                yield n.key
                yield from _walk(n.right)
        return list(_walk(self.root))

    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out

    def height(self, n=...):
        if n is ...:
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def delete(self, key):
        def _del(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right = _del(n.right, succ.key)
            return n
        self.root = _del(self.root, key)
        self.size -= 1


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
t.insert(50)
print(t.inorder(), t.size, t.height())
print(t.preorder())
print(40 in t, 41 in t)
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), t.preorder()[:3])
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.size, words.height())
