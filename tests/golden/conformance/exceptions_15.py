# Accidental infinite recursion in dunder methods: the RecursionError messages
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self.balance

    @balance.setter
    def balance(self, value):
        self._balance = value


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return "Label: " + str(self)


class Node:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return self == other


class Wrapper:
    def __getattr__(self, name):
        return getattr(self, "_" + name)


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except RecursionError as e:
        print(label, "-> RecursionError:", e)


attempt("property getter", lambda: Account(5).balance)
attempt("str()", lambda: str(Label("x")))
attempt("print-style format", lambda: "%s" % Label("y"))
attempt("== on nodes", lambda: Node(1) == Node(1))
attempt("in list", lambda: Node(2) in [Node(3)])
attempt("__getattr__ loop", lambda: Wrapper().size)
attempt("fixed", lambda: Account(5)._balance)
