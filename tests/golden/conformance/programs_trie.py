# Trie for autocomplete, word counting and prefix queries
class TrieNode:
    __slots__ = ("children", "count", "end")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.end:
            self.size += 1
        node.end += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.end)

    def __len__(self):
        return self.size

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        results = []
        if node is None:
            return results

        def walk(n, path):
            if n.end:
                results.append(("".join(path), n.end))
            for ch in sorted(n.children):
                path.append(ch)
                walk(n.children[ch], path)
                path.pop()
        walk(node, list(prefix))
        results.sort(key=lambda r: (-r[1], r[0]))
        return results[:limit] if limit else results

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.end:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


text = "car cart carbon care careful cat catalog cater dog dodge door car cart car"
t = Trie(text.split())
print(len(t), "car" in t, "ca" in t, "door" in t, "doors" in t)
for p in ["ca", "car", "care", "d", "x", ""]:
    print(repr(p), t.count_prefix(p), t.complete(p, limit=4))
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))
print(Trie(["interview", "internet", "interval"]).longest_common_prefix())
