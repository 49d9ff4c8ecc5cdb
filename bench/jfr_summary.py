#!/usr/bin/env python3
"""Summarises `jfr print --json --stack-depth 64 --events jdk.ExecutionSample` (stdin) as text: a flame graph read
from the top. Per layer: the share of samples whose innermost library frame is that layer (where the CPU was: JDK
frames count for the library that called them), and the share with the layer anywhere on the stack (inclusive;
wrappers such as security interceptors are on nearly every stack). Then the hottest self frames."""
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
self_counts, layer_counts, own_counts = collections.Counter(), collections.Counter(), collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    # JFR names classes in internal form (org/hibernate/…)
    names = [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}" for f in frames]
    if names:
        self_counts[names[0]] += 1
    seen = []
    for n in names:
        for label, prefix in LAYERS:
            if n.startswith(prefix):
                seen.append(label)
                break
    layer_counts.update(set(seen))
    own_counts[seen[0] if seen else "other (JDK, JIT, GC)"] += 1
total = max(1, len(events))
print(f"--- {name}: {len(events)} execution samples")
print("layer   innermost  anywhere on the stack")
for label in [l for l, _ in LAYERS] + ["other (JDK, JIT, GC)"]:
    print(f"  {100 * own_counts[label] / total:7.1f}%  {100 * layer_counts[label] / total:7.1f}%  {label}")
print("hottest self frames:")
for frame, n in self_counts.most_common(15):
    print(f"  {100 * n / total:5.1f}%  {frame}")
