//! The acta record: the serde model of SPEC.md's record contract, its JSON Schema
//! (`schemas/record.v1.schema.json`, embedded at compile time) and validation against it.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod model;
mod validate;

pub use model::*;
pub use validate::{schema_text, validate_value, Violation};

/// One record as a single JSON line (no trailing newline).
pub fn to_json_line(record: &Record) -> String {
    // Serialising plain data to a String cannot fail: every map key is a string.
    serde_json::to_string(record).unwrap_or_default()
}

/// One record as pretty JSON with a trailing newline.
pub fn to_json_pretty(record: &Record) -> String {
    let mut text = serde_json::to_string_pretty(record).unwrap_or_default();
    text.push('\n');
    text
}
