"""bench/run, the one benchmark runner: its argument parsing and its table, on a made-up result.
Nothing is built or measured here (the benchmarks never run from the build)."""

import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import unittest

RUN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "run")


def load_runner():
    loader = importlib.machinery.SourceFileLoader("bench_run", RUN)
    spec = importlib.util.spec_from_loader("bench_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


run = load_runner()

META = {"date": "2026-12-07 04:00 UTC", "quick": True, "cores": 2, "load_before": "1.50 / 1.20 / 0.90",
        "load_after": "2.00 / 1.30 / 1.00", "sections": None}


class TestArguments(unittest.TestCase):

    def test_defaults_run_every_section_fully(self):
        opts = run.parse_args([])
        self.assertFalse(opts.quick)
        self.assertFalse(opts.skip_build)
        self.assertIsNone(opts.json)
        self.assertEqual(opts.only, list(run.SECTIONS))
        self.assertEqual(opts.home, run.DIST)

    def test_quick_only_and_json(self):
        opts = run.parse_args(["--quick", "--only", "rpc, jx9", "--json", "out.json", "--skip-build"])
        self.assertTrue(opts.quick)
        self.assertTrue(opts.skip_build)
        self.assertEqual(opts.only, ["rpc", "jx9"])
        self.assertEqual(opts.json, "out.json")

    def test_unknown_section_is_refused_by_name(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as exit_:
            run.parse_args(["--only", "rpc,startup"])
        self.assertEqual(exit_.exception.code, 2)
        self.assertIn("unknown section 'startup'", err.getvalue())
        self.assertIn("launch, getconfig, rpc", err.getvalue())

    def test_every_section_has_a_method_and_known_harnesses(self):
        bench = os.path.dirname(RUN)
        for name, harnesses in run.SECTIONS.items():
            self.assertTrue(callable(getattr(run.Runner, name, None)), name)
            for harness in harnesses:
                self.assertTrue(os.path.isfile(os.path.join(bench, harness, "pom.xml")), harness)

    def test_figure_lines_are_parsed(self):
        out = "round 1 done\nfigure raw_netty.p50 34.500\nfigure rpc_pool.p50 41.25\nfigures: none\n"
        self.assertEqual({k: float(v) for k, v in run.FIGURE.findall(out)},
                         {"raw_netty.p50": 34.5, "rpc_pool.p50": 41.25})


class TestRows(unittest.TestCase):

    def test_ratio_against_the_baseline_decides(self):
        r = run.row("launch", 120.0, "ms", 40.0, "JVM hello", "<= 4x hello", 4)
        self.assertAlmostEqual(r["ratio"], 3.0)
        self.assertTrue(r["met"])
        self.assertFalse(run.row("launch", 200.0, "ms", 40.0, "JVM hello", "<= 4x hello", 4)["met"])

    def test_without_baseline_the_value_decides(self):
        self.assertFalse(run.row("RSS", 96.5, "MiB", target="<= 64 MiB", limit=64)["met"])
        self.assertTrue(run.row("errors", 0, "errors", target="no error", limit=0)["met"])
        self.assertFalse(run.row("errors", 3, "errors", target="no error", limit=0)["met"])

    def test_a_band_has_a_lower_bound(self):
        self.assertFalse(run.row("linear", 40.0, "ns", 100.0, "", "0.5x-1.5x", 1.5, 0.5)["met"])
        self.assertTrue(run.row("linear", 90.0, "ns", 100.0, "", "0.5x-1.5x", 1.5, 0.5)["met"])

    def test_a_baseline_not_positive_gives_no_ratio_and_no_verdict(self):
        # start(10) - start(0) < 0 under load: a negative baseline must never make the figure "met".
        for base in (-0.5, 0.0):
            r = run.row("per provider at 1,000", 8.4, "us", base, "at 10 providers", "<= 2x at 10", 2)
            self.assertIsNone(r["ratio"], base)
            self.assertEqual(r["met"], "baseline not positive", base)

    def test_a_value_not_positive_beside_a_baseline_gives_no_verdict(self):
        r = run.row("per provider at 1,000", -3.0, "us", 4.5, "at 10 providers", "<= 2x at 10", 2)
        self.assertIsNone(r["ratio"])
        self.assertEqual(r["met"], "value not positive")

    def test_a_missing_figure_or_baseline_says_so(self):
        figures = run.Figs({"a": 1.0})
        self.assertIsNone(figures["absent"])
        for value, base in ((None, 4.5), (8.4, None), (float("nan"), 4.5), (8.4, float("nan"))):
            r = run.row("per provider", value, "us", base, "at 10 providers", "<= 2x at 10", 2)
            self.assertIsNone(r["ratio"])
            self.assertEqual(r["met"], "no figure", (value, base))
        self.assertEqual(run.row("RSS", None, "MiB", target="<= 64 MiB", limit=64)["met"], "no figure")
        self.assertIsNone(run.median([None, float("nan")]))
        self.assertEqual(run.median([None, 3.0, 1.0]), 2.0)

    def test_reported_figures_have_no_verdict(self):
        r = run.row("throughput", 12345.6, "ops/s", target="reported")
        self.assertIsNone(r["met"])
        self.assertIsNone(r["ratio"])


class TestTable(unittest.TestCase):

    ROWS = [run.row("launch -> ready, `{}`", 480.25, "ms", 32.0, "JVM hello", "<= 4x hello", 4),
            run.row("getConfig round trip", 61.0, "us", 50.0, "raw Netty 1 KB", "<= 1.4x raw Netty 1 KB", 1.4),
            run.row("8 clients: throughput", 15402.4, "ops/s", target="reported"),
            run.row("idle daemon: threads", 27.0, "threads", target="reported"),
            run.row("per provider", 4.567, "us", target="the baseline"),
            run.row("per provider at 1,000", 8.4, "us", -0.2, "at 10 providers", "<= 2x at 10", 2)]

    def test_markdown_table_with_load_and_verdicts(self):
        lines = run.format_table(self.ROWS, META).splitlines()
        self.assertEqual(lines[0], "2026-12-07 04:00 UTC, quick run, 2 cores, load average 1.50 / 1.20 / 0.90 "
                                   "before, 2.00 / 1.30 / 1.00 after")
        self.assertEqual(lines[2], "| figure | measured | baseline (same run) | ratio | target | met |")
        self.assertEqual(lines[4], "| launch -> ready, `{}` | 480.2 ms | 32.0 ms JVM hello | 15.01x "
                                   "| <= 4x hello | **no** |")
        self.assertEqual(lines[5], "| getConfig round trip | 61.0 us | 50.0 us raw Netty 1 KB | 1.22x "
                                   "| <= 1.4x raw Netty 1 KB | yes |")
        self.assertEqual(lines[6], "| 8 clients: throughput | 15402 ops/s |  |  | reported |  |")
        self.assertEqual(lines[7], "| idle daemon: threads | 27 threads |  |  | reported |  |")
        self.assertEqual(lines[8], "| per provider | 4.57 us |  |  | the baseline |  |")
        self.assertEqual(lines[9], "| per provider at 1,000 | 8.40 us | -0.20 us at 10 providers |  "
                                   "| <= 2x at 10 | baseline not positive |")
        self.assertEqual(len(lines), 10)

    def test_a_partial_run_names_its_sections(self):
        first = run.format_table([], dict(META, quick=False, sections=["rpc", "jx9"])).splitlines()[0]
        self.assertTrue(first.endswith("after, sections: rpc, jx9"), first)
        self.assertIn(", full run,", first)

    def test_rows_serialise_as_json(self):
        data = json.loads(json.dumps(dict(META, rows=self.ROWS)))
        self.assertEqual(data["rows"][1]["baseline_name"], "raw Netty 1 KB")
        self.assertAlmostEqual(data["rows"][1]["ratio"], 1.22)
        self.assertIs(data["rows"][0]["met"], False)


if __name__ == "__main__":
    unittest.main()
