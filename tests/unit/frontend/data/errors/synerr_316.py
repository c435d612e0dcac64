if x:
    pass
  \
