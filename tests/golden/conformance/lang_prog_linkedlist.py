class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __len__(self): return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self

ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], 2 in ll, 5 in ll)
ll.push(0)
print(ll, ll.pop(), ll.reverse(), ll == LinkedList([3, 2, 1]), ll != LinkedList(), ll + LinkedList("ab"))
print(sorted(ll), sum(ll), list(map(str, ll)), max(ll), [x for x in ll if x > 1])
try:
    ll[10]
except IndexError as e:
    print(e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(e)
print(bool(empty), bool(ll), empty == [], LinkedList([1]) == LinkedList([1]))
try:
    ll.head.extra = 1
except AttributeError as e:
    print(e)
