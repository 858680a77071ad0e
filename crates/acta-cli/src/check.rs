//! `acta check`: golden-file regression runs. Every document with a `NAME.EXT.expected.json`
//! beside it is extracted as `acta extract` would and its record compared with the expected one;
//! `--bless` accepts the current output as the new expectation.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{bail, Context};
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use serde_json::{json, Value};

use crate::diff::{self, Difference};
use crate::discover::{self, Input, InputSource};
use crate::pipeline::{self, Settings};
use crate::RunOptions;

/// Help text of `acta check`.
pub const LONG_ABOUT: &str = "\
Regression-test acta's extraction on your own documents (golden files).

Keep, beside each document to check, the record you expect from it: NAME.EXT.expected.json next \
to NAME.EXT (report.pdf and report.pdf.expected.json). acta check walks every DIR recursively \
(sorted by path; symbolic links are not followed) for .pdf .txt .text .md .markdown .html .htm \
documents, extracts each with the same options as acta extract (its id is its path relative to \
DIR, so the tree can be moved), and compares the record with the expected one. Documents are \
processed in parallel; the report is always in path order.

Text report: one line per document, PASS id, FAIL id, or SKIP id (no expectation), then a \
summary line such as \"12 passed, 1 failed, 3 without expectation\". Under FAIL, one indented \
line per difference: a JSONPath-style path ($ is the record, .key a member, [n] an array item) \
and the values as compact JSON, cut when long:
    $.dates[2].value: expected \"2021-12-03\", got \"2021-12-04\"
    $.countries[4]: added {\"text\":\"Chile\",...}
    $.people[0].role: missing \"ministra\"
\"missing\" is in the expected file but not in the output; \"added\" the reverse. Array items \
are aligned (by span and text), so one new date is one \"added\" line, not a change at every \
later index. An index is the item's position in the expected file; for an added item, its \
position in the new output.

Creating and accepting expectations: acta check --bless DIR writes NAME.EXT.expected.json for \
every document (new ones too) from the current output, as pretty JSON, rewriting only files \
whose content changes (temporary file + rename, never half-written), and lists each as \
\"blessed id\" with its differences. Review the changed files (git diff) before committing them. \
Use the same options (e.g. --reference-date) for blessing and checking.

--format json prints one JSON object instead: {\"documents\": [{\"id\", \"expected_file\", \
\"status\": \"pass\" | \"fail\" | \"no_expectation\" | \"invalid_expectation\" | \"error\" | \
\"blessed\", \"differences\": [{\"path\", \"kind\": \"changed\" | \"missing\" | \"added\", \
\"expected\", \"got\"}], \"message\"}], \"summary\": {\"passed\", \"failed\", \"no_expectation\", \
\"invalid_expectation\", \"error\", \"blessed\"}, \"ok\"}.

Exit codes: 0 every expectation matched (documents without one are skipped); 1 a record \
differs, an expected file is not valid JSON (the message names the file and the parse error), \
a document could not be checked, no document was found, or, with --strict, a document has no \
expectation; 2 usage error (such as a DIR that does not exist).

Example CI step (any CI system that runs a shell):
  # once, on a workstation: create the expectations, review them, commit them
  acta check --bless golden/ && git diff --stat golden/
  # in CI, after installing acta:
  acta check --strict golden/ || { echo 'extraction changed: run acta check --bless golden/, review, commit'; exit 1; }";

/// Lines of differences printed per document in the text report (the JSON report has all).
const MAX_TEXT_DIFFERENCES: usize = 50;

/// Characters of a value shown in a text difference line.
const MAX_VALUE_CHARS: usize = 120;

/// Arguments of `acta check`.
#[derive(Args)]
pub struct CheckArgs {
    /// Directories holding documents and their expected records (NAME.EXT.expected.json).
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Rewrite the expected files from the current output (creating missing ones) and list
    /// those that changed.
    #[arg(long)]
    pub bless: bool,
    /// Fail when a document has no expected file.
    #[arg(long)]
    pub strict: bool,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    #[command(flatten)]
    pub run: RunOptions,
}

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// PASS/FAIL/SKIP lines with readable differences, and a summary line.
    Text,
    /// One JSON object.
    Json,
}

/// The outcome for one document.
enum Outcome {
    Pass,
    Fail(Vec<Difference>),
    NoExpectation,
    /// The expected file is not JSON; the message names it and the parse error.
    InvalidExpectation(String),
    /// `--bless` wrote the expected file.
    Blessed {
        previous: Previous,
        differences: Vec<Difference>,
    },
    /// The document could not be checked (unreadable directory, expected file unreadable or not
    /// writable).
    Error(String),
}

/// What a blessed expected file replaced.
enum Previous {
    Nothing,
    Invalid,
    Different,
}

struct Report {
    id: String,
    expected_file: Option<PathBuf>,
    outcome: Outcome,
}

impl Report {
    fn status(&self) -> &'static str {
        match self.outcome {
            Outcome::Pass => "pass",
            Outcome::Fail(_) => "fail",
            Outcome::NoExpectation => "no_expectation",
            Outcome::InvalidExpectation(_) => "invalid_expectation",
            Outcome::Blessed { .. } => "blessed",
            Outcome::Error(_) => "error",
        }
    }

    fn to_json(&self) -> Value {
        let (differences, message): (&[Difference], Option<&str>) = match &self.outcome {
            Outcome::Fail(differences) | Outcome::Blessed { differences, .. } => (differences, None),
            Outcome::InvalidExpectation(message) | Outcome::Error(message) => (&[], Some(message)),
            Outcome::Pass | Outcome::NoExpectation => (&[], None),
        };
        let mut object = json!({
            "id": self.id,
            "expected_file": self.expected_file.as_ref().map(|p| p.display().to_string()),
            "status": self.status(),
            "differences": differences.iter().map(Difference::to_json).collect::<Vec<_>>(),
        });
        if let (Some(message), Some(map)) = (message, object.as_object_mut()) {
            map.insert("message".to_string(), Value::String(message.to_string()));
        }
        object
    }
}

