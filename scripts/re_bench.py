#!/usr/bin/env python3
# Rough re speed check: the same regex-heavy loops timed under python3 and coil
# (scripts/re_bench.py; timings go to stderr).
import re, time
text = ("The quick brown fox jumps over the lazy dog. Email: john.doe@example.com, "
        "jane_smith99@test.org; phone 555-123-4567 on 2023-01-15. ") * 200
t0 = time.perf_counter()
for _ in range(20):
    words = re.findall(r'\b\w+\b', text)
t1 = time.perf_counter()
for _ in range(20):
    emails = re.findall(r'[\w.]+@[\w.]+\.\w+', text)
t2 = time.perf_counter()
for _ in range(20):
    s = re.sub(r'(\d+)-(\d+)', r'\2-\1', text)
t3 = time.perf_counter()
pat = re.compile(r'(\w+)\s+(\w+)')
n = 0
for _ in range(20):
    for m in pat.finditer(text):
        n += len(m.group(1))
t4 = time.perf_counter()
for _ in range(20):
    parts = re.split(r'[;,.]\s*', text)
t5 = time.perf_counter()
lines = ["key%d = value%d" % (i, i) for i in range(2000)]
kv = re.compile(r'^\s*(\w+)\s*=\s*(.*?)\s*$')
for _ in range(10):
    d = {}
    for line in lines:
        m = kv.match(line)
        if m:
            d[m.group(1)] = m.group(2)
t6 = time.perf_counter()
for _ in range(5):
    re.search(r'(a|b)*c', 'ab' * 5000 + 'c')
t7 = time.perf_counter()
print(len(words), len(emails), len(s), n, len(parts), len(d))
import sys
print("findall_words %.3f emails %.3f sub %.3f finditer %.3f split %.3f match_lines %.3f alt_loop %.3f total %.3f" % (t1-t0, t2-t1, t3-t2, t4-t3, t5-t4, t6-t5, t7-t6, t7-t0), file=sys.stderr)
