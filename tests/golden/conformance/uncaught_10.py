# Uncaught error in a __init__ called through a classmethod factory, raised with from None
class Config:
    def __init__(self, data):
        try:
            self.port = int(data["port"])
        except KeyError:
            raise ValueError("config needs a port") from None

    @classmethod
    def from_pairs(cls, text):
        return cls(dict(pair.split("=") for pair in text.split(";")))


print(Config.from_pairs("host=a;port=80").port)
Config.from_pairs("host=a;debug=1")
