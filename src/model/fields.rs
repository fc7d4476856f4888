//! An object's members read by name, each problem naming its field's path (`sessions[1].start`)
//! in words an organiser can act on: the reader under event files and the index.
use super::json::Json;

/// A field's path and what is wrong with it.
pub type FieldProblem = (String, String);

/// An object's members, read by name; unknown names are refused (a misspelt optional field
/// would otherwise be silently ignored).
pub struct Fields<'a> {
    path: String,
    members: &'a [(String, Json)],
}

fn join(path: &str, key: &str) -> String {
    match path.is_empty() {
        true => key.to_string(),
        false => format!("{path}.{key}"),
    }
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json, path: &str, known: &[&str]) -> Result<Self, FieldProblem> {
        let members = value.entries().ok_or_else(|| {
            (
                path.to_string(),
                "must be an object: { \"name\": value, … }".into(),
            )
        })?;
        if let Some((k, _)) = members.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err((
                join(path, k),
                format!(
                    "unknown field \"{k}\"; the fields here are: {}",
                    known.join(", ")
                ),
            ));
        }
        Ok(Fields {
            path: path.to_string(),
            members,
        })
    }

    pub fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// A member that is there and not `null`.
    pub fn get(&self, key: &str) -> Option<&'a Json> {
        self.members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    pub fn missing(&self, key: &str) -> FieldProblem {
        (self.path.clone(), format!("missing field \"{key}\""))
    }

    pub fn opt_text(&self, key: &str) -> Result<Option<String>, FieldProblem> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| (self.at(key), "must be text in \"quotes\"".into()))
            })
            .transpose()
    }

    pub fn text(&self, key: &str) -> Result<String, FieldProblem> {
        self.opt_text(key)?.ok_or_else(|| self.missing(key))
    }

    pub fn opt_number(&self, key: &str) -> Result<Option<u32>, FieldProblem> {
        self.get(key)
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| (self.at(key), "must be a whole number, like 60".into()))
            })
            .transpose()
    }

    pub fn number(&self, key: &str, default: u32) -> Result<u32, FieldProblem> {
        Ok(self.opt_number(key)?.unwrap_or(default))
    }

    pub fn flag(&self, key: &str) -> Result<bool, FieldProblem> {
        self.get(key).map_or(Ok(false), |v| {
            v.as_bool()
                .ok_or_else(|| (self.at(key), "must be true or false".into()))
        })
    }

    /// A list's items with their paths (`sessions[1]`); absent is an empty list.
    pub fn list(&self, key: &str) -> Result<Vec<(String, &'a Json)>, FieldProblem> {
        let Some(v) = self.get(key) else {
            return Ok(Vec::new());
        };
        let items = v
            .as_array()
            .ok_or_else(|| (self.at(key), "must be a list: [ … ]".into()))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("{}[{i}]", self.at(key)), item))
            .collect())
    }

    /// An optional nested object, read by `read`.
    pub fn object<T>(
        &self,
        key: &str,
        read: impl Fn(&'a Json, &str) -> Result<T, FieldProblem>,
    ) -> Result<Option<T>, FieldProblem> {
        self.get(key).map(|v| read(v, &self.at(key))).transpose()
    }
}
