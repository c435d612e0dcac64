f'hello {name}!'
f"{x}{y}"
f'{x!r} {y!s} {z!a}'
f'{{literal}} {x}'
F'{x}'
