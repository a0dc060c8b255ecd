#!/usr/bin/env python3
"""Observability's own share of a JFR recording's execution samples (docs/BENCHMARKS.md, "Observability overhead").

A sample counts when its innermost non-JDK frame is OpenTelemetry, Quarkus' OpenTelemetry or Micrometer
integration, Micrometer or the Prometheus client: observability's own work, not the work it wraps (a forwarding
gRPC call or a JDBC wrapper calling the driver does not count). Samples are grouped by the outermost frame of that
observability stretch, the place where the request entered observability code.

    python3 benchmarks/scripts/jfr_observability_share.py <results>/<timestamp>/observability-on/jfr/*.jfr
"""
import collections
import re
import subprocess
import sys

OBSERVABILITY = re.compile(r'^(io\.opentelemetry|io\.quarkus\.opentelemetry|io\.micrometer|io\.quarkus\.micrometer'
                           r'|io\.prometheus|io\.quarkus\.agroal\.runtime\.OpenTelemetry)')
JDK = re.compile(r'^(java\.|jdk\.|sun\.)')
GROUPS = [('JDBC spans', r'jdbc|Agroal'),
          ('Vert.x HTTP server span and meter', r'vertx\.OpenTelemetryVertx|HttpInstrumenterVertxTracer|binder\.vertx'),
          ('gRPC spans and meters', r'grpc'),
          ('export', r'exporter|BatchSpanProcessor'),
          ('Prometheus scrape', r'PrometheusHandler')]


def stacks(path):
    out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', path],
                         capture_output=True, text=True, check=True).stdout
    for event in out.split('jdk.ExecutionSample')[1:]:
        yield re.findall(r'^\s+([\w.$<>]+)\(', event, re.M)


def entry_point(frames):
    """The outermost observability frame of the stretch at the leaf, or None when the leaf is not observability's."""
    for i, frame in enumerate(frames):
        if OBSERVABILITY.match(frame):
            entry = frame
            for outer in frames[i + 1:]:
                if OBSERVABILITY.match(outer):
                    entry = outer
                elif not JDK.match(outer):
                    break
            return entry
        if not JDK.match(frame):
            return None
    return None


for path in sys.argv[1:]:
    total = 0
    groups = collections.Counter()
    for frames in stacks(path):
        total += 1
        entry = entry_point(frames)
        if entry:
            groups[next((name for name, rx in GROUPS if re.search(rx, entry)), 'other')] += 1
    own = sum(groups.values())
    print(f"{path.rsplit('/', 1)[-1]}: {own} of {total} samples ({100 * own / max(total, 1):.1f} %) "
          + ', '.join(f'{name} {n}' for name, n in groups.most_common()))
