//! Time zones and date formatting from the browser's Intl API: no bundled tz database.
use crate::model::zone_names::{current_name, current_names};
use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A session instant as a person in one zone reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Zoned {
    /// e.g. "Wednesday 14 February 2024"
    pub date: String,
    /// e.g. "Wednesday 14 February" (no year), for short notes
    pub day: String,
    /// e.g. "20:30" or "8:30 PM", as the locale writes times
    pub time: String,
    /// e.g. "India Standard Time"
    pub zone_name: String,
    /// e.g. "GMT+5:30"
    pub offset: String,
    /// The calendar date in that zone, to compare with the UTC date.
    pub ymd: NaiveDate,
}

fn intl_dtf_ctor() -> Option<Function> {
    Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"DateTimeFormat".into()))
        .ok()?
        .dyn_into()
        .ok()
}

/// An Intl.DateTimeFormat, or None when the zone or locale is not one the browser knows
/// (the constructor throws a RangeError; we catch it rather than trap).
fn formatter(locale: &str, zone: &str, options: &[(&str, &str)]) -> Option<Intl::DateTimeFormat> {
    // Building a formatter is slow on a phone; the page asks for the same few again and again.
    thread_local! {
        // A list: a page asks for a handful (std's HashMap costs more download than it saves).
        static CACHE: std::cell::RefCell<Vec<(String, Option<Intl::DateTimeFormat>)>> = Default::default();
    }
    // Joined by hand: `{:?}` would bring Rust's string escaping (and its Unicode tables) in.
    let mut key = format!("{locale}|{zone}");
    for (k, v) in options {
        key.push_str(&format!("|{k}={v}"));
    }
    let cached = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, f)| f.clone())
    });
    if let Some(found) = cached {
        return found;
    }
    let made = new_formatter(locale, zone, options);
    CACHE.with(|c| c.borrow_mut().push((key, made.clone())));
    made
}

fn new_formatter(
    locale: &str,
    zone: &str,
    options: &[(&str, &str)],
) -> Option<Intl::DateTimeFormat> {
    let opts = Object::new();
    for (k, v) in options.iter().chain([("timeZone", zone)].iter()) {
        Reflect::set(&opts, &(*k).into(), &(*v).into()).ok()?;
    }
    let locales = Array::of1(&locale.into());
    // Constructed from the global (not js-sys's binding) so an unknown zone is a caught error.
    Reflect::construct(&intl_dtf_ctor()?, &Array::of2(&locales, &opts))
        .ok()
        .map(JsCast::unchecked_into)
}

fn format(f: &Intl::DateTimeFormat, date: &Date) -> String {
    f.format()
        .call1(&JsValue::NULL, date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The value of one part (e.g. "timeZoneName", "year") of a formatted date.
fn part(f: &Intl::DateTimeFormat, date: &Date, kind: &str) -> String {
    f.format_to_parts(date)
        .iter()
        .find(|p| {
            Reflect::get(p, &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .as_deref()
                == Some(kind)
        })
        .and_then(|p| Reflect::get(&p, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The browser's preferred language tag, e.g. "en-GB".
/// The browser's own tag when it is in the chosen UI language (keeping `en-GB` vs `en-US`
/// habits), else the UI language: dates then read in the language of the page.
pub fn locale() -> String {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    match crate::i18n::supported(&browser) {
        Some(lang) if lang == crate::i18n::language() => browser,
        _ => crate::i18n::language().to_string(),
    }
}

/// The zone the device is set to, e.g. "Asia/Kolkata". Read once per page (`lib.rs::start`
/// reads it first, in a task of its own: the browser's first Intl use is slow).
pub fn device_zone() -> String {
    thread_local! {
        static ZONE: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    ZONE.with(|z| z.get_or_init(read_device_zone).clone())
}

fn read_device_zone() -> String {
    intl_dtf_ctor()
        .and_then(|ctor| Reflect::construct(&ctor, &Array::new()).ok())
        .map(|f| {
            f.unchecked_into::<Intl::DateTimeFormat>()
                .resolved_options()
        })
        .and_then(|o| Reflect::get(&o, &"timeZone".into()).ok())
        .and_then(|z| z.as_string())
        .map(|z| current_name(&z).to_string())
        .unwrap_or_else(|| "UTC".into())
}

pub fn zone_is_known(zone: &str) -> bool {
    !zone.trim().is_empty() && formatter("en", zone, &[]).is_some()
}

/// Every IANA zone the browser knows (Intl.supportedValuesOf), with UTC first.
pub fn all_zones() -> Vec<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).unwrap_or(JsValue::UNDEFINED);
    let names: Vec<String> = Reflect::get(&intl, &"supportedValuesOf".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&intl, &"timeZone".into()).ok())
        .map(|list| {
            Array::from(&list)
                .iter()
                .filter_map(|z| z.as_string())
                .collect()
        })
        .unwrap_or_default();
    let mut zones = current_names(names.iter().map(String::as_str));
    zones.retain(|z| z != "UTC");
    zones.insert(0, "UTC".into());
    zones
}

/// Reads `t` in `zone` for a person using `locale`. None when the zone is unknown.
pub fn zoned(t: DateTime<Utc>, zone: &str, locale: &str) -> Option<Zoned> {
    let date = Date::new(&JsValue::from_f64(crate::model::time::epoch_ms(t)));
    let long_date = [
        ("weekday", "long"),
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
    ];
    let date_text = format(&formatter(locale, zone, &long_date)?, &date);
    let day = format(&formatter(locale, zone, &long_date[..3])?, &date);
    let time = format(&formatter(locale, zone, &[("timeStyle", "short")])?, &date);
    let zone_name = part(
        &formatter(locale, zone, &[("timeZoneName", "long")])?,
        &date,
        "timeZoneName",
    );
    let offset = part(
        &formatter("en-US", zone, &[("timeZoneName", "shortOffset")])?,
        &date,
        "timeZoneName",
    );
    let numeric = formatter(
        "en-US-u-ca-gregory-nu-latn",
        zone,
        &[
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
        ],
    )?;
    let num = |kind| part(&numeric, &date, kind).parse().unwrap_or(0);
    let ymd = NaiveDate::from_ymd_opt(num("year") as i32, num("month"), num("day"))?;
    Some(Zoned {
        date: date_text,
        day,
        time,
        zone_name,
        offset,
        ymd,
    })
}
