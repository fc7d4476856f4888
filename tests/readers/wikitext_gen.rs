//! Wikitext as people write it on any wiki: sign-up lines with every signature form, struck
//! names, replies, headings, half-closed markup, multi-byte and right-to-left text; and a
//! section whose lines the generator owns, for the withdrawal property.
use super::gen::{text, Rng};
use wikimeet::model::signature::{key, SiteNames, DEFAULT_USER_TEMPLATES};
use wikimeet::model::signup::{entries, find_section, section_text, without_user, Section};

const USERS: &[&str] = &[
    "Ann Example",
    "ann_Example",
    "Bob",
    "Vic Sfriso (WMAR)",
    "مستخدم تجريبي",
    "שרה",
    "Éva",
    "Tania Solá",
    "李",
    "X😀",
    "192.0.2.1",
    "Ann Example/sig",
];

/// Text with no markup in it: it cannot make a line anybody's.
fn filler(rng: &mut Rng) -> String {
    text(rng, 4)
}

/// One way people sign, naming `user` (as they write the name).
pub fn signature(rng: &mut Rng, user: &str) -> String {
    let label = filler(rng);
    match rng.below(12) {
        0 => format!("[[User:{user}|{label}]]"),
        1 => format!("[[User talk:{user}|talk]]"),
        2 => format!("[[Usuario:{user}|{label}]]"),
        3 => format!("[[:es:Usuario:{user}|{label}]]"),
        4 => format!("[[m:User:{user}|{label}]]"),
        5 => format!("[[Special:Contributions/{user}|{label}]]"),
        6 => format!("{{{{u|{user}}}}}"),
        7 => format!("{{{{ping|{user}}}}}"),
        8 => format!("[[Benutzer:{user}/Signatur|{label}]]"),
        9 => format!("[[User:{user}#top|{label}]]"),
        10 => format!("[[مستخدم:{user}|{label}]]"),
        _ => format!("[[user:{user}]]"),
    }
}

fn stamp(rng: &mut Rng) -> String {
    rng.pick(&[
        " 12:00, 5 February 2024 (UTC)",
        " 09:41, 14 feb 2024 (CET)",
        " ١٢:٠٠، ٥ فبراير ٢٠٢٤ (ت ع م)",
        "",
        " ~~~~~",
    ])
    .to_string()
}

const MARKUP: &[&str] = &[
    "[[",
    "]]",
    "{{",
    "}}",
    "|",
    "<s>",
    "</s>",
    "<del>",
    "<!--",
    "-->",
    "'''",
    "[http://x y]",
    "[//x",
    "<",
    ">",
    "=",
    "==",
    "#",
    "*",
    ":",
    "&amp;",
    "&nbsp;",
    "~~~~",
    "<span dir=rtl>",
];

/// A page: headings, lists, replies and prose, with unbalanced markup anywhere.
pub fn page(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..rng.below(14) {
        let user = rng.pick(USERS);
        let line = match rng.below(8) {
            0 => format!("{0} {1} {0}", "=".repeat(1 + rng.below(5)), filler(rng)),
            1 => format!("# {}{}", signature(rng, user), stamp(rng)),
            2 => format!("# <s>{}</s>{}", signature(rng, user), stamp(rng)),
            3 => format!("#: {} {}", filler(rng), signature(rng, user)),
            4 => format!("* '''{}''' – {}", filler(rng), filler(rng)),
            5 => (0..rng.below(6))
                .map(|_| match rng.below(2) {
                    0 => rng.pick(MARKUP).to_string(),
                    _ => filler(rng),
                })
                .collect(),
            _ => format!("{} {}", filler(rng), signature(rng, user)),
        };
        out.push_str(&line);
        out.push_str(rng.pick(&["\n", "\n", "\r\n", "\n\n"]));
    }
    out
}

pub fn names() -> SiteNames {
    SiteNames {
        user_namespaces: vec!["user".into(), "user talk".into(), "u".into()],
        special_namespaces: vec!["special".into()],
        user_templates: DEFAULT_USER_TEMPLATES.iter().map(|t| key(t)).collect(),
        host: "meta.wikimedia.org".into(),
    }
}

