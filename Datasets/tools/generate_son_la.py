#!/usr/bin/env python3
"""Adds clearly labelled GENERATED rows to Datasets/son-la/ (run after build_son_la.py).

    python3 Datasets/tools/generate_son_la.py [--out DIR]

The mid-year review of 2014 needs series that were never published: monthly
budget revenue of the province and of its 12 districts, total investment for
whole years, and the new-rural criteria met by each of the 188 rural
communes. This script simulates them from a fixed seed (SEED below), so that
the same input gives the same bytes, and writes them into the dataset that
build_son_la.py just wrote (DIR, default Datasets/son-la):

- observations.csv, sources.csv: generated rows appended after the real ones,
  each cited in sources.csv with derivation `generated` and a source naming
  this script, its seed and what the row is calibrated to;
- the three published 2013 spans of son-la budget_revenue are REMOVED and
  replaced by generated months that add up to them exactly (a series has one
  in-year granularity); the months' sources.csv rows say which span they
  replace;
- targets.csv, targets-sources.csv: generated 2014 targets for the districts
  (budget revenue) and communes (criteria met), after the directive's; then
  generated 2013 targets (province and districts' revenue, investment,
  communes' criteria), by fixed rules on the generated data before 2013, for
  the year-end summary of 2013.

These are NOT published figures. Everything is calibrated to what was
published (see the dataset README's section "Generated data"). Randomness comes
only from random.Random(SEED).random(); normal deviates are Irwin-Hall sums of
twelve uniforms and every formula uses + - * / only, so the output does not
depend on the platform's math library. The script refuses a dataset that
already holds generated rows: rebuild it with build_son_la.py first (or run
build_all.py).
"""

import argparse
import os
from collections import OrderedDict
from decimal import Decimal

from common import DATASETS_DIR, ConversionError, decimal, fail, format_number, read_csv, write_csv
from simulation import TENTH, Stream, clip, scale_to, tenth, whole

SEED = 20140630
GENERATOR = "Datasets/tools/generate_son_la.py"
PROVINCE = "son-la"
GENERATED = "generated"

# --- budget revenue -------------------------------------------------------------------------
REVENUE_MONTHS = [(year, month) for year in range(2009, 2015) for month in range(1, 13)
                  if (year, month) <= (2014, 6)]
# The province's own plan is above MoF's: the 2013 in-year reports (830 = 46.1% of plan) imply ~1,800
# against MoF's 1,756. A year's level = MoF plan x PLAN_SCALE x (1 + overshoot).
PLAN_SCALE = 1800.0 / 1756.0
OVERSHOOT_MEAN, OVERSHOOT_SD = 0.02, 0.03
# Share of the year collected in each month (sums to 12): low around Tết (January-February),
# rising through the year, heavy in the last quarter and December (year-end collection).
PROFILE = [0.70, 0.55, 0.80, 0.85, 0.90, 0.95, 1.00, 1.05, 1.10, 1.10, 1.20, 1.80]
MONTH_NOISE_SD = 0.08
# District shares of the province's revenue (sum 1). All 12 districts have every month, on the 2014
# boundaries: Vân Hồ as if its 14 communes had been a district before June 2013, Mộc Châu without them.
DISTRICT_SHARES = OrderedDict([
    ("son-la-city", 0.40), ("quynh-nhai", 0.035), ("thuan-chau", 0.06), ("muong-la", 0.10),
    ("bac-yen", 0.03), ("phu-yen", 0.04), ("moc-chau", 0.10), ("yen-chau", 0.04),
    ("mai-son", 0.10), ("song-ma", 0.04), ("sop-cop", 0.02), ("van-ho", 0.035),
])
SHARE_DRIFT_SD = 0.01      # monthly random walk of each district's share multiplier
DISTRICT_NOISE_SD = 0.05   # month-to-month noise of each district's share
# Districts whose collection falls behind in 2014: their share is cut in January-June 2014.
WEAK_2014 = OrderedDict([("quynh-nhai", 0.70), ("song-ma", 0.70)])

