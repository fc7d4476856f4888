//! One file per route.
pub mod event;
pub mod home;
