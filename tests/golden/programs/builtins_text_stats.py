# A stranger's small program: text statistics with builtins and collections.
from collections import Counter, defaultdict
import string, textwrap, json

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(5))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(json.dumps({k: v for k, v in freq.items() if v > 2}, sort_keys=True, indent=1))
print(textwrap.fill(" ".join(sorted(set(words), key=lambda w: (-freq[w], w))), 40))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:10], min(map(len, lines)))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0].translate(table))
print(" | ".join(f"{w:>8}" for w in words[:4]))
print(f"{sum(map(len, words)) / len(words):.3f}", f"{len(words):05d}", f"{0.5:%}")
caps = {w.capitalize() for w in words if w.startswith("e")}
print(sorted(caps), any(w.isupper() for w in words), all(w.isalpha() for w in words))
pairs = list(zip(words, words[1:]))
print(Counter(pairs).most_common(3))
print(dict(enumerate(sorted(freq)[:5], start=1)))
print(sorted(freq.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:4])
