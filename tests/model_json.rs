use wikimeet::model::json::Json;

#[test]
fn members_missing_null_and_nested() {
    let j = Json::parse(r#"{"a": {"b": [1, "2", null]}, "n": null, "t": true, "x": 12}"#).unwrap();
    assert!(j.get("missing").is_none());
    assert!(j.get("n").is_some_and(|n| n.is_null()));
    assert_eq!(j.get("t").and_then(|t| t.as_bool()), Some(true));
    assert_eq!(j.get("x").and_then(|x| x.as_u64()), Some(12));
    let list = j.pointer("/a/b").and_then(|b| b.as_array()).unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[1].as_str().as_deref(), Some("2"));
    assert_eq!(list[1].as_u64(), None, "a string is not a number");
    assert!(j.pointer("/a/c/d").is_none());
    assert!(list[0].get("a").is_none(), "a number has no members");
    let keys: Vec<String> = j.entries().unwrap().into_iter().map(|e| e.0).collect();
    assert_eq!(keys.len(), 4);
    assert!(Json::parse("{\"a\": ").is_err());
}
