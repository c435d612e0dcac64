# Helper for importlib tests: counts how often its body ran.
import sys

runs = getattr(sys, "_pyc_helper_runs", 0) + 1
sys._pyc_helper_runs = runs
VALUE = "helper"
