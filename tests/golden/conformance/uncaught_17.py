# Exit via an uncaught custom exception that subclasses KeyError (str shows repr of the key)
class MissingSetting(KeyError):
    pass


settings = {"debug": False, "level": 3}


def get(name):
    if name not in settings:
        raise MissingSetting(name)
    return settings[name]


print(get("debug"), get("level"))
print(get("timeout"))
