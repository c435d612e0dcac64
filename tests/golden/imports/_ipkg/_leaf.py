print("init _ipkg._leaf", __name__, __package__)
LEAF = "leaf"
