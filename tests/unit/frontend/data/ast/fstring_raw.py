rf'{x}\n'
fr'\d{y}'
