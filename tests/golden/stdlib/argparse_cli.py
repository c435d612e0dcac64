# argparse: parsing the real command line (sys.argv from the .args file); help goes to stdout
import argparse

parser = argparse.ArgumentParser(description="Count words in files.")
parser.add_argument("paths", nargs="*", help="files to read")
parser.add_argument("-c", "--count", type=int, default=1, help="repeat count")
parser.add_argument("-q", "--quiet", action="store_true", help="less output")
parser.add_argument("--sep", default=",", help="separator (default: %(default)r)")
args = parser.parse_args()
print(args)
print(args.paths, args.count * 2, args.quiet, repr(args.sep))
parser.print_usage()
parser.print_help()