# --- total investment -----------------------------------------------------------------------
INVESTMENT_YEARS = range(2009, 2015)
H1_SHARE_MEAN, H1_SHARE_SD, H1_SHARE_RANGE = 0.445, 0.012, (0.42, 0.47)
H1_SHARE_2013_MEAN = 0.45             # the share of January-June in 2013 (5,799.262 is real)
INVESTMENT_GROWTH_MEAN, INVESTMENT_GROWTH_SD = 0.10, 0.04   # yearly growth before 2013
GROWTH_2014_MEAN, GROWTH_2014_SD = 0.07, 0.04

# --- new-rural criteria ---------------------------------------------------------------------
NRD_YEARS = (2011, 2012, 2013)
NRD_MAX = 19
NRD_MEAN_2011 = 1.6        # published: about 1.6 criteria per commune in 2011 (derived from a 2020 report)
NRD_MAX_2013 = 18          # published: no commune recognised (19 of 19) by the end of 2013
DISTRICT_EFFECT_SD, COMMUNE_EFFECT_SD = 0.6, 1.0
NRD_START_SD = 0.7
NRD_GROWTH = {2012: 1.0, 2013: 1.2}           # mean yearly gain in criteria
NRD_CAPACITY_GAIN = 1.1                       # extra gain per unit of a commune's capacity
NRD_DISTRICT_SHOCK_SD, NRD_GAIN_SD = 0.5, 0.8
NRD_SETBACK_PROBABILITY = 0.25                # a negative gain is kept as -1 this often (reassessment)
# The province's assignment of communes to the directive's bands, by 2013 level: (communes, low).
BAND_ASSIGNMENT = [(8, 14), (20, 9), (60, 5), (None, 1)]

REVENUE_TARGET = (Decimal("2100"), Decimal("2200"))

# --- 2013 targets, for the year-end summary of 2013 (chitieu assess --year 2013) ---------------
# No 2013 directive with numbers was found. The province's revenue target is read off published
# figures: low = MoF's 2013 plan (revenue_plan_mof, 1,756), high = the province's own plan implied by
# its 2013 reports (830 = 46.1% of plan, 1,240 = 68.9%, 1,515 = 84.2%: about 1,800).
REVENUE_TARGET_2013 = (Decimal("1756"), Decimal("1800"))
# Investment: the generated 2012 level grown by the generator's mean growth, to the nearest 100.
INVESTMENT_TARGET_ROUNDING = 100
# Criteria: each commune its generated 2012 level plus this many criteria, at most 19.
NRD_TARGET_GAIN_2013 = 2


def month_period(year, month):
    return "%d-%02d" % (year, month)


def source_text(what, calibration):
    return "%s, seed %d: %s; calibrated to %s. NOT a published figure" % (GENERATOR, SEED, what, calibration)


# --- the three generated series ---------------------------------------------------------------

def revenue_levels(stream, plan):
    """Yearly level of province revenue, MoF plan x PLAN_SCALE x (1 + overshoot)."""
    levels = OrderedDict()
    for year in range(2009, 2015):
        levels[year] = plan[year] * PLAN_SCALE * (1.0 + stream.normal(OVERSHOOT_MEAN, OVERSHOOT_SD))
    return levels


def expected_month(levels, year, month):
    """The level spread over the months with the seasonal profile and a within-year trend.

    The trend tilts the months by r (m - 6.5) / 12, r the year's growth rate around it, so the
    months still sum to the level in expectation (the tilts sum to zero).
    """
    before, after = levels.get(year - 1), levels.get(year + 1)
    if before is not None and after is not None:
        rate = (after - before) / (2.0 * levels[year])
    elif after is not None:
        rate = (after - levels[year]) / levels[year]
    else:
        rate = (levels[year] - before) / before
    rate = clip(rate, -0.6, 0.6)
    return levels[year] / 12.0 * PROFILE[month - 1] * (1.0 + rate * (month - 6.5) / 12.0)


