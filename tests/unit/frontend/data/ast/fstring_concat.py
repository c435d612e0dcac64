x = 'a' f'{b}' 'c'
y = f'{a}' f'{b}'
z = ('x'
     f'{y}')
