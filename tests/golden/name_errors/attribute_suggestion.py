# Uncaught AttributeError on a module with a "Did you mean" suggestion.
import math
print(math.pi)
print(math.sqr(4))
