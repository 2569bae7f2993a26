#!/usr/bin/env python3
"""Builds Datasets/son-la/ (the default dataset of `chitieu`) from the shared data.

    python3 Datasets/tools/build_son_la.py [DATA] [--out DIR]

DATA is the shared data folder (default ../shared/data relative to the
repository root); it must hold son-la/published.csv and son-la/units-2014.csv.
If DATA/vietnam-provinces/mof_province_budget.csv is there too, the MoF rows
of published.csv are cross-checked against it; if DATA/../seed/ holds the
directive, the quotes behind targets.csv and bands.csv are checked in it.

Only published figures go into observations.csv (generate_son_la.py adds the
generated rows afterwards); targets-sources.csv cites each target's quote in
the directive. indicators.csv gives each
indicator of observations.csv, targets.csv and bands.csv its Vietnamese and
English name and its measure (INDICATORS below). Year-to-date figures
(January to month NN) become non-overlapping spans of months, as the spec
requires (a value is the flow in its period): the span from the month after
the previous report to NN, valued as the difference of the two cumulative
figures, computed in exact decimal arithmetic.
"""

import glob
import os
import re
import sys
from collections import OrderedDict, defaultdict
from decimal import Decimal

from common import (ConversionError, decimal, fail, format_number, parse_args,
                    read_csv, slugify, write_csv)

PROVINCE = "son-la"

# Yearly rows of published.csv: source indicator -> (indicator, unit of measure, allowed kind).
# Plans (kind `target` in the source) are kept as their own indicators: the MoF plan is a
# real, published yearly series; it is never mixed with actual figures.
YEARLY = OrderedDict([
    ("budget_revenue_on_territory_mof_plan", ("revenue_plan_mof", "billion VND", "target")),
    ("budget_revenue_on_territory_mof_final_accounts", ("revenue_final_mof", "billion VND", "actual")),
    ("local_balanced_expenditure_mof_plan", ("local_expenditure_plan_mof", "billion VND", "target")),
    ("local_balanced_expenditure_mof_final_accounts", ("local_expenditure_final_mof", "billion VND", "actual")),
    ("central_transfers_to_province_mof_final_accounts", ("transfers_final_mof", "billion VND", "actual")),
    ("grdp_growth", ("grdp_growth", "percent", "actual")),
    ("grdp_level_const_1994_prices", ("grdp_1994_prices", "billion VND", "actual")),
    ("grdp_per_capita_usd", ("grdp_per_capita_usd", "USD", "actual")),
])

# Year-to-date rows: `<base>_ytd_MNN` -> (indicator, unit of measure). Kind must be `midyear`.
YEAR_TO_DATE = OrderedDict([
    ("budget_revenue_on_territory", ("budget_revenue", "billion VND")),
    ("budget_revenue_balance", ("budget_revenue_balance", "billion VND")),
    ("total_budget_revenue_incl_transfers", ("local_budget_revenue_total", "billion VND")),
    ("central_balance_transfer", ("central_transfers", "billion VND")),
    ("budget_expenditure", ("local_budget_expenditure", "billion VND")),
    ("investment_total_on_territory", ("total_investment", "billion VND")),
    ("investment_state", ("investment_state", "billion VND")),
    ("investment_nonstate", ("investment_nonstate", "billion VND")),
    ("investment_fdi", ("investment_fdi", "billion VND")),
])

# Facts about another unit than the province: source indicator -> (unit, indicator, unit of measure).
OTHER_UNITS = OrderedDict([
    ("admin_vanho_area", ("van-ho", "area_ha", "ha")),
    ("admin_vanho_population", ("van-ho", "population", "persons")),
])

