x = f'{a' 'b'
