"""Generate cryptographically strong pseudo-random numbers suitable for
managing secrets such as account authentication, tokens, and similar.

See PEP 506 for more information.
https://peps.python.org/pep-0506/

"""
import base64
import binascii
import os

from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest',
           ]

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32  # number of bytes to return by default


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes
    (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes < 0:
        raise ValueError("negative argument not allowed")
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal (two digits a byte)."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')


def compare_digest(a, b):
    """Return 'a == b' in time that does not depend on where they differ
    (str arguments must be ASCII; bytes-like objects are compared as bytes)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        other = b if isinstance(a, str) else a
        try:
            memoryview(other)
        except TypeError:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__)) from None
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        try:
            a = bytes(memoryview(a))
            b = bytes(memoryview(b))
        except TypeError:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__)) from None
    result = len(a) ^ len(b)
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