# indicators.csv: indicator -> (Vietnamese name, English name, measure as a person reads it).
# Names follow the source's wording (MoF column labels, the province's reports, the directive);
# every indicator of observations.csv, targets.csv and bands.csv must be here, and nothing else.
INDICATORS = OrderedDict([
    ("revenue_plan_mof", ("Dự toán tổng thu ngân sách nhà nước trên địa bàn (Bộ Tài chính)",
                          "State-budget revenue collected in the province, MoF plan", "billion VND")),
    ("revenue_final_mof", ("Quyết toán tổng thu ngân sách nhà nước trên địa bàn (Bộ Tài chính)",
                           "State-budget revenue collected in the province, MoF final accounts", "billion VND")),
    ("local_expenditure_plan_mof", ("Dự toán tổng chi cân đối ngân sách địa phương (Bộ Tài chính)",
                                    "Balanced local-budget expenditure, MoF plan", "billion VND")),
    ("local_expenditure_final_mof", ("Quyết toán chi ngân sách địa phương (Bộ Tài chính)",
                                     "Local-budget expenditure, MoF final accounts", "billion VND")),
    ("transfers_final_mof", ("Quyết toán bổ sung từ ngân sách trung ương cho ngân sách địa phương, tổng số (Bộ Tài chính)",
                             "Total transfers from the central budget, MoF final accounts", "billion VND")),
    ("grdp_growth", ("Tốc độ tăng trưởng GRDP", "GRDP growth over the previous year", "percent")),
    ("grdp_1994_prices", ("GRDP theo giá so sánh 1994", "GRDP at constant 1994 prices", "billion VND at 1994 prices")),
    ("grdp_per_capita_usd", ("Thu nhập bình quân đầu người", "Per capita income", "USD per person")),
    ("budget_revenue", ("Thu ngân sách trên địa bàn", "State-budget revenue collected in the province", "billion VND")),
    ("budget_revenue_balance", ("Tổng thu cân đối ngân sách", "Revenue counted in the budget balance", "billion VND")),
    ("local_budget_revenue_total", ("Tổng thu ngân sách địa phương, gồm bổ sung từ ngân sách trung ương",
                                    "Total local-budget revenue, including central transfers", "billion VND")),
    ("central_transfers", ("Bổ sung từ ngân sách trung ương", "Transfers from the central budget", "billion VND")),
    ("local_budget_expenditure", ("Chi ngân sách địa phương", "Local-budget expenditure", "billion VND")),
    ("total_investment", ("Vốn đầu tư toàn xã hội", "Total social investment", "billion VND")),
    ("investment_state", ("Vốn đầu tư khu vực nhà nước", "Investment, state sector", "billion VND")),
    ("investment_nonstate", ("Vốn đầu tư khu vực ngoài nhà nước", "Investment, non-state sector", "billion VND")),
    ("investment_fdi", ("Vốn đầu tư trực tiếp nước ngoài", "Foreign direct investment", "billion VND")),
    ("area_ha", ("Diện tích tự nhiên", "Natural area", "hectares")),
    ("population", ("Dân số", "Population", "persons")),
    ("nrd_criteria", ("Số tiêu chí nông thôn mới đạt được", "New-rural criteria met",
                      "criteria of 19")),
])
# How each unit of published.csv reads in a measure: the measure must start with it.
READABLE_UNIT = {"billion VND": "billion VND", "percent": "percent", "USD": "USD", "ha": "hectares",
                 "persons": "persons"}

# In-year parts that must add up to their total, per period (checked exactly).
PARTS = {"total_investment": ("investment_state", "investment_nonstate", "investment_fdi")}

# Rows deliberately left out, each with its reason (also in Datasets/son-la/README.md).
def excluded(row):
    name, year, kind, value = row["indicator"], row["year"], row["kind"], row["value"].strip()
    if re.fullmatch(r".+_ytd_M\d\d_(pct_of_plan|yoy_growth)", name):
        return "a ratio over a year-to-date period: cannot be written as a flow in non-overlapping periods"
    if re.fullmatch(r"grdp_growth_ytd_M\d\d", name):
        return "a growth rate over a year-to-date period: not a flow, not additive"
    if name == "grdp_growth" and kind == "target":
        return "a target from a news report, not from the directive"
    if name == "grdp_growth" and year == "2013" and value == "10.02":
        return "early estimate (January 2014), superseded by the revised 10.26 kept in grdp_growth"
    return None

