#!/usr/bin/env python3
"""Draws the speed-up chart of a bench/compare run: one group of
horizontal bars per program (and the geometric mean), one bar per mode,
length = CPython's median time / the mode's (log scale, 1 = CPython).

Usage: chart.py results.json out.svg   (out.png works too)
Needs matplotlib (Debian's python3-matplotlib, installed by bench/setup.sh).
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402

COLOURS = {"coil-off": "#4c72b0", "coil": "#55a868", "pypy": "#c44e52", "cpython": "#8c8c8c"}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: chart.py results.json out.svg")
    report = json.load(open(sys.argv[1]))
    baseline = report["baseline"]
    modes = [m for m in report["modes"] if m != baseline]
    if baseline not in report["modes"] or not modes:
        sys.exit("chart.py: the run has no CPython column or nothing to compare with it")
    names = list(report["programs"]) + ["geometric mean"]
    values = {m: [] for m in modes}
    for m in modes:
        for name in report["programs"]:
            values[m].append(report["programs"][name][m].get("speedup") or 0.0)
        values[m].append(report["geomean"].get(m) or 0.0)

    height = 0.8 / len(modes)
    fig, ax = plt.subplots(figsize=(9, 0.11 * len(names) * len(modes) + 1.6))
    for i, m in enumerate(modes):
        ys = [len(names) - 1 - k + (len(modes) - 1 - i) * height - 0.4 + height / 2 for k in range(len(names))]
        # Bars grow from 1 (CPython) to the speed-up; a failed run has none.
        widths = [v - 1.0 if v else 0.0 for v in values[m]]
        ax.barh(ys, widths, height=height, label=m, color=COLOURS.get(m), left=1.0)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: "%g" % v))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    shown = [v for m in modes for v in values[m] if v] + [1.0]
    lo, hi = min(shown) / 1.3, max(shown) * 1.3
    ax.set_xlim(lo, hi)
    ax.set_xticks([t * 10.0 ** e for e in range(-3, 4) for t in (1, 2, 5) if lo <= t * 10.0 ** e <= hi])
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels(list(reversed(names)), fontsize=8)
    ax.set_xlabel("speed-up vs CPython %s (median wall time; > 1 is faster; log scale)"
                  % report["versions"].get(baseline, ""))
    ax.set_title("bench/compare, %s (%s sizes, median of %d run%s)"
                 % (report["date"], report["size"], report["runs"], "" if report["runs"] == 1 else "s"))
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", alpha=0.3)
    ax.set_ylim(-0.6, len(names) - 0.4)
    fig.tight_layout()
    fig.savefig(sys.argv[2])


if __name__ == "__main__":
    main()
