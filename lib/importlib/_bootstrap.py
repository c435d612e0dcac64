"""Core of Coil's importlib: module specs and loaders.

Loaded by the C++ import system (interp/import_spec.cpp) as the module
``_frozen_importlib`` at the first import, before anything else in lib/; it
may import only native modules.  The C++ side finds and runs modules and
gives them ``__spec__``/``__loader__`` instances of the classes defined
here; this module implements what importlib's public functions need
(``_find_spec``, ``_exec``, ``_gcd_import``...).
"""

import sys
import _imp

_POPULATE = object()
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def _path_split(path):
    head, _, tail = path.rpartition('/')
    return head, tail


def _path_join(*parts):
    return '/'.join([p.rstrip('/') for p in parts if p])


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


class ModuleSpec:
    """The specification for a module, used for loading."""

    # interp/import_spec.cpp makes instances for the modules it imports with
    # exactly the attributes __init__ sets (keep the two in step).
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = 'built-in'

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        _imp.exec_builtin(module)

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


BuiltinImporter.__module__ = '_frozen_importlib'


class SourceFileLoader:
    """Loader for Python source files, with the bytecode cache."""

    # Instances made by interp/import_spec.cpp have just `name` and `path`.
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def get_filename(self, name=None):
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return self.path

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()

    def get_source(self, fullname):
        source_bytes = self.get_data(self.get_filename(fullname))
        return source_bytes.decode('utf-8')

    def path_stats(self, path):
        kind, mode, mtime, size = _imp._coil_stat(path)
        return {'mtime': mtime, 'size': size}

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        code, cached = _imp._coil_get_code(self.get_filename(fullname))
        return code

    def set_data(self, path, data, *, _mode=0o666):
        try:
            _imp._coil_write_atomic(path, data, _mode)
        except OSError:
            pass

    def get_resource_reader(self, module):
        return None


SourceFileLoader.__module__ = '_frozen_importlib_external'


def _load_module_shim(self, fullname):
    spec = spec_from_loader(fullname, self)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


def cache_from_source(path, debug_override=None, *, optimization=None):
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '' and not optimization.isalnum():
        raise ValueError(f'{optimization!r} is not alphanumeric')
    return _imp._coil_cache_from_source(path, optimization)


def source_from_cache(path):
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, pycache_filename = _path_split(path)
    found_in_pycache_prefix = False
    if sys.pycache_prefix is not None:
        stripped_path = sys.pycache_prefix.rstrip('/')
        if head.startswith(stripped_path + '/'):
            head = head[len(stripped_path):]
            found_in_pycache_prefix = True
    if not found_in_pycache_prefix:
        head, pycache = _path_split(head)
        if pycache != '__pycache__':
            raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start "
                             f"with 'opt-'")
        opt_level = optimization[len('opt-'):]
        if not opt_level.isalnum():
            raise ValueError(f"optimization level {optimization!r} is not an "
                             "alphanumeric value")
    base_filename = pycache_filename.partition('.')[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is not None:
        path = fspath(path)
        if isinstance(path, str):
            return path
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        if not location.startswith('/'):
            try:
                location = _path_join(_imp._coil_getcwd(), location)
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def _init_module_attrs(spec, module, *, override=False):
    def put(name, value, when):
        # A module type may refuse attributes: then it simply keeps its own.
        if when:
            try:
                setattr(module, name, value)
            except AttributeError:
                pass

    def missing(name):
        return override or getattr(module, name, None) is None

    put('__name__', spec.name, missing('__name__'))
    put('__loader__', spec.loader, missing('__loader__'))
    put('__package__', spec.parent, missing('__package__'))
    put('__spec__', spec, True)
    put('__path__', spec.submodule_search_locations,
        missing('__path__') and spec.submodule_search_locations is not None)
    if spec.has_location:
        put('__file__', spec.origin, missing('__file__'))
        put('__cached__', spec.cached, missing('__cached__') and spec.cached is not None)
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _exec(spec, module):
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    if spec.loader is None:
        raise ImportError('missing loader', name=spec.name)
    _init_module_attrs(spec, module, override=True)
    if not hasattr(spec.loader, 'exec_module'):
        spec.loader.load_module(name)
    else:
        spec.loader.exec_module(module)
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


def _load(spec):
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is None:
            raise ImportError('missing loader', name=spec.name)
        spec.loader.exec_module(module)
    except BaseException:
        try:
            del sys.modules[spec.name]
        except KeyError:
            pass
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module


def _find_spec(name, path, target=None):
    """The spec of `name` as the import system would find it (None if absent)."""
    if path is None and _imp.is_builtin(name):
        return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    search = sys.path if path is None else path
    found = _imp._coil_find(name.rpartition('.')[2], list(search))
    if found is None:
        return None
    origin, is_package = found
    return spec_from_file_location(name, origin,
                                   submodule_search_locations=[] if is_package else None)


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]


_BUILTIN_ORIGIN = BuiltinImporter._ORIGIN
