a and b or c and not d
x or y or z
