//! `podpulse pods` and `podpulse describe`: read a running agent's `/pods` over HTTP and print.

use std::process::ExitCode;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::cli::PodsOutput;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("invalid agent URL {url}: {message}")]
    Url { url: String, message: String },
    #[error("cannot reach the agent at {url}: {message}")]
    Request { url: String, message: String },
    #[error("the agent answered {status} for {url}: {body}")]
    Status {
        url: String,
        status: u16,
        body: String,
    },
    #[error("the agent's answer is not valid JSON: {0}")]
    Json(String),
}

/// GETs a path from the agent; plain HTTP only (the agent serves plain HTTP).
pub fn get(agent: &str, path: &str) -> Result<Bytes, ClientError> {
    let url = format!("{}{}", agent.trim_end_matches('/'), path);
    let uri: hyper::Uri =
        url.parse()
            .map_err(|e: hyper::http::uri::InvalidUri| ClientError::Url {
                url: url.clone(),
                message: e.to_string(),
            })?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ClientError::Request {
            url: url.clone(),
            message: e.to_string(),
        })?;
    rt.block_on(async {
        let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
        let fut = client.get(uri);
        let resp = tokio::time::timeout(std::time::Duration::from_secs(10), fut)
            .await
            .map_err(|_| ClientError::Request {
                url: url.clone(),
                message: "timed out".into(),
            })?
            .map_err(|e| ClientError::Request {
                url: url.clone(),
                message: e.to_string(),
            })?;
        let status = resp.status().as_u16();
        let body = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| ClientError::Request {
                url: url.clone(),
                message: e.to_string(),
            })?
            .to_bytes();
        if status != 200 {
            return Err(ClientError::Status {
                url,
                status,
                body: String::from_utf8_lossy(&body).trim().to_string(),
            });
        }
        Ok(body)
    })
}

pub fn pods(agent: &str, output: Option<PodsOutput>) -> ExitCode {
    let body = match get(agent, "/pods") {
        Ok(b) => b,
        Err(e) => {
            eprintln!("podpulse: {e}");
            return ExitCode::FAILURE;
        }
    };
    if output == Some(PodsOutput::Json) {
        println!("{}", String::from_utf8_lossy(&body));
        return ExitCode::SUCCESS;
    }
    let pods: Vec<serde_json::Value> = match serde_json::from_slice(&body) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("podpulse: {}", ClientError::Json(e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let now = crate::time::now();
    let mut rows = vec![vec![
        "NAMESPACE".to_string(),
        "NAME".into(),
        "READY".into(),
        "STATUS".into(),
        "RESTARTS".into(),
        "AGE".into(),
        "DIAGNOSIS".into(),
    ]];
    for p in &pods {
        let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
        let h = &p["health"];
        let age = p["created_at"]
            .as_f64()
            .map(|t| human_duration(now - t))
            .unwrap_or_else(|| "<unknown>".into());
        rows.push(vec![
            s(&p["pod"]["namespace"]),
            s(&p["pod"]["name"]),
            format!(
                "{}/{}",
                h["ready"].as_u64().unwrap_or(0),
                h["total"].as_u64().unwrap_or(0)
            ),
            s(&h["status"]),
            h["restarts"].as_u64().unwrap_or(0).to_string(),
            age,
            s(&h["diagnosis"]["reason"]),
        ]);
    }
    print!("{}", table(&rows));
    ExitCode::SUCCESS
}

pub fn describe(agent: &str, target: &str) -> ExitCode {
    let Some((ns, name)) = target.split_once('/') else {
        eprintln!("podpulse: give the pod as NAMESPACE/NAME");
        return ExitCode::from(2);
    };
    match get(agent, &format!("/pods/{ns}/{name}")) {
        Ok(body) => match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(v) => {
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("podpulse: {}", ClientError::Json(e.to_string()));
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("podpulse: {e}");
            ExitCode::FAILURE
        }
    }
}

fn table(rows: &[Vec<String>]) -> String {
    let cols = rows.first().map(Vec::len).unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect();
        out.push_str(line.join("   ").trim_end());
        out.push('\n');
    }
    out
}

fn human_duration(secs: f64) -> String {
    let s = secs.max(0.0) as u64;
    match s {
        0..=119 => format!("{s}s"),
        120..=3599 => format!("{}m", s / 60),
        3600..=86_399 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86_400),
    }
}
