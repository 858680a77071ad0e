//! Structural differences between two JSON values, for `acta check`.
//!
//! Paths are written JSONPath-style: `$` is the record, `.key` a member (`["key"]` when the key
//! is not a plain identifier), `[n]` an array item. An index is the item's position in the
//! expected value, except for an item reported as `added`, whose last index is its position in
//! the current output (it has none in the expected value).
//!
//! Arrays are aligned, not compared index by index, so that one inserted date reads as one
//! `added` line instead of a cascade of changes at every later index. Items are first matched
//! by a key — for objects their `span`, `text` and `code` members when they have any, otherwise
//! the whole item — with a longest common subsequence; between two matched items, the leftover
//! items are paired when they look alike (half of their members equal) and compared member by
//! member, and reported as `missing` or `added` otherwise.

use std::fmt::Write as _;

use serde_json::{Map, Value};

/// One difference between the expected and the current value.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where, e.g. `$.dates[2].value`.
    pub path: String,
    /// What differs there.
    pub change: Change,
}

/// The kind of a difference.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Present in both, with different values (possibly of different JSON types).
    Changed {
        /// The expected value.
        expected: Value,
        /// The current value.
        got: Value,
    },
    /// Expected, but absent from the current output (an object member or an array item).
    Missing {
        /// The expected value.
        expected: Value,
    },
    /// In the current output, but not expected.
    Added {
        /// The current value.
        got: Value,
    },
}

impl Difference {
    /// One readable line: `PATH: expected E, got G`, `PATH: missing E` or `PATH: added G`, each
    /// value as compact JSON cut to about `max_chars` characters.
    pub fn to_line(&self, max_chars: usize) -> String {
        match &self.change {
            Change::Changed { expected, got } => format!(
                "{}: expected {}, got {}",
                self.path,
                compact(expected, max_chars),
                compact(got, max_chars)
            ),
            Change::Missing { expected } => {
                format!("{}: missing {}", self.path, compact(expected, max_chars))
            }
            Change::Added { got } => format!("{}: added {}", self.path, compact(got, max_chars)),
        }
    }

    /// The machine-readable form: `{"path", "kind": "changed"|"missing"|"added", "expected"?, "got"?}`.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        object.insert("path".to_string(), Value::String(self.path.clone()));
        let (kind, expected, got) = match &self.change {
            Change::Changed { expected, got } => ("changed", Some(expected), Some(got)),
            Change::Missing { expected } => ("missing", Some(expected), None),
            Change::Added { got } => ("added", None, Some(got)),
        };
        object.insert("kind".to_string(), Value::String(kind.to_string()));
        if let Some(expected) = expected {
            object.insert("expected".to_string(), expected.clone());
        }
        if let Some(got) = got {
            object.insert("got".to_string(), got.clone());
        }
        Value::Object(object)
    }
}

/// Compact JSON of `value`, cut on a character boundary with `…` when longer than `max_chars`.
pub fn compact(value: &Value, max_chars: usize) -> String {
    let text = value.to_string();
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text,
    }
}

/// Every difference between `expected` and `got`, in document order; empty when they are equal.
pub fn diff(expected: &Value, got: &Value) -> Vec<Difference> {
    let mut found = Vec::new();
    diff_at("$", expected, got, &mut found);
    found
}

fn diff_at(path: &str, expected: &Value, got: &Value, found: &mut Vec<Difference>) {
    if expected == got {
        return;
    }
    match (expected, got) {
        (Value::Object(expected), Value::Object(got)) => diff_objects(path, expected, got, found),
        (Value::Array(expected), Value::Array(got)) => diff_arrays(path, expected, got, found),
        _ => found.push(Difference {
            path: path.to_string(),
            change: Change::Changed { expected: expected.clone(), got: got.clone() },
        }),
    }
}

