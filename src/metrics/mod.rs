//! Metrics: collectors that render from the current node state at scrape time.
