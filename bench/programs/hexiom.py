"""hexiom: a solver for Hexiom puzzles.

Hexiom is played on a hexagonal board: numbered tiles must be placed on
its cells so that every tile's number equals how many of its six
neighbours hold a tile. Each puzzle here is made from a pseudo-random
placement on a board of radius 2 (7 cells) or 3 (19 cells), alternately
(so that a run of one puzzle is tiny); the solver counts every
distinct solution (equal numbers are interchangeable) by depth-first
search over the cells with constraint checks on both bounds of each
tile's count. Prints the number of puzzles, solutions and search nodes.
"""
import sys

DEFAULT_SIZE = 12
SMOKE_SIZE = 2


def make_board(radius):
    cells = []
    for q in range(-radius + 1, radius):
        for r in range(-radius + 1, radius):
            if abs(q + r) < radius:
                cells.append((q, r))
    index = {c: i for i, c in enumerate(cells)}
    neighbours = []
    for q, r in cells:
        around = []
        for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
            j = index.get((q + dq, r + dr))
            if j is not None:
                around.append(j)
        neighbours.append(tuple(sorted(around)))
    return cells, neighbours


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


def make_puzzle(neighbours, rng):
    n = len(neighbours)
    occupied = set()
    target = n // 2 + rng.next(n // 4)
    while len(occupied) < target:
        occupied.add(rng.next(n))
    tiles = [0] * 7
    for cell in occupied:
        tiles[sum(1 for m in neighbours[cell] if m in occupied)] += 1
    return tiles


class Solver:
    UNDECIDED = -2
    EMPTY = -1

    def __init__(self, neighbours, tiles):
        self.neighbours = neighbours
        self.n = len(neighbours)
        self.state = [self.UNDECIDED] * self.n
        self.tiles = list(tiles)
        self.empties = self.n - sum(tiles)
        self.solutions = 0
        self.nodes = 0

    def consistent(self, cell):
        """Bounds check of cell and of its tiled neighbours after a decision."""
        state = self.state
        for c in (cell,) + self.neighbours[cell]:
            value = state[c]
            if value < 0:
                continue
            occupied = 0
            open_ = 0
            for m in self.neighbours[c]:
                s = state[m]
                if s >= 0:
                    occupied += 1
                elif s == self.UNDECIDED:
                    open_ += 1
            if occupied > value or occupied + open_ < value:
                return False
        return True

    def solve(self, cell):
        self.nodes += 1
        if cell == self.n:
            self.solutions += 1
            return
        state = self.state
        if self.empties > 0:
            self.empties -= 1
            state[cell] = self.EMPTY
            if self.consistent(cell):
                self.solve(cell + 1)
            self.empties += 1
        tiles = self.tiles
        for value in range(7):
            if tiles[value] == 0 or value > len(self.neighbours[cell]):
                continue
            tiles[value] -= 1
            state[cell] = value
            if self.consistent(cell):
                self.solve(cell + 1)
            tiles[value] += 1
        state[cell] = self.UNDECIDED


def main(n):
    boards = [make_board(2)[1], make_board(3)[1]]
    rng = Lcg(2024)
    total_solutions = 0
    total_nodes = 0
    for i in range(n):
        neighbours = boards[i % 2]
        tiles = make_puzzle(neighbours, rng)
        solver = Solver(neighbours, tiles)
        solver.solve(0)
        total_solutions += solver.solutions
        total_nodes += solver.nodes
    return "hexiom %d puzzles: %d solutions, %d search nodes" % (n, total_solutions, total_nodes)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
