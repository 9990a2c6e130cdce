//! Number formatting for layout files: whole numbers are written without `.0`.

use serde::Serializer;

/// Writes `Some(16.0)` as `16` and `Some(0.5)` as `0.5` (serde `serialize_with`).
pub fn opt_f64<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => f64_compact(v, s),
        None => s.serialize_none(),
    }
}

/// Writes `16.0` as `16` and `0.5` as `0.5` (serde `serialize_with`).
pub fn f64_compact<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: larger values lose integers
    if value.is_finite() && value.fract() == 0.0 && value.abs() < EXACT {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct N {
        #[serde(serialize_with = "opt_f64")]
        a: Option<f64>,
        #[serde(serialize_with = "f64_compact")]
        b: f64,
    }

    #[test]
    fn whole_numbers_have_no_fraction() {
        let text = serde_json::to_string(&N {
            a: Some(16.0),
            b: 0.5,
        })
        .unwrap_or_default();
        assert_eq!(text, r#"{"a":16,"b":0.5}"#);
        let text = serde_json::to_string(&N {
            a: Some(-3.0),
            b: 1e300,
        })
        .unwrap_or_default();
        assert_eq!(text, r#"{"a":-3,"b":1e+300}"#);
    }
}