# The directive's numeric targets (../seed/000_*.txt) and the quotes they rest on.
TARGETS = [
    (PROVINCE, "budget_revenue", "2014", "2100", "2200", "at_least",
     "Thu ngân sách trên địa bàn năm 2014 phấn đấu đạt từ 2.100 - 2.200 tỷ đồng"),
    (PROVINCE, "total_investment", "2014", "13200", "13200", "at_least",
     "huy động vốn đầu tư toàn xã hội năm 2014 đạt 13.200 tỷ đồng"),
]
# New-rural bands as printed: (communes, lowest criteria of the band); the rest at 1 or more.
BAND_QUOTE = ("có 08 xã đạt từ 14 - 16 tiêu chí nông thôn mới, 20 xã đạt từ 9 - 13 tiêu chí, "
              "60 xã đạt từ 5 - 8 tiêu chí, các xã còn lại đạt từ 1 - 4 tiêu chí")
BANDS_PRINTED = [(8, 14), (20, 9), (60, 5)]
NRD_CRITERIA = 19

# GSO unit levels -> (normalised level, name prefix as GSO writes it).
GSO_LEVELS = {
    "province": ("province", ""),
    "city": ("district", "Thành phố "),
    "town": ("district", "Thị xã "),
    "district": ("district", "Huyện "),
    "ward": ("commune", "Phường "),
    "township": ("commune", "Thị trấn "),
    "commune": ("commune", "Xã "),
}


def build_units(rows):
    """Ids for the province tree; returns list of (id, name, level, parent_id, gso_code, gso_level).

    Rule (documented in the README):
      - base = ascii slug of the name without its type prefix;
      - the province and districts take their base; a city takes base + "-city";
      - a commune-level unit takes its base unless another unit has the same base
        or id; then every unit of that group gets a suffix: wards and townships
        their type ("-ward", "-township"), rural communes their district's id,
        or "-commune" when the district's id is their own base.
    """
    by_code = {}
    for row in rows:
        level = row["level"]
        if level not in GSO_LEVELS:
            raise ConversionError("units-2014.csv:%d: unknown level %r" % (row["_line"], level))
        prefix = GSO_LEVELS[level][1]
        if not row["name"].startswith(prefix):
            raise ConversionError("units-2014.csv:%d: %r lacks the prefix %r" % (row["_line"], row["name"], prefix))
        if row["gso_code"] in by_code:
            raise ConversionError("units-2014.csv:%d: duplicate GSO code %s" % (row["_line"], row["gso_code"]))
        row["_base"] = slugify(row["name"][len(prefix):])
        by_code[row["gso_code"]] = row

    ids = {}
    for row in rows:
        if GSO_LEVELS[row["level"]][0] != "commune":
            ids[row["gso_code"]] = row["_base"] + ("-city" if row["level"] == "city" else "")
    taken = defaultdict(list)
    for code, unit_id in ids.items():
        taken[unit_id].append(code)
    communes = [row for row in rows if GSO_LEVELS[row["level"]][0] == "commune"]
    for row in communes:
        taken[row["_base"]].append(row["gso_code"])
    for row in communes:
        base = row["_base"]
        if len(taken[base]) == 1:
            ids[row["gso_code"]] = base
            continue
        district_id = ids[row["parent_gso_code"]]
        if row["level"] in ("ward", "township") or district_id == base:
            ids[row["gso_code"]] = "%s-%s" % (base, row["level"])
        else:
            ids[row["gso_code"]] = "%s-%s" % (base, district_id)

    seen = {}
    for code, unit_id in ids.items():
        if unit_id in seen:
            raise ConversionError("unit id %r given to GSO %s and %s" % (unit_id, seen[unit_id], code))
        seen[unit_id] = code

    units = []
    for row in rows:
        parent = row["parent_gso_code"]
        if parent and parent not in by_code:
            raise ConversionError("units-2014.csv:%d: parent %s not listed" % (row["_line"], parent))
        units.append((ids[row["gso_code"]], row["name"], GSO_LEVELS[row["level"]][0],
                      ids[parent] if parent else "", row["gso_code"], row["level"]))
    if units[0][0] != PROVINCE or units[0][2] != "province":
        raise ConversionError("units-2014.csv: first row must be the province Sơn La")
    collisions = sorted((base, sorted(ids[c] for c in codes)) for base, codes in taken.items() if len(codes) > 1)
    return units, collisions


