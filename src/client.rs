//! `podpulse pods` and `podpulse describe`: read a running agent's `/pods` over HTTP and print.

use std::process::ExitCode;

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::cli::TableOutput;
use crate::health::table::{self, PodRow};

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

pub fn pods(agent: &str, output: Option<TableOutput>) -> ExitCode {
    let body = match get(agent, "/pods") {
        Ok(b) => b,
        Err(e) => {
            eprintln!("podpulse: {e}");
            return ExitCode::FAILURE;
        }
    };
    if output == Some(TableOutput::Json) {
        println!("{}", String::from_utf8_lossy(&body));
        return ExitCode::SUCCESS;
    }
    #[derive(serde::Deserialize)]
    struct Item {
        row: PodRow,
    }
    let items: Vec<Item> = match serde_json::from_slice(&body) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("podpulse: {}", ClientError::Json(e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let rows: Vec<PodRow> = items.into_iter().map(|i| i.row).collect();
    print!(
        "{}",
        table::render(&rows, output == Some(TableOutput::Wide), crate::time::now())
    );
    ExitCode::SUCCESS
}

pub fn describe(agent: &str, target: &str) -> ExitCode {
    let Some((ns, name)) = target.split_once('/') else {
        eprintln!("podpulse: give the pod as NAMESPACE/NAME");
        return ExitCode::from(2);
    };
    match get(agent, &format!("/pods/{ns}/{name}/describe")) {
        Ok(body) => {
            print!("{}", String::from_utf8_lossy(&body));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("podpulse: {e}");
            ExitCode::FAILURE
        }
    }
}
