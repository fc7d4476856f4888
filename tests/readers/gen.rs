//! A small seeded generator (SplitMix64) and the runner every generated-input test uses: a case
//! is its seed; a failure prints the seed and the input in full, and `READERS_SEED=<seed>`
//! replays that one case alone (README "Generated-input tests").
use std::panic::{catch_unwind, AssertUnwindSafe};

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T: ?Sized>(&mut self, from: &[&'a T]) -> &'a T {
        from[self.below(from.len())]
    }

    /// A char boundary of `text`, anywhere.
    pub fn boundary(&mut self, text: &str) -> usize {
        let mut at = self.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// Characters people type on any wiki: Latin with accents, right-to-left scripts (Arabic,
/// Hebrew), the direction marks, CJK, emoji (beyond U+FFFF), combining marks, spaces.
pub const TEXT: &[&str] = &[
    "a",
    "Z",
    "é",
    "Ç",
    "ß",
    "ñ",
    " ",
    " ",
    "\u{a0}",
    "مرحبا",
    "ب",
    "ש",
    "שלום",
    "\u{200f}",
    "\u{200e}",
    "\u{202b}",
    "中文",
    "😀",
    "🏳️‍🌈",
    "e\u{301}",
    "1",
    "0",
    "-",
    ".",
    ",",
    "(",
    ")",
    "'",
    "\u{feff}",
    "İ",
    "ǅ",
    "Σ",
    "ﬀ",
    "\t",
];

pub fn text(rng: &mut Rng, max: usize) -> String {
    (0..rng.below(max + 1)).map(|_| rng.pick(TEXT)).collect()
}

/// Runs `count` cases of the test `id`: `case(seed)` returns the input it made and Ok, or the
/// input and what went wrong. A panic is caught and reported with the same seed.
pub fn run(id: u64, count: u64, case: impl Fn(u64) -> (String, Result<(), String>)) {
    let seeds: Vec<u64> = match std::env::var("READERS_SEED") {
        Ok(s) => {
            let seed = u64::from_str_radix(s.trim_start_matches("0x"), 16)
                .expect("READERS_SEED is the hex seed a failure printed");
            if seed >> 32 != id {
                return; // another test's case
            }
            vec![seed]
        }
        Err(_) => (0..count).map(|i| (id << 32) | i).collect(),
    };
    for seed in seeds {
        let input = std::cell::RefCell::new(String::new());
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let (made, result) = case(seed);
            *input.borrow_mut() = made;
            result
        }));
        let failure = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(why)) => why,
            Err(_) => {
                // The input of a case that panicked: made again (the generator is seeded).
                let made = catch_unwind(AssertUnwindSafe(|| case_input(&case, seed)));
                *input.borrow_mut() = made.unwrap_or_else(|_| "(not recoverable)".into());
                "panicked (message above)".into()
            }
        };
        panic!(
            "case failed: {failure}\nseed: {seed:#x} (replay: READERS_SEED={seed:x} cargo test --test model_readers)\ninput ({} bytes):\n{:?}",
            input.borrow().len(),
            input.borrow()
        );
    }
}

/// A case's input without its check: cases make their input before reading it, so a panicking
/// reader is told apart by running the generator alone (see `Case`).
fn case_input(case: &impl Fn(u64) -> (String, Result<(), String>), seed: u64) -> String {
    INPUT_ONLY.with(|only| only.set(true));
    let made = catch_unwind(AssertUnwindSafe(|| case(seed).0));
    INPUT_ONLY.with(|only| only.set(false));
    made.unwrap_or_else(|_| "(not recoverable)".into())
}

thread_local! {
    static INPUT_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// In a case: runs `check` on `input` unless only the input is wanted (a replay of a panic).
pub fn check(
    input: String,
    check: impl FnOnce(&str) -> Result<(), String>,
) -> (String, Result<(), String>) {
    if INPUT_ONLY.with(|only| only.get()) {
        return (input, Ok(()));
    }
    let result = check(&input);
    (input, result)
}
