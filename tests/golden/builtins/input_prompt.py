# input() with prompts and processing numbers from the .stdin file.
n = int(input("How many numbers? "))
nums = []
for i in range(n):
    nums.append(float(input(f"number {i + 1}: ")))
print()
print("sum:", sum(nums), "mean:", sum(nums) / n, "max:", max(nums))
words = input("words: ").split()
print(sorted(words, key=str.lower))
print(repr(input()))
try:
    input("one more: ")
except EOFError as e:
    print("EOFError:", repr(e))
