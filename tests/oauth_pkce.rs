use wikimeet::model::base64::{base64, BASE64_STANDARD};
use wikimeet::model::wiki_page::OAuthClient;
use wikimeet::wiki::oauth::*;

#[test]
fn base64url_matches_rfc_4648_without_padding() {
    for (data, want) in [
        (&b""[..], ""),
        (b"f", "Zg"),
        (b"fo", "Zm8"),
        (b"foo", "Zm9v"),
        (b"foob", "Zm9vYg"),
        (b"\xff\xfe\xfd\xfc", "__79_A"),
    ] {
        assert_eq!(base64url(data), want);
    }
}

#[test]
fn base64_standard_is_padded() {
    for (data, want) in [
        (&b"f"[..], "Zg=="),
        (b"fo", "Zm8="),
        (b"foo", "Zm9v"),
        (b"\xfb\xff", "+/8="),
    ] {
        assert_eq!(base64(data, BASE64_STANDARD, true), want);
    }
}

#[test]
fn s256_challenge_is_base64url_of_sha256() {
    // Reference value computed independently with Python's hashlib and base64.
    assert_eq!(
        challenge("M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag"),
        "qjrzSW9gMiUgpUvqgEPE4_-8swvyCtfOVvg55o5S_es"
    );
}

#[test]
fn random_strings_use_only_unreserved_characters() {
    let bytes: Vec<u8> = (0..=255).collect();
    let s = random_string(&bytes);
    assert_eq!(s.len(), 256);
    assert!(s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
}

fn config() -> OAuthClient {
    OAuthClient {
        client_id: "abc123".into(),
        rest: "https://meta.wikimedia.org/w/rest.php".into(),
    }
}

#[test]
fn authorize_url_carries_state_and_challenge() {
    let pending = Pending {
        client: config(),
        state: "st4te".into(),
        verifier: "M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag".into(),
        back_to: String::new(),
    };
    let url = config().authorize_url(
        "https://example.org/vsn/",
        &pending,
        &challenge(&pending.verifier),
    );
    assert_eq!(
        url,
        "https://meta.wikimedia.org/w/rest.php/oauth2/authorize?response_type=code&client_id=abc123&redirect_uri=https%3A%2F%2Fexample.org%2Fvsn%2F&state=st4te&code_challenge=qjrzSW9gMiUgpUvqgEPE4_-8swvyCtfOVvg55o5S_es&code_challenge_method=S256"
    );
}

#[test]
fn token_requests_are_form_posts_to_the_token_endpoint() {
    let r = config().code_request("c0de", "https://example.org/", "ver");
    assert_eq!(
        r.url,
        "https://meta.wikimedia.org/w/rest.php/oauth2/access_token"
    );
    assert_eq!(r.body.as_deref(), Some("grant_type=authorization_code&code=c0de&redirect_uri=https%3A%2F%2Fexample.org%2F&client_id=abc123&code_verifier=ver"));
    let r = config().refresh_request("r3f");
    assert_eq!(
        r.body.as_deref(),
        Some("grant_type=refresh_token&refresh_token=r3f&client_id=abc123")
    );
    assert!(!r.with_credentials);
}

#[test]
fn token_answers_date_their_expiry_and_refusals_mean_signed_out() {
    let t = tokens(
        200,
        r#"{"access_token":"a","refresh_token":"r","expires_in":14400,"token_type":"Bearer"}"#,
        1000.0,
    )
    .unwrap();
    assert_eq!(t.access, "a");
    assert_eq!(t.expires_at, 1000.0 + 14_400_000.0);
    assert!(!t.is_stale(1000.0));
    assert!(
        t.is_stale(t.expires_at - 10_000.0),
        "stale a little before expiry"
    );
    assert_eq!(
        tokens(400, r#"{"error":"invalid_grant"}"#, 0.0).unwrap_err(),
        wikimeet::wiki::error::WikiError::NotSignedIn
    );
    assert!(tokens(200, "<html>", 0.0).is_err());
}

#[test]
fn callback_reads_code_and_state_only_when_both_are_there() {
    assert_eq!(
        callback("?code=a%2Bb&state=x"),
        Some(("a+b".into(), "x".into()))
    );
    assert_eq!(callback("?event=vsn"), None);
    assert_eq!(callback("?code=a"), None);
}

#[test]
fn profile_gives_the_user_name_and_email_state() {
    let u = profile(
        200,
        r#"{"sub":"1","username":"Alice","confirmed_email":true}"#,
    )
    .unwrap();
    assert_eq!((u.name.as_str(), u.wiki_mail), ("Alice", true));
    assert_eq!(
        profile(401, "").unwrap_err(),
        wikimeet::wiki::error::WikiError::NotSignedIn
    );
}

#[test]
fn sign_in_state_survives_storage_as_json() {
    let pending = Pending {
        client: OAuthClient {
            client_id: "id \"1\"".into(),
            rest: "https://meta.wikimedia.org/w/rest.php".into(),
        },
        state: "s".into(),
        verifier: "v\\x".into(),
        back_to: "?event=vsn&view=report".into(),
    };
    assert_eq!(Pending::from_json(&pending.to_json()), Some(pending));
    for refresh in [Some("r".to_string()), None] {
        let tokens = Tokens {
            access: "a".into(),
            refresh,
            expires_at: 1_764_072_000_000.0,
        };
        assert_eq!(Tokens::from_json(&tokens.to_json()), Some(tokens));
    }
    assert_eq!(Tokens::from_json("{\"access\": 1}"), None);
}
