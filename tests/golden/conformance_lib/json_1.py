# json round trips and formatting
import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True, "score": 9.5, "manager": None,
        "nested": {"a": [1, 2, {"b": "c"}]}, "unicode": "café ☕"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
back = json.loads(s)
print(back == data, type(back["langs"]).__name__, back["nested"]["a"][2]["b"])
print(json.dumps([1, 2.0, 1e20, -0.0, "q\"uote", "tab\t", "\u0001"]))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "bool"}), json.dumps("é"), json.dumps(float("inf")))
print(json.loads('{"x": [1, 2, 3], "y": {"z": null}}'), json.loads("3.25"), json.loads('"\\u00e9"'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(**d)).y)
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