/// The page's sections as the wiki would list them, sometimes with offsets that do not fit.
fn sections(rng: &mut Rng, page: &str) -> Vec<Section> {
    let mut out = Vec::new();
    let mut chars = 0;
    for line in page.split_inclusive('\n') {
        let level = line.chars().take_while(|c| *c == '=').count();
        if level >= 2 {
            let offset = match rng.chance(8) {
                true => chars + rng.below(5),
                false => chars,
            };
            out.push(Section {
                index: (out.len() + 1).to_string(),
                level: level.min(6) as u8,
                line: line.trim().trim_matches('=').trim().to_string(),
                byteoffset: Some(offset),
            });
        }
        chars += line.chars().count();
    }
    out
}

/// Every reader of wikitext, on one page.
pub fn read_everything(page: &str, rng: &mut Rng) {
    use wikimeet::model::{page_suggest, policy, wikitext};
    let names = names();
    let _ = entries(page, &names);
    for line in page.lines() {
        let _ = names.owner(line);
        let _ = wikitext::visible_text(line);
        let _ = wikitext::pieces(line);
        let _ = wikimeet::model::signature_date::signed_on(line);
    }
    let _ = wikimeet::model::signature_date::first_signature(page);
    let _ = policy::parse(page);
    let _ = page_suggest::title_and_description(page, page);
    let sections = sections(rng, page);
    for s in &sections {
        if let Some(found) = find_section(&sections, &s.line) {
            if let Some(text) = section_text(page, &sections, found) {
                let _ = entries(text, &names);
                let _ = without_user(text, rng.pick(USERS), &names, &[]);
            }
        }
    }
    let _ = without_user(page, rng.pick(USERS), &names, &[page.to_string()]);
}

/// A section whose every line the generator made knowing whose it is.
pub struct Planted {
    pub user: String,
    pub own_lines: Vec<String>,
    pub text: String,
    /// The text with exactly the user's unstruck list lines taken out.
    pub expected: String,
}

pub fn planted_section(rng: &mut Rng) -> Planted {
    let user = "Ann Example";
    let writes = ["Ann Example", "ann_Example", "Ann  Example", "Ann_Example"];
    let others = ["Bob", "Ann Examples", "Ann", "مستخدم تجريبي", "Éva", "שרה"];
    let mut text = format!("=== {} ===\n", filler(rng));
    let mut expected = text.clone();
    let mut own_lines = Vec::new();
    for _ in 0..rng.below(12) {
        let me = rng.pick(&writes);
        let other = rng.pick(&others);
        let end = rng.pick(&["\n", "\r\n"]);
        let (line, mine) = match rng.below(9) {
            // The user's own line: their signature first, anything after it.
            0 | 1 => (
                format!(
                    "# {}{} {}",
                    signature(rng, me),
                    stamp(rng),
                    signature(rng, other)
                ),
                true,
            ),
            2 => (
                format!("* {} {}{}", filler(rng), signature(rng, me), stamp(rng)),
                true,
            ),
            // A line this device wrote for them that names nobody.
            3 => {
                let line = format!("# ''{} signed''{}", filler(rng), stamp(rng));
                own_lines.push(line.clone());
                (line, true)
            }
            // Struck by hand: the page's history, kept.
            4 => (
                format!("# <s>{}</s>{}", signature(rng, me), stamp(rng)),
                false,
            ),
            // Someone else's, naming the user after their own.
            5 => (
                format!(
                    "# {}{} thanks {}",
                    signature(rng, other),
                    stamp(rng),
                    signature(rng, me)
                ),
                false,
            ),
            // A reply or a sub-item naming the user: not a list line of theirs.
            6 => (format!("#: {} {}", filler(rng), signature(rng, me)), false),
            7 => (format!("## {}", signature(rng, me)), false),
            _ => (
                format!("{} {}", filler(rng), rng.pick(&["", "<!-- x -->", "----"])),
                false,
            ),
        };
        text.push_str(&line);
        text.push_str(end);
        if !mine {
            expected.push_str(&line);
            expected.push_str(end);
        }
    }
    Planted {
        user: user.into(),
        own_lines,
        text,
        expected,
    }
}

pub fn withdraw_holds(p: &Planted) -> Result<(), String> {
    let got = without_user(&p.text, &p.user, &names(), &p.own_lines);
    let want = (p.expected != p.text).then(|| p.expected.clone());
    match got == want {
        true => Ok(()),
        false => Err(format!("withdrawn: {got:?}\nexpected: {want:?}")),
    }
}
