# Reading input: a tiny grade book fed through stdin
import sys

n = int(input())
students = []
for _ in range(n):
    line = input().strip()
    name, *scores = line.split()
    students.append((name, list(map(int, scores))))
print(f"read {len(students)} students")
for name, scores in students:
    avg = sum(scores) / len(scores)
    print(f"{name:<8}{avg:6.2f} {'PASS' if avg >= 60 else 'FAIL'}")
rest = sys.stdin.read()
print("remaining lines:", rest.splitlines())
try:
    input()
except EOFError as e:
    print("EOFError:", repr(str(e)))
