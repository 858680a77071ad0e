//! `acta check` on the real binary: golden files blessed, checked, hand-edited and broken.
//!
//! The extractors keep improving, so nothing here depends on what is extracted: every
//! expectation is created by `--bless` and then edited by hand.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const NOTA: &str = "Ciudad de Guatemala, 14 de marzo de 2023\n\n\
Comunicado de prensa\n\n\
El Ministerio de Relaciones Exteriores informa que la delegación de Guatemala participó \
ayer en la II Reunión Binacional con Honduras, celebrada en Tegucigalpa. Ambos países \
firmaron un Memorando de Entendimiento sobre cooperación aduanera.\n";

const AVISO: &str = "# Aviso consular\n\n\
Quito, 2 de febrero de 2024. La Cancillería del Ecuador recuerda a los ciudadanos que viajen \
a Colombia que el pasaporte debe tener una vigencia mínima de seis meses.\n";

const BOLETIN: &str = "Boletín informativo\n\n\
Lima, 30 de noviembre de 2022. El Perú y Chile acordaron celebrar la próxima reunión del \
Comité de Frontera durante el primer semestre de 2023.\n";

fn acta(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_acta"))
        .args(args)
        .arg(dir)
        .stdin(Stdio::null())
        .output()
        .expect("the acta binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn describe(output: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        output.status.code(),
        stdout(output),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A tree of three communiqués: `nota.txt`, `avisos/aviso.md`, `boletin.text`.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    fs::write(dir.path().join("nota.txt"), NOTA).expect("write nota");
    fs::create_dir(dir.path().join("avisos")).expect("mkdir");
    fs::write(dir.path().join("avisos/aviso.md"), AVISO).expect("write aviso");
    fs::write(dir.path().join("boletin.text"), BOLETIN).expect("write boletin");
    fs::write(dir.path().join("notas.json"), "{}").expect("a JSON file is not a document");
    dir
}

/// The tree with every expectation blessed.
fn blessed_tree() -> tempfile::TempDir {
    let dir = tree();
    let output = acta(&["check", "--bless"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", describe(&output));
    dir
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("valid JSON")
}

fn write_json(path: &Path, value: &Value) {
    fs::write(path, serde_json::to_string_pretty(value).expect("serialise")).expect("write");
}

/// The indented difference lines under `FAIL id`.
fn differences_of(text: &str, id: &str) -> Vec<String> {
    let header = format!("FAIL {id}");
    text.lines()
        .skip_while(|line| *line != header)
        .skip(1)
        .take_while(|line| line.starts_with("    "))
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn bless_creates_expectations_and_an_unchanged_tree_passes() {
    let dir = tree();
    let blessed = acta(&["check", "--bless"], dir.path());
    assert_eq!(blessed.status.code(), Some(0), "{}", describe(&blessed));
    let text = stdout(&blessed);
    for id in ["avisos/aviso.md", "boletin.text", "nota.txt"] {
        assert!(text.contains(&format!("blessed {id} (new expectation)")), "{text}");
    }
    assert!(!text.contains("notas.json"), "JSON files are not documents: {text}");

    let expected = fs::read_to_string(dir.path().join("avisos/aviso.md.expected.json")).expect("written");
    assert!(expected.ends_with("}\n"), "pretty JSON with a trailing newline");
    let record: Value = serde_json::from_str(&expected).expect("valid JSON");
    assert_eq!(record["id"], "avisos/aviso.md", "ids are relative to DIR");

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(0), "{}", describe(&checked));
    let text = stdout(&checked);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "PASS avisos/aviso.md",
            "PASS boletin.text",
            "PASS nota.txt",
            "3 passed, 0 failed, 0 without expectation"
        ]
    );

    let again = acta(&["check", "--bless"], dir.path());
    assert_eq!(again.status.code(), Some(0), "{}", describe(&again));
    assert!(!stdout(&again).contains("blessed "), "nothing changed: {}", stdout(&again));
    assert!(stdout(&again).contains("0 blessed, 3 unchanged"), "{}", describe(&again));
}

#[test]
fn an_edited_value_fails_with_exactly_its_path_and_bless_accepts_the_output_again() {
    let dir = blessed_tree();
    let path = dir.path().join("nota.txt.expected.json");
    let mut expected = read_json(&path);
    let bytes = expected["source"]["bytes"].as_u64().expect("source.bytes");
    expected["source"]["bytes"] = Value::from(bytes + 1);
    write_json(&path, &expected);

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(1), "{}", describe(&checked));
    let text = stdout(&checked);
    assert_eq!(
        differences_of(&text, "nota.txt"),
        [format!("$.source.bytes: expected {}, got {bytes}", bytes + 1)],
        "{text}"
    );
    assert!(text.contains("PASS boletin.text"), "{text}");
    assert!(text.contains("2 passed, 1 failed, 0 without expectation"), "{text}");

    let blessed = acta(&["check", "--bless"], dir.path());
    assert_eq!(blessed.status.code(), Some(0), "{}", describe(&blessed));
    let text = stdout(&blessed);
    assert!(text.lines().any(|line| line == "blessed nota.txt"), "{text}");
    assert!(!text.contains("blessed boletin.text"), "only changed files are listed: {text}");
    assert_eq!(read_json(&path)["source"]["bytes"], Value::from(bytes));

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(0), "{}", describe(&checked));
}

