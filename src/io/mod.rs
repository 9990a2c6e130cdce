//! Reading and writing layout files (format v1), with full validation.
