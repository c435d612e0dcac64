# Interactive-style prompts: input() writes its prompt to stdout
name = input("Your name: ")
age = int(input("Your age: "))
print(f"Hello {name}, next year you will be {age + 1}.")
nums = list(map(float, input("Numbers: ").split(",")))
print("sum", sum(nums), "max", max(nums))
for line in iter(input, "quit"):
    print("echo:", line[::-1])
print("bye")
