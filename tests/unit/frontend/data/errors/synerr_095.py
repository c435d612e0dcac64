try:
  pass
except *
  pass
