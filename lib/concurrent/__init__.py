# This directory is a Python package (concurrent.futures lives in it).
