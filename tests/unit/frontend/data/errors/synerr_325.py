print(f'{x!z}')