#[test]
fn an_expected_array_item_the_output_lacks_is_one_missing_line() {
    let dir = blessed_tree();
    let path = dir.path().join("boletin.text.expected.json");
    let mut expected = read_json(&path);
    let warnings = expected["warnings"].as_array_mut().expect("warnings array");
    let index = warnings.len();
    warnings.push(serde_json::json!({"code": "truncated", "message": "escrito a mano", "span": null}));
    write_json(&path, &expected);

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(1), "{}", describe(&checked));
    let lines = differences_of(&stdout(&checked), "boletin.text");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with(&format!("$.warnings[{index}]: missing {{")), "{lines:?}");
}

#[test]
fn a_malformed_expected_file_is_a_clear_error() {
    let dir = blessed_tree();
    let path = dir.path().join("avisos/aviso.md.expected.json");
    fs::write(&path, "{\"id\": \"avisos/aviso.md\",\n  oops\n").expect("write");

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(1), "{}", describe(&checked));
    let text = stdout(&checked);
    let line = text.lines().find(|line| line.starts_with("FAIL avisos/aviso.md")).unwrap_or_default();
    assert!(line.contains(&path.display().to_string()), "names the file: {text}");
    assert!(line.contains("not valid JSON") && line.contains("line 2"), "gives the parse error: {text}");
    assert!(text.contains("PASS nota.txt"), "the other documents are still checked: {text}");

    let blessed = acta(&["check", "--bless"], dir.path());
    assert_eq!(blessed.status.code(), Some(0), "{}", describe(&blessed));
    assert!(stdout(&blessed).contains("blessed avisos/aviso.md (replaced an invalid expected file)"));
    assert_eq!(acta(&["check"], dir.path()).status.code(), Some(0));
}

#[test]
fn a_document_without_expectation_is_skipped_unless_strict() {
    let dir = blessed_tree();
    fs::write(dir.path().join("avisos/nuevo.htm"), "<html><body><p>Santiago, 5 de mayo de 2020. El Gobierno de Chile saluda al pueblo de Bolivia.</p></body></html>")
        .expect("write");

    let checked = acta(&["check"], dir.path());
    assert_eq!(checked.status.code(), Some(0), "{}", describe(&checked));
    let text = stdout(&checked);
    assert!(text.lines().any(|line| line == "SKIP avisos/nuevo.htm (no expectation)"), "{text}");
    assert!(text.contains("3 passed, 0 failed, 1 without expectation"), "{text}");

    let strict = acta(&["check", "--strict"], dir.path());
    assert_eq!(strict.status.code(), Some(1), "{}", describe(&strict));
    assert!(!dir.path().join("avisos/nuevo.htm.expected.json").exists(), "check alone never writes");
}

#[test]
fn the_json_report_is_one_json_object() {
    let dir = blessed_tree();
    let path = dir.path().join("nota.txt.expected.json");
    let mut expected = read_json(&path);
    expected["language"] = Value::from("pt");
    write_json(&path, &expected);
    fs::write(dir.path().join("sin.txt"), "Madrid, 1 de enero de 2021. Sin expectativa.").expect("write");

    let output = acta(&["check", "--format", "json"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
    let report: Value = serde_json::from_slice(&output.stdout).expect("stdout is one JSON value");
    assert_eq!(report["ok"], false);
    let documents = report["documents"].as_array().expect("documents");
    let statuses: Vec<(&str, &str)> = documents
        .iter()
        .map(|d| (d["id"].as_str().unwrap_or_default(), d["status"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("avisos/aviso.md", "pass"),
            ("boletin.text", "pass"),
            ("nota.txt", "fail"),
            ("sin.txt", "no_expectation")
        ]
    );
    let nota = &documents[2];
    let got_language = nota["differences"][0]["got"].clone();
    assert_eq!(
        nota["differences"],
        serde_json::json!([{"path": "$.language", "kind": "changed", "expected": "pt", "got": got_language}])
    );
    assert_eq!(report["summary"]["passed"], 2);
    assert_eq!(report["summary"]["failed"], 1);
    assert_eq!(report["summary"]["no_expectation"], 1);
}

#[test]
fn parallel_runs_report_in_path_order() {
    let dir = blessed_tree();
    let one = acta(&["check", "--jobs", "1"], dir.path());
    let two = acta(&["check", "--jobs", "3"], dir.path());
    assert_eq!(one.status.code(), Some(0), "{}", describe(&one));
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn a_directory_that_does_not_exist_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let missing = dir.path().join("no-such-dir");
    let output = acta(&["check"], &missing);
    assert_eq!(output.status.code(), Some(2), "{}", describe(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-dir"), "{}", describe(&output));

    let file = dir.path().join("nota.txt");
    fs::write(&file, NOTA).expect("write");
    let output = acta(&["check"], &file);
    assert_eq!(output.status.code(), Some(2), "a file is not a directory: {}", describe(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a directory"), "{}", describe(&output));
}

#[test]
fn a_tree_without_documents_fails() {
    let dir = tempfile::tempdir().expect("temporary directory");
    fs::write(dir.path().join("readme.json"), "{}").expect("write");
    let output = acta(&["check"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no documents"), "{}", describe(&output));
}
