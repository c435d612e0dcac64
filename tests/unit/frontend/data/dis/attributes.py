import os
p = os.path
os.environ.x = 1
del os.environ.x