def generate_revenue(stream, plan, real_spans):
    """Province months {(year, month): Decimal}, and for each month the real span it replaces, if any."""
    levels = revenue_levels(stream, plan)
    raw = OrderedDict()
    for year, month in REVENUE_MONTHS:
        raw[(year, month)] = expected_month(levels, year, month) * (1.0 + stream.normal(0.0, MONTH_NOISE_SD))
    province, replaces = OrderedDict(), {}
    for key, value in raw.items():
        province[key] = tenth(value)
    for (year, first, last), (total, derivation) in sorted(real_spans.items()):
        months = [(year, m) for m in range(first, last + 1)]
        for key, value in zip(months, scale_to([raw[k] for k in months], total)):
            province[key] = value
            replaces[key] = (year, first, last, total, derivation)
    return levels, province, replaces


def generate_districts(stream, province):
    """{district: {(year, month): Decimal}} summing exactly to the province every month."""
    districts = list(DISTRICT_SHARES)
    multiplier = {d: 1.0 for d in districts}
    out = {d: OrderedDict() for d in districts}
    for key, total in province.items():
        raw = []
        for d in districts:
            multiplier[d] *= 1.0 + stream.normal(0.0, SHARE_DRIFT_SD)
            weak = WEAK_2014.get(d, 1.0) if key[0] == 2014 else 1.0
            raw.append(DISTRICT_SHARES[d] * multiplier[d] * weak * (1.0 + stream.normal(0.0, DISTRICT_NOISE_SD)))
        for d, value in zip(districts, scale_to(raw, total)):
            out[d][key] = value
    return out


def generate_investment(stream, real):
    """Half-year spans {(year, first, last): Decimal}; 2013 adds October-December to the real spans."""
    h1_2013, q3_2013 = real[(2013, 1, 6)][0], real[(2013, 7, 9)][0]
    share_2013 = clip(stream.normal(H1_SHARE_2013_MEAN, H1_SHARE_SD), *H1_SHARE_RANGE)
    level = {2013: float(h1_2013) / share_2013}
    spans = OrderedDict()
    spans[(2013, 10, 12)] = tenth(level[2013] - float(h1_2013) - float(q3_2013))
    level[2014] = level[2013] * (1.0 + stream.normal(GROWTH_2014_MEAN, GROWTH_2014_SD))
    spans[(2014, 1, 6)] = tenth(level[2014] * clip(stream.normal(H1_SHARE_MEAN, H1_SHARE_SD), *H1_SHARE_RANGE))
    for year in range(2012, 2008, -1):
        level[year] = level[year + 1] / (1.0 + stream.normal(INVESTMENT_GROWTH_MEAN, INVESTMENT_GROWTH_SD))
        share = clip(stream.normal(H1_SHARE_MEAN, H1_SHARE_SD), *H1_SHARE_RANGE)
        spans[(year, 1, 6)] = tenth(level[year] * share)
        spans[(year, 7, 12)] = tenth(level[year] * (1.0 - share))
    if spans[(2013, 10, 12)] <= 0:
        raise ConversionError("internal: non-positive investment for 2013-10..2013-12")
    return OrderedDict(sorted(spans.items())), level


def generate_criteria(stream, communes):
    """{commune: {year: int}} for NRD_YEARS; communes = [(id, district)] in units.csv order."""
    district_effect = {}
    for _, district in communes:
        if district not in district_effect:
            district_effect[district] = stream.normal(0.0, DISTRICT_EFFECT_SD)
    capacity = {c: district_effect[d] + stream.normal(0.0, COMMUNE_EFFECT_SD) for c, d in communes}
    start = {c: capacity[c] + stream.normal(0.0, NRD_START_SD) for c, _ in communes}
    # The 2011 offset that brings the mean closest to the published 1.6 (grid of 0.01, first best).
    best = None
    for step in range(0, 401):
        offset = -1.0 + step * 0.01
        total = sum(clip(whole(offset + start[c]), 0, NRD_MAX) for c, _ in communes)
        error = abs(total - NRD_MEAN_2011 * len(communes))
        if best is None or error < best[0]:
            best = (error, offset)
    levels = {c: {2011: clip(whole(best[1] + start[c]), 0, NRD_MAX)} for c, _ in communes}
    for year in NRD_YEARS[1:]:
        shock = {d: stream.normal(0.0, NRD_DISTRICT_SHOCK_SD) for d in district_effect}
        for c, d in communes:
            gain = whole(NRD_GROWTH[year] + NRD_CAPACITY_GAIN * capacity[c] + shock[d]
                         + stream.normal(0.0, NRD_GAIN_SD))
            setback = stream.uniform() < NRD_SETBACK_PROBABILITY
            if gain < 0:
                gain = -1 if setback else 0
            levels[c][year] = clip(levels[c][year - 1] + gain, 0, NRD_MAX_2013)
    return levels, best[1]


