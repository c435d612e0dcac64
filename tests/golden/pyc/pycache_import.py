# The bytecode cache seen from a program: an import writes the module's
# cache file, a later import runs the code stored there (shown by planting
# another module's code under a valid header), editing the source or
# damaging the file makes the import compile again and rewrite it, and
# sys.dont_write_bytecode / sys.pycache_prefix are honoured.
import importlib
import importlib.util
import os
import sys

sys.dont_write_bytecode = False
HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "_pycache_work_%d" % os.getpid())  # one per run: the modes run at once
TAG = sys.implementation.cache_tag


def remove_tree(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            remove_tree(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def write(name, text):
    with open(os.path.join(WORK, name), "w") as f:
        f.write(text)
    importlib.invalidate_caches()


def cache_of(name):
    return importlib.util.cache_from_source(os.path.join(WORK, name + ".py"))


def fresh_import(name):
    sys.modules.pop(name, None)
    return importlib.import_module(name)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def show_dir(path):
    return sorted(n.replace(TAG, "TAG") for n in os.listdir(path))


remove_tree(WORK)
os.mkdir(WORK)
sys.path.insert(0, WORK)
try:
    # The first import writes the cache file; the main script is not cached.
    write("m_alpha.py", "VALUE = 'alpha'\n")
    m = fresh_import("m_alpha")
    print(m.VALUE, os.path.isfile(cache_of("m_alpha")), m.__cached__ == cache_of("m_alpha"))
    print(show_dir(os.path.join(WORK, "__pycache__")))
    print(read(cache_of("m_alpha"))[:4] == importlib.util.MAGIC_NUMBER)

    # Proof that an import runs the cached code: m_beta's code under a header
    # that matches m_alpha's source (same size, its mtime) is what m_alpha runs.
    write("m_beta.py", "VALUE = 'beta!'\n")
    print(fresh_import("m_beta").VALUE)
    beta = read(cache_of("m_beta"))
    st = os.stat(os.path.join(WORK, "m_alpha.py"))
    planted = beta[:8] + (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") + \
        (st.st_size & 0xFFFFFFFF).to_bytes(4, "little") + beta[16:]
    with open(cache_of("m_alpha"), "wb") as f:
        f.write(planted)
    m = fresh_import("m_alpha")
    print("from the cache:", m.VALUE, m.__file__ == os.path.join(WORK, "m_alpha.py"))
    print("co_filename fixed:", m.__spec__.loader.get_code("m_alpha").co_filename.endswith("m_alpha.py"))

    # Editing the source (other size) invalidates the cache; it is rewritten.
    write("m_alpha.py", "VALUE = 'alpha, second version'\n")
    m = fresh_import("m_alpha")
    print("after edit:", m.VALUE, read(cache_of("m_alpha")) != planted)
    good = read(cache_of("m_alpha"))
    print("reused:", fresh_import("m_alpha").VALUE, read(cache_of("m_alpha")) == good)

    # Damaged cache files are ignored and replaced.
    for label, damaged in [("garbage", b"not a cache file"), ("empty", b""), ("truncated", good[:12]),
                           ("foreign magic", b"\x00\x00\r\n" + good[4:]),
                           ("bad flags", good[:4] + b"\x07\x00\x00\x00" + good[8:])]:
        with open(cache_of("m_alpha"), "wb") as f:
            f.write(damaged)
        m = fresh_import("m_alpha")
        print(label, "->", m.VALUE, read(cache_of("m_alpha"))[:4] == importlib.util.MAGIC_NUMBER)

    # sys.dont_write_bytecode: compiled, nothing written.
    os.remove(cache_of("m_alpha"))
    sys.dont_write_bytecode = True
    print("no write:", fresh_import("m_alpha").VALUE, os.path.exists(cache_of("m_alpha")))
    sys.dont_write_bytecode = False
    print("write again:", fresh_import("m_alpha").VALUE, os.path.exists(cache_of("m_alpha")))

    # sys.pycache_prefix: the cache goes to a mirror tree under the prefix.
    prefix = os.path.join(WORK, "prefix")
    sys.pycache_prefix = prefix
    write("m_gamma.py", "VALUE = 'gamma'\n")
    where = cache_of("m_gamma")
    print(where.startswith(prefix + os.sep), where.endswith(os.path.join(WORK.lstrip(os.sep), "m_gamma." + TAG + ".pyc")))
    print("prefix:", fresh_import("m_gamma").VALUE, os.path.isfile(where),
          os.path.exists(os.path.join(WORK, "__pycache__", "m_gamma." + TAG + ".pyc")))
    sys.pycache_prefix = None

    # Packages: __init__ and submodules are cached in the package's folder.
    os.mkdir(os.path.join(WORK, "p_pkg"))
    write(os.path.join("p_pkg", "__init__.py"), "from . import inner\nNAME = 'pkg'\n")
    write(os.path.join("p_pkg", "inner.py"), "DATA = [1, 2, 3]\n")
    pkg = fresh_import("p_pkg")
    print(pkg.NAME, pkg.inner.DATA, show_dir(os.path.join(WORK, "p_pkg", "__pycache__")))
    print(pkg.__cached__ == importlib.util.cache_from_source(os.path.join(WORK, "p_pkg", "__init__.py")))
finally:
    sys.path.remove(WORK)
    for name in ["m_alpha", "m_beta", "m_gamma", "p_pkg", "p_pkg.inner"]:
        sys.modules.pop(name, None)
    remove_tree(WORK)
print(os.path.exists(WORK))
