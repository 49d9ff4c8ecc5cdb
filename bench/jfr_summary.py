#!/usr/bin/env python3
"""Summarises `jfr print --json --events jdk.ExecutionSample` (stdin) as text: a flame graph read from the top.
Prints the hottest self frames and, per layer, the share of samples in which that layer is anywhere on the stack."""
import collections
import json
import sys

LAYERS = [  # (label, frame prefix); first match per frame, a sample counts once per layer
    ("ThiĐua code", "vn.gov.moj.thidua."),
    ("Hibernate ORM (queries, result mapping)", "org.hibernate."),
    ("PostgreSQL JDBC driver", "org.postgresql."),
    ("Agroal pool / Narayana", ("io.agroal.", "com.arjuna.", "io.narayana.")),
    ("Jackson (JSON writing)", "com.fasterxml.jackson."),
    ("JWT check (smallrye-jwt, jose4j)", ("io.smallrye.jwt.", "org.jose4j.", "io.quarkus.oidc.", "io.quarkus.security.")),
    ("Quarkus REST / Vert.x / Netty", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.", "io.vertx.", "io.netty.")),
    ("ArC (CDI) / context propagation", ("io.quarkus.arc.", "io.smallrye.context.")),
    ("JDK crypto", ("sun.security.", "java.security.", "javax.crypto.", "com.sun.crypto.")),
]

name = sys.argv[1] if len(sys.argv) > 1 else "recording"
events = json.load(sys.stdin)["recording"]["events"]
self_counts, layer_counts = collections.Counter(), collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f"{f['method']['type']['name']}.{f['method']['name']}" for f in frames]
    if names:
        self_counts[names[0]] += 1
    seen = set()
    for n in names:
        for label, prefix in LAYERS:
            if n.startswith(prefix):
                seen.add(label)
                break
    layer_counts.update(seen)
total = max(1, len(events))
print(f"--- {name}: {len(events)} execution samples")
print("layers on the stack (share of samples; a sample may hold several):")
for label, _ in LAYERS:
    print(f"  {100 * layer_counts[label] / total:5.1f}%  {label}")
print("hottest self frames:")
for frame, n in self_counts.most_common(15):
    print(f"  {100 * n / total:5.1f}%  {frame}")
