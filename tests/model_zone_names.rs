use wikimeet::model::zone_names::{current_name, current_names};

#[test]
fn old_names_chromium_reports_become_current_ones() {
    assert_eq!(current_name("Asia/Calcutta"), "Asia/Kolkata");
    assert_eq!(
        current_name("America/Buenos_Aires"),
        "America/Argentina/Buenos_Aires"
    );
    assert_eq!(current_name("Asia/Katmandu"), "Asia/Kathmandu");
    assert_eq!(current_name("Europe/Warsaw"), "Europe/Warsaw");
    assert_eq!(
        current_names([
            "Europe/Kiev",
            "Asia/Calcutta",
            "Asia/Kolkata",
            "Africa/Nairobi"
        ]),
        ["Africa/Nairobi", "Asia/Kolkata", "Europe/Kyiv"]
    );
}
