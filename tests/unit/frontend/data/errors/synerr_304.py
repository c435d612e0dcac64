if x:
    pass


  y