fn diff_objects(
    path: &str,
    expected: &Map<String, Value>,
    got: &Map<String, Value>,
    found: &mut Vec<Difference>,
) {
    for (key, expected_value) in expected {
        let member = member_path(path, key);
        match got.get(key) {
            Some(got_value) => diff_at(&member, expected_value, got_value, found),
            None => found.push(Difference {
                path: member,
                change: Change::Missing { expected: expected_value.clone() },
            }),
        }
    }
    for (key, got_value) in got {
        if !expected.contains_key(key) {
            found.push(Difference {
                path: member_path(path, key),
                change: Change::Added { got: got_value.clone() },
            });
        }
    }
}

/// `path.key`, or `path["key"]` when the key is not a plain identifier.
fn member_path(path: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.to_string()))
    }
}

fn index_path(path: &str, index: usize) -> String {
    let mut text = String::with_capacity(path.len() + 6);
    text.push_str(path);
    let _ = write!(text, "[{index}]");
    text
}

/// How items of one array are paired: `(Some(i), Some(j))` compares expected item `i` with
/// current item `j`; `(Some(i), None)` is a missing item; `(None, Some(j))` an added one.
type Pairing = (Option<usize>, Option<usize>);

fn diff_arrays(path: &str, expected: &[Value], got: &[Value], found: &mut Vec<Difference>) {
    for pair in align(expected, got) {
        match pair {
            (Some(i), Some(j)) => {
                if let (Some(e), Some(g)) = (expected.get(i), got.get(j)) {
                    diff_at(&index_path(path, i), e, g, found);
                }
            }
            (Some(i), None) => {
                if let Some(e) = expected.get(i) {
                    found.push(Difference {
                        path: index_path(path, i),
                        change: Change::Missing { expected: e.clone() },
                    });
                }
            }
            (None, Some(j)) => {
                if let Some(g) = got.get(j) {
                    found.push(Difference {
                        path: index_path(path, j),
                        change: Change::Added { got: g.clone() },
                    });
                }
            }
            (None, None) => {}
        }
    }
}

/// Largest number of table cells the quadratic LCS may use; beyond it the middle of the two
/// arrays (after their common head and tail) is paired greedily instead.
const LCS_CELL_LIMIT: usize = 4_000_000;

fn align(expected: &[Value], got: &[Value]) -> Vec<Pairing> {
    let expected_keys: Vec<String> = expected.iter().map(alignment_key).collect();
    let got_keys: Vec<String> = got.iter().map(alignment_key).collect();

    // Common head and tail first: most runs differ in a few items, and this keeps the LCS small.
    let head = expected_keys.iter().zip(&got_keys).take_while(|(e, g)| e == g).count();
    let tail = expected_keys[head..]
        .iter()
        .rev()
        .zip(got_keys[head..].iter().rev())
        .take_while(|(e, g)| e == g)
        .count();
    let middle_expected = head..expected.len() - tail;
    let middle_got = head..got.len() - tail;

    let mut pairs: Vec<Pairing> = (0..head).map(|k| (Some(k), Some(k))).collect();
    let anchors = lcs(&expected_keys[middle_expected.clone()], &got_keys[middle_got.clone()]);
    let (mut i, mut j) = (middle_expected.start, middle_got.start);
    for (a, b) in anchors.into_iter().map(|(a, b)| (a + middle_expected.start, b + middle_got.start)) {
        pair_gap(expected, got, i..a, j..b, &mut pairs);
        pairs.push((Some(a), Some(b)));
        i = a + 1;
        j = b + 1;
    }
    pair_gap(expected, got, i..middle_expected.end, j..middle_got.end, &mut pairs);
    pairs.extend((0..tail).map(|k| (Some(middle_expected.end + k), Some(middle_got.end + k))));
    pairs
}

/// Matched index pairs of a longest common subsequence of two key lists (empty when the table
/// would be too large).
fn lcs(expected: &[String], got: &[String]) -> Vec<(usize, usize)> {
    let (n, m) = (expected.len(), got.len());
    if n == 0 || m == 0 || n.saturating_mul(m) > LCS_CELL_LIMIT {
        return Vec::new();
    }
    // table[i * (m + 1) + j] = LCS length of expected[i..] and got[j..].
    let width = m + 1;
    let mut table = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let value = if expected[i] == got[j] {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
            table[i * width + j] = value;
        }
    }
    let mut matched = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if expected[i] == got[j] {
            matched.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    matched
}

