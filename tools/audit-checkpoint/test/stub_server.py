"""A stand-in for the backend's two checkpoint operations, for test.sh (no Quarkus needed)."""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

CHECKPOINT = {"format": "thidua-audit-checkpoint/1", "lastEventId": 42, "headHash": "ab" * 32, "count": 42,
              "createdAt": "2026-12-03T16:00:00Z", "keyId": "0123456789abcdef", "publicKey": "pk", "signature": "sig"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, kind="application/json"):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.headers.get("Authorization") != "Bearer t0ken":
            return self.answer(401, {"title": "unauthenticated"})
        if self.path == "/api/v1/audit-events/checkpoint":
            return self.answer(200, CHECKPOINT)
        self.answer(404, {})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        files = body["checkpoints"]
        if any(f.get("signature") != "sig" for f in files):
            return self.answer(422, {"title": "Không nhận điểm mốc nhật ký", "detail": "chữ ký sai"},
                               "application/problem+json")
        rewritten = any(f.get("headHash") == "cd" * 32 for f in files)
        checks = [{"lastEventId": f["lastEventId"], "createdAt": f["createdAt"],
                   "status": "REWRITTEN" if f.get("headHash") == "cd" * 32 else "INTACT",
                   "description": "n=%d" % len(files)} for f in files]
        self.answer(200, {"valid": True, "eventsChecked": 50, "checkpointsIntact": not rewritten, "checkpoints": checks})


server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, flush=True)
server.serve_forever()