# --- reading and writing ----------------------------------------------------------------------

def read_dataset(folder):
    def rows(name, header):
        found, body = read_csv(os.path.join(folder, name))
        if found != header:
            raise ConversionError("%s: header %r, expected %r" % (name, found, header))
        return body
    data = {
        "observations": rows("observations.csv", ["unit", "indicator", "period", "value"]),
        "sources": rows("sources.csv", ["unit", "indicator", "period", "derivation", "source"]),
        "targets": rows("targets.csv", ["unit", "indicator", "period", "low", "high", "direction"]),
        "target_sources": rows("targets-sources.csv", ["unit", "indicator", "period", "derivation", "source"]),
        "units": rows("units.csv", ["unit", "name", "level", "parent"]),
        "gso": rows("units-gso.csv", ["unit", "gso_code", "gso_level"]),
        "indicators": rows("indicators.csv", ["indicator", "name", "measure", "name_en"]),
    }
    if any(r["derivation"] == GENERATED for r in data["sources"] + data["target_sources"]):
        raise ConversionError("%s already holds generated rows; rebuild it with build_son_la.py first "
                              "(or run build_all.py)" % folder)
    return data


def real_spans(data, indicator, expected):
    """The real in-year spans of son-la `indicator`: {(year, first, last): (Decimal, derivation)}."""
    derivation = {(r["unit"], r["indicator"], r["period"]): r["derivation"] for r in data["sources"]}
    spans = {}
    for r in data["observations"]:
        if r["unit"] == PROVINCE and r["indicator"] == indicator:
            period = r["period"]
            if len(period) != 16 or period[7:9] != "..":
                raise ConversionError("son-la %s %s: expected only spans of months" % (indicator, period))
            key = (int(period[:4]), int(period[5:7]), int(period[14:16]))
            spans[key] = (decimal(r["value"], "observations.csv:%d" % r["_line"]),
                          derivation[(PROVINCE, indicator, period)])
    if sorted(spans) != sorted(expected):
        raise ConversionError("son-la %s: real spans %s, expected %s" % (indicator, sorted(spans), expected))
    return spans