def check_measure(indicator, unit_of_measure, where):
    """The indicator's measure in INDICATORS must read as the source's unit."""
    if indicator not in INDICATORS:
        raise ConversionError("%s: indicator %r has no name and measure in INDICATORS" % (where, indicator))
    measure = INDICATORS[indicator][2]
    if unit_of_measure not in READABLE_UNIT or not measure.startswith(READABLE_UNIT[unit_of_measure]):
        raise ConversionError("%s: unit %r, but INDICATORS gives %s the measure %r"
                              % (where, unit_of_measure, indicator, measure))


def build_indicators(obs, targets, bands):
    """indicators.csv rows: every indicator the other files use, in the order of INDICATORS, nothing else."""
    used = {o[1] for o in obs} | {t[1] for t in targets} | {b[1] for b in bands}
    missing = sorted(used - set(INDICATORS))
    if missing:
        raise ConversionError("indicators without a name and measure in INDICATORS: %s" % ", ".join(missing))
    unused = [i for i in INDICATORS if i not in used]
    if unused:
        raise ConversionError("INDICATORS lists indicators no file uses: %s" % ", ".join(unused))
    for band in bands:
        if INDICATORS[band[1]][2] != "criteria of %s" % band[4]:
            raise ConversionError("band %r: the measure of %s should be 'criteria of %s'" % (band, band[1], band[4]))
    return [(indicator, name, measure, english) for indicator, (name, english, measure) in INDICATORS.items()]


def span(year, first, last):
    return "%s-%02d..%s-%02d" % (year, first, year, last)


def build_observations(rows):
    """Returns (observations, provenance, excluded rows)."""
    obs = []          # (unit, indicator, period, Decimal, derivation, source, order key)
    skipped = []
    year_to_date = defaultdict(list)  # (indicator, year) -> [(month, value, row)]
    indicator_order = [v[0] for v in YEARLY.values()] + [v[0] for v in YEAR_TO_DATE.values()] \
        + [v[1] for v in OTHER_UNITS.values()]
    for row in rows:
        where = "published.csv:%d" % row["_line"]
        reason = excluded(row)
        if reason:
            skipped.append((row, reason))
            continue
        name, year, kind = row["indicator"], row["year"], row["kind"]
        if not re.fullmatch(r"\d{4}", year):
            raise ConversionError("%s: year %r" % (where, year))
        value = decimal(row["value"], where)
        match = re.fullmatch(r"(.+)_ytd_M(\d\d)", name)
        if name in YEARLY:
            indicator, unit_of_measure, allowed_kind = YEARLY[name]
            if kind != allowed_kind:
                raise ConversionError("%s: kind %r, expected %r" % (where, kind, allowed_kind))
            unit = PROVINCE
        elif match and match.group(1) in YEAR_TO_DATE:
            indicator, unit_of_measure = YEAR_TO_DATE[match.group(1)]
            if kind != "midyear":
                raise ConversionError("%s: kind %r, expected 'midyear'" % (where, kind))
            if row["unit"] != unit_of_measure:
                raise ConversionError("%s: unit %r, expected %r" % (where, row["unit"], unit_of_measure))
            check_measure(indicator, unit_of_measure, where)
            month = int(match.group(2))
            if not 1 <= month <= 12:
                raise ConversionError("%s: month %d" % (where, month))
            year_to_date[(indicator, year)].append((month, value, row))
            continue
        elif name in OTHER_UNITS:
            unit, indicator, unit_of_measure = OTHER_UNITS[name]
            if kind != "actual":
                raise ConversionError("%s: kind %r, expected 'actual'" % (where, kind))
        else:
            raise ConversionError("%s: indicator %r is neither mapped nor excluded; "
                                  "add it to build_son_la.py" % (where, name))
        if row["unit"] != unit_of_measure:
            raise ConversionError("%s: unit %r, expected %r" % (where, row["unit"], unit_of_measure))
        check_measure(indicator, unit_of_measure, where)
        obs.append((unit, indicator, year, value, "as published (published.csv line %d)" % row["_line"], row["source"]))

    for (indicator, year), reports in sorted(year_to_date.items()):
        reports.sort(key=lambda item: item[0])
        previous_month, previous_value, previous_row = 0, Decimal(0), None
        for month, value, row in reports:
            if month == previous_month:
                raise ConversionError("published.csv:%d: two January-to-month-%02d figures for %s %s"
                                      % (row["_line"], month, indicator, year))
            flow = value - previous_value
            if flow < 0:
                raise ConversionError("published.csv:%d: cumulative %s falls from %s to %s"
                                      % (row["_line"], indicator, previous_value, value))
            if previous_row is None:
                derivation = "January-to-month-%02d figure as published (published.csv line %d)" % (month, row["_line"])
                sources = [row["source"]]
            else:
                derivation = ("January-to-month-%02d figure (published.csv line %d) minus January-to-month-%02d figure (line %d)"
                              % (month, row["_line"], previous_month, previous_row["_line"]))
                sources = [row["source"]]
                if previous_row["source"] != row["source"]:
                    sources.append(previous_row["source"])
            obs.append((PROVINCE, indicator, span(year, previous_month + 1, month), flow, derivation,
                        " || ".join(sources)))
            previous_month, previous_value, previous_row = month, value, row

    def sort_key(item):
        unit, indicator, period = item[0], item[1], item[2]
        return (unit != PROVINCE, indicator_order.index(indicator), period[:4], len(period) > 4, period)
    obs.sort(key=sort_key)

    keys = set()
    for unit, indicator, period, *_ in obs:
        if (unit, indicator, period) in keys:
            raise ConversionError("two values for %s %s %s" % (unit, indicator, period))
        keys.add((unit, indicator, period))
    values = {(o[1], o[2]): o[3] for o in obs if o[0] == PROVINCE}
    for total, parts in PARTS.items():
        for (indicator, period), value in values.items():
            if indicator == total:
                summed = sum(values[(part, period)] for part in parts)
                if summed != value:
                    raise ConversionError("%s %s = %s but its parts sum to %s" % (total, period, value, summed))
    return obs, skipped


