#!/usr/bin/env python3
"""Access tokens for the benchmark, shaped like Keycloak's (realm_access.roles, unit_id, audience thidua-backend).

The backend under test verifies them with the public key it is given (quarkus.oidc.public-key): the same RS256
signature check as with Keycloak, without a Keycloak process competing for the two cores during a measurement.

    tokens.py keys DIR                 # RSA key pair in DIR (private.pem, public.b64 for QUARKUS_OIDC_PUBLIC_KEY)
    tokens.py mint DIR USER ROLE [UNIT_ID]
    tokens.py voters DIR PREFIX COUNT  # COUNT council-member tokens, one per line: "user<TAB>token"
"""
import base64
import json
import os
import subprocess
import sys
import time

ISSUER = "thidua-bench"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def keys(folder):
    os.makedirs(folder, exist_ok=True)
    private = os.path.join(folder, "private.pem")
    if not os.path.exists(private):
        subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", private],
                       check=True, capture_output=True)
    der = subprocess.run(["openssl", "pkey", "-in", private, "-pubout", "-outform", "DER"], check=True, capture_output=True).stdout
    with open(os.path.join(folder, "public.b64"), "w") as f:
        f.write(base64.b64encode(der).decode())


def sign_many(folder, claims_list):
    """Signs several tokens with one openssl process per token (fast enough for a thousand)."""
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
    private = os.path.join(folder, "private.pem")
    tokens = []
    for claims in claims_list:
        body = header + "." + b64url(json.dumps(claims, ensure_ascii=False).encode())
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", private], input=body.encode(),
                                   check=True, capture_output=True).stdout
        tokens.append(body + "." + b64url(signature))
    return tokens


def claims(user, role, unit_id=None):
    now = int(time.time())
    c = {"iss": ISSUER, "aud": "thidua-backend", "sub": user, "preferred_username": user, "name": user,
         "iat": now, "exp": now + 6 * 3600, "realm_access": {"roles": [role]}}
    if unit_id:
        c["unit_id"] = unit_id
    return c


def main(argv):
    command, folder = argv[1], argv[2]
    if command == "keys":
        keys(folder)
    elif command == "mint":
        print(sign_many(folder, [claims(argv[3], argv[4], argv[5] if len(argv) > 5 else None)])[0])
    elif command == "voters":
        prefix, count = argv[3], int(argv[4])
        users = [f"{prefix}{i:04d}" for i in range(1, count + 1)]
        for user, token in zip(users, sign_many(folder, [claims(u, "council-member") for u in users])):
            print(f"{user}\t{token}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
