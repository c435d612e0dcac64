# Uncaught exception with both __cause__ and notes, through three frames
class ServiceError(Exception):
    pass


def fetch(key):
    store = {"a": 1}
    return store[key]


def service(key):
    try:
        return fetch(key)
    except LookupError as e:
        err = ServiceError(f"lookup of {key!r} failed")
        err.add_note("the store has only 'a'")
        raise err from e


def main():
    print(service("a"))
    print(service("b"))


main()
