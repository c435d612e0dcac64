# secrets: sizes and alphabets of the tokens, ranges, compare_digest and
# the errors (values are random, only their shape is printed).
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(16)
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex()))
u = secrets.token_urlsafe(30)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice('x'), secrets.choice([1, 2, 3]) in (1, 2, 3))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY, secrets.__all__)
for a, b in [('ab', 'ab'), ('ab', 'ac'), ('ab', 'abc'), (b'a', bytearray(b'a')), (b'x', memoryview(b'x')),
             (b'', b''), (1, 2), ('a', b'a'), (b'a', 'a'), ('é', 'é'), ([1], [1])]:
    try:
        print(repr(a), secrets.compare_digest(a, b))
    except TypeError as e:
        print(repr(a), 'TypeError', e)
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.token_bytes(-1),
             lambda: secrets.choice([])]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
