# Interview classics: two-sum, valid anagram, longest substring without repeats, merge intervals
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None


print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7), two_sum([3, 3], 6))


def is_anagram(a, b):
    count = {}
    for ch in a:
        count[ch] = count.get(ch, 0) + 1
    for ch in b:
        if count.get(ch, 0) == 0:
            return False
        count[ch] -= 1
    return not any(count.values())


print([is_anagram(a, b) for a, b in [("anagram", "nagaram"), ("rat", "car"), ("", ""), ("aab", "abb")]])


def longest_unique(s):
    start = best = 0
    last = {}
    best_span = (0, 0)
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best:
            best = i - start + 1
            best_span = (start, i + 1)
    return best, s[slice(*best_span)]


for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abba"]:
    print(repr(s), longest_unique(s))


def merge(intervals):
    out = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 5]]))


def max_subarray(nums):
    best = cur = nums[0]
    s = bs = be = 0
    for i in range(1, len(nums)):
        if cur < 0:
            cur, s = nums[i], i
        else:
            cur += nums[i]
        if cur > best:
            best, bs, be = cur, s, i
    return best, nums[bs:be + 1]


print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]), max_subarray([5]))


def max_profit(prices):
    low, best = float("inf"), 0
    for p in prices:
        low = min(low, p)
        best = max(best, p - low)
    return best


print(max_profit([7, 1, 5, 3, 6, 4]), max_profit([7, 6, 4, 3, 1]))


def product_except_self(nums):
    n = len(nums)
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in reversed(range(n)):
        out[i] *= right
        right *= nums[i]
    return out


print(product_except_self([1, 2, 3, 4]), product_except_self([0, 1, 2]))
