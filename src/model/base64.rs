//! base64 (RFC 4648): the URL-safe form for OAuth PKCE, the standard one for CSP hashes.

/// The 64 URL-safe characters (§5). OAuth's random strings use them too: a random byte maps
/// to one without bias (256 = 4 × 64).
pub const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5).
pub fn base64url(data: &[u8]) -> String {
    base64(data, URL_SAFE, false)
}

/// The standard alphabet (RFC 4648 §4), as CSP hashes use it.
pub const BASE64_STANDARD: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// base64 in `alphabet`, with `=` padding or without.
pub fn base64(data: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(data.len().saturating_mul(2));
    for chunk in data.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        let sextets = [n >> 18, n >> 12, n >> 6, n];
        for s in sextets.iter().take(chunk.len().saturating_add(1)) {
            out.push(alphabet.get((s & 63) as usize).map_or('=', |c| *c as char));
        }
        if pad {
            out.push_str(match chunk.len() {
                1 => "==",
                2 => "=",
                _ => "",
            });
        }
    }
    out
}
