"""The laptop's address on the room's network, the one phones can reach.

Found without sending anything: connecting a UDP socket only asks the kernel which local address it would
use for a private-network destination (no packet leaves the laptop, there is no internet to reach). A laptop
on no network gets None, and the window says so plainly, suggesting a phone's hotspot.
"""

import ipaddress
import socket

PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255")
"""Private destinations to ask the routing table about; never contacted."""


def is_lan(address: str) -> bool:
    """A private (RFC 1918) or link-local IPv4 address: one that phones on the same Wi-Fi can reach."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not ip.is_loopback and (ip.is_private or ip.is_link_local)


def lan_address() -> str | None:
    """The laptop's IPv4 address on the local network, or None when it is on none."""
    for probe in PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe_socket:
            try:
                probe_socket.connect((probe, 9))
                address = str(probe_socket.getsockname()[0])
            except OSError:
                continue
        if is_lan(address):
            return address
    try:
        candidates = {str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    except OSError:
        return None
    return next((address for address in sorted(candidates) if is_lan(address)), None)