/// Pairs the unmatched items between two anchors: alike items are compared member by member,
/// the others are missing or added, in order.
fn pair_gap(
    expected: &[Value],
    got: &[Value],
    expected_range: std::ops::Range<usize>,
    got_range: std::ops::Range<usize>,
    pairs: &mut Vec<Pairing>,
) {
    let (mut i, mut j) = (expected_range.start, got_range.start);
    while i < expected_range.end && j < got_range.end {
        let (Some(e), Some(g)) = (expected.get(i), got.get(j)) else { break };
        if alike(e, g) {
            pairs.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if (j + 1..got_range.end).any(|later| got.get(later).is_some_and(|g| alike(e, g))) {
            // The expected item has a counterpart further on: what comes before it was added.
            pairs.push((None, Some(j)));
            j += 1;
        } else {
            pairs.push((Some(i), None));
            i += 1;
        }
    }
    pairs.extend((i..expected_range.end).map(|i| (Some(i), None)));
    pairs.extend((j..got_range.end).map(|j| (None, Some(j))));
}

/// What array items are matched on: an object's `span`, `text` and `code` members when it has
/// any of them (a mention keeps its place and words when a value it carries changes), otherwise
/// the whole item.
fn alignment_key(item: &Value) -> String {
    if let Value::Object(object) = item {
        let identity: Map<String, Value> = ["span", "text", "code"]
            .iter()
            .filter_map(|&k| object.get(k).map(|v| (k.to_string(), v.clone())))
            .collect();
        if !identity.is_empty() {
            return Value::Object(identity).to_string();
        }
    }
    item.to_string()
}

/// Two objects are alike when at least half of the members they have between them are equal.
/// Scalars and arrays are never alike: a replaced string reads best as missing + added.
fn alike(expected: &Value, got: &Value) -> bool {
    let (Value::Object(e), Value::Object(g)) = (expected, got) else { return false };
    let keys = e.len() + g.keys().filter(|k| !e.contains_key(*k)).count();
    let equal = e.iter().filter(|(k, v)| g.get(*k) == Some(v)).count();
    keys > 0 && equal * 2 >= keys
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn lines(expected: Value, got: Value) -> Vec<String> {
        diff(&expected, &got).iter().map(|d| d.to_line(200)).collect()
    }

    fn date(text: &str, start: usize, value: &str) -> Value {
        json!({"text": text, "span": {"start": start, "end": start + text.len()}, "value": value, "rule": "r"})
    }

    #[test]
    fn equal_values_have_no_difference() {
        let value = json!({"a": [1, 2, {"b": null}], "c": "d"});
        assert!(diff(&value, &value).is_empty());
    }

    #[test]
    fn changed_nested_value_is_one_line_with_its_path() {
        let expected = json!({"dates": [date("hoy", 0, "2021-01-01"), date("ayer", 10, "2020-12-31")]});
        let got = json!({"dates": [date("hoy", 0, "2021-01-01"), date("ayer", 10, "2020-12-30")]});
        assert_eq!(
            lines(expected, got),
            vec![r#"$.dates[1].value: expected "2020-12-31", got "2020-12-30""#]
        );
    }

    #[test]
    fn inserted_array_item_is_one_added_line() {
        let a = date("uno", 0, "2021-01-01");
        let b = date("dos", 10, "2021-01-02");
        let c = date("tres", 20, "2021-01-03");
        let d = date("cuatro", 30, "2021-01-04");
        let expected = json!({"dates": [a.clone(), b.clone(), c.clone(), d.clone()]});
        let new = date("nuevo", 15, "2021-05-05");
        let got = json!({"dates": [a, b, new.clone(), c, d]});
        let found = diff(&expected, &got);
        assert_eq!(found, vec![Difference { path: "$.dates[2]".into(), change: Change::Added { got: new } }]);
    }

    #[test]
    fn removed_array_item_is_one_missing_line() {
        let a = date("uno", 0, "2021-01-01");
        let b = date("dos", 10, "2021-01-02");
        let c = date("tres", 20, "2021-01-03");
        let expected = json!([a.clone(), b.clone(), c.clone()]);
        let got = json!([a, c]);
        assert_eq!(
            diff(&expected, &got),
            vec![Difference { path: "$[1]".into(), change: Change::Missing { expected: b } }]
        );
    }

    #[test]
    fn insertion_and_change_after_it_use_the_expected_index() {
        let a = date("uno", 0, "2021-01-01");
        let b = date("dos", 10, "2021-01-02");
        let new = date("nuevo", 5, "2021-05-05");
        let expected = json!([a.clone(), b]);
        let got = json!([a, new.clone(), date("dos", 10, "2021-01-09")]);
        assert_eq!(
            diff(&expected, &got),
            vec![
                Difference { path: "$[1]".into(), change: Change::Added { got: new } },
                Difference {
                    path: "$[1].value".into(),
                    change: Change::Changed { expected: json!("2021-01-02"), got: json!("2021-01-09") }
                },
            ]
        );
    }

    #[test]
    fn changed_span_pairs_alike_items() {
        let expected = json!([date("hoy", 0, "2021-01-01")]);
        let got =
            json!([{"text": "hoy", "span": {"start": 0, "end": 4}, "value": "2021-01-01", "rule": "r"}]);
        assert_eq!(lines(expected, got), vec!["$[0].span.end: expected 3, got 4"]);
    }

    #[test]
    fn unlike_replacement_is_missing_and_added() {
        let chile = json!({"text": "Chile", "code": "CL"});
        let peru = json!({"text": "Perú", "code": "PE"});
        let found = diff(&json!({"countries": [chile.clone()]}), &json!({"countries": [peru.clone()]}));
        assert_eq!(
            found,
            vec![
                Difference { path: "$.countries[0]".into(), change: Change::Missing { expected: chile } },
                Difference { path: "$.countries[0]".into(), change: Change::Added { got: peru } },
            ]
        );
    }

    #[test]
    fn type_change_is_a_change() {
        assert_eq!(
            lines(json!({"title": "Comunicado"}), json!({"title": null})),
            vec![r#"$.title: expected "Comunicado", got null"#]
        );
        assert_eq!(
            lines(json!({"a": [1]}), json!({"a": {"0": 1}})),
            vec![r#"$.a: expected [1], got {"0":1}"#]
        );
    }

    #[test]
    fn missing_and_extra_keys() {
        let found = lines(json!({"a": 1, "b": {"c": 2}}), json!({"a": 1, "b": {"d": 3}, "e weird": 4}));
        assert_eq!(found, vec!["$.b.c: missing 2", "$.b.d: added 3", r#"$["e weird"]: added 4"#]);
    }

    #[test]
    fn scalar_arrays_use_lcs() {
        let found = lines(json!(["a", "b", "c"]), json!(["a", "x", "b", "c"]));
        assert_eq!(found, vec![r#"$[1]: added "x""#]);
        let found = lines(json!(["a", "b", "c"]), json!(["a", "x", "c"]));
        assert_eq!(found, vec![r#"$[1]: missing "b""#, r#"$[1]: added "x""#]);
    }

    #[test]
    fn long_values_are_cut() {
        let long = "á".repeat(500);
        let line = Difference { path: "$.text".into(), change: Change::Added { got: Value::String(long) } }
            .to_line(50);
        assert!(line.ends_with('…'));
        assert!(line.chars().count() < 80);
    }

    #[test]
    fn json_form_names_the_kind() {
        let found = diff(&json!({"a": 1}), &json!({"a": 2}));
        assert_eq!(
            found.first().map(Difference::to_json),
            Some(json!({"path": "$.a", "kind": "changed", "expected": 1, "got": 2}))
        );
    }
}
