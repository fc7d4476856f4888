use wikimeet::model::route::Route;

#[test]
fn routes_round_trip_through_the_query() {
    for r in [
        Route::Home,
        Route::Event("vsn-peer-to-peer-support".into()),
        Route::Policy("vsn".into()),
        Route::Report("vsn".into()),
        Route::Embed("vsn".into()),
    ] {
        assert_eq!(Route::from_query(&r.to_query()), r);
    }
    assert_eq!(
        Route::from_query("?utm=x&event=abc"),
        Route::Event("abc".into())
    );
    assert_eq!(Route::from_query("?event="), Route::Home);
    assert_eq!(Route::from_query(""), Route::Home);
    assert_eq!(
        Route::from_query("?view=report&event=vsn"),
        Route::Report("vsn".into())
    );
    assert_eq!(
        Route::from_query("?event=vsn&view=unknown"),
        Route::Event("vsn".into())
    );
    // A name is read as typed, so an error can quote it decoded (still shown as text).
    let odd = Route::Event("<img src=x> ñ".into());
    assert_eq!(Route::from_query("?event=%3Cimg%20src%3Dx%3E+%C3%B1"), odd);
    assert_eq!(Route::from_query(&odd.to_query()), odd);
}

#[test]
fn embed_options_take_only_well_formed_values() {
    use wikimeet::model::route::EmbedOptions;
    let o = EmbedOptions::from_query(
        "?event=x&view=embed&host=https%3A%2F%2Fwikimedia.org.ar&accent=%23990000&theme=dark",
    );
    assert_eq!(o.host.as_deref(), Some("https://wikimedia.org.ar"));
    assert_eq!(o.accent.as_deref(), Some("#990000"));
    assert_eq!(o.theme, Some("dark"));
    let bad = EmbedOptions::from_query(
        "?host=javascript:alert(1)&accent=red;background:url(x)&theme=neon",
    );
    assert_eq!(bad, EmbedOptions::default());
    assert_eq!(
        EmbedOptions::from_query("?host=http://127.0.0.2:8080/path").host,
        None,
        "an origin has no path"
    );
}

#[test]
fn policy_and_report_links_go_to_the_safe_space_page() {
    let slug = "vsn-peer-to-peer-support".to_string();
    assert_eq!(
        Route::Event(slug.clone()).href(),
        "./?event=vsn-peer-to-peer-support"
    );
    assert_eq!(Route::Home.href(), "./");
    assert_eq!(
        Route::Report(slug.clone()).href(),
        "safe-space.html?event=vsn-peer-to-peer-support&view=report"
    );
    assert_eq!(
        Route::Policy(slug.clone()).href(),
        "safe-space.html?event=vsn-peer-to-peer-support&view=policy"
    );
    assert_eq!(
        Route::Embed(slug).href(),
        "safe-space.html?event=vsn-peer-to-peer-support&view=embed"
    );
    // Either page reads the same query.
    assert_eq!(
        Route::from_query("?event=a&view=report"),
        Route::Report("a".into())
    );
}
