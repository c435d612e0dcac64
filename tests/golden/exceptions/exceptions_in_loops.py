# Exceptions inside loops, comprehensions and generators; continuing after errors.
data = ["1", "2", "x", "4", "", "6"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total, errors)
results = []
for d in [2, 0, 5, "a", 1]:
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append("type")
        break
else:
    results.append("never")
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, b) for b in [1, 0, 2]])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("in comprehension:", e)
def gen():
    for i in range(5):
        if i == 3:
            raise ValueError(f"gen failed at {i}")
        yield i
got = []
try:
    for v in gen():
        got.append(v)
except ValueError as e:
    print(got, e)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as e:
        last = e
print(repr(last))