def span_text(year, first, last):
    return "%d-%02d..%d-%02d" % (year, first, year, last)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--out", default=os.path.join(DATASETS_DIR, "son-la"),
                        help="the dataset folder build_son_la.py wrote (default: Datasets/son-la)")
    args = parser.parse_args()
    folder = args.out
    stream = Stream(SEED)
    try:
        data = read_dataset(folder)
        indicators = {r["indicator"] for r in data["indicators"]}
        for indicator in ("budget_revenue", "total_investment", "nrd_criteria"):
            if indicator not in indicators:
                raise ConversionError("indicators.csv does not list %s" % indicator)
        plan = {int(r["period"]): float(r["value"]) for r in data["observations"]
                if r["unit"] == PROVINCE and r["indicator"] == "revenue_plan_mof"}
        revenue_real = real_spans(data, "budget_revenue", [(2013, 1, 6), (2013, 7, 8), (2013, 9, 9)])
        investment_real = real_spans(data, "total_investment", [(2013, 1, 6), (2013, 7, 9)])
        gso_level = {r["unit"]: r["gso_level"] for r in data["gso"]}
        districts = [r["unit"] for r in data["units"] if r["level"] == "district" and r["parent"] == PROVINCE]
        if sorted(districts) != sorted(DISTRICT_SHARES):
            raise ConversionError("districts in units.csv %r, expected %r" % (districts, list(DISTRICT_SHARES)))
        communes = [(r["unit"], r["parent"]) for r in data["units"] if gso_level.get(r["unit"]) == "commune"]
        if len(communes) != 188 or any(d not in DISTRICT_SHARES for _, d in communes):
            raise ConversionError("expected 188 rural communes (gso_level commune) under the districts, found %d"
                                  % len(communes))

        levels, province, replaces = generate_revenue(stream, plan, revenue_real)
        by_district = generate_districts(stream, province)
        investment, investment_level = generate_investment(stream, investment_real)
        criteria, offset_2011 = generate_criteria(stream, communes)
    except (ConversionError, OSError) as error:
        fail(str(error))

    # observations and their sources: real rows first, unchanged, minus the replaced revenue spans
    removed = {(PROVINCE, "budget_revenue", span_text(*key)) for key in revenue_real}
    observations = [(r["unit"], r["indicator"], r["period"], r["value"]) for r in data["observations"]
                    if (r["unit"], r["indicator"], r["period"]) not in removed]
    sources = [(r["unit"], r["indicator"], r["period"], r["derivation"], r["source"]) for r in data["sources"]
               if (r["unit"], r["indicator"], r["period"]) not in removed]
    generated = []

    revenue_what = ("monthly province revenue: yearly level = MoF plan (revenue_plan_mof) x 1800/1756 "
                    "(the province's own 2013 plan over MoF's) x (1 + overshoot ~ N(%.2f, %.2f)), "
                    "seasonal profile (low in January-February around Tết, heavy in the last quarter and "
                    "December), multiplicative noise sd %.2f" % (OVERSHOOT_MEAN, OVERSHOOT_SD, MONTH_NOISE_SD))
    for (year, month), value in province.items():
        if (year, month) in replaces:
            y, first, last, total, derivation = replaces[(year, month)]
            calibration = ("the published figure: months %s sum exactly to it; replaces the published "
                           "son-la budget_revenue %s = %s (%s), removed from observations.csv because a "
                           "series has one in-year granularity"
                           % (span_text(y, first, last), span_text(y, first, last), format_number(total),
                              derivation))
        else:
            calibration = "the MoF plan of its year scaled to the province's plan"
        generated.append((PROVINCE, "budget_revenue", month_period(year, month), value,
                          source_text(revenue_what, calibration)))
    district_what = ("monthly district revenue: the province's month split by drifting district shares "
                     "(base shares %s; all 12 districts on the 2014 boundaries in every month, Vân Hồ as if "
                     "separate before June 2013); quynh-nhai and song-ma cut to 70%% of their share in 2014"
                     % ", ".join("%s %.3f" % kv for kv in DISTRICT_SHARES.items()))
    for district in DISTRICT_SHARES:
        for (year, month), value in by_district[district].items():
            generated.append((district, "budget_revenue", month_period(year, month), value,
                              source_text(district_what, "the generated son-la month: the 12 districts sum "
                                          "to it exactly")))
    investment_what = ("half-year total investment: a yearly level growing ~%.0f%% a year before 2013 and "
                       "~%.0f%% in 2014, January-June %.1f%% of the year (sd %.1f, within %.0f-%.0f%%)"
                       % (100 * INVESTMENT_GROWTH_MEAN, 100 * GROWTH_2014_MEAN, 100 * H1_SHARE_MEAN,
                          100 * H1_SHARE_SD, 100 * H1_SHARE_RANGE[0], 100 * H1_SHARE_RANGE[1]))
    for (year, first, last), value in investment.items():
        share_2013 = float(investment_real[(2013, 1, 6)][0]) / investment_level[2013]
        calibration = ("the published 2013 spans: January-June 2013 (5799.262) read as %.1f%% of the year "
                       "(a draw from N(%.1f%%, %.1f%%)); October-December = that year minus January-September "
                       "(8628.297)" % (100 * share_2013, 100 * H1_SHARE_2013_MEAN, 100 * H1_SHARE_SD)) \
            if year == 2013 else \
            "the 2013 level (from the published January-June 2013, 5799.262) and the growth above"
        generated.append((PROVINCE, "total_investment", span_text(year, first, last), value,
                          source_text(investment_what, calibration)))
    criteria_what = ("criteria met of 19 at the end of the year, per rural commune: a district effect (sd %.1f) "
                     "and a commune effect (sd %.1f) set the 2011 start and the yearly gains (mean %s), "
                     "communes of a district move together (district shock sd %.1f); occasional -1 "
                     "(reassessment); within 0..%d"
                     % (DISTRICT_EFFECT_SD, COMMUNE_EFFECT_SD,
                        ", ".join("%d: %.1f" % kv for kv in NRD_GROWTH.items()), NRD_DISTRICT_SHOCK_SD,
                        NRD_MAX_2013))
    for commune, _ in communes:
        for year in NRD_YEARS:
            generated.append((commune, "nrd_criteria", str(year), Decimal(criteria[commune][year]),
                              source_text(criteria_what, "the published 2011 mean of about 1.6 criteria per "
                                          "commune and no commune at 19 by the end of 2013")))

    for unit, indicator, period, value, source in generated:
        observations.append((unit, indicator, period, format_number(value)))
        sources.append((unit, indicator, period, GENERATED, source))

    # targets: the directive's first, then the districts', then the communes'
    targets = [(r["unit"], r["indicator"], r["period"], r["low"], r["high"], r["direction"]) for r in data["targets"]]
    target_sources = [(r["unit"], r["indicator"], r["period"], r["derivation"], r["source"])
                      for r in data["target_sources"]]
    add_district_targets(targets, target_sources, province, by_district, 2014, REVENUE_TARGET,
                         "the directive's province target 2,100-2,200",
                         "the directive's range; the 12 districts' lows sum to 2100 and highs to 2200 exactly")
    ranked = sorted(communes, key=lambda cd: (-criteria[cd[0]][2013], -criteria[cd[0]][2012], cd[0]))
    assigned, position = {}, 0
    for count, low in BAND_ASSIGNMENT:
        chosen = ranked[position:] if count is None else ranked[position:position + count]
        for commune, _ in chosen:
            assigned[commune] = low
        position += len(chosen)
    for commune, _ in communes:
        targets.append((commune, "nrd_criteria", "2014", str(assigned[commune]), str(NRD_MAX), "at_least"))
        target_sources.append((commune, "nrd_criteria", "2014", GENERATED, source_text(
            "the province's assignment of communes to the directive's bands: ranked by generated 2013 level "
            "(then 2012, then id), top 8 -> 14+, next 20 -> 9+, next 60 -> 5+, the rest -> 1+",
            "the directive's bands (bands.csv)")))

    n_2013 = add_targets_2013(targets, target_sources, plan, province, by_district, investment_level, criteria,
                              communes)

    write_csv(os.path.join(folder, "observations.csv"), ["unit", "indicator", "period", "value"], observations)
    write_csv(os.path.join(folder, "sources.csv"), ["unit", "indicator", "period", "derivation", "source"], sources)
    write_csv(os.path.join(folder, "targets.csv"), ["unit", "indicator", "period", "low", "high", "direction"],
              targets)
    write_csv(os.path.join(folder, "targets-sources.csv"),
              ["unit", "indicator", "period", "derivation", "source"], target_sources)

    report(levels, province, by_district, investment, investment_level, investment_real, criteria,
           offset_2011, assigned, generated, removed, len(targets) - len(data["targets"]), folder)
    report_2013(targets, province, by_district, investment_level, criteria, n_2013)


