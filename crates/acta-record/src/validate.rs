//! Validation of JSON values against the committed record schema.

use std::sync::LazyLock;

/// The committed schema, `schemas/record.v1.schema.json`.
const SCHEMA_TEXT: &str = include_str!("../../../schemas/record.v1.schema.json");

/// The schema text exactly as committed (what `acta schema` prints).
pub fn schema_text() -> &'static str {
    SCHEMA_TEXT
}

/// Compiled once per process.
static VALIDATOR: LazyLock<Result<jsonschema::Validator, String>> = LazyLock::new(|| {
    let schema: serde_json::Value =
        serde_json::from_str(SCHEMA_TEXT).map_err(|e| format!("the embedded schema is not JSON: {e}"))?;
    jsonschema::draft202012::new(&schema).map_err(|e| format!("the embedded schema is invalid: {e}"))
});

/// One reason a value does not conform to the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer to the offending value ("" for the root).
    pub pointer: String,
    /// Why it does not conform.
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, "{pointer}: {}", self.message)
    }
}

/// Checks one JSON value against the record schema; empty when it conforms.
pub fn validate_value(value: &serde_json::Value) -> Vec<Violation> {
    match &*VALIDATOR {
        Ok(validator) => validator
            .iter_errors(value)
            .map(|error| Violation { pointer: error.instance_path().to_string(), message: error.to_string() })
            .collect(),
        Err(message) => vec![Violation { pointer: String::new(), message: message.clone() }],
    }
}
