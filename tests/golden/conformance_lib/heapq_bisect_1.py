# heapq and bisect in everyday use
import heapq
import bisect

nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums, heapq.heappop(nums), nums)
heapq.heappush(nums, 0)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len), heapq.heappushpop(nums, 100), heapq.heapreplace(nums, -1), nums)
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
scores = [55, 60, 70, 80, 90]
grades = "FDCBA"
for s in [0, 55, 65, 70, 89, 90, 100]:
    print(s, grades[bisect.bisect_right(scores, s) - 1] if s >= 55 else "F", bisect.bisect_left(scores, s))
sorted_list = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, v)
print(sorted_list, bisect.bisect(sorted_list, 1), bisect.bisect_left(sorted_list, 1))
records = [("ann", 25), ("bob", 31), ("cy", 40)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
