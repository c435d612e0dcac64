# statistics and fractions with Decimal data
from decimal import Decimal as D
import statistics as st
from fractions import Fraction as F
print(st.mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")]))
print(st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]))
print(st.pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]))
print(st.stdev([D("1.5"), D("2.5"), D("2.75")]), st.pstdev([D("1"), D("2")]), st.pstdev([D("3"), D("3")]))
print(st.harmonic_mean([D("2"), D("3")]), st.harmonic_mean([D("7")]), st.median([D("1"), D("2")]))
print(F(D("1.25")), F.from_decimal(D("-0.5")), F.from_decimal(3), F(D("1e-3")))
for bad in (lambda: F.from_decimal(1.5), lambda: F(D("nan")), lambda: F(D("inf"))):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
