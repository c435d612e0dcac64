# Uncaught IndexError inside a nested loop over a matrix
matrix = [[1, 2, 3], [4, 5, 6], [7, 8]]
total = 0
for i in range(3):
    for j in range(3):
        total += matrix[i][j]
        print(i, j, total)
