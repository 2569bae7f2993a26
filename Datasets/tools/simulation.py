"""Seeded, platform-independent simulation helpers of the dataset generators
(generate_son_la.py, generate_national.py).

Randomness comes only from random.Random(seed).random(), and every formula
uses + - * / only, so a generator writes the same bytes on every machine and
Python version: no math library, no platform-dependent rounding.
"""

import random
from decimal import ROUND_HALF_EVEN, Decimal

from common import ConversionError

TENTH = Decimal("0.1")


class Stream:
    """Seeded deviates from random.Random(seed).random() with + - * / only."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def normal(self, mean=0.0, sd=1.0):
        """Approximately normal: Irwin-Hall sum of 12 uniforms - 6 (mean 0, variance 1, within +-6)."""
        total = 0.0
        for _ in range(12):
            total += self.random.random()
        return mean + sd * (total - 6.0)

    def uniform(self):
        return self.random.random()

    def integer(self, low, high):
        """An integer in low..high, each equally likely."""
        return low + int(self.random.random() * (high - low + 1))


def tenth(value):
    """Rounds a float to 0.1 as an exact Decimal (half to even on the float's exact value)."""
    return Decimal(value).quantize(TENTH, rounding=ROUND_HALF_EVEN)


def clip(value, low, high):
    return low if value < low else high if value > high else value


def whole(value):
    """Nearest integer, halves up (floor(x + 0.5) without math)."""
    shifted = value + 0.5
    integer = int(shifted)
    return integer - 1 if integer > shifted else integer


def scale_to(raw, total):
    """Rounds floats (all > 0) to 0.1 so they sum exactly to the Decimal total; the largest absorbs the rest."""
    weight = sum(raw)
    values = [tenth(float(total) * r / weight) for r in raw]
    largest = max(range(len(raw)), key=lambda i: (raw[i], -i))
    values[largest] += total - sum(values)
    if any(v <= 0 for v in values):
        raise ConversionError("internal: a non-positive value when scaling %r to %s" % (raw, total))
    return values
