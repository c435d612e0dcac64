# Word frequency counting over an embedded text: normalisation, sorting by count then word.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
