values = [1, 2]
result = [x, y for x in values]
print(result)
