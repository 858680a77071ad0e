//! `acta`: Spanish government communiqués (PDF, text, HTML) to schema-validated JSON records.
#![forbid(unsafe_code)]

mod check;
mod diff;
mod discover;
mod output;
mod pipeline;
mod validate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use acta_extract::CivilDate;
use acta_record::Status;
use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;

use crate::discover::{Input, InputSource};
use crate::pipeline::Settings;

#[derive(Parser)]
#[command(
    name = "acta",
    version,
    about = "Turn Spanish-language government communiqués (PDF, text, HTML) into structured JSON records.",
    long_about = "Turn Spanish-language government communiqués (PDF, text, HTML) into structured, \
schema-validated JSON records: where and when each was issued, every date (ISO 8601), the \
countries (ISO 3166 codes), organisations and people named, the events reported and the \
instruments approved, adopted, signed or referenced.\n\n\
Examples:\n  acta extract fixtures/ > records.jsonl\n  acta extract -o out/ archive/\n  \
acta validate records.jsonl\n  acta schema > record.v1.schema.json",
    after_help = "Exit codes: 0 every document succeeded; 1 a document failed (its error record is in the \
output and a line names it on stderr); 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from documents (files, directories, or - for stdin) as JSON Lines.
    #[command(long_about = "Extract one record per document and write them as JSON Lines to stdout, in \
input order (or, with -o, one pretty JSON file per document).\n\n\
A directory is walked recursively for .pdf .txt .text .md .markdown .html .htm files, in sorted \
path order; symbolic links inside it are not followed. A file named on the command line is always \
read, its format detected from its content. A document that fails gives an error record (status \
\"error\") and one line on stderr; the batch goes on.\n\n\
Examples:\n  acta extract communique.pdf\n  acta extract archive/ > records.jsonl\n  \
cat nota.txt | acta extract --reference-date 2024-05-10 -\n  acta extract -o out/ --jobs 8 archive/")]
    Extract(ExtractArgs),
    /// Print the JSON Schema of the records (draft 2020-12).
    Schema,
    /// Check JSON or JSON Lines records against the schema.
    #[command(long_about = "Check records against the record schema. Each FILE holds one JSON record, \
a JSON array of records, or JSON Lines. Every violation is printed with its file, record and JSON \
pointer. Exit 1 when any record is invalid.\n\nExample:\n  acta extract archive/ > r.jsonl && acta validate r.jsonl")]
    Validate {
        /// Files holding records.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Run the dates extractor over test cases (JSON Lines with id, text, reference).
    #[command(long_about = "Run exactly the pipeline's dates extractor over test cases and print one \
prediction per case: {\"id\", \"found\": [{\"text\", \"start\", \"end\", \"value\"}]}, offsets in \
Unicode code points into the case's text. Input lines hold \"id\", \"text\" and an optional \
\"reference\" date or datetime that anchors relative expressions.\n\nExample:\n  \
acta dates --cases cases.jsonl > predictions.jsonl")]
    Dates {
        /// JSON Lines file of cases.
        #[arg(long)]
        cases: PathBuf,
    },
    /// Compare extraction with expected records kept beside the documents (regression runs).
    #[command(long_about = check::LONG_ABOUT)]
    Check(check::CheckArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or directories to read; - reads stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write one pretty JSON per document to DIR/ID.json instead of JSON Lines on stdout.
    #[arg(short = 'o', long = "output-dir", value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// No progress bar and no per-document error lines on stderr.
    #[arg(long, short = 'q')]
    quiet: bool,
    #[command(flatten)]
    run: RunOptions,
}

/// Options that decide how documents are processed, shared by `extract` and `check`.
#[derive(Args, Debug, Clone)]
pub struct RunOptions {
    /// Anchor relative dates ("ayer", "este año") and yearless datelines when a document has
    /// no dated dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<CivilDate>,
    /// Worker threads (default: every core).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Put the normalised text into each record (the text spans index into).
    #[arg(long)]
    pub include_text: bool,
    /// Largest input accepted per document, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Most PDF pages read per document.
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub max_pages: usize,
    /// Largest decompressed PDF stream, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 256 * 1024 * 1024)]
    pub max_stream_bytes: u64,
    /// Time allowed per document, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout_secs: u64,
}

