"""go: a Monte Carlo tree search (UCT) Go player on a 9 x 9 board.

The board knows captures, suicide and simple ko; random play-outs never
fill a player's own eye and are scored by area with komi 7.5. The tree
grows one node per play-out, chooses children by UCB1, and after N
play-outs the move with the most visits is Black's choice. Prints that
move, its statistics and a checksum of the tree.
"""
import sys
import math
import random

DEFAULT_SIZE = 220
SMOKE_SIZE = 20
SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5


def build_neighbours():
    result = []
    for pos in range(SIZE * SIZE):
        row, col = divmod(pos, SIZE)
        around = []
        if row > 0:
            around.append(pos - SIZE)
        if row < SIZE - 1:
            around.append(pos + SIZE)
        if col > 0:
            around.append(pos - 1)
        if col < SIZE - 1:
            around.append(pos + 1)
        result.append(tuple(around))
    return result


NEIGHBOURS = build_neighbours()


def other(colour):
    return BLACK + WHITE - colour


class Board:
    def __init__(self):
        self.points = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.points = self.points[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, start):
        """The stones connected to start and whether the group has a liberty."""
        colour = self.points[start]
        points = self.points
        stones = [start]
        seen = {start}
        free = False
        i = 0
        while i < len(stones):
            for n in NEIGHBOURS[stones[i]]:
                c = points[n]
                if c == EMPTY:
                    free = True
                elif c == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, free

    def is_own_eye(self, pos, colour):
        for n in NEIGHBOURS[pos]:
            if self.points[n] != colour:
                return False
        return True

    def legal(self, pos):
        if self.points[pos] != EMPTY or pos == self.ko:
            return False
        colour = self.to_move
        enemy = other(colour)
        for n in NEIGHBOURS[pos]:
            c = self.points[n]
            if c == EMPTY:
                return True
        # every neighbour is a stone: legal if it captures or joins a group with liberties
        self.points[pos] = colour
        ok = False
        for n in NEIGHBOURS[pos]:
            c = self.points[n]
            stones, free = self.group(n)
            if (c == enemy and not free) or (c == colour and free):
                ok = True
                break
        self.points[pos] = EMPTY
        return ok

    def play(self, pos):
        self.moves += 1
        colour = self.to_move
        self.to_move = other(colour)
        if pos == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        enemy = other(colour)
        self.points[pos] = colour
        captured = []
        for n in NEIGHBOURS[pos]:
            if self.points[n] == enemy:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        self.points[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, free = self.group(pos)
            if len(stones) == 1:
                self.ko = captured[0]

    def candidate_moves(self):
        colour = self.to_move
        return [p for p in range(SIZE * SIZE)
                if self.points[p] == EMPTY and not self.is_own_eye(p, colour) and self.legal(p)]

    def score(self):
        """Area score: Black minus White, komi included."""
        black = white = 0
        for pos in range(SIZE * SIZE):
            c = self.points[pos]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                seen = {self.points[n] for n in NEIGHBOURS[pos]}
                if seen == {BLACK}:
                    black += 1
                elif seen == {WHITE}:
                    white += 1
        return black - white - KOMI


def playout(board, rng):
    limit = SIZE * SIZE * 3
    while board.passes < 2 and board.moves < limit:
        empties = [p for p in range(SIZE * SIZE) if board.points[p] == EMPTY]
        rng.shuffle(empties)
        move = PASS
        colour = board.to_move
        for p in empties:
            if not board.is_own_eye(p, colour) and board.legal(p):
                move = p
                break
        board.play(move)
    return board.score() > 0


class Node:
    def __init__(self, move, board):
        self.move = move
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = board.candidate_moves()
        self.player = other(board.to_move)  # who made the move leading here

    def select(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + math.sqrt(2.0 * log_n / child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


def search(playouts, rng):
    root_board = Board()
    root = Node(None, root_board)
    for _ in range(playouts):
        node = root
        board = root_board.copy()
        path = [node]
        while not node.untried and node.children:
            node = node.select()
            board.play(node.move)
            path.append(node)
        if node.untried:
            move = node.untried.pop(rng.randrange(len(node.untried)))
            board.play(move)
            child = Node(move, board)
            node.children.append(child)
            node = child
            path.append(node)
        black_wins = playout(board, rng)
        for n in path:
            n.visits += 1
            if (n.player == BLACK) == black_wins:
                n.wins += 1
    return root


def tree_checksum(node):
    total = node.visits * 7 + node.wins
    for child in node.children:
        total = (total * 31 + tree_checksum(child)) % 1000000007
    return total


def main(n):
    rng = random.Random(42)
    root = search(n, rng)
    best = max(root.children, key=lambda c: c.visits)
    row, col = divmod(best.move, SIZE)
    return "go %d: best move %s%d, %d visits, %d wins, tree checksum %d" % (
        n, "ABCDEFGHJ"[col], row + 1, best.visits, best.wins, tree_checksum(root))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
