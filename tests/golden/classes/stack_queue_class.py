# Small container classes with error handling: a stack and a bounded queue.
class StackEmpty(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise StackEmpty("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), s.peek(), s.pop(), s.pop(), s)
s.pop()
try:
    s.pop()
except StackEmpty as e:
    print("StackEmpty:", e)
class BoundedQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
    def put(self, x):
        if len(self.items) >= self.capacity:
            raise OverflowError(f"queue full (capacity {self.capacity})")
        self.items.append(x)
    def get(self):
        try:
            return self.items.pop(0)
        except IndexError:
            raise LookupError("queue empty") from None
q = BoundedQueue(2)
q.put(1)
q.put(2)
try:
    q.put(3)
except OverflowError as e:
    print("OverflowError:", e)
print(q.get(), q.get())
try:
    q.get()
except LookupError as e:
    print("LookupError:", e, e.__cause__, e.__suppress_context__)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except StackEmpty:
                return False
    return len(st) == 0
for t in ["()", "([]{})", "(]", "((", "())", ""]:
    print(repr(t), balanced(t))