#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    no_expectation: usize,
    invalid_expectation: usize,
    error: usize,
    blessed: usize,
}

impl Tally {
    fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Pass => self.passed += 1,
            Outcome::Fail(_) => self.failed += 1,
            Outcome::NoExpectation => self.no_expectation += 1,
            Outcome::InvalidExpectation(_) => self.invalid_expectation += 1,
            Outcome::Blessed { .. } => self.blessed += 1,
            Outcome::Error(_) => self.error += 1,
        }
    }

    fn ok(&self, strict: bool) -> bool {
        self.failed == 0
            && self.invalid_expectation == 0
            && self.error == 0
            && !(strict && self.no_expectation > 0)
    }

    fn summary_line(&self, bless: bool) -> String {
        let mut line = if bless {
            format!("{} blessed, {} unchanged", self.blessed, self.passed)
        } else {
            let failed = self.failed + self.invalid_expectation + self.error;
            format!("{} passed, {failed} failed, {} without expectation", self.passed, self.no_expectation)
        };
        if self.invalid_expectation > 0 {
            line.push_str(&format!(", {} invalid expected file(s)", self.invalid_expectation));
        }
        if self.error > 0 {
            line.push_str(&format!(", {} could not be checked", self.error));
        }
        line
    }

    fn to_json(&self) -> Value {
        json!({
            "passed": self.passed,
            "failed": self.failed,
            "no_expectation": self.no_expectation,
            "invalid_expectation": self.invalid_expectation,
            "error": self.error,
            "blessed": self.blessed,
        })
    }
}

/// Stdout that stops writing, without failing the run, once the reader has gone away (`| head`).
struct Out {
    writer: std::io::BufWriter<std::io::StdoutLock<'static>>,
    closed: bool,
}

impl Out {
    fn new() -> Self {
        Out { writer: std::io::BufWriter::new(std::io::stdout().lock()), closed: false }
    }

    fn line(&mut self, text: &str) -> anyhow::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = writeln!(self.writer, "{text}");
        self.handle(result)
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.writer.flush();
        self.handle(result)
    }

    fn handle(&mut self, result: std::io::Result<()>) -> anyhow::Result<()> {
        match result {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(error) => Err(error).context("cannot write to stdout"),
        }
    }
}

