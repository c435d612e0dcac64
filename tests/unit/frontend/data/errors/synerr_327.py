print(f'{x=!z}')