def report_2013(targets, province, by_district, investment_level, criteria, count):
    """The 2013 targets beside the generated 2013 outcomes they will be assessed on."""
    print("  2013 targets: %d generated" % count)
    outcome = {(PROVINCE, "budget_revenue"): sum(v for (y, _), v in province.items() if y == 2013),
               (PROVINCE, "total_investment"): Decimal(investment_level[2013]).quantize(TENTH)}
    for d in by_district:
        outcome[(d, "budget_revenue")] = sum(v for (y, _), v in by_district[d].items() if y == 2013)
    for c in criteria:
        outcome[(c, "nrd_criteria")] = Decimal(criteria[c][2013])
    status = OrderedDict()
    for unit, indicator, period, low, high, _ in targets:
        if period != "2013":
            continue
        value = outcome[(unit, indicator)]
        word = "exceeded" if value > Decimal(high) else "met" if value >= Decimal(low) else "not met"
        counts = status.setdefault(indicator if unit == PROVINCE else indicator + " (units)", OrderedDict())
        counts[word] = counts.get(word, 0) + 1
    for key, counts in status.items():
        print("    %-28s %s" % (key, ", ".join("%s %d" % kv for kv in counts.items())))


def add_district_targets(targets, target_sources, province, by_district, year, bounds, target_text, calibration):
    """Appends each district's part of the province's revenue target of `year`: its share of the generated
    revenue of the year before times each bound, the parts of a bound summing to it exactly (the largest
    district absorbing the rounding)."""
    base = year - 1
    total = sum(v for (y, _), v in province.items() if y == base)
    by_year = {d: sum(v for (y, _), v in by_district[d].items() if y == base) for d in DISTRICT_SHARES}
    parts = {}
    for bound in bounds:
        raw = [float(by_year[d] / total) for d in DISTRICT_SHARES]
        for d, value in zip(DISTRICT_SHARES, scale_to(raw, bound)):
            parts.setdefault(d, []).append(value)
    for d in DISTRICT_SHARES:
        low, high = parts[d]
        targets.append((d, "budget_revenue", str(year), format_number(low), format_number(high), "at_least"))
        target_sources.append((d, "budget_revenue", str(year), GENERATED, source_text(
            "the district's part of %s: its share of the generated %d revenue (%s of %s), the largest district "
            "absorbing the rounding" % (target_text, base, format_number(by_year[d]), format_number(total)),
            calibration)))


