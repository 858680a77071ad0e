//! `acta check`: golden-file regression runs (being written; see issue 8).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::RunOptions;

/// Help text of `acta check`.
pub const LONG_ABOUT: &str =
    "Compare extraction with expected records (NAME.EXT.expected.json beside NAME.EXT).";

/// Arguments of `acta check`.
#[derive(Args)]
pub struct CheckArgs {
    /// Directories holding documents and their expected records.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    #[command(flatten)]
    pub run: RunOptions,
}

/// Runs the check.
pub fn run(_args: CheckArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("acta check is not implemented yet")
}
