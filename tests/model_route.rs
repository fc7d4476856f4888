use wikimeet::model::route::Route;

#[test]
fn routes_round_trip_through_the_query() {
    for r in [
        Route::Home,
        Route::Event("vsn-peer-to-peer-support".into()),
        Route::Policy("vsn".into()),
        Route::Report("vsn".into()),
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
}
