x = f'''
line {a}
  {b +
 c}
'''
