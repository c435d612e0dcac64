# Uncaught NameError with a suggestion (misspelled local variable)
def summarize(values):
    total_sum = 0
    for v in values:
        total_sum += v
    return total_summ / len(values)


print("summarizing")
print(summarize([1, 2, 3]))
