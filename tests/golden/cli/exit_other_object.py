# sys.exit with a non-int, non-string object: printed to stderr, status 1.
import sys
sys.exit([1, 2, 3])
