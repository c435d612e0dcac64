# Uncaught exception with chained cause: traceback on stderr, exit 1
class ConfigError(Exception):
    pass


def parse_port(text):
    return int(text)


def load_config(raw):
    try:
        return {"port": parse_port(raw["port"])}
    except ValueError as e:
        raise ConfigError("bad port in config") from e


print("loading")
print(load_config({"port": "8080"}))
load_config({"port": "eighty"})
print("unreachable")
