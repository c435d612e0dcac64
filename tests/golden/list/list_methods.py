# list methods: append/extend/insert/pop/remove/index/count/reverse/clear/copy.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count("zz"), a.index(5, 2), a.index(1, 3, 6))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b, b is not a)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
            lambda: [1].index(1, 1), lambda: [].insert(1), lambda: [].append(1, 2), lambda: [].extend(5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
x += (3, 4)
x += "56"
print(x)
x *= 2
print(x, [0] * 3, [[]] * 2, 2 * [1, 2], [1] * -1, [] * 5)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
