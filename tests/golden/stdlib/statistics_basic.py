# statistics: averages, spread, quantiles, relations, NormalDist, errors
import math
import statistics as st
from fractions import Fraction as F
from statistics import StatisticsError, NormalDist


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


# a deterministic pseudo-random data set
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(round(seed / 2**31 * 100, 3))
ints = [int(x) + 1 for x in data]

for name in ("mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
             "median_high", "median_grouped", "mode", "pstdev", "stdev", "pvariance", "variance"):
    fn = getattr(st, name)
    print(name, repr(fn(data)), repr(fn(ints)))
print(st.quantiles(data), st.quantiles(ints, n=10), st.quantiles(data, n=5, method="inclusive"))
print(st.multimode(ints), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.mode("abracadabra"))

print(st.mean([1, 2, 3, 4, 4]), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.mean(iter([1, 2, 3])), st.mean(range(1, 101)), st.mean([1e308, 1e308]), st.mean([0.1] * 10), st.mean([F(1, 3), 2]))
print(st.mean([1, float("inf")]), st.mean([float("nan"), 1]), st.mean([float("inf"), -float("inf")]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.variance([1, 2, 3, 4]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2]), st.pstdev([5]))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3], mu=2), st.stdev([F(1), F(2), F(4)]), st.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(st.stdev([1, 1e300]), st.pstdev([1e-300, 3e-300]), st.variance([1, 2, float("inf")]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean((x for x in [1, 2]), weights=iter([1, 3])))
print(round(st.geometric_mean([54, 24, 36]), 9), st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]), st.harmonic_mean([0.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([F(1, 2), F(3, 2)]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), st.median_grouped([5]))
print(st.quantiles([1, 2], n=3), st.quantiles([F(1), F(5), F(7)], n=4), st.quantiles(range(10), n=1), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation(x, y), st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))

attempt("mean([])", lambda: st.mean([]))
attempt("stdev nan", lambda: st.stdev([1, float("nan")]))
attempt("fmean([])", lambda: st.fmean([]))
attempt("fmean weights len", lambda: st.fmean([1, 2], weights=[1]))
attempt("fmean weights zero", lambda: st.fmean([1, 2], weights=[1, -1]))
attempt("geometric_mean([])", lambda: st.geometric_mean([]))
attempt("geometric_mean neg", lambda: st.geometric_mean([1, -2]))
attempt("harmonic_mean([])", lambda: st.harmonic_mean([]))
attempt("harmonic_mean neg", lambda: st.harmonic_mean([1, -2]))
attempt("harmonic_mean one neg", lambda: st.harmonic_mean([-2]))
attempt("harmonic_mean str", lambda: st.harmonic_mean(["a"]))
attempt("harmonic_mean weights", lambda: st.harmonic_mean([1, 2], weights=[1]))
attempt("harmonic_mean zero weights", lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
attempt("median([])", lambda: st.median([]))
attempt("median_low([])", lambda: st.median_low([]))
attempt("median_high([])", lambda: st.median_high([]))
attempt("median_grouped([])", lambda: st.median_grouped([]))
attempt("median_grouped str", lambda: st.median_grouped(["a", "b"]))
attempt("mode([])", lambda: st.mode([]))
attempt("variance([1])", lambda: st.variance([1]))
attempt("stdev([1])", lambda: st.stdev([1]))
attempt("pvariance([])", lambda: st.pvariance([]))
attempt("pstdev([])", lambda: st.pstdev([]))
attempt("quantiles n=0", lambda: st.quantiles([1, 2], n=0))
attempt("quantiles one", lambda: st.quantiles([1]))
attempt("quantiles method", lambda: st.quantiles([1, 2], method="x"))
attempt("covariance len", lambda: st.covariance([1, 2], [1]))
attempt("covariance one", lambda: st.covariance([1], [1]))
attempt("correlation const", lambda: st.correlation([1, 1], [1, 2]))
attempt("correlation len", lambda: st.correlation([1, 2], [1]))
attempt("linear_regression const", lambda: st.linear_regression([1, 1], [1, 2]))
attempt("linear_regression one", lambda: st.linear_regression([1], [2]))
attempt("mean str", lambda: st.mean(["a", "b"]))
attempt("mean mixed", lambda: st.mean([1, "a"]))
attempt("variance complex", lambda: st.variance([1j, 2j]))
print(issubclass(StatisticsError, ValueError))

nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.9), nd.zscore(130), nd.quantiles(), nd.quantiles(10))
print([NormalDist().inv_cdf(p) for p in (1e-300, 1e-10, 0.01, 0.2, 0.5, 0.75, 0.999, 1 - 1e-12)])
print(nd.overlap(NormalDist(110, 10)), NormalDist(0, 1).overlap(NormalDist(1, 1)), nd.overlap(nd))
print(nd + 5, nd - 5, nd * 2, nd / 3, 5 + nd, 5 - nd, 2 * nd, -nd, +nd, nd + NormalDist(0, 20), nd - NormalDist(5, 20))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 5, hash(nd) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(data))
attempt("sigma<0", lambda: NormalDist(0, -1))
attempt("pdf sigma 0", lambda: NormalDist(0, 0).pdf(1))
attempt("cdf sigma 0", lambda: NormalDist(0, 0).cdf(1))
attempt("inv_cdf 0", lambda: nd.inv_cdf(0))
attempt("inv_cdf 1", lambda: nd.inv_cdf(1.0))
attempt("inv_cdf sigma 0", lambda: NormalDist(0, 0).inv_cdf(0.5))
attempt("zscore sigma 0", lambda: NormalDist(0, 0).zscore(1))
attempt("overlap type", lambda: nd.overlap(5))
attempt("overlap sigma 0", lambda: nd.overlap(NormalDist(1, 0)))
attempt("from_samples one", lambda: NormalDist.from_samples([1]))
attempt("samples", lambda: len(nd.samples(5, seed=3)))
