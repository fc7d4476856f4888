//! One file per route.
pub mod embed;
pub mod event;
pub mod home;
pub mod policy;
pub mod report;