def cross_check_panel(data, obs):
    """The MoF rows of published.csv must agree with the MoF panel to 0.05 bn VND (published rounds to 0.1)."""
    path = os.path.join(data, "vietnam-provinces", "mof_province_budget.csv")
    if not os.path.exists(path):
        print("note: %s not found; MoF cross-check skipped" % path)
        return 0
    pairs = {"revenue_plan_mof": ("revenue_collected", "plan"),
             "revenue_final_mof": ("revenue_collected", "final"),
             "local_expenditure_plan_mof": ("local_expenditure", "plan"),
             "local_expenditure_final_mof": ("local_expenditure", "final"),
             "transfers_final_mof": ("transfer_total", "final")}
    _, rows = read_csv(path)
    panel = {(r["measure"], r["kind"], r["year"]): decimal(r["value_billion_vnd"], path)
             for r in rows if r["province_id"] == PROVINCE}
    checked = 0
    for unit, indicator, period, value, *_ in obs:
        if indicator in pairs:
            key = pairs[indicator] + (period,)
            if key not in panel:
                raise ConversionError("%s %s missing from the MoF panel" % (indicator, period))
            if abs(panel[key] - value) > Decimal("0.05"):
                raise ConversionError("%s %s: published %s, panel %s" % (indicator, period, value, panel[key]))
            checked += 1
    print("cross-check: %d MoF values agree with vietnam-provinces/mof_province_budget.csv" % checked)
    return checked


def check_quotes(data):
    """The targets' quotes must occur in the directive, if the seed folder is there."""
    texts = sorted(glob.glob(os.path.join(data, "..", "seed", "*.txt")))
    if not texts:
        print("note: directive text not found beside %s; quotes not checked" % data)
        return
    parts = []
    for text_path in texts:
        with open(text_path, encoding="utf-8") as handle:
            parts.append(handle.read())
    directive = "\n".join(parts)
    for quote in [t[-1] for t in TARGETS] + [BAND_QUOTE]:
        if quote not in directive:
            raise ConversionError("quote not found in the directive: %r" % quote)
    print("directive: %d quotes found in %s" % (len(TARGETS) + 1, ", ".join(os.path.basename(p) for p in texts)))


