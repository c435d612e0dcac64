# Linked list with full dunder support
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll)
ll.remove(3)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(ll == LinkedList([2, 1]), ll == [2, 1], LinkedList() == LinkedList())
print(list(LinkedList("abc")), sum(LinkedList(range(100))), LinkedList())
a, b, *rest = LinkedList(range(6))
print(a, b, rest)
print(sorted(LinkedList([3, 1, 2])), max(LinkedList([3, 9, 2])))
