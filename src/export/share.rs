//! Share links: a whole layout in a URL fragment.
//!
//! A link is `qs1.` followed by the canonical layout file ([`io::save`])
//! compressed with zlib and written in base64url without padding. Reading
//! one back is bounded: the layout is never unpacked past
//! [`io::MAX_FILE_BYTES`], so a small link cannot make the page allocate
//! gigabytes (a "zip bomb").

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_zlib_with_limit};

use crate::io;
use crate::model::Layout;

/// What every share link of this version starts with (after an optional `#`).
pub const LINK_PREFIX: &str = "qs1.";
/// The link version this build writes and reads.
const LINK_VERSION: u32 = 1;
/// The longest link that stays practical in a URL, in bytes.
pub const MAX_LINK_BYTES: usize = 8 * 1024;

/// The message for a link that lost its end.
const CUT_SHORT: &str = "the link is cut short: copy the whole link";

/// base64url; writes no padding, reads it either way (some chat apps add it),
/// and reads a cut last symbol so that a cut link is reported as cut.
const B64: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The share link of a layout: `qs1.` + base64url(zlib(layout file)).
pub fn encode(layout: &Layout) -> String {
    let packed = compress_to_vec_zlib(io::save(layout).as_bytes(), 9);
    format!("{LINK_PREFIX}{}", B64.encode(packed))
}

/// Whether a link is short enough to share as a URL ([`MAX_LINK_BYTES`]).
pub fn link_fits(encoded: &str) -> bool {
    encoded.len() <= MAX_LINK_BYTES
}

/// Reads a share link (with or without its leading `#`) back into a layout.
///
/// Every way a link can be wrong gets its own plain message: not a
/// Quorumscope link, made by a newer version, garbled, cut short, too large
/// once unpacked, or holding an invalid layout (each problem with its path).
pub fn decode(fragment: &str) -> Result<Layout, String> {
    let link = fragment.trim();
    let link = link.strip_prefix('#').unwrap_or(link);
    if link.is_empty() {
        return Err("the link holds no layout: it is empty".to_string());
    }
    let Some(payload) = link.strip_prefix(LINK_PREFIX) else {
        return Err(match link_version(link) {
            Some(v) if v > LINK_VERSION => format!(
                "this link was made by a newer Quorumscope (link version {v}); \
                 this one reads version {LINK_VERSION}"
            ),
            _ => format!("this is not a Quorumscope link (links start with {LINK_PREFIX:?})"),
        });
    };
    // Base64 is 4/3 of its bytes; anything this long cannot be a valid link.
    if payload.len() > io::MAX_FILE_BYTES {
        return Err("the link is too long to be a Quorumscope layout".to_string());
    }
    let packed = B64
        .decode(payload.trim_end_matches('='))
        .map_err(|e| match e {
            base64::DecodeError::InvalidLength(_) => CUT_SHORT.to_string(),
            base64::DecodeError::InvalidByte(at, _) | base64::DecodeError::InvalidLastSymbol(at, _) => {
                format!("the link is garbled (it was changed when copied): character {} is not part of a link", at + 1 + LINK_PREFIX.len())
            }
            _ => "the link is garbled (it was changed when copied)".to_string(),
        })?;
    let bytes =
        decompress_to_vec_zlib_with_limit(&packed, io::MAX_FILE_BYTES).map_err(|e| {
            match e.status {
                TINFLStatus::HasMoreOutput => format!(
                    "the link's layout is larger than {} bytes (5 MiB) once unpacked: refused",
                    io::MAX_FILE_BYTES
                ),
                TINFLStatus::FailedCannotMakeProgress => CUT_SHORT.to_string(),
                _ => "the link is corrupt (its compressed layout does not unpack)".to_string(),
            }
        })?;
    let text =
        String::from_utf8(bytes).map_err(|_| "the link's layout is not UTF-8 text".to_string())?;
    io::load(&text).map_err(|errors| {
        let list: Vec<String> = errors
            .iter()
            .map(|e| match (e.line, e.column) {
                (Some(l), Some(c)) => format!("line {l}, column {c}: {}", e.message),
                _ => format!("{}: {}", e.path, e.message),
            })
            .collect();
        format!("the link's layout is invalid: {}", list.join("; "))
    })
}

/// The version of a `qsN.` link, if it looks like one.
fn link_version(link: &str) -> Option<u32> {
    let rest = link.strip_prefix("qs")?;
    let (digits, _) = rest.split_once('.')?;
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_the_prefix() {
        assert_eq!(link_version("qs2.abc"), Some(2));
        assert_eq!(link_version("qs12.abc"), Some(12));
        assert_eq!(link_version("qsx.abc"), None);
        assert_eq!(link_version("qs.abc"), None);
        assert_eq!(link_version("qs99999999999.a"), None);
    }

    #[test]
    fn padding_is_accepted() {
        let link = encode(&Layout::default());
        let padded = format!("#{link}==");
        assert_eq!(decode(&padded), Ok(Layout::default()));
    }
}
