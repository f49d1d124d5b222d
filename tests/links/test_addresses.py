"""Which network an address is on, and where a redirect may lead."""

from __future__ import annotations

import socket

import pytest

from citekit.links.addresses import (
    EVERYWHERE,
    ForbiddenAddress,
    Network,
    check_host,
    network_of,
    network_of_host,
    redirect_targets,
)
from citekit.links.watchdog import Guard


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("93.184.215.14", Network.PUBLIC),
        ("2606:4700::6810:84e5", Network.PUBLIC),
        ("127.0.0.1", Network.LOOPBACK),
        ("127.8.9.10", Network.LOOPBACK),
        ("::1", Network.LOOPBACK),
        ("0.0.0.0", Network.LOOPBACK),
        ("169.254.169.254", Network.LINK_LOCAL),
        ("fe80::1%eth0", Network.LINK_LOCAL),
        ("::ffff:169.254.169.254", Network.LINK_LOCAL),
        ("::ffff:127.0.0.1", Network.LOOPBACK),
        ("10.1.2.3", Network.PRIVATE),
        ("172.16.0.1", Network.PRIVATE),
        ("192.168.1.1", Network.PRIVATE),
        ("100.100.100.200", Network.PRIVATE),
        ("fd00:ec2::254", Network.PRIVATE),
    ],
)
def test_network_of_an_address(address, network):
    assert network_of(address) is network


@pytest.mark.parametrize(
    ("host", "network"),
    [
        ("[::1]", Network.LOOPBACK),
        ("localhost", Network.LOOPBACK),
        ("LOCALHOST.", Network.LOOPBACK),
        ("app.localhost", Network.LOOPBACK),
        ("metadata.google.internal", Network.LINK_LOCAL),
        ("169.254.169.254", Network.LINK_LOCAL),
        ("example.org", None),
    ],
)
def test_network_of_a_host_name_when_the_name_tells(host, network):
    assert network_of_host(host) is network


def test_redirects_stay_public_or_on_the_listed_links_network():
    assert redirect_targets(None, allow_private=False) == {Network.PUBLIC}
    assert redirect_targets(Network.LOOPBACK, allow_private=False) == {
        Network.PUBLIC,
        Network.LOOPBACK,
    }
    assert redirect_targets(Network.PUBLIC, allow_private=True) == EVERYWHERE


def test_a_forbidden_host_name_is_refused_before_connecting():
    with pytest.raises(ForbiddenAddress, match="link-local address"):
        check_host("169.254.169.254", frozenset({Network.PUBLIC}))
    check_host("example.org", frozenset({Network.PUBLIC}))  # DNS decides, at connect time


def test_the_guard_refuses_a_socket_connected_to_a_forbidden_network():
    listener = socket.create_server(("127.0.0.1", 0))
    with listener, socket.create_connection(listener.getsockname()) as sock:
        guard = Guard(5.0, frozenset({Network.PUBLIC}), check_peer=True)
        with pytest.raises(ForbiddenAddress, match=r"loopback address \(127.0.0.1\)"):
            guard.admit(sock)
        lenient = Guard(5.0, EVERYWHERE, check_peer=True)
        lenient.admit(sock)
        assert lenient.network is Network.LOOPBACK
        lenient.close()
