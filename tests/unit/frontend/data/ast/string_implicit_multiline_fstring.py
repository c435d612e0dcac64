msg = (f'{a} '
       f'{b!r:>{w}} '
       'end')