impl RunOptions {
    /// The per-document settings these options give.
    pub fn settings(&self) -> Settings {
        Settings {
            max_bytes: self.max_bytes,
            max_pages: self.max_pages,
            max_stream_bytes: self.max_stream_bytes,
            timeout: Duration::from_secs(self.timeout_secs),
            reference_date: self.reference_date,
            include_text: self.include_text,
        }
    }

    /// A thread pool of `--jobs` threads (default: every core).
    pub fn thread_pool(&self) -> anyhow::Result<rayon::ThreadPool> {
        let jobs = self.jobs();
        rayon::ThreadPoolBuilder::new().num_threads(jobs).build().context("cannot start worker threads")
    }

    /// Worker thread count.
    pub fn jobs(&self) -> usize {
        self.jobs
            .map(usize::from)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    }
}

fn parse_date(text: &str) -> Result<CivilDate, String> {
    CivilDate::parse_iso(text)
        .ok_or_else(|| format!("'{text}' is not a calendar date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Schema => {
            print!("{}", acta_record::schema_text());
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { files } => validate::run(&files),
        Command::Dates { cases } => validate::run_dates(&cases),
        Command::Check(args) => check::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("acta: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Documents are processed in parallel in chunks; each chunk's records are written in input
/// order before the next starts, so output is streamed and memory stays bounded.
fn run_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let settings = args.run.settings();
    let inputs = discover::inputs(&args.paths);
    let jobs = args.run.jobs();
    let pool = args.run.thread_pool()?;
    if let Some(dir) = &args.output_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output directory {}", dir.display()))?;
    }
    silence_panic_messages();
    // With a second core, the extractors' tables are built on it while the first documents
    // are read (a one-document run then takes about half as long); `--jobs 1` keeps to one.
    if jobs > 1 && !inputs.is_empty() {
        std::thread::spawn(acta_extract::warm_up);
    }

    let progress = output::Progress::new(inputs.len(), args.quiet);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Records of a chunk are written in input order once the whole chunk is done: chunks large
    // enough that waiting for the slowest document costs little, small enough to keep memory flat.
    let chunk_size = (jobs * 32).max(64);
    for chunk in inputs.chunks(chunk_size) {
        // Records are serialised in the workers too: the main thread only writes, so the
        // threads are not idle while a chunk's lines are formatted.
        let to_stdout = args.output_dir.is_none();
        let records: Vec<(acta_record::Record, Option<String>)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| {
                    let record = pipeline::process(input, &settings);
                    let line = to_stdout.then(|| acta_record::to_json_line(&record));
                    (record, line)
                })
                .collect()
        });
        for (input, (record, line)) in chunk.iter().zip(records) {
            if record.status == Status::Error {
                failed += 1;
                if !args.quiet {
                    report_failure(input, &record, &progress);
                }
            }
            match (&args.output_dir, line) {
                (Some(dir), _) => output::write_atomically(dir, &record)?,
                (None, line) => {
                    let line = line.unwrap_or_else(|| acta_record::to_json_line(&record));
                    if let Err(error) = writeln!(out, "{line}") {
                        if error.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(ExitCode::SUCCESS);
                        }
                        return Err(error).context("cannot write to stdout");
                    }
                }
            }
            progress.inc();
        }
        if let Err(error) = out.flush() {
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(error).context("cannot write to stdout");
        }
    }
    progress.finish();
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn report_failure(input: &Input, record: &acta_record::Record, progress: &output::Progress) {
    let name = match &input.source {
        InputSource::Stdin => "-".to_string(),
        InputSource::Path(path) | InputSource::Unreadable(path, _) => path.display().to_string(),
    };
    if let Some(error) = &record.error {
        progress.println(&format!("acta: {name}: {}: {}", error.kind, error.message));
    }
}

/// A panic inside one document becomes that document's error record; the default hook's
/// multi-line message would only clutter stderr.
fn silence_panic_messages() {
    std::panic::set_hook(Box::new(|_| {}));
}
