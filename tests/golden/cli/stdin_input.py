# input() reading lines from the .stdin file, prompts written to stdout, EOFError at end.
name = input("name? ")
age = int(input("age? "))
print(f"hello {name}, next year you will be {age + 1}")
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        print("EOF reached")
        break
print(lines)
