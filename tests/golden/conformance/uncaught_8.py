# Uncaught KeyError with a tuple key and an exception raised inside a dict comprehension
prices = {("apple", "red"): 1.0, ("apple", "green"): 1.2}
print(prices[("apple", "red")])
order = [("apple", "green"), ("apple", "yellow")]
costs = {item: prices[item] * 2 for item in order}
print(costs)
