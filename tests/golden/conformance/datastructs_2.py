# Stack and queue implementations, balanced brackets, RPN calculator
class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)


class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for s in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))


def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok) if "." in tok else int(tok))
    return st.pop()


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 4 /", "1 +", "4 0 /"]:
    try:
        print(e, "=", rpn(e))
    except (IndexError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
q = Queue()
for i in range(5):
    q.enqueue(i)
print(q.dequeue(), q.dequeue(), len(q))
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except IndexError as ex:
    print("IndexError:", ex)
