# Deterministic event simulation of a queue with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(12)])
time, queue, served, waits = 0, [], 0, []
arrivals = []
t = 0
for cid in range(20):
    t += rng.randint(1, 5)
    arrivals.append((t, cid, rng.randint(2, 6)))
free_at = 0
for arrive, cid, service in arrivals:
    start = max(arrive, free_at)
    waits.append(start - arrive)
    free_at = start + service
    served += 1
    if cid < 6 or cid % 5 == 0:
        print(f"customer {cid:2d} arrives {arrive:3d} starts {start:3d} waits {start - arrive:2d} leaves {free_at:3d}")
print("served", served, "max wait", max(waits), "mean wait", round(sum(waits) / len(waits), 3), "finish", free_at)
hist = {}
for w in waits:
    bucket = w // 3 * 3
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:2d}-{b + 2:2d} {'#' * hist[b]}")