/// Runs the check; usage errors are returned as errors (exit 2).
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    for dir in &args.dirs {
        match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => bail!("{} is not a directory (acta check takes directories)", dir.display()),
            Err(error) => bail!("cannot read directory {}: {error}", dir.display()),
        }
    }
    let settings = args.run.settings();
    let pool = args.run.thread_pool()?;
    let inputs = discover::inputs(&args.dirs);
    if inputs.is_empty() {
        let dirs = args.dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ");
        eprintln!(
            "acta check: no documents (.{}) found under {dirs}",
            discover::DOCUMENT_EXTENSIONS.join(" .")
        );
        return Ok(ExitCode::from(1));
    }
    // A panic inside one document becomes its error record (pipeline::process); the default
    // hook's message would only clutter the report.
    std::panic::set_hook(Box::new(|_| {}));

    let mut out = Out::new();
    let mut tally = Tally::default();
    let mut documents = Vec::new();
    let chunk_size = (args.run.jobs() * 16).max(32);
    for chunk in inputs.chunks(chunk_size) {
        let reports: Vec<Report> =
            pool.install(|| chunk.par_iter().map(|input| check_one(input, &settings, args.bless)).collect());
        for report in reports {
            tally.add(&report.outcome);
            match args.format {
                ReportFormat::Text => print_text(&mut out, &report, args.strict)?,
                ReportFormat::Json => documents.push(report.to_json()),
            }
        }
        out.flush()?;
    }
    let ok = tally.ok(args.strict);
    match args.format {
        ReportFormat::Text => out.line(&tally.summary_line(args.bless))?,
        ReportFormat::Json => {
            let report = json!({"documents": documents, "summary": tally.to_json(), "ok": ok});
            out.line(&report.to_string())?;
        }
    }
    out.flush()?;
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn print_text(out: &mut Out, report: &Report, strict: bool) -> anyhow::Result<()> {
    let id = &report.id;
    match &report.outcome {
        Outcome::Pass => out.line(&format!("PASS {id}")),
        Outcome::NoExpectation if strict => out.line(&format!("FAIL {id} (no expectation; --strict)")),
        Outcome::NoExpectation => out.line(&format!("SKIP {id} (no expectation)")),
        Outcome::InvalidExpectation(message) | Outcome::Error(message) => {
            out.line(&format!("FAIL {id}: {message}"))
        }
        Outcome::Fail(differences) => {
            out.line(&format!("FAIL {id}"))?;
            print_differences(out, differences)
        }
        Outcome::Blessed { previous, differences } => {
            let note = match previous {
                Previous::Nothing => " (new expectation)",
                Previous::Invalid => " (replaced an invalid expected file)",
                Previous::Different => "",
            };
            out.line(&format!("blessed {id}{note}"))?;
            print_differences(out, differences)
        }
    }
}

fn print_differences(out: &mut Out, differences: &[Difference]) -> anyhow::Result<()> {
    for difference in differences.iter().take(MAX_TEXT_DIFFERENCES) {
        out.line(&format!("    {}", difference.to_line(MAX_VALUE_CHARS)))?;
    }
    if differences.len() > MAX_TEXT_DIFFERENCES {
        out.line(&format!(
            "    ... and {} more differences (--format json lists all)",
            differences.len() - MAX_TEXT_DIFFERENCES
        ))?;
    }
    Ok(())
}

/// `DIR/NAME.EXT` → `DIR/NAME.EXT.expected.json`.
fn expected_path(document: &Path) -> Option<PathBuf> {
    let mut name: OsString = document.file_name()?.to_os_string();
    name.push(".expected.json");
    Some(document.with_file_name(name))
}

/// What the expected file holds.
enum Expectation {
    Absent,
    Valid(Value),
    Invalid(String),
}

