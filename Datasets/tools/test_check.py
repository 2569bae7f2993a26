#!/usr/bin/env python3
"""Shows that check.py can fail: each test breaks one thing in a copy of son-la/.

    python3 Datasets/tools/test_check.py
"""

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
SON_LA = os.path.join(os.path.dirname(TOOLS_DIR), "son-la")
# The shared data for the --rebuild tests: $CHITIEU_SHARED_DATA, else check.py's default.
SHARED_DATA = os.environ.get("CHITIEU_SHARED_DATA") or os.path.join(TOOLS_DIR, "..", "..", "..", "shared", "data")


class CheckCatchesBrokenFiles(unittest.TestCase):
    def setUp(self):
        self.scratch = tempfile.mkdtemp()
        self.folder = os.path.join(self.scratch, "son-la")
        self.reset()

    def reset(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        shutil.copytree(SON_LA, self.folder)

    def tearDown(self):
        shutil.rmtree(self.scratch)

    def run_check(self, *options):
        result = subprocess.run([sys.executable, os.path.join(TOOLS_DIR, "check.py"), *options, self.folder],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return result.returncode, result.stdout

    def append(self, file, line):
        with open(os.path.join(self.folder, file), "a", encoding="utf-8", newline="") as handle:
            handle.write(line + "\n")

    def replace(self, file, old, new):
        path = os.path.join(self.folder, file)
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        self.assertIn(old, text)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text.replace(old, new, 1))

    def set_field(self, file, key, column, value):
        """Sets `column` of the row whose first fields are `key` (a tuple), through the csv module."""
        path = os.path.join(self.folder, file)
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        index = rows[0].index(column)
        hits = [row for row in rows[1:] if tuple(row[:len(key)]) == key]
        self.assertEqual(len(hits), 1, key)
        hits[0][index] = value
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)

    def assertFails(self, message, *options):
        code, output = self.run_check(*options)
        self.assertEqual(code, 1, output)
        self.assertIn(message, output)

    def test_clean_copy_passes(self):
        code, output = self.run_check()
        self.assertEqual(code, 0, output)

    def test_overlapping_spans(self):
        self.append("observations.csv", "son-la,total_investment,2013-06..2013-07,1")
        self.append("sources.csv", "son-la,total_investment,2013-06..2013-07,x,y")
        self.assertFails("overlaps another in-year period")

    def test_mixed_in_year_granularity(self):
        self.append("observations.csv", "son-la,total_investment,2013-10,1")
        self.append("sources.csv", "son-la,total_investment,2013-10,x,y")
        self.assertFails("mixes in-year granularities")

    def test_bad_periods(self):
        for period in ("2013-13", "2013-11..2014-01", "2013-05..2013-02", "2013-Q5", "13"):
            with self.subTest(period=period):
                self.reset()
                self.append("observations.csv", "son-la,budget_revenue,%s,1" % period)
                self.assertFails("period %r" % period)

    def test_duplicate_key(self):
        self.append("observations.csv", "son-la,revenue_plan_mof,2003,1")
        self.assertFails("duplicate (unit, indicator, period)")

    def test_numbers_in_plain_decimal_only(self):
        for value in ("2.100,5", "1e3", "1,000", "abc"):
            with self.subTest(value=value):
                self.reset()
                self.replace("observations.csv", "son-la,revenue_plan_mof,2003,137.1",
                             'son-la,revenue_plan_mof,2003,"%s"' % value)
                self.assertFails("is not a plain decimal number")

    def test_column_count(self):
        self.append("observations.csv", "son-la,revenue_plan_mof,2099")
        self.assertFails("3 columns, expected 4")

    def test_header(self):
        self.replace("observations.csv", "unit,indicator,period,value", "unit,indicator,year,value")
        self.assertFails("header")

    def test_unknown_parent(self):
        self.replace("units.csv", "Huyện Mộc Châu,district,son-la", "Huyện Mộc Châu,district,nowhere")
        self.assertFails("parent 'nowhere' is not a unit")

    def test_observation_for_unknown_unit(self):
        self.append("observations.csv", "atlantis,revenue_plan_mof,2003,1")
        self.assertFails("unit 'atlantis' is not in units.csv")

    def test_band_count_above_units(self):
        self.append("bands.csv", "moc-chau,nrd_criteria,2014,1,19,500")
        self.assertFails("exceeds the")

    def test_target_low_above_high(self):
        self.replace("targets.csv", "2100,2200", "2300,2200")
        self.assertFails("low > high")

    def test_byte_order_mark(self):
        path = os.path.join(self.folder, "units.csv")
        with open(path, "rb") as handle:
            data = handle.read()
        with open(path, "wb") as handle:
            handle.write(b"\xef\xbb\xbf" + data)
        self.assertFails("byte-order mark")

    def test_observation_without_source(self):
        self.append("observations.csv", "son-la,revenue_plan_mof,2099,1")
        self.assertFails("observations without a source")

    def test_undocumented_indicator(self):
        self.append("observations.csv", "son-la,mystery_series,2013,1")
        self.append("sources.csv", "son-la,mystery_series,2013,x,y")
        self.assertFails("indicators not documented")

    def test_indicator_not_listed(self):
        self.replace("indicators.csv", "population,Dân số,persons,Population\n", "")
        self.assertFails("indicators used but not listed: ['population']")

    def test_band_and_target_indicators_must_be_listed(self):
        self.replace("indicators.csv", "nrd_criteria,", "nrd_criteria_old,")
        self.append("targets.csv", "son-la,poverty_rate,2014,0,3.5,at_most")
        self.assertFails("indicators used but not listed: ['nrd_criteria', 'poverty_rate']")

    def test_indicator_listed_twice(self):
        self.append("indicators.csv", "budget_revenue,Thu ngân sách,billion VND,Budget revenue")
        self.assertFails("indicator 'budget_revenue' listed twice (first on line 10)")

    def test_indicator_listed_but_unused(self):
        self.append("indicators.csv", "mystery_series,Chỉ tiêu bí ẩn,percent,")
        self.assertFails("used by no observation, target or band: ['mystery_series']")

    def test_indicator_without_measure(self):
        self.replace("indicators.csv", "Diện tích tự nhiên,hectares,", "Diện tích tự nhiên,,")
        self.assertFails("indicators.csv:19: empty measure")

    def test_indicators_header(self):
        self.replace("indicators.csv", "indicator,name,measure,name_en", "indicator,name,unit,name_en")
        self.assertFails("header")

    def test_indicators_without_english_names_pass(self):
        path = os.path.join(self.folder, "indicators.csv")
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        self.assertEqual(rows[0], ["indicator", "name", "measure", "name_en"])
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(row[:3] for row in rows)
        code, output = self.run_check()
        self.assertEqual(code, 0, output)

    def test_generated_summary(self):
        code, output = self.run_check()
        self.assertEqual(code, 0, output)
        self.assertIn("generated: 1432 observations, 402 targets, seed 20140630; 3 published spans reproduced, "
                      "66 parent values and 2 parent targets", output)

    def test_districts_must_sum_to_the_province(self):
        self.set_field("observations.csv", ("son-la-city", "budget_revenue", "2014-03"), "value", "54")
        self.assertFails("value of son-la budget_revenue 2014-03 is 130.8, but the units below it sum to 130.9")

    def test_every_district_needs_a_value(self):
        self.replace("observations.csv", "\nvan-ho,budget_revenue,2014-03,", "\nvan-ho,budget_revenue,2014-03x,")
        self.replace("sources.csv", "\nvan-ho,budget_revenue,2014-03,", "\nvan-ho,budget_revenue,2014-03x,")
        self.assertFails("period '2014-03x'")
        self.reset()
        self.replace("observations.csv", "\nvan-ho,budget_revenue,2014-03,", "\nvan-ho,budget_revenue_x,2014-03,")
        self.replace("sources.csv", "\nvan-ho,budget_revenue,2014-03,", "\nvan-ho,budget_revenue_x,2014-03,")
        self.replace("README.md", "`budget_revenue`", "`budget_revenue` `budget_revenue_x`")
        self.replace("indicators.csv", "\nbudget_revenue,", "\nbudget_revenue_x,x,x,x\nbudget_revenue,")
        self.assertFails("son-la budget_revenue 2014-03: 11 of the 12 units below son-la have a value")

    def test_months_must_reproduce_the_published_span(self):
        self.set_field("observations.csv", ("son-la", "budget_revenue", "2013-03"), "value", "129.3")
        self.assertFails("calibration: son-la budget_revenue months 2013-01..2013-06 sum to 830.1, "
                         "not the published 830")

    def test_criteria_within_0_to_19(self):
        for value, message in (("20", "not an integer 0..19"), ("2.5", "not an integer 0..19"),
                               ("19", "generated nrd_criteria 2013 above 18 for ['chieng-co']")):
            with self.subTest(value=value):
                self.reset()
                self.set_field("observations.csv", ("chieng-co", "nrd_criteria", "2013"), "value", value)
                self.assertFails(message)

    def test_criteria_2011_mean_near_published(self):
        path = os.path.join(self.folder, "observations.csv")
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for row in rows:
            if row[1:3] == ["nrd_criteria", "2011"]:
                row[3] = "3"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
        self.assertFails("calibration: mean of generated nrd_criteria 2011 is 3, expected 1.5..1.7")

    def test_generated_rows_carry_generator_and_seed(self):
        self.set_field("sources.csv", ("son-la", "total_investment", "2014-01..2014-06"), "source", "made up")
        self.assertFails("sources.csv:936: generated row whose source does not name its generator and seed")
        self.reset()
        self.set_field("targets-sources.csv", ("chieng-co", "nrd_criteria", "2014"), "source",
                       "Datasets/tools/generate_son_la.py, seed 7: x; NOT a published figure")
        self.assertFails("generated rows with several seeds: ['20140630', '7']")

    def test_no_generated_month_after_june_2014(self):
        self.append("observations.csv", "son-la,total_investment,2014-07..2014-12,7000")
        self.append("sources.csv", "son-la,total_investment,2014-07..2014-12,generated,"
                    "\"Datasets/tools/generate_son_la.py, seed 20140630: x; NOT a published figure\"")
        self.assertFails("generated periods after 2014-06: ['2014-07..2014-12']")

    def test_district_targets_sum_to_the_directive(self):
        self.set_field("targets.csv", ("son-la-city", "budget_revenue", "2014"), "high", "897.3")
        self.assertFails("high of son-la budget_revenue 2014 is 2200, but the units below it sum to 2200.1")

    def test_commune_targets_follow_the_bands(self):
        self.set_field("targets.csv", ("chieng-xom", "nrd_criteria", "2014"), "low", "9")
        self.assertFails("7 units below son-la have a nrd_criteria 2014 target within [14, 19], the band says 8")

    def test_every_target_cited(self):
        self.replace("targets-sources.csv", "\nchieng-co,nrd_criteria,2014,", "\nchieng-co,nrd_criteria,2015,")
        self.assertFails("targets without a source: [('chieng-co', 'nrd_criteria', '2014')]")

    @unittest.skipUnless(os.path.isdir(SHARED_DATA), "shared data folder not found: " + SHARED_DATA)
    def test_generator_refuses_generated_dataset(self):
        result = subprocess.run([sys.executable, os.path.join(TOOLS_DIR, "generate_son_la.py"), "--out", self.folder],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.assertEqual(result.returncode, 65, result.stdout)
        self.assertIn("already holds generated rows", result.stdout)
        code, output = self.run_check("--rebuild", SHARED_DATA)
        self.assertEqual(code, 0, output)

    @unittest.skipUnless(os.path.isdir(SHARED_DATA), "shared data folder not found: " + SHARED_DATA)
    def test_rebuild_compares_generated_rows(self):
        self.set_field("observations.csv", ("van-ho", "budget_revenue", "2014-03"), "value", "1")
        self.assertFails("observations.csv differs from what the converter produces", "--rebuild", SHARED_DATA)

    @unittest.skipUnless(os.path.isdir(SHARED_DATA), "shared data folder not found: " + SHARED_DATA)
    def test_rebuild_compares_indicators(self):
        code, output = self.run_check("--rebuild", SHARED_DATA)
        self.assertEqual(code, 0, output)
        self.assertIn("indicators.csv", output)
        self.replace("indicators.csv", "Dân số", "Dân so")
        self.assertFails("indicators.csv differs from what the converter produces", "--rebuild", SHARED_DATA)
        os.remove(os.path.join(self.folder, "indicators.csv"))
        self.assertFails("indicators.csv is produced but not committed", "--rebuild", SHARED_DATA)

    @unittest.skipUnless(os.path.isdir(SHARED_DATA), "shared data folder not found: " + SHARED_DATA)
    def test_rebuild_refuses_files_the_converter_does_not_write(self):
        self.append("extra.csv", "a,b")
        self.assertFails("extra.csv is committed but the converter does not produce it", "--rebuild", SHARED_DATA)


if __name__ == "__main__":
    unittest.main()
