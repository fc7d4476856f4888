//! Calendar feeds, the part every page needs: where a meeting's feed is, the version of the
//! event file a feed was written from (`public/calendar-choices.js` reads both the same way on
//! the meeting page). Writing feeds is `feed_write.rs` (the organiser page's).
/// Every meeting the site's index lists, in one feed.
pub const ALL_FEED: &str = "events/all.ics";

/// Short names an event cannot take: their files are the site's, not a meeting's.
pub const RESERVED_SLUGS: [&str; 2] = ["all", "index"];

/// The feed of the meeting `slug`, beside its event file.
pub fn feed_file(slug: &str) -> String {
    format!("events/{slug}.ics")
}

/// Which version of a text this is (FNV-1a, 64 bits; it tells versions apart, it is no
/// secret). Line ends and trailing space are left out: a host may change them.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim_end().bytes().filter(|b| *b != b'\r') {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The feed's line naming the event file it was written from: `X-WIKIMEET-SOURCE:<slug> <fp>`.
pub fn source_line(slug: &str, fingerprint: &str) -> String {
    format!("X-WIKIMEET-SOURCE:{slug} {fingerprint}")
}

/// The fingerprint of `slug`'s event file a feed's text says it was written from.
pub fn written_from(feed: &str, slug: &str) -> Option<String> {
    let unfolded = feed.replace("\r\n ", "").replace("\n ", "");
    unfolded.lines().find_map(|line| {
        let (name, fp) = line
            .trim_end()
            .strip_prefix("X-WIKIMEET-SOURCE:")?
            .split_once(' ')?;
        (name == slug).then(|| fp.to_string())
    })
}