def main():
    args = parse_args(__doc__.splitlines()[1], "son-la")
    source = os.path.join(args.data, "son-la")
    try:
        header, unit_rows = read_csv(os.path.join(source, "units-2014.csv"))
        if header != ["gso_code", "name", "level", "parent_gso_code", "parent_name"]:
            raise ConversionError("units-2014.csv: unexpected header %r" % header)
        units, collisions = build_units(unit_rows)
        header, published = read_csv(os.path.join(source, "published.csv"))
        if header != ["indicator", "year", "value", "unit", "kind", "source"]:
            raise ConversionError("published.csv: unexpected header %r" % header)
        obs, skipped = build_observations(published)
        unit_ids = {u[0] for u in units}
        for o in obs:
            if o[0] not in unit_ids:
                raise ConversionError("observation for unknown unit %r" % o[0])
        cross_check_panel(args.data, obs)
        check_quotes(args.data)
        rural_communes = sum(1 for u in units if u[5] == "commune")
    except (ConversionError, OSError) as error:
        fail(str(error))

    bands, cumulative = [], 0
    for count, lowest in BANDS_PRINTED:
        cumulative += count
        bands.append((PROVINCE, "nrd_criteria", "2014", str(lowest), str(NRD_CRITERIA), str(cumulative)))
    bands.append((PROVINCE, "nrd_criteria", "2014", "1", str(NRD_CRITERIA), str(rural_communes)))
    try:
        indicators = build_indicators(obs, TARGETS, bands)
    except ConversionError as error:
        fail(str(error))

    out = args.out
    n_obs = write_csv(os.path.join(out, "observations.csv"), ["unit", "indicator", "period", "value"],
                      [(u, i, p, format_number(v)) for u, i, p, v, _, _ in obs])
    write_csv(os.path.join(out, "sources.csv"), ["unit", "indicator", "period", "derivation", "source"],
              [(u, i, p, d, s) for u, i, p, _, d, s in obs])
    write_csv(os.path.join(out, "units.csv"), ["unit", "name", "level", "parent"],
              [u[:4] for u in units])
    write_csv(os.path.join(out, "units-gso.csv"), ["unit", "gso_code", "gso_level"],
              [(u[0], u[4], u[5]) for u in units])
    write_csv(os.path.join(out, "targets.csv"), ["unit", "indicator", "period", "low", "high", "direction"],
              [t[:6] for t in TARGETS])
    write_csv(os.path.join(out, "targets-sources.csv"), ["unit", "indicator", "period", "derivation", "source"],
              [t[:3] + ("quoted from the directive",
                        "Sơn La People's Committee directive on the 2014 emulation movement "
                        "(../shared/seed/000_4ec3fafc80deb20c.txt): \"%s\"" % t[6]) for t in TARGETS])
    write_csv(os.path.join(out, "bands.csv"), ["unit", "indicator", "period", "min_value", "max_value", "count"],
              bands)
    write_csv(os.path.join(out, "indicators.csv"), ["indicator", "name", "measure", "name_en"], indicators)

    counts = OrderedDict()
    for u, i, *_ in obs:
        counts[(u, i)] = counts.get((u, i), 0) + 1
    print("son-la: %d observations, %d units, %d targets, %d bands, %d indicators -> %s"
          % (n_obs, len(units), len(TARGETS), len(bands), len(indicators), out))
    for (u, i), n in counts.items():
        print("  %-8s %-28s %d" % (u, i, n))
    print("left out of published.csv (%d rows):" % len(skipped))
    for row, reason in skipped:
        print("  line %d %s %s: %s" % (row["_line"], row["indicator"], row["year"], reason))
    print("id collisions resolved:")
    for base, resolved in collisions:
        print("  %s -> %s" % (base, ", ".join(resolved)))


if __name__ == "__main__":
    main()
