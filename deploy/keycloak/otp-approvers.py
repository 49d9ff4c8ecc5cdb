#!/usr/bin/env python3
"""Stronger sign-in for approvers (issue 19): writes the demo realm with a second factor for the secretariat, council
members and unit heads. Reads the realm JSON on stdin, writes it on stdout. Used by deploy/local/keycloak.sh when
THIDUA_KC_OTP=on (see README "Running locally" and docs/threat-model.md).

What it changes:
- the approvers get the required action CONFIGURE_TOTP: at their first sign-in Keycloak has them enrol an
  authenticator app (FreeOTP, Google Authenticator …);
- the browser flow becomes "browser-otp": password, then the OTP form for every user who has OTP configured
  (Keycloak's conditional OTP, "Condition - user configured"); the executions carry AMR reference values;
- the SPA's tokens get the `amr` claim (Keycloak's "Authentication Method Reference (AMR)" mapper: ["pwd","otp"]),
  which ThiĐua checks before a decision is issued or a ballot is cast when thidua.security.require-second-factor=true.
"""
import json
import sys

APPROVER_ROLES = {"secretariat", "council-member", "unit-head"}

realm = json.load(sys.stdin)

for user in realm.get("users", []):
    if APPROVER_ROLES & set(user.get("realmRoles", [])):
        actions = user.setdefault("requiredActions", [])
        if "CONFIGURE_TOTP" not in actions:
            actions.append("CONFIGURE_TOTP")

realm["authenticatorConfig"] = realm.get("authenticatorConfig", []) + [
    {"alias": "amr-pwd", "config": {"default.reference.value": "pwd"}},
    {"alias": "amr-otp", "config": {"default.reference.value": "otp"}},
]
realm["authenticationFlows"] = realm.get("authenticationFlows", []) + [
    {"alias": "browser-otp", "description": "Password, then OTP for users who configured it (issue 19)",
     "providerId": "basic-flow", "topLevel": True, "builtIn": False, "authenticationExecutions": [
         {"authenticator": "auth-cookie", "requirement": "ALTERNATIVE", "priority": 10, "autheticatorFlow": False, "userSetupAllowed": False},
         {"flowAlias": "browser-otp forms", "requirement": "ALTERNATIVE", "priority": 20, "autheticatorFlow": True, "userSetupAllowed": False}]},
    {"alias": "browser-otp forms", "description": "Username, password and the conditional OTP", "providerId": "basic-flow",
     "topLevel": False, "builtIn": False, "authenticationExecutions": [
         {"authenticator": "auth-username-password-form", "authenticatorConfig": "amr-pwd", "requirement": "REQUIRED", "priority": 10,
          "autheticatorFlow": False, "userSetupAllowed": False},
         {"flowAlias": "browser-otp conditional", "requirement": "CONDITIONAL", "priority": 20, "autheticatorFlow": True, "userSetupAllowed": False}]},
    {"alias": "browser-otp conditional", "description": "OTP when the user has configured it", "providerId": "basic-flow",
     "topLevel": False, "builtIn": False, "authenticationExecutions": [
         {"authenticator": "conditional-user-configured", "requirement": "REQUIRED", "priority": 10, "autheticatorFlow": False, "userSetupAllowed": False},
         {"authenticator": "auth-otp-form", "authenticatorConfig": "amr-otp", "requirement": "REQUIRED", "priority": 20,
          "autheticatorFlow": False, "userSetupAllowed": False}]},
]
for flow in realm["authenticationFlows"]:
    for execution in flow.get("authenticationExecutions", []):
        # Keycloak's exports carry both spellings of this field; newer versions read the first
        execution["authenticatorFlow"] = execution.get("autheticatorFlow", False)
realm["browserFlow"] = "browser-otp"
realm.setdefault("otpPolicyType", "totp")
realm.setdefault("otpPolicyDigits", 6)
realm.setdefault("otpPolicyPeriod", 30)

for client in realm.get("clients", []):
    if client.get("clientId") == "thidua-spa":
        client.setdefault("protocolMappers", []).append({
            "name": "amr", "protocol": "openid-connect", "protocolMapper": "oidc-amr-mapper", "consentRequired": False,
            "config": {"access.token.claim": "true", "id.token.claim": "true", "introspection.token.claim": "true",
                       "userinfo.token.claim": "true"}})

json.dump(realm, sys.stdout, ensure_ascii=False, indent=2)
