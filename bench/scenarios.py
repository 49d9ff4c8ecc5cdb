#!/usr/bin/env python3
"""Benchmark scenarios against a running backend (driven by run.sh).

    scenarios.py paths DB DIR                       request paths of every read scenario, drawn from database DB
    scenarios.py reads PORT DIR TOKEN PID OUT.json  each read scenario under wrk, sampling the backend's RSS
    scenarios.py vote PORT VOTERS OUT.json          VOTERS council members cast concurrently in one session
    scenarios.py exact BASE_URL OUT.json            ballots, If-Match conflicts and ledger writes stay exact
Environment: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, 5), BENCH_CONNECTIONS (16), BENCH_THREADS (2).
"""
import concurrent.futures as futures
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = os.environ.get("BENCH_RUN", os.path.join(HERE, ".run"))

# (name, request paths, description, connections: None = BENCH_CONNECTIONS). Paths come from `paths`. The "@2"
# variants measure one user's latency (two connections, no queue); the report is run at that concurrency only:
# sixteen ten-year aggregations at once is not a load anyone produces.
READS = [
    ("trivial", "trivial", "GET /api/v1/me: token check + JSON, no database (the framework's ceiling)", None),
    ("unit-get", "unit-get", "GET /api/v1/units/{id}: one record", None),
    ("person-get", "person-get", "GET /api/v1/people/{id}: one record with assignments and ratings", None),
    ("units-page", "units-page", "GET /api/v1/units?page=0..2&size=50", None),
    ("people-page", "people-page", "GET /api/v1/people?page=0..19&size=50", None),
    ("people-search", "people-search", "GET /api/v1/people?q=<name, with or without accents>&size=50", None),
    ("nominations-page", "nominations-page", "GET /api/v1/nominations?page=0..19&size=50", None),
    ("ranking", "ranking", "GET /api/v1/clusters/{id}/ranking: 60 units × 120 criteria", None),
    ("ranking@2", "ranking", "the same, two connections", 2),
    ("campaign-totals", "campaign-totals", "GET /api/v1/campaigns/{id}/registrations/totals: compiled totals of a sector campaign", None),
    ("eligibility", "eligibility", "GET /api/v1/nominations/{id}/eligibility: a person with ten years of ratings and awards", None),
    ("eligibility@2", "eligibility", "the same, two connections", 2),
    ("report-10y@2", "report-10y", "GET /api/v1/reports/awards?yearFrom=2016&yearTo=2025: the awards report over ten years", 2),
    ("stats-0601@2", "stats-0601", "GET /api/v1/reports/statistics/0601?year=2025: campaigns of a year (form 0601)", 2),
    ("stats-0602@2", "stats-0602", "GET /api/v1/reports/statistics/0602?year=2025: awards of a year by type (form 0602)", 2),
    ("stats-0603@2", "stats-0603", "GET /api/v1/reports/statistics/0603?year=2025: awards of a year by position (form 0603)", 2),
]

SEARCH_TERMS = ["nguyen van an", "Trần Thị", "le minh", "pham thu", "hoang", "Đặng Ngọc", "vu xuan", "bui",
                "huynh thanh", "do quoc", "ngo huu", "duong", "Phan Văn Hải", "ly thi lan", "vo duc"]


def psql(db, sql):
    port = os.environ.get("BENCH_DB_PORT", "54339")
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "thidua", "-d", db, "-tAX", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def paths(db, folder):
    os.makedirs(folder, exist_ok=True)
    p = {
        "trivial": ["/api/v1/me"],
        "unit-get": [f"/api/v1/units/{i}" for i in psql(db, "SELECT id FROM unit ORDER BY md5(id::text) LIMIT 500")],
        "person-get": [f"/api/v1/people/{i}" for i in psql(db, "SELECT id FROM person ORDER BY md5(id::text) LIMIT 500")],
        # pages every dataset has (the small one holds 150 units): growth compares the same work
        "units-page": [f"/api/v1/units?page={n}&size=50" for n in range(3)],
        "people-page": [f"/api/v1/people?page={n}&size=50" for n in range(20)],
        "people-search": [f"/api/v1/people?q={urllib.parse.quote(t)}&size=50" for t in SEARCH_TERMS],
        "nominations-page": [f"/api/v1/nominations?page={n}&size=50" for n in range(20)],
        # cluster 1 of each year: the 60-unit cluster
        "ranking": [f"/api/v1/clusters/{i}/ranking" for i in
                    psql(db, "SELECT c.id FROM cluster c WHERE c.name = 'Cụm thi đua số 1 (bench)' ORDER BY c.id")],
        "campaign-totals": [f"/api/v1/campaigns/{i}/registrations/totals" for i in
                            psql(db, "SELECT id FROM campaign ORDER BY id LIMIT 30")],
        "eligibility": [f"/api/v1/nominations/{i}/eligibility" for i in
                        psql(db, "SELECT id FROM nomination WHERE status = 'SUBMITTED' ORDER BY id LIMIT 200")],
        "report-10y": ["/api/v1/reports/awards?yearFrom=2016&yearTo=2025"],
        "stats-0601": ["/api/v1/reports/statistics/0601?year=2025"],
        "stats-0602": ["/api/v1/reports/statistics/0602?year=2025"],
        "stats-0603": ["/api/v1/reports/statistics/0603?year=2025"],
    }
    for name, lines in p.items():
        if not lines:
            sys.exit(f"no request paths for {name}: is the dataset generated?")
        with open(os.path.join(folder, name + ".paths"), "w") as f:
            f.write("\n".join(lines) + "\n")


class RssSampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, rss_kb(self.pid))
            time.sleep(0.25)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def java_pid(pid):
    """run.sh records the setsid'd env wrapper's pid; the JVM is that process or its child."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            children = f.read().split()
        return int(children[0]) if children else int(pid)
    except OSError:
        return int(pid)


def wrk(port, path_file, token, seconds, connections, threads):
    env = dict(os.environ, BENCH_TOKEN=token, BENCH_PATHS=path_file)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
                          "-s", os.path.join(HERE, "scenario.lua"), f"http://127.0.0.1:{port}"],
                         env=env, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def reads(port, folder, token, pid, out):
    seconds = int(os.environ.get("BENCH_DURATION", "15"))
    warmup = int(os.environ.get("BENCH_WARMUP", "5"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "16"))
    threads = int(os.environ.get("BENCH_THREADS", "2"))
    jvm = java_pid(pid)
    results = {}
    probe = Client(f"http://127.0.0.1:{port}")
    only = os.environ.get("BENCH_ONLY", "").split()
    for name, paths_name, description, fixed_connections in READS:
        if only and name not in only:
            continue
        path_file = os.path.join(folder, paths_name + ".paths")
        conns = fixed_connections or connections
        time.sleep(1)  # lets requests of the previous run that wrk gave up on finish
        with open(path_file) as f:
            first = f.readline().strip()
        status, _, body = probe.call("GET", first, token)
        if status != 200:
            sys.exit(f"{name}: GET {first} answered {status}: {body}")
        if warmup:
            wrk(port, path_file, token, warmup, conns, min(threads, conns))
        sampler = RssSampler(jvm)
        sampler.start()
        r = wrk(port, path_file, token, seconds, conns, min(threads, conns))
        sampler.stop.set()
        sampler.join()
        r.update(description=description, rss_peak_kb=sampler.peak, connections=conns)
        results[name] = r
        print(f"[bench] {name:18s} {r['rps']:8.1f} req/s  p50 {r['p50_us'] / 1000:7.1f} ms  p95 {r['p95_us'] / 1000:7.1f} ms"
              f"  p99 {r['p99_us'] / 1000:7.1f} ms  non-2xx {r['status_errors']}  RSS {sampler.peak // 1024} MB", file=sys.stderr)
        if r["status_errors"] or r["socket_errors"]:
            print(f"[bench] {name}: {r['status_errors']} error answers, {r['socket_errors']} socket errors", file=sys.stderr)
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    # A smoke run (one-second scenarios on a cold JVM) may see a slow scenario finish no request in its window.
    smoke = os.environ.get("BENCH_SMOKE") == "1"
    if os.environ.get("BENCH_TOLERATE_ERRORS") != "1" and any(
            r["status_errors"] or r["socket_errors"] or (r["requests"] == 0 and not smoke) for r in results.values()):
        sys.exit("some scenario had errors or no requests")


# ------------------------------------------------------------------------------------------------------------
def mint(user, role, unit=None):
    args = [sys.executable, os.path.join(HERE, "tokens.py"), "mint", os.path.join(RUN, "keys"), user, role]
    return subprocess.run(args + ([unit] if unit else []), check=True, capture_output=True, text=True).stdout.strip()


def voters(prefix, count):
    out = subprocess.run([sys.executable, os.path.join(HERE, "tokens.py"), "voters", os.path.join(RUN, "keys"), prefix, str(count)],
                         check=True, capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines()]


class Client:
    """One keep-alive connection per thread."""
    local = threading.local()

    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port

    def call(self, method, path, token, body=None, headers=None, raw=None):
        conn = getattr(Client.local, "conn", None)
        if conn is None:
            conn = Client.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        h = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        try:
            conn.request(method, path, body=raw if raw is not None else json.dumps(body) if body is not None else None, headers=h)
            resp = conn.getresponse()
            data = resp.read()
        except (http.client.HTTPException, OSError):
            conn.close()
            Client.local.conn = None
            raise
        return resp.status, dict(resp.getheaders()), (json.loads(data) if data and data[:1] in b"{[" else data)


def council_session(client, secretariat, voter_keys, label):
    candidates = [{"kind": "UNIT", "ref": str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-candidate-{i}")), "label": f"Ứng viên {i}"}
                  for i in range(1, 4)]
    status, headers, body = client.call("POST", "/api/v1/voting-sessions", secretariat, {
        "purpose": "COUNCIL_REVIEW", "title": f"Hội đồng TĐKT ngành — phiên bench {label}", "sessionDate": time.strftime("%Y-%m-%d"),
        "rules": {"seats": 3, "maxChoices": 3, "quorum": "1/2", "threshold": "1/2", "base": "VOTES_CAST"},
        "candidates": candidates, "electorate": [{"key": k, "label": k} for k in voter_keys]})
    if status != 201:
        sys.exit(f"create session: {status} {body}")
    sid = body["id"]
    status, headers, body = client.call("POST", f"/api/v1/voting-sessions/{sid}/open", secretariat,
                                        {"present": voter_keys}, {"If-Match": headers.get("ETag", "")})
    if status != 200:
        sys.exit(f"open session: {status} {body}")
    return sid, [c["ref"] for c in candidates]


def cast_all(client, sid, refs, tokens, workers):
    ballot = {"choices": [{"candidateRef": r, "choice": "YES"} for r in refs]}
    latencies, statuses = [], {}
    lock = threading.Lock()

    def cast(token):
        # As a client honouring Retry-After would: a 503 (busy) is retried after it, at most three times.
        t0 = time.perf_counter()
        for attempt in range(4):
            try:
                status, headers, _ = client.call("POST", f"/api/v1/voting-sessions/{sid}/ballots", token, ballot)
            except (http.client.HTTPException, OSError):
                status, headers = "io-error", {}
            if status != 503 or attempt == 3:
                break
            with lock:
                statuses["retried-503"] = statuses.get("retried-503", 0) + 1
            time.sleep(float(headers.get("Retry-After", "1")))
        with lock:
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1

    start = time.perf_counter()
    with futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(cast, tokens))
    return time.perf_counter() - start, statuses, sorted(latencies)


def pct(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))] if sorted_values else 0


def vote(base, count, out, workers=int(os.environ.get("BENCH_VOTE_WORKERS", "50"))):
    client = Client(base)
    secretariat = mint("bench.secretariat", "secretariat")
    people = voters(f"council.bench.{int(time.time())}.", count)
    sid, refs = council_session(client, secretariat, [u for u, _ in people], f"{count} voters")
    seconds, statuses, lat = cast_all(client, sid, refs, [t for _, t in people], workers)
    # Double submissions: a tenth of the voters send again; every one must be refused.
    again = max(1, count // 10)
    _, dup_statuses, _ = cast_all(client, sid, refs, [t for _, t in people[:again]], workers)
    _, _, turnout = client.call("GET", f"/api/v1/voting-sessions/{sid}/turnout", secretariat)
    result = {"voters": count, "workers": workers, "seconds": seconds, "statuses": statuses,
              "ballots_per_s": count / seconds, "p50_ms": pct(lat, 50) * 1000, "p95_ms": pct(lat, 95) * 1000,
              "p99_ms": pct(lat, 99) * 1000, "duplicates_sent": again, "duplicate_statuses": dup_statuses,
              "turnout_voted": turnout.get("voted"), "session": sid}
    result["exact"] = statuses.get(201, 0) == count and dup_statuses.get(409, 0) == again and turnout.get("voted") == count
    print(f"[bench] vote: {count} ballots in {seconds:.2f} s ({result['ballots_per_s']:.0f}/s), p95 {result['p95_ms']:.0f} ms, "
          f"statuses {statuses}, duplicates {dup_statuses}, turnout {turnout.get('voted')} → exact={result['exact']}", file=sys.stderr)
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
    if not result["exact"]:
        sys.exit("ballots lost, doubled or refused")


# ------------------------------------------------------------------------------------------------------------
def exact(base, out):
    """Through the load balancer (two instances): writes that must agree across instances stay exact."""
    client = Client(base)
    secretariat = mint("bench.secretariat", "secretariat")
    findings = {}
    # 1. Ballots: 200 voters, then every one again.
    people = voters(f"council.exact.{int(time.time())}.", 200)
    sid, refs = council_session(client, secretariat, [u for u, _ in people], "exactness")
    _, first, _ = cast_all(client, sid, refs, [t for _, t in people], 40)
    _, second, _ = cast_all(client, sid, refs, [t for _, t in people], 40)
    _, _, turnout = client.call("GET", f"/api/v1/voting-sessions/{sid}/turnout", secretariat)
    findings["ballots"] = {"first": first, "again": second, "turnout": turnout.get("voted"),
                           "ok": first.get(201) == 200 and second.get(409) == 200 and turnout.get("voted") == 200}
    # 2. If-Match: 40 concurrent edits of one unit with the same ETag → one 200, 39 × 412.
    status, headers, unit = client.call("POST", "/api/v1/units", secretariat, {
        "name": f"Sở Tư pháp bench {uuid.uuid4()}", "kind": "SO_TU_PHAP", "province": "Bench", "validFrom": "2026-01-01"})
    etag = headers.get("ETag")
    codes = {}
    lock = threading.Lock()

    def edit(i):
        try:
            s, _, _ = client.call("PUT", f"/api/v1/units/{unit['id']}", secretariat, {
                "name": f"Sở Tư pháp bench sửa {i}", "kind": "SO_TU_PHAP", "province": "Bench", "validFrom": "2026-01-01"},
                {"If-Match": etag})
        except (http.client.HTTPException, OSError):
            s = "io-error"
        with lock:
            codes[s] = codes.get(s, 0) + 1

    with futures.ThreadPoolExecutor(20) as pool:
        list(pool.map(edit, range(40)))
    findings["if_match"] = {"statuses": codes, "ok": codes.get(200) == 1 and codes.get(412) == 39}
    # 3. Ledger writes: 20 import files of 5 rows each, every file sent twice at once (by two officers, through
    #    either instance): each file lands once (200), its twin is refused, the ledger holds exactly 100 new rows.
    person_ids = [p["id"] for p in client.call("GET", "/api/v1/people?size=100", secretariat)[2]["items"]]
    year = 1950 + int(time.time()) % 40
    files = []
    for f in range(20):
        rows = [f"GIAY_KHEN,{pid},,{year},BENCH-{year}-{f},{year}-12-31,Bench" for pid in person_ids[f * 5:(f + 1) * 5]]
        files.append("awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\n" + "\n".join(rows) + "\n")
    officers = [mint(f"bench.secretariat.{i}", "secretariat") for i in range(8)]
    writes = {}

    def write(i):
        try:
            s, _, _ = client.call("POST", "/api/v1/awards/imports", officers[i % len(officers)], raw=files[i % len(files)].encode(),
                                  headers={"Content-Type": "text/csv"})
        except (http.client.HTTPException, OSError):
            s = "io-error"
        with lock:
            writes[s] = writes.get(s, 0) + 1

    with futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(write, range(2 * len(files))))
    stored = int(client.call("GET", f"/api/v1/awards?year={year}&size=1", secretariat)[2].get("total", -1))
    findings["ledger"] = {"files": len(files), "rows_per_file": 5, "statuses": writes, "stored": stored,
                          "ok": writes.get(200) == len(files) and stored == 5 * len(files)}
    findings["ok"] = all(v["ok"] for v in findings.values() if isinstance(v, dict))
    print(f"[bench] exactness through {base}: {json.dumps(findings)}", file=sys.stderr)
    with open(out, "w") as f:
        json.dump(findings, f, indent=2)
    if not findings["ok"]:
        sys.exit("a write was lost, doubled or let through twice")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "paths":
        paths(sys.argv[2], sys.argv[3])
    elif cmd == "reads":
        reads(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6])
    elif cmd == "vote":
        vote(f"http://127.0.0.1:{sys.argv[2]}", int(sys.argv[3]), sys.argv[4])
    elif cmd == "exact":
        exact(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
