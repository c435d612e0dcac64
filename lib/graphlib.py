"""Topological sorting of a graph of hashable nodes (CPython 3.11's API,
orders and messages)."""
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1   # handed out by get_ready(), not yet done()
_NODE_DONE = -2  # done()


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not done yet, or _NODE_OUT/_NODE_DONE.
        self.npredecessors = 0
        # In the order the edges were added (duplicates kept).
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the
    nodes of one cycle, its first node repeated at the end."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add `node` with the given predecessors (nodes it depends on)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready_nodes)
        for node in ready:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(ready)
        return ready

    def is_active(self):
        """True while nodes remain to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        infos = self._node2info
        for node in nodes:
            info = infos.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif state == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    assert False, f"node {node!r}: unknown status {state}"
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = infos[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search over successors, in insertion order; the first
        # back edge found closes the cycle returned.
        infos = self._node2info
        path = []
        iterators = []
        visited = set()
        position = {}
        for start in infos:
            if start in visited:
                continue
            node = start
            while True:
                if node in visited:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    visited.add(node)
                    iterators.append(iter(infos[node].successors).__next__)
                    position[node] = len(path)
                    path.append(node)
                while path:
                    try:
                        node = iterators[-1]()
                        break
                    except StopIteration:
                        del position[path.pop()]
                        iterators.pop()
                else:
                    break
        return None

    def static_order(self):
        """All the nodes in a topological order (a generator)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
