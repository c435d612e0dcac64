# Snippets whose bytecode once differed between Coil's compiler and
# CPython 3.11 (found by disassembling CPython's own test suite): static
# swaps of a repeated target, names "__" inside a class (not mangled),
# unreachable code in match cases, the __class__ cell next to a class-body
# __class__ reference.
from _dishelp import show, snippet

print('repeated target')
show(snippet('''
def f(x, y):
    a, a = x, y
    return a
'''))

print('dunder-only name in a class')
show(snippet('''
class C:
    def m(self):
        return {__: 1 for __ in range(2)}, [_ for _ in ()]
    def n(self, __):
        __x = __
        return __x
'''))

print('unreachable code in match cases')
show(snippet('''
def f(command):
    match command:
        case 1:
            if False:
                return 1
        case _:
            if False:
                return 0
'''))

print('__class__ in a class body and a nested function')
show(snippet('''
class Outer:
    def test(self):
        class X:
            x = __class__
            def f():
                __class__
        return X
'''))
