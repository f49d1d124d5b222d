#!/bin/sh
# Makes the self-signed certificate of the TLS fault test (tests/links/test_faults.py):
# localhost and 127.0.0.1, valid for 100 years, signed by nobody anyone trusts.
# Run from this folder: sh make_tls.sh
set -e
openssl req -x509 -newkey rsa:2048 -nodes -days 36500 \
    -subj "/CN=citekit fault test" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout selfsigned.key -out selfsigned.pem 2>/dev/null
