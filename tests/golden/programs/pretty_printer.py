# A JSON-like pretty printer and a round trip through the json module.
import json
def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {pretty(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + pretty(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return repr(value)
doc = {"name": "coil", "version": [0, 1, 0], "tags": ["vm", "jit"], "nested": {"empty": {}, "list": [],
       "deep": [{"a": 1}, {"b": [True, False, None]}]}, "quote": 'say "hi"\n', "ratio": 0.25, "big": 2**70}
text = pretty(doc)
print(text)
print(json.loads(text) == doc)
print(json.dumps(doc, sort_keys=True))
print(json.dumps([1, "two", None, 3.5, {"k": []}], indent=2))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos)
