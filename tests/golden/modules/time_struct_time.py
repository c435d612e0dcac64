# time.struct_time built from sequences, and the functions that take one.
import time

for seq in [(2024, 2, 29, 12, 30, 0, 3, 60, 0), [1999, 12, 31, 23, 59, 59, 4, 365, -1],
            (2000, 1, 1, 0, 0, 0, 5, 1, 0, "UTC", 0), range(9)]:
    st = time.struct_time(seq)
    print(st, len(st), st.tm_year, st[-1], st[2:4], tuple(st) == tuple(seq)[:9])
st = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", st), time.asctime(st))
print(time.struct_time(sequence=(1,) * 9), time.struct_time((1,) * 9, {}))
print(st == (2024, 2, 29, 12, 30, 0, 3, 60, 0), isinstance(st, tuple), hash(st) == hash(tuple(st)))
for args, kw in [(((1, 2, 3),), {}), (((1,) * 12,), {}), ((5,), {}), (((1,) * 9, 5), {}), (((1,) * 9,), {"dict": None}),
                 ((), {}), (((1,) * 9,), {"seq": 1}), (((1,) * 9, {}, 3), {})]:
    try:
        print(time.struct_time(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
try:
    st.tm_year = 5
except AttributeError as e:
    print("AttributeError")
