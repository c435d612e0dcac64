class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
try:
    class S(A, A): pass
except TypeError as e:
    print(e)
try:
    class T(int, str): pass
except TypeError as e:
    print(e)
try:
    class U(bool): pass
except TypeError as e:
    print(e)
try:
    class V(5): pass
except TypeError as e:
    print(e)
print(D.mro() == list(D.__mro__))
class F(D, object): pass
print([k.__name__ for k in F.__mro__])
class O1: pass
class O2: pass
class O3: pass
class K1(O1, O2): pass
class K2(O2, O3): pass
class K3(O1, O3): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(B.__bases__, D.__bases__, A.__base__, D.__base__)
