# A singly linked list class: append, prepend, reverse, iteration, indexing and removal.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in items:
            self.append(it)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"
ll = LinkedList(range(5))
ll.prepend(-1)
print(ll, len(ll), ll[0], ll[-1], ll[3])
ll.reverse()
print(ll)
ll.remove(2)
ll.remove(-1)
print(ll, len(ll), list(ll), sum(ll), 3 in ll)
for bad in [lambda: ll.remove(99), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
empty = LinkedList()
empty.reverse()
print(empty, len(empty), list(empty))