fn read_expectation(path: &Path) -> Result<Expectation, String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Expectation::Absent),
        Err(error) => return Err(format!("cannot read expected file {}: {error}", path.display())),
    };
    Ok(match serde_json::from_slice::<Value>(&bytes) {
        Ok(value) => Expectation::Valid(value),
        Err(error) => {
            Expectation::Invalid(format!("expected file {} is not valid JSON: {error}", path.display()))
        }
    })
}

fn check_one(input: &Input, settings: &Settings, bless: bool) -> Report {
    let path = match &input.source {
        InputSource::Path(path) => path,
        InputSource::Unreadable(path, reason) => {
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
                return Report {
                    id: input.id.clone(),
                    expected_file: None,
                    outcome: Outcome::Error(format!("{}: {reason}", path.display())),
                };
            }
            path
        }
        InputSource::Stdin => {
            return Report {
                id: input.id.clone(),
                expected_file: None,
                outcome: Outcome::Error("standard input cannot have an expected file".to_string()),
            }
        }
    };
    let Some(expected_file) = expected_path(path) else {
        return Report {
            id: input.id.clone(),
            expected_file: None,
            outcome: Outcome::Error(format!("{} has no file name", path.display())),
        };
    };
    let outcome = outcome_of(input, &expected_file, settings, bless);
    Report { id: input.id.clone(), expected_file: Some(expected_file), outcome }
}

fn outcome_of(input: &Input, expected_file: &Path, settings: &Settings, bless: bool) -> Outcome {
    let expectation = match read_expectation(expected_file) {
        Ok(expectation) => expectation,
        Err(message) => return Outcome::Error(message),
    };
    if !bless {
        match &expectation {
            Expectation::Absent => return Outcome::NoExpectation,
            Expectation::Invalid(message) => return Outcome::InvalidExpectation(message.clone()),
            Expectation::Valid(_) => {}
        }
    }
    let record = pipeline::process(input, settings);
    let got = match serde_json::to_value(&record) {
        Ok(got) => got,
        Err(error) => return Outcome::Error(format!("cannot serialise the record: {error}")),
    };
    let (previous, differences) = match expectation {
        Expectation::Valid(expected) => {
            let differences = diff::diff(&expected, &got);
            if differences.is_empty() {
                return Outcome::Pass;
            }
            if !bless {
                return Outcome::Fail(differences);
            }
            (Previous::Different, differences)
        }
        Expectation::Absent => (Previous::Nothing, Vec::new()),
        Expectation::Invalid(_) => (Previous::Invalid, Vec::new()),
    };
    match write_atomically(expected_file, acta_record::to_json_pretty(&record).as_bytes()) {
        Ok(()) => Outcome::Blessed { previous, differences },
        Err(error) => Outcome::Error(format!("cannot write {}: {error}", expected_file.display())),
    }
}

/// Replaces `target` whole: a temporary file in the same directory, synced, then renamed over it.
fn write_atomically(target: &Path, contents: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let parent = target.parent().unwrap_or(Path::new("."));
    let file_name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = parent.join(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        std::fs::rename(&temp, target)
    };
    write().inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_file_sits_beside_the_document() {
        assert_eq!(
            expected_path(Path::new("golden/2021/nota.txt")),
            Some(PathBuf::from("golden/2021/nota.txt.expected.json"))
        );
    }

    #[test]
    fn expected_files_are_never_documents() {
        assert!(!discover::has_document_extension(Path::new("nota.txt.expected.json")));
    }

    #[test]
    fn summary_counts_every_kind_of_failure() {
        let mut tally = Tally::default();
        tally.add(&Outcome::Pass);
        tally.add(&Outcome::Fail(Vec::new()));
        tally.add(&Outcome::InvalidExpectation("x".into()));
        tally.add(&Outcome::NoExpectation);
        assert_eq!(
            tally.summary_line(false),
            "1 passed, 2 failed, 1 without expectation, 1 invalid expected file(s)"
        );
        assert!(!tally.ok(false));
    }

    #[test]
    fn no_expectation_fails_only_when_strict() {
        let mut tally = Tally::default();
        tally.add(&Outcome::Pass);
        tally.add(&Outcome::NoExpectation);
        assert!(tally.ok(false));
        assert!(!tally.ok(true));
    }
}
