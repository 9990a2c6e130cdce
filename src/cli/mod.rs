//! The native command line: `check`, `report`, `artifacts`, `rules`, `schema`.

mod args;
mod artifacts;
mod check;
mod input;
mod report;

use std::io::Write;

pub use args::{Command, ReportFormat, parse};

/// Usage text shown by `--help` and after a usage error.
pub const USAGE: &str = "\
Quorumscope: which failures does a deployment design survive?

Usage:
  quorumscope check FILE [--json] [--depth 1|2]
      Analyse a layout file (format v1; FILE may be - for standard input).
      Prints the survival goals, a scenarios x components table and the
      findings, or with --json the JSON report. --depth 2 adds every pair
      of same-level failures.
      Exit status: 0 no error finding, 1 error findings, 2 unreadable input.
  quorumscope report FILE [--format md|html|svg] [--depth 1|2]
      Write the design review: layout summary, headline, survival goals,
      scenario table, guidance facts, every finding with why and fix; as
      Markdown (md, the default) or a print-friendly HTML page (html); or
      the survivability heatmap as SVG (svg). Depth 2 by default.
      Exit status as for check.
  quorumscope artifacts FILE [--json]
      Print the DC/OS artifacts of the design: each node's fault domain (the
      fault-domain detect script output) and agent attributes, and each
      app's Marathon placement constraints. Exit status: 0, or 2 on
      unreadable input.
  Every FILE may also be an SVG picture exported from Quorumscope: the
  layout inside it is read.
  quorumscope rules [CODE]
      Document every rule (or one): what, why, guidance section, fix.
  quorumscope schema
      Print the JSON Schema of the layout file.
  quorumscope --help | --version
";

/// Runs the command line with its arguments; returns the exit code.
pub fn run(args: Vec<String>) -> i32 {
    match parse(&args) {
        Ok(Command::Help) => out(USAGE),
        Ok(Command::Version) => out(&format!("quorumscope {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Schema) => out(&crate::io::schema_json()),
        Ok(Command::Rules { code: None }) => out(&crate::rules::rules_markdown()),
        Ok(Command::Rules { code: Some(code) }) => match crate::rules::find(&code) {
            Some(rule) => out(&rule.doc().markdown()),
            None => err(&format!(
                "quorumscope: no rule has the code {code:?} (see `quorumscope rules`)\n"
            )),
        },
        Ok(Command::Check { file, json, depth }) => check::run(&file, json, depth),
        Ok(Command::Report {
            file,
            format,
            depth,
        }) => report::run(&file, format, depth),
        Ok(Command::Artifacts { file, json }) => artifacts::run(&file, json),
        Err(message) => err(&format!("quorumscope: {message}\n\n{USAGE}")),
    }
}

/// Writes to standard output; exit code 0 (a closed pipe is not an error).
fn out(text: &str) -> i32 {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    0
}

/// Writes to standard error; exit code 2.
fn err(text: &str) -> i32 {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    2
}
