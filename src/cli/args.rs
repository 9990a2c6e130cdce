//! Command-line arguments, parsed by hand (few and simple).

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// `schema`.
    Schema,
    /// `rules [CODE]`.
    Rules {
        /// One rule's code, or all.
        code: Option<String>,
    },
    /// `check FILE [--json] [--depth 1|2]`.
    Check {
        /// Path, or `-` for standard input.
        file: String,
        /// Print the JSON report.
        json: bool,
        /// 1, or 2 for pairs of failures.
        depth: u8,
    },
    /// `report FILE [--format md|html|svg] [--depth 1|2]`.
    Report {
        /// Path, or `-` for standard input.
        file: String,
        /// What to write.
        format: ReportFormat,
        /// 1, or 2 for pairs of failures.
        depth: u8,
    },
    /// `artifacts FILE [--json]`.
    Artifacts {
        /// Path, or `-` for standard input.
        file: String,
        /// Print JSON instead of text.
        json: bool,
    },
}

/// The form of `report`'s output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// The design review as Markdown (`md`, the default).
    Markdown,
    /// The design review as an HTML document (`html`).
    Html,
    /// The survivability heatmap as SVG (`svg`).
    Svg,
}

/// Parses the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut words = args.iter().map(String::as_str);
    match words.next() {
        None | Some("help" | "--help" | "-h") => Ok(Command::Help),
        Some("--version" | "-V") => Ok(Command::Version),
        Some("schema") => no_more(words).map(|_| Command::Schema),
        Some("rules") => {
            let code = words.next().map(str::to_string);
            no_more(words).map(|_| Command::Rules { code })
        }
        Some("check") => {
            let o = options("check", words, &["--json", "--depth"], 1)?;
            Ok(Command::Check {
                file: o.file,
                json: o.json,
                depth: o.depth,
            })
        }
        Some("report") => {
            let o = options("report", words, &["--format", "--depth"], 2)?;
            Ok(Command::Report {
                file: o.file,
                format: o.format,
                depth: o.depth,
            })
        }
        Some("artifacts") => {
            let o = options("artifacts", words, &["--json"], 1)?;
            Ok(Command::Artifacts {
                file: o.file,
                json: o.json,
            })
        }
        Some(other) => Err(format!("unknown command {other:?}")),
    }
}

/// A command's FILE and options.
struct Options {
    file: String,
    json: bool,
    depth: u8,
    format: ReportFormat,
}

/// Reads FILE and the options `allowed` for `command`, in any order.
fn options<'a>(
    command: &str,
    mut words: impl Iterator<Item = &'a str>,
    allowed: &[&str],
    default_depth: u8,
) -> Result<Options, String> {
    let (mut file, mut json, mut depth, mut format) =
        (None, false, default_depth, ReportFormat::Markdown);
    while let Some(word) = words.next() {
        let (name, inline) = match word.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (word, None),
        };
        if name.starts_with('-') && name != "-" && !allowed.contains(&name) {
            return Err(format!("unknown option {word:?} for {command}"));
        }
        match name {
            "--json" if inline.is_none() => json = true,
            "--depth" => depth = parse_depth(inline.or_else(|| words.next()))?,
            "--format" => format = parse_format(inline.or_else(|| words.next()))?,
            w if w.starts_with('-') && w != "-" => {
                return Err(format!("{w} takes no value"));
            }
            w if file.is_none() => file = Some(w.to_string()),
            w => return Err(format!("{command} takes one FILE; {w:?} is one too many")),
        }
    }
    let file = file.ok_or(format!("{command} needs a FILE (or - for standard input)"))?;
    Ok(Options {
        file,
        json,
        depth,
        format,
    })
}

fn parse_format(value: Option<&str>) -> Result<ReportFormat, String> {
    match value {
        Some("md" | "markdown") => Ok(ReportFormat::Markdown),
        Some("html") => Ok(ReportFormat::Html),
        Some("svg") => Ok(ReportFormat::Svg),
        Some(v) => Err(format!("--format takes md, html or svg, not {v:?}")),
        None => Err("--format takes md, html or svg".to_string()),
    }
}

fn parse_depth(value: Option<&str>) -> Result<u8, String> {
    match value {
        Some("1") => Ok(1),
        Some("2") => Ok(2),
        Some(v) => Err(format!("--depth takes 1 or 2, not {v:?}")),
        None => Err("--depth takes 1 or 2".to_string()),
    }
}

fn no_more<'a>(mut words: impl Iterator<Item = &'a str>) -> Result<(), String> {
    match words.next() {
        None => Ok(()),
        Some(w) => Err(format!("unexpected argument {w:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(words: &[&str]) -> Result<Command, String> {
        parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn check_with_options_in_any_order() {
        let want = Command::Check {
            file: "a.json".into(),
            json: true,
            depth: 2,
        };
        assert_eq!(
            p(&["check", "a.json", "--json", "--depth", "2"]),
            Ok(want.clone())
        );
        assert_eq!(p(&["check", "--depth=2", "--json", "a.json"]), Ok(want));
        assert_eq!(
            p(&["check", "-"]),
            Ok(Command::Check {
                file: "-".into(),
                json: false,
                depth: 1
            })
        );
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        assert!(p(&["check"]).unwrap_err().contains("needs a FILE"));
        assert!(
            p(&["check", "a", "--depth", "3"])
                .unwrap_err()
                .contains("1 or 2")
        );
        assert!(
            p(&["check", "a", "b"])
                .unwrap_err()
                .contains("one too many")
        );
        assert!(p(&["check", "a", "--jsn"]).unwrap_err().contains("--jsn"));
        assert!(p(&["frobnicate"]).unwrap_err().contains("frobnicate"));
        assert!(p(&["schema", "x"]).is_err());
    }

    #[test]
    fn report_and_artifacts() {
        assert_eq!(
            p(&["report", "a.json"]),
            Ok(Command::Report {
                file: "a.json".into(),
                format: ReportFormat::Markdown,
                depth: 2
            })
        );
        assert_eq!(
            p(&["report", "--format=html", "-", "--depth", "1"]),
            Ok(Command::Report {
                file: "-".into(),
                format: ReportFormat::Html,
                depth: 1
            })
        );
        assert_eq!(
            p(&["report", "a", "--format", "svg"]).map(|c| matches!(
                c,
                Command::Report {
                    format: ReportFormat::Svg,
                    ..
                }
            )),
            Ok(true)
        );
        assert_eq!(
            p(&["artifacts", "a", "--json"]),
            Ok(Command::Artifacts {
                file: "a".into(),
                json: true
            })
        );
        assert!(
            p(&["report", "a", "--format", "pdf"])
                .unwrap_err()
                .contains("md, html or svg")
        );
        assert!(
            p(&["report", "a", "--json"])
                .unwrap_err()
                .contains("for report")
        );
        assert!(
            p(&["artifacts", "a", "--depth", "2"])
                .unwrap_err()
                .contains("for artifacts")
        );
        assert!(
            p(&["artifacts"])
                .unwrap_err()
                .contains("artifacts needs a FILE")
        );
        assert!(
            p(&["check", "a", "--json=1"])
                .unwrap_err()
                .contains("takes no value")
        );
    }

    #[test]
    fn help_version_rules() {
        assert_eq!(p(&[]), Ok(Command::Help));
        assert_eq!(p(&["--version"]), Ok(Command::Version));
        assert_eq!(
            p(&["rules", "QS101"]),
            Ok(Command::Rules {
                code: Some("QS101".into())
            })
        );
    }
}
