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
        Some("check") => parse_check(words),
        Some(other) => Err(format!("unknown command {other:?}")),
    }
}

fn parse_check<'a>(mut words: impl Iterator<Item = &'a str>) -> Result<Command, String> {
    let (mut file, mut json, mut depth) = (None, false, 1);
    while let Some(word) = words.next() {
        match word {
            "--json" => json = true,
            "--depth" => depth = parse_depth(words.next())?,
            w if w.starts_with("--depth=") => depth = parse_depth(w.strip_prefix("--depth="))?,
            w if w.starts_with('-') && w != "-" => {
                return Err(format!("unknown option {w:?} for check"));
            }
            w if file.is_none() => file = Some(w.to_string()),
            w => return Err(format!("check takes one FILE; {w:?} is one too many")),
        }
    }
    let file = file.ok_or("check needs a FILE (or - for standard input)")?;
    Ok(Command::Check { file, json, depth })
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
