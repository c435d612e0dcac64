def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("parse failed") from e

def load(text):
    try:
        return parse(text)
    except TypeError:
        raise RuntimeError("load failed")

def main():
    try:
        load("abc")
    finally:
        print("cleanup in main")

main()
