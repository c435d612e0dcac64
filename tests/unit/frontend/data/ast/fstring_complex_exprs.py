f'{a[1]}{b.c}{d()}{[x for x in y]}{ {k: v} }'
f'{(lambda: 1)}'
f'{x if y else z}'
f'{(yield)}'
