//! What the app remembers on this device (localStorage via gloo-storage). Nothing leaves it.
use gloo_storage::{LocalStorage, Storage};

const ZONE_KEY: &str = "wikimeet:zone";

/// The time zone the visitor picked, if any (None: follow the device).
pub fn chosen_zone() -> Option<String> {
    LocalStorage::get(ZONE_KEY).ok()
}

pub fn set_chosen_zone(zone: Option<&str>) {
    match zone {
        Some(z) => {
            // Storage can be full or disabled (private mode): the choice then lasts this visit.
            let _ = LocalStorage::set(ZONE_KEY, z);
        }
        None => LocalStorage::delete(ZONE_KEY),
    }
}
