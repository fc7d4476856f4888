//! A read-only view of a JSON document: the wiki's API answers and the message files. In the
//! browser it is the engine's own `JSON.parse`, read through js_sys: serde_json's `Value`, with
//! its number parsing and float tables, would add ~6 KB compressed to every visitor's download.
//! Natively (tests, tools) it is serde_json's `Value`. Both behave the same for what is read
//! here: a missing member or element is `None`, a present `null` is `Some` and `is_null`.

#[derive(Clone, Debug)]
pub struct Json(Inner);

#[cfg(target_arch = "wasm32")]
type Inner = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
type Inner = serde_json::Value;

impl Json {
    /// The document, or the parser's message when `text` is not JSON.
    pub fn parse(text: &str) -> Result<Json, String> {
        #[cfg(target_arch = "wasm32")]
        return js_sys::JSON::parse(text).map(Json).map_err(|e| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "not JSON".into())
        });
        #[cfg(not(target_arch = "wasm32"))]
        return serde_json::from_str(text)
            .map(Json)
            .map_err(|e| e.to_string());
    }

    /// An object's member.
    pub fn get(&self, key: &str) -> Option<Json> {
        #[cfg(target_arch = "wasm32")]
        return self.object().and_then(|o| {
            let v = js_sys::Reflect::get(o, &key.into()).ok()?;
            (!v.is_undefined()).then_some(Json(v))
        });
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.as_object()?.get(key).cloned().map(Json);
    }

    /// A JSON object (not an array, not null).
    #[cfg(target_arch = "wasm32")]
    fn object(&self) -> Option<&js_sys::Object> {
        use wasm_bindgen::JsCast;
        (self.0.is_object() && !js_sys::Array::is_array(&self.0)).then(|| self.0.unchecked_ref())
    }

    /// `/a/b/c`: members by name.
    pub fn pointer(&self, path: &str) -> Option<Json> {
        path.split('/')
            .skip(1)
            .try_fold(self.clone(), |v, key| v.get(key))
    }

    pub fn as_array(&self) -> Option<Vec<Json>> {
        #[cfg(target_arch = "wasm32")]
        return js_sys::Array::is_array(&self.0)
            .then(|| js_sys::Array::from(&self.0).iter().map(Json).collect());
        #[cfg(not(target_arch = "wasm32"))]
        return Some(self.0.as_array()?.iter().cloned().map(Json).collect());
    }

    /// An object's members (in the browser in document order; natively by name).
    pub fn entries(&self) -> Option<Vec<(String, Json)>> {
        #[cfg(target_arch = "wasm32")]
        return self.object().map(|o| {
            js_sys::Object::entries(o)
                .iter()
                .map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        Json(pair.get(1)),
                    )
                })
                .collect()
        });
        #[cfg(not(target_arch = "wasm32"))]
        return Some(
            self.0
                .as_object()?
                .iter()
                .map(|(k, v)| (k.clone(), Json(v.clone())))
                .collect(),
        );
    }

    pub fn as_str(&self) -> Option<String> {
        #[cfg(target_arch = "wasm32")]
        return self.0.as_string();
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.as_str().map(str::to_string);
    }

    /// A whole, non-negative number.
    pub fn as_u64(&self) -> Option<u64> {
        #[cfg(target_arch = "wasm32")]
        return self
            .0
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 9.0e15)
            .map(|n| n as u64);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.as_u64();
    }

    pub fn as_bool(&self) -> Option<bool> {
        #[cfg(target_arch = "wasm32")]
        return self.0.as_bool();
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.as_bool();
    }

    pub fn is_null(&self) -> bool {
        self.0.is_null()
    }
}
