# argparse: a bad command line: usage and error on stderr, exit status 2
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("number", type=int, help="a number")
parser.add_argument("--level", choices=["low", "high"], required=True)
print("parsing")
args = parser.parse_args()
print("not reached", args)
