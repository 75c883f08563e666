#!/usr/bin/env python3
"""The saturation chart of load-test.sh: page times and completed surveys against concurrency.

    load-chart.py <steps.csv> <chart.png> [title]

Left axis: the median, 95th and 99th percentile page times of each load step; right axis: the
eight-instrument surveys per second that the step's request rate sustains (its requests per second
over the requests one completed survey took in the run).
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

rows = list(csv.DictReader(open(sys.argv[1])))
users = [int(r["concurrent_users"]) for r in rows]
fig, times = plt.subplots(figsize=(7, 4.6), dpi=110)
for key, label, style in [("page_p50_ms", "page time, median", "-o"),
                          ("page_p95_ms", "95th percentile", "--o"),
                          ("page_p99_ms", "99th percentile", ":o")]:
    times.plot(users, [int(r[key]) for r in rows], style, color="tab:blue", label=label)
times.set_xlabel("respondents at once (no think time)")
times.set_ylabel("page time (ms)", color="tab:blue")
times.set_ylim(bottom=0)
rate = times.twinx()
rate.plot(users, [float(r["surveys_per_second"]) for r in rows], "-s", color="tab:green",
          label="surveys per second (requests / requests per survey)")
rate.set_ylabel("eight-instrument surveys per second", color="tab:green")
rate.set_ylim(bottom=0)
lines = times.get_legend_handles_labels()[0] + rate.get_legend_handles_labels()[0]
labels = times.get_legend_handles_labels()[1] + rate.get_legend_handles_labels()[1]
fig.legend(lines, labels, loc="lower center", ncol=2, fontsize=8, frameon=False)
plt.title(sys.argv[3] if len(sys.argv) > 3 else "Respondents at saturation", fontsize=10)
fig.tight_layout(rect=(0, 0.1, 1, 1))
fig.savefig(sys.argv[2])