def add_targets_2013(targets, target_sources, plan, province, by_district, investment_level, criteria, communes):
    """Appends the generated 2013 targets (no randomness: rules on the generated 2012 data); returns their count."""
    before = len(targets)
    if Decimal(format_number(Decimal(plan[2013]))) != REVENUE_TARGET_2013[0]:
        raise ConversionError("revenue_plan_mof 2013 is %s, the 2013 target's low assumes %s"
                              % (plan[2013], REVENUE_TARGET_2013[0]))
    low, high = REVENUE_TARGET_2013
    targets.append((PROVINCE, "budget_revenue", "2013", format_number(low), format_number(high), "at_least"))
    target_sources.append((PROVINCE, "budget_revenue", "2013", GENERATED, source_text(
        "a 2013 province target read off published figures (no 2013 target with numbers was found): low = "
        "MoF's 2013 plan (revenue_plan_mof, 1756), high = the province's own plan implied by its 2013 reports "
        "(830 = 46.1%, 1240 = 68.9%, 1515 = 84.2% of plan: about 1800)",
        "the published MoF plan and the province's reported shares of its plan")))
    add_district_targets(targets, target_sources, province, by_district, 2013, REVENUE_TARGET_2013,
                         "the 2013 province target 1756-1800",
                         "the 2013 province target; the 12 districts' lows sum to 1756 and highs to 1800 exactly")
    step = INVESTMENT_TARGET_ROUNDING
    investment = whole(investment_level[2012] * (1.0 + INVESTMENT_GROWTH_MEAN) / step) * step
    targets.append((PROVINCE, "total_investment", "2013", str(investment), str(investment), "at_least"))
    target_sources.append((PROVINCE, "total_investment", "2013", GENERATED, source_text(
        "a 2013 point target: the generated 2012 level (%.1f) grown by %.0f%%, to the nearest %d"
        % (investment_level[2012], 100 * INVESTMENT_GROWTH_MEAN, step),
        "the generated investment series")))
    for commune, _ in communes:
        low = min(criteria[commune][2012] + NRD_TARGET_GAIN_2013, NRD_MAX)
        targets.append((commune, "nrd_criteria", "2013", str(low), str(NRD_MAX), "at_least"))
        target_sources.append((commune, "nrd_criteria", "2013", GENERATED, source_text(
            "a 2013 commune target: its generated 2012 level (%d) + %d criteria, at most %d"
            % (criteria[commune][2012], NRD_TARGET_GAIN_2013, NRD_MAX),
            "the generated criteria series")))
    return len(targets) - before


