"""Where a request may go: the network an address is on, and the rule for redirects.

A cited link is checked wherever it points: the author listed it. A redirect is the
server's choice, so it is followed only to the public internet, or to the same kind of
network as the listed link (a test server on loopback may redirect within loopback), or
anywhere when the user says `--allow-private`. This keeps a hostile page from sending
the checker to a cloud metadata service (169.254.169.254) or to machines on the
checker's own network.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum


class Network(StrEnum):
    """The kind of network an address is on."""

    PUBLIC = "public"
    LOOPBACK = "loopback"  # 127.0.0.0/8, ::1, and 0.0.0.0 (which reaches this machine)
    PRIVATE = "private"  # 10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10 and other non-global
    LINK_LOCAL = "link-local"  # 169.254/16 (cloud metadata services), fe80::/10


EVERYWHERE = frozenset(Network)
# names that are on this machine or a metadata service whatever DNS says
LOCAL_NAMES = {
    "localhost": Network.LOOPBACK,
    "metadata": Network.LINK_LOCAL,
    "metadata.google.internal": Network.LINK_LOCAL,
}


class ForbiddenAddress(Exception):
    """A redirect led to a network it may not reach (raised before any byte is sent)."""

    def __init__(self, network: Network, address: str) -> None:
        super().__init__(f"a redirect to a {network} address ({address}) is not followed")
        self.network = network
        self.address = address


def network_of(address: str) -> Network:
    """The network of an IP address ("169.254.169.254" -> LINK_LOCAL)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # fe80::1%eth0: the zone is no part
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:169.254.169.254 is 169.254.169.254
        ip = mapped
    if ip.is_loopback or ip.is_unspecified:
        return Network.LOOPBACK
    if ip.is_link_local:
        return Network.LINK_LOCAL
    return Network.PUBLIC if ip.is_global else Network.PRIVATE


def network_of_host(host: str) -> Network | None:
    """The network of a URL's host when the name alone tells (an IP literal, localhost)."""
    name = host.strip("[]").rstrip(".").lower()
    try:
        return network_of(name)
    except ValueError:
        pass
    if name.endswith(".localhost"):
        return Network.LOOPBACK
    return LOCAL_NAMES.get(name)


def redirect_targets(origin: Network | None, *, allow_private: bool) -> frozenset[Network]:
    """Where a redirect may lead when the listed link was on ORIGIN (None: not known)."""
    if allow_private:
        return EVERYWHERE
    return frozenset({Network.PUBLIC, origin or Network.PUBLIC})


def check_host(host: str, allowed: frozenset[Network]) -> None:
    """Raise ForbiddenAddress when HOST's name alone shows it is out of bounds."""
    network = network_of_host(host)
    if network is not None and network not in allowed:
        raise ForbiddenAddress(network, host.strip("[]"))
