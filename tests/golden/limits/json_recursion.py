import json, sys
def maxn(f):
    lo, hi = 1, 5000
    while lo < hi:
        m = (lo + hi + 1) // 2
        try:
            f(m); lo = m
        except RecursionError as e:
            msg = str(e); hi = m - 1
    return lo, msg
print(maxn(lambda n: json.loads('[' * n + ']' * n)))
print(maxn(lambda n: json.loads('{"a":' * n + '1' + '}' * n)))
def deeper(k, f):
    return deeper(k - 1, f) if k else f()
print(maxn(lambda n: deeper(100, lambda: json.loads('[' * n + ']' * n))))
print(maxn(lambda n: json.loads('[' * n + ']' * n, object_hook=dict)))
print(maxn(lambda n: json.JSONDecoder().decode('[' * n + ']' * n)))
print(maxn(lambda n: json.loads(('[' * n + ']' * n).encode())))
