[x for x in y if x if not z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y for z in x)
[(a, b) for a in c async for b in d]
