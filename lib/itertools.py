"""Functional tools for creating and using iterators.

Coil's itertools, written in Python. Every tool is a class (so that
type(itertools.chain()) is itertools.chain, as in CPython); the simple ones
compute in __next__, the combinatoric ones delegate to a private generator.
Results, laziness (what is consumed from the inputs and when), argument
checks and error messages follow CPython 3.11.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

import sys as _sys

_maxsize = _sys.maxsize
_marker = object()


def _as_index(value):
    if type(value) is int:
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _check_nargs(name, args, kwargs, lo, hi):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError('%s expected %d argument%s, got %d'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n < lo:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError('%s expected at most %d argument%s, got %d'
                        % (name, hi, '' if hi == 1 else 's', n))


def _is_number(x):
    cls = type(x)
    return (hasattr(cls, '__index__') or hasattr(cls, '__float__') or
            hasattr(cls, '__int__') or isinstance(x, complex))


class _Iter:
    __slots__ = ()

    def __iter__(self):
        return self


################################################################################
### Infinite iterators
################################################################################

class count(_Iter):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ('_cnt', '_step')

    def __new__(cls, *args, **kwargs):
        nargs = len(args) + len(kwargs)
        if nargs > 2:
            raise TypeError('count() takes at most 2 arguments (%d given)'
                            % nargs)
        start, step = 0, 1
        names = ('start', 'step')
        for i, value in enumerate(args):
            if names[i] in kwargs:
                raise TypeError("argument for count() given by name ('%s') "
                                "and position (%d)" % (names[i], i + 1))
            if i == 0:
                start = value
            else:
                step = value
        for key, value in kwargs.items():
            if key == 'start':
                start = value
            elif key == 'step':
                step = value
            else:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "count()" % key)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        if isinstance(self._step, int) and self._step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, self._step)


class cycle(_Iter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is cycle:
            raise TypeError('cycle() takes no keyword arguments')
        _check_nargs('cycle', args, {}, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat(_Iter):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_element', '_cnt')

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            element = args[0]
            if 'object' in kwargs:
                raise TypeError("argument for repeat() given by name ('object') "
                                "and position (1)")
        elif 'object' in kwargs:
            element = kwargs.pop('object')
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) == 2:
            times = args[1]
            if 'times' in kwargs:
                raise TypeError("argument for repeat() given by name ('times') "
                                "and position (2)")
        else:
            times = kwargs.pop('times', _marker)
        for key in kwargs:
            raise TypeError("repeat() got an unexpected keyword argument %r" % key)
        self = object.__new__(cls)
        self._element = element
        if times is _marker:
            self._cnt = -1
        else:
            times = _as_index(times)
            self._cnt = times if times > 0 else 0
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt < 0:
            return '%s(%r)' % (name, self._element)
        return '%s(%r, %d)' % (name, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt < 0:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


################################################################################
### Iterators terminating on the shortest input sequence
################################################################################

class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, iterable=_marker, func=None, *, initial=None):
        if iterable is _marker:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _marker:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain(_Iter):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ('_source', '_active')

    def __new__(cls, *iterables, **kwargs):
        if kwargs and cls is chain:
            raise TypeError('chain() takes no keyword arguments')
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    __class_getitem__ = classmethod(type(list[int]))


class compress(_Iter):
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    __slots__ = ('_data', '_selectors')

    def __new__(cls, data=_marker, selectors=_marker):
        if data is _marker:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _marker:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile(_Iter):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is dropwhile:
            raise TypeError('dropwhile() takes no keyword arguments')
        _check_nargs('dropwhile', args, {}, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            while True:
                item = next(it)
                if not pred(item):
                    self._dropping = False
                    return item
        return next(it)


class filterfalse(_Iter):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    __slots__ = ('_pred', '_it')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is filterfalse:
            raise TypeError('filterfalse() takes no keyword arguments')
        _check_nargs('filterfalse', args, {}, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        pred = self._pred
        it = self._it
        while True:
            item = next(it)
            if pred is None:
                if not item:
                    return item
            elif not pred(item):
                return item


class groupby(_Iter):
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_current_grouper')

    def __new__(cls, iterable=_marker, key=None):
        if iterable is _marker:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._current_grouper = None
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current_grouper = None
        # Skip what is left of the current group.
        if self._currkey is _marker:
            self._step()
        elif self._tgtkey is not _marker:
            while self._tgtkey == self._currkey:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return (self._currkey, grouper)


class _grouper(_Iter):
    __slots__ = ('_parent', '_tgtkey')

    def __new__(cls, parent, tgtkey):
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._currvalue is _marker:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        return value


_grouper.__name__ = _grouper.__qualname__ = '_grouper'


class islice(_Iter):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is islice:
            raise TypeError('islice() takes no keyword arguments')
        _check_nargs('islice', args, {}, 2, 4)
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            stop = _islice_stop(args[1])
        else:
            if args[1] is not None:
                start = _islice_arg(args[1])
            stop = _islice_stop(args[2])
            if len(args) == 4 and args[3] is not None:
                step = _islice_arg(args[3])
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        if stop == -1:
            stop = None
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


def _islice_arg(value):
    # As a C Py_ssize_t: anything that is not an index in range reads as -1.
    try:
        value = _as_index(value)
    except TypeError:
        return -1
    if value > _maxsize or value < -_maxsize - 1:
        return -1
    return value


def _islice_stop(value):
    if value is None:
        return -1
    value = _islice_arg(value)
    if value == -1:
        raise ValueError('Stop argument for islice() must be None or an '
                         'integer: 0 <= x <= sys.maxsize.')
    return value


class pairwise(_Iter):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is pairwise:
            raise TypeError('pairwise() takes no keyword arguments')
        _check_nargs('pairwise', args, {}, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _marker
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _marker:
            try:
                old = next(it)
            except StopIteration:
                self._it = None
                raise
            self._old = old
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _marker
            raise
        self._old = new
        return (old, new)


class starmap(_Iter):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is starmap:
            raise TypeError('starmap() takes no keyword arguments')
        _check_nargs('starmap', args, {}, 2, 2)
        self = object.__new__(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile(_Iter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_pred', '_it', '_stopped')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is takewhile:
            raise TypeError('takewhile() takes no keyword arguments')
        _check_nargs('takewhile', args, {}, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stopped = False
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class _tee_dataobject:
    # A shared, singly linked buffer of the values read from the source:
    # each link holds one value and the next link, created on demand.
    __slots__ = ('value', 'next', 'source')


class _tee(_Iter):
    __slots__ = ('_link',)

    def __new__(cls, iterable):
        if isinstance(iterable, _tee):
            return iterable.__copy__()
        self = object.__new__(cls)
        link = _tee_dataobject()
        link.next = None
        link.source = iter(iterable)
        self._link = link
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(link.source)
            new = _tee_dataobject()
            new.next = None
            new.source = link.source
            link.value = value
            link.next = new
        self._link = link.next
        return link.value

    def __copy__(self):
        new = object.__new__(type(self))
        new._link = self._link
        return new


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _check_nargs('tee', args, kwargs, 1, 2)
    iterable = args[0]
    n = _as_index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = getattr(type(it), '__copy__', None)
    if copyable is None:
        first = _tee(it)
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iter):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""
    __slots__ = ('_its', '_active', '_fillvalue')

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if 'fillvalue' not in kwargs or len(kwargs) > 1:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self = object.__new__(cls)
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fillvalue)
        return tuple(result)


################################################################################
### Combinatoric generators
################################################################################

class _Combinatoric(_Iter):
    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


class product(_Combinatoric):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration)."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for "
                                "product()" % key)
            repeat = value
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self = object.__new__(cls)
        self._gen = _product_gen(pools)
        return self


def _product_gen(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while n:
        # Odometer step: advance the rightmost index that can advance.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


class permutations(_Combinatoric):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __slots__ = ()

    def __new__(cls, iterable=_marker, r=None):
        if iterable is _marker:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._gen = _permutations_gen(pool, r)
        return self


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one.
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_Combinatoric):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ()

    def __new__(cls, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        r = _as_index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._gen = _combinations_gen(pool, r)
        return self


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        # Find the rightmost index that is not at its maximum.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Combinatoric):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ()

    def __new__(cls, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations_with_replacement() missing required "
                            "argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations_with_replacement() missing required "
                            "argument 'r' (pos 2)")
        r = _as_index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._gen = _cwr_gen(pool, r)
        return self


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[i] for i in indices)