def report(levels, province, by_district, investment, investment_level, investment_real, criteria, offset,
           assigned, generated, removed, n_targets, folder):
    print("generate_son_la.py: seed %d -> %s" % (SEED, folder))
    print("  %d generated observations, %d real spans replaced (%s), %d generated targets"
          % (len(generated), len(removed), ", ".join(sorted(p for _, _, p in removed)), n_targets))
    counts = OrderedDict()
    for unit, indicator, *_ in generated:
        key = indicator if unit == PROVINCE else "%s (%s)" % (indicator, "units")
        counts[key] = counts.get(key, 0) + 1
    for key, n in counts.items():
        print("    %-28s %d" % (key, n))
    print("  budget_revenue son-la, months %s..%s:" % (month_period(*REVENUE_MONTHS[0]),
                                                       month_period(*REVENUE_MONTHS[-1])))
    for year in range(2009, 2015):
        months = [v for (y, _), v in province.items() if y == year]
        h1 = sum(months[:6])
        print("    %d: level %.1f, %d months sum %s, January-June %s"
              % (year, levels[year], len(months), format_number(sum(months)), format_number(h1)))
    check = [sum(v for (y, m), v in province.items() if y == 2013 and a <= m <= b) for a, b in ((1, 6), (7, 8), (9, 9))]
    print("    2013 calibration: January-June %s, July-August %s, September %s"
          % tuple(format_number(v) for v in check))
    bad = sum(1 for key in province if sum(by_district[d][key] for d in by_district) != province[key])
    print("    districts sum to the province in %d of %d months" % (len(province) - bad, len(province)))
    h1_2014 = {d: sum(v for (y, _), v in by_district[d].items() if y == 2014) for d in by_district}
    h1_2013 = {d: sum(v for (y, m), v in by_district[d].items() if y == 2013 and m <= 6) for d in by_district}
    print("    districts January-June 2014 / 2013: %s" % ", ".join(
        "%s %.2f" % (d, h1_2014[d] / h1_2013[d]) for d in by_district))
    print("  total_investment son-la:")
    spans = dict(investment)
    spans.update({k: v[0] for k, v in investment_real.items()})
    for year in sorted({y for y, _, _ in spans}):
        parts = sorted((k, v) for k, v in spans.items() if k[0] == year)
        print("    %d: %s (sum %s; level %.1f)" % (year, ", ".join("%s %s" % (span_text(*k), format_number(v))
                                                                      for k, v in parts),
                                              format_number(sum(v for _, v in parts)), investment_level[year]))
    print("  nrd_criteria: 188 communes (2011 offset %.2f)" % offset)
    for year in NRD_YEARS:
        values = [criteria[c][year] for c in criteria]
        print("    %d: mean %.3f, max %d, at 0: %d, >=1: %d, >=5: %d, >=9: %d, >=12: %d, >=14: %d"
              % (year, sum(values) / len(values), max(values), values.count(0),
                 sum(v >= 1 for v in values), sum(v >= 5 for v in values), sum(v >= 9 for v in values),
                 sum(v >= 12 for v in values), sum(v >= 14 for v in values)))
    falls = sum(1 for c in criteria for y in NRD_YEARS[1:] if criteria[c][y] < criteria[c][y - 1])
    print("    year-on-year decreases: %d of %d" % (falls, 2 * len(criteria)))
    print("    2014 targets assigned: %s" % ", ".join(
        "%d at %d+" % (sum(1 for v in assigned.values() if v == low), low) for _, low in BAND_ASSIGNMENT))


if __name__ == "__main__":
    main()
