//! Chromium's Intl still answers with some old IANA names (ICU keeps them as canonical):
//! "Asia/Calcutta" for Asia/Kolkata. People know the current names, so we show those.
//! Both spellings name the same zone, and Intl accepts either.

const RENAMED: &[(&str, &str)] = &[
    ("Africa/Asmera", "Africa/Asmara"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("America/Catamarca", "America/Argentina/Catamarca"),
    ("America/Coral_Harbour", "America/Atikokan"),
    ("America/Cordoba", "America/Argentina/Cordoba"),
    ("America/Godthab", "America/Nuuk"),
    ("America/Indianapolis", "America/Indiana/Indianapolis"),
    ("America/Jujuy", "America/Argentina/Jujuy"),
    ("America/Louisville", "America/Kentucky/Louisville"),
    ("America/Mendoza", "America/Argentina/Mendoza"),
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Truk", "Pacific/Chuuk"),
];

/// The current IANA name for `zone` (unchanged when it is current already).
pub fn current_name(zone: &str) -> &str {
    RENAMED
        .iter()
        .find(|(old, _)| *old == zone)
        .map(|(_, new)| *new)
        .unwrap_or(zone)
}

/// The zones a picker offers: current names, sorted, each once.
pub fn current_names<'a>(zones: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = zones
        .into_iter()
        .map(|z| current_name(z).to_string())
        .collect();
    super::order::sort_by(&mut out, String::cmp);
    out.dedup();
    out
}
