print(f'{x:{y!}}')
