//! The client's address, as the sign-in limits and the security log see it.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderMap;

/// The client's address: the peer, or, when the peer is a trusted proxy,
/// the first address in `X-Forwarded-For` (read from the right) that is
/// not a trusted proxy. Anything left of it was written by the client and
/// proves nothing.
pub fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[ipnet::IpNet]) -> Option<IpAddr> {
    let peer = peer.map(|ip| ip.to_canonical())?;
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    let mut nearest = peer;
    for hop in hops.iter().rev() {
        // Some proxies write a port (`1.2.3.4:5678`, `[2001:db8::1]:80`);
        // an entry that is no address at all ends what can be believed.
        let parsed = hop.parse::<IpAddr>().or_else(|_| hop.parse::<SocketAddr>().map(|socket| socket.ip()));
        let Ok(ip) = parsed.map(|ip| ip.to_canonical()) else { return Some(nearest) };
        if !is_trusted(&ip) {
            return Some(ip);
        }
        nearest = ip;
    }
    Some(nearest)
}

/// The key sign-in limits count an address under: IPv4 as it is, IPv6 by
/// its /64 (one household or server usually holds a whole /64).
pub fn address_key(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(bits))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn nets(list: &[&str]) -> Vec<ipnet::IpNet> {
        list.iter().map(|net| net.parse().unwrap()).collect()
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn the_client_is_the_first_untrusted_hop_and_only_behind_a_trusted_proxy() {
        let peer = Some("10.0.0.5".parse().unwrap());
        let trusted = nets(&["10.0.0.0/8"]);
        let spoofed = forwarded("6.6.6.6, 198.51.100.7, 10.0.0.9");
        assert_eq!(client_address(peer, &spoofed, &trusted), Some("198.51.100.7".parse().unwrap()));
        assert_eq!(client_address(peer, &spoofed, &[]), peer, "no trusted proxy: the peer, whatever the header says");
        let direct = Some("203.0.113.1".parse().unwrap());
        assert_eq!(client_address(direct, &spoofed, &trusted), direct, "a peer that is no proxy");
        assert_eq!(client_address(peer, &HeaderMap::new(), &trusted), peer, "no header: the proxy itself");
        assert_eq!(client_address(peer, &forwarded("junk, 10.0.0.9"), &trusted), Some("10.0.0.9".parse().unwrap()));
        assert_eq!(client_address(peer, &forwarded("2001:db8::1"), &trusted), Some("2001:db8::1".parse().unwrap()));
        assert_eq!(
            client_address(peer, &forwarded("198.51.100.7:5678"), &trusted),
            Some("198.51.100.7".parse().unwrap())
        );
        assert_eq!(
            client_address(peer, &forwarded("[2001:db8::1]:80"), &trusted),
            Some("2001:db8::1".parse().unwrap())
        );
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_and_mapped_ipv4_as_ipv4() {
        let a = address_key("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = address_key("2001:db8:1:2:bbbb::9".parse().unwrap());
        let c = address_key("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(address_key("::ffff:192.0.2.4".parse().unwrap()), "192.0.2.4".parse::<IpAddr>().unwrap());
    }
}
