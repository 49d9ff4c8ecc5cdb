#!/usr/bin/env python3
"""Builds a minimal JRE base image as a `docker save` tarball, with no registry and no Docker engine.

Only for checking the image build on a machine that cannot reach a container registry: a jlink'ed JRE of the
machine's JDK plus the shared libraries it links against, copied from the host, and a non-root user 185.
Production builds use a maintained base image from a registry instead (see README, "Container image").

    python3 deploy/image/local-base.py /tmp/thidua-base.tar [JDK_HOME]
    ./mvnw -pl backend package -Pimage -DskipTests -Dimage.base=tar:///tmp/thidua-base.tar
"""
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/thidua-base.tar")
os.makedirs(os.path.dirname(out), exist_ok=True)
jdk = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/jvm/java-17-openjdk-amd64"

work = tempfile.mkdtemp(prefix="thidua-base-")
jre = os.path.join(work, "jre")
subprocess.run([os.path.join(jdk, "bin", "jlink"), "--add-modules", "ALL-MODULE-PATH", "--strip-debug",
                "--no-man-pages", "--no-header-files", "--output", jre], check=True)

# Every shared library the JRE's executables and libraries need, as the host's dynamic linker resolves them.
needed = set()
for root, _, files in os.walk(jre):
    for f in files:
        p = os.path.join(root, f)
        if f.endswith(".so") or root.endswith("/bin"):
            r = subprocess.run(["ldd", p], capture_output=True, text=True)
            for line in r.stdout.splitlines():
                parts = line.split()
                for token in parts:
                    if token.startswith("/") and os.path.exists(token) and not token.startswith(work):
                        needed.add(token)

layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as t:
    def add_dir(name, mode=0o755):
        info = tarfile.TarInfo(name)
        info.type, info.mode, info.mtime = tarfile.DIRTYPE, mode, 0
        t.addfile(info)

    def add_bytes(name, data, mode=0o644):
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = len(data), mode, 0
        t.addfile(info, io.BytesIO(data))

    for d in ["bin", "etc", "lib", "lib64", "usr", "usr/lib", "usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu",
              "opt", "deployments", "proc", "dev", "sys"]:
        add_dir(d)
    add_dir("tmp", 0o1777)
    add_bytes("etc/passwd", b"root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:0:app:/deployments:/sbin/nologin\n")
    add_bytes("etc/group", b"root:x:0:\n")
    add_bytes("etc/nsswitch.conf", b"hosts: files dns\npasswd: files\ngroup: files\n")
    if os.path.exists("/etc/ssl/certs/ca-certificates.crt"):
        add_dir("etc/ssl")
        add_dir("etc/ssl/certs")
        t.add("/etc/ssl/certs/ca-certificates.crt", "etc/ssl/certs/ca-certificates.crt")
    for lib in sorted(needed):
        real = os.path.realpath(lib)
        arcname = lib.lstrip("/")
        info = t.gettarinfo(real, arcname)
        info.mtime = 0
        with open(real, "rb") as fh:
            t.addfile(info, fh)
    t.add(jre, "opt/java", filter=lambda i: (setattr(i, "mtime", 0), setattr(i, "uid", 0), setattr(i, "gid", 0), i)[-1])

layer_bytes = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
               "User": "185", "WorkingDir": "/deployments"},
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "deploy/image/local-base.py (jlink " + jdk + " + host libraries)"}],
}
config_bytes = json.dumps(config).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["thidua-local-base:latest"], "Layers": ["layer.tar"]}]
with tarfile.open(out, "w") as t:
    for name, data in [("layer.tar", layer_bytes), (config_name, config_bytes),
                       ("manifest.json", json.dumps(manifest).encode())]:
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 0
        t.addfile(info, io.BytesIO(data))
shutil.rmtree(work)
print(f"{out}: {os.path.getsize(out) // (1024 * 1024)} MB, {len(needed)} host libraries, layer {diff_id}")
